#include "render/docx_official.h"

#include <fmt/format.h>

namespace papi::docx {

namespace {

Paragraph centred(const std::string& text, int size, bool bold = false, bool italic = false) {
  Paragraph p;
  p.align = Align::center;
  p.runs.push_back(Run{text, bold, italic, false, size});
  return p;
}

// A short line under a heading: an empty, nearly flat paragraph with a rule above it, indented
// so that the line is `length` wide within a column of `column` width.
Paragraph short_rule(int column, int length) {
  Paragraph p;
  p.align = Align::center;
  p.rule_above = true;
  p.indent_left = p.indent_right = std::max(0, (column - length) / 2);
  p.runs.push_back(Run{"", false, false, false, 4});
  return p;
}

constexpr int kHeaderLeft = 3900;
constexpr int kHeaderRight = 5700;

}  // namespace

Paragraph body_paragraph(const std::string& text) {
  Paragraph p;
  p.first_line = 720;
  p.before = 60;
  p.after = 60;
  p.line = 264;
  p.runs.push_back(Run{text});
  return p;
}

Paragraph body_heading(const std::string& text, int level) {
  Paragraph p;
  p.style = fmt::format("Heading{}", level);
  p.first_line = 720;
  p.before = 120;
  p.after = 60;
  p.keep_next = true;
  p.runs.push_back(Run{text, true, level >= 3});
  return p;
}

Cell text_cell(const std::string& text, Align align, bool bold) {
  Cell cell;
  Paragraph p;
  p.align = align;
  p.before = 20;
  p.after = 20;
  p.runs.push_back(Run{text, bold, false, false, kTableSize});
  cell.paragraphs.push_back(std::move(p));
  return cell;
}

Row header_row(const std::vector<std::string>& titles) {
  Row row;
  row.header = true;
  for (const std::string& title : titles) {
    Cell cell = text_cell(title, Align::center, true);
    cell.shaded = true;
    row.cells.push_back(std::move(cell));
  }
  return row;
}

void add_head(Document& document, const OfficialText& head, const DocumentLabels& labels) {
  Table table;
  table.borders = false;
  table.cell_margin = 0;
  table.widths = {kHeaderLeft, kHeaderRight};
  Row row;

  Cell left;
  if (!head.parent_body.empty())
    left.paragraphs.push_back(centred(upper(head.parent_body), kHeaderSize));
  left.paragraphs.push_back(centred(upper(head.issuer), kHeaderSize, true));
  left.paragraphs.push_back(short_rule(kHeaderLeft, 1300));
  Paragraph number = centred(head.number_line, kHeaderSize);
  number.before = 60;
  left.paragraphs.push_back(number);
  if (!head.letter_subject.empty()) {
    Paragraph subject = centred(head.letter_subject, kSmallSize);
    subject.before = 60;
    left.paragraphs.push_back(subject);
  }

  Cell right;
  right.paragraphs.push_back(centred(std::string(labels.motto_state), kSmallSize, true));
  right.paragraphs.push_back(centred(std::string(labels.motto), kHeaderSize, true));
  right.paragraphs.push_back(short_rule(kHeaderRight, 3300));
  Paragraph date = centred(head.place_date, kHeaderSize, false, true);
  date.before = 60;
  right.paragraphs.push_back(date);

  row.cells = {left, right};
  table.rows.push_back(std::move(row));
  document.add(table);

  if (!head.kind.empty()) {
    Paragraph kind = centred(head.kind, kBodySize, true);
    kind.before = 360;
    kind.keep_next = true;
    document.add(kind);
  } else {
    Paragraph gap;
    gap.before = 240;
    document.add(gap);
  }
  if (!head.subject.empty()) {
    Paragraph subject = centred(head.subject, kBodySize, true);
    subject.keep_next = true;
    document.add(subject);
    document.add(short_rule(document.text_width(), 1800));
  }
  if (!head.recipients.empty()) {
    Paragraph to;
    to.before = 120;
    to.after = 120;
    if (head.recipients.size() == 1) {
      to.align = Align::center;
      to.runs.push_back(Run{fmt::format("{} {}", labels.report_to, head.recipients.front()), false,
                            false, false, kBodySize});
      document.add(to);
    } else {
      // Several recipients: each on its own line after "Kính gửi:", aligned under the first.
      to.align = Align::left;
      to.indent_left = 2880;
      for (std::size_t i = 0; i < head.recipients.size(); ++i) {
        Paragraph line = to;
        line.before = i == 0 ? 120 : 0;
        line.after = i + 1 == head.recipients.size() ? 120 : 0;
        line.indent_left = 2880;
        line.runs.push_back(Run{i == 0 ? std::string(labels.report_to) + "\t" : "\t"});
        line.first_line = -1440;
        line.runs.push_back(
            Run{"- " + head.recipients[i] + (i + 1 == head.recipients.size() ? "." : ";")});
        document.add(line);
      }
    }
  }
}

void add_closing(Document& document, const OfficialText& closing, const DocumentLabels& labels) {
  Table table;
  table.borders = false;
  table.cell_margin = 0;
  const int total = document.text_width();
  table.widths = {total * 45 / 100, total - total * 45 / 100};
  Row row;

  Cell left;
  Paragraph title;
  title.align = Align::left;
  title.before = 240;
  title.runs.push_back(Run{std::string(labels.copies), true, true, false, kSmallSize});
  left.paragraphs.push_back(title);
  for (const std::string& copy : closing.copies) {
    Paragraph line;
    line.align = Align::left;
    line.runs.push_back(Run{copy, false, false, false, kListSize});
    left.paragraphs.push_back(line);
  }

  Cell right;
  bool first = true;
  for (const std::string& line : closing.signer_title) {
    Paragraph p = centred(upper(line), kBodySize, true);
    p.before = first ? 240 : 0;
    first = false;
    right.paragraphs.push_back(p);
  }
  // Room for the signature and the seal.
  for (int i = 0; i < 4; ++i)
    right.paragraphs.push_back(centred("", kBodySize));
  if (!closing.signer.empty())
    right.paragraphs.push_back(centred(closing.signer, kBodySize, true));

  row.cells = {left, right};
  table.rows.push_back(std::move(row));
  document.add(table);
}

void add_appendix_heading(Document& document, Orientation orientation, int index,
                          const std::string& title, const std::string& attached_to,
                          const DocumentLabels& labels) {
  document.new_section(orientation);
  Paragraph name = centred(fmt::format("{} {}", labels.appendix, roman(index)), kBodySize, true);
  name.keep_next = true;
  name.style = "Heading1";
  document.add(name);
  Paragraph heading = centred(upper(title), kBodySize, true);
  heading.keep_next = true;
  document.add(heading);
  Paragraph attached = centred(attached_to, kBodySize, false, true);
  attached.after = 240;
  attached.keep_next = true;
  document.add(attached);
}

}  // namespace papi::docx
