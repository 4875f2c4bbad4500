#include "render/official_text.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "i18n/report_words.h"

namespace papi {

namespace {

template <class T>
const T& first_of(const std::optional<T>& override_value, const T& fallback) {
  return override_value ? *override_value : fallback;
}

const std::vector<std::string> kNone;

// "Nơi nhận" as printed: "- Như trên;" ... "- Lưu: VT.", the filing line added when missing.
std::vector<std::string> copy_lines(std::vector<std::string> copies, const DocumentLabels& labels) {
  bool filed = false;
  for (const std::string& copy : copies)
    filed = filed || copy.rfind(std::string(labels.filed_prefix), 0) == 0;
  if (!filed)
    copies.emplace_back(labels.filed_default);
  for (std::size_t i = 0; i < copies.size(); ++i) {
    // A line that ends in its own punctuation (the plan's transcribed recipients) keeps it.
    const bool punctuated = !copies[i].empty() && std::string_view(";.,").find(copies[i].back()) !=
                                                      std::string_view::npos;
    copies[i] = fmt::format("- {}{}", copies[i],
                            punctuated               ? ""
                            : i + 1 == copies.size() ? "."
                                                     : ";");
  }
  return copies;
}

std::string issuer_code(const DocumentStyle* style) {
  return style ? style->issuer_code : std::string();
}

}  // namespace

std::string upper(const std::string& text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  unicode.toUpper(icu::Locale("vi"));
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::string lower_first(const std::string& text) {
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  if (unicode.length() == 0)
    return text;
  const int end = unicode.moveIndex32(0, 1);
  if (end < unicode.length() && u_isupper(unicode.char32At(end)))
    return text;  // "PAPI ...", "UBND ...": an abbreviation keeps its capitals
  icu::UnicodeString first(unicode, 0, end);
  first.toLower(icu::Locale("vi"));
  std::string out;
  first.append(unicode, end, unicode.length() - end).toUTF8String(out);
  return out;
}

std::string roman(int number) {
  static constexpr std::pair<int, const char*> kDigits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, digits] : kDigits) {
    while (number >= value) {
      out += digits;
      number -= value;
    }
  }
  return out;
}

std::vector<std::string> text_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos)
      end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
      line.pop_back();
    if (!line.empty())
      out.push_back(line);
    start = end + 1;
  }
  return out;
}

std::string place_and_date(const std::string& place, const std::optional<Date>& date,
                           Language language) {
  const DocumentLabels& labels = document_labels(language);
  std::string when;
  if (date) {
    const std::string day =
        date->day < 10 ? fmt::format("0{}", date->day) : std::to_string(date->day);
    const std::string month =
        date->month <= 2 ? fmt::format("0{}", date->month) : std::to_string(date->month);
    const std::size_t month_index = static_cast<std::size_t>(std::clamp(date->month, 1, 12) - 1);
    when = fmt::format(fmt::runtime(labels.date_line), day, month, date->year,
                       labels.month_names[month_index], date->day);
  } else {
    when = std::string(labels.blank_date_line);
  }
  return place.empty() ? when : place + ", " + when;
}

std::string full_number(const std::string& number, std::string_view code,
                        const std::string& issuer_code) {
  if (number.find('/') != std::string::npos)
    return number;
  std::string out = number + "/" + std::string(code);
  if (!issuer_code.empty())
    out += "-" + issuer_code;
  return out;
}

OfficialText report_official_text(const PlanData& data, const Report& report,
                                  const DocumentStyle* style, const OfficeReport* office,
                                  Language language) {
  const DocumentLabels& labels = document_labels(language);
  const Plan& plan = *data.plan;
  const DocumentStyle empty_style;
  const DocumentStyle& document = style ? *style : empty_style;
  OfficialText text;
  text.parent_body = document.parent_body;
  text.issuer = plan.issuer;
  const std::string number = office ? office->number : std::string();
  const std::string shown_number =
      full_number(number.empty() ? std::string(labels.blank_number) : number, labels.report_code,
                  issuer_code(style));
  text.number_line = fmt::format(fmt::runtime(labels.number), shown_number);
  text.place_date = place_and_date(document.place, office ? office->date : std::nullopt, language);
  text.kind = std::string(labels.report_kind);
  const std::string period = lower_first(period_label(report.period, language));
  text.subject = office && !office->title.empty()
                     ? office->title
                     : fmt::format(fmt::runtime(labels.report_subject), plan.number, period);
  text.recipients = office ? first_of(office->report_to, document.report_to) : document.report_to;
  text.copies = copy_lines(
      office ? first_of(office->report_cc, document.report_cc) : document.report_cc, labels);
  text.signer_title =
      office ? first_of(office->signer_title, document.signer_title) : document.signer_title;
  text.signer = office && office->signer   ? *office->signer
                : !document.signer.empty() ? document.signer
                                           : plan.signer;
  const std::string date =
      office && office->date ? date_label(*office->date, language) : std::string("      ");
  text.attached_to =
      fmt::format(fmt::runtime(labels.attached_report), shown_number, date, plan.issuer);
  text.closing_sentence =
      fmt::format(fmt::runtime(labels.closing_sentence), lower_first(text.subject), plan.issuer);
  return text;
}

OfficialText plan_official_text(const PlanData& data, const DocumentStyle* style,
                                Language language) {
  const DocumentLabels& labels = document_labels(language);
  const Plan& plan = *data.plan;
  OfficialText text;
  text.parent_body = style ? style->parent_body : std::string();
  text.issuer = plan.issuer;
  text.number_line = fmt::format(fmt::runtime(labels.number), plan.number);
  text.place_date = place_and_date(style ? style->place : std::string(), plan.issued, language);
  text.kind = std::string(labels.plan_kind);
  text.subject = plan.title;
  text.copies = copy_lines(plan.recipients, labels);
  text.signer_title = style ? style->signer_title : kNone;
  text.signer = style && !style->signer.empty() ? style->signer : plan.signer;
  text.attached_to = fmt::format(fmt::runtime(labels.attached_plan), plan.number,
                                 date_label(plan.issued, language), plan.issuer);
  return text;
}

}  // namespace papi
