#include "workflow/import.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/csv_table.h"
#include "load/source_text.h"
#include "load/status_sheet.h"
#include "load/xlsx_reader.h"
#include "load/xlsx_table.h"
#include "model/plan_index.h"
#include "model/plan_layout.h"
#include "model/status_form.h"
#include "render/status_file.h"
#include "validate/plan_checks.h"

namespace papi {

namespace {

// The spreadsheet column each field of a written status file comes from.
Column column_of_field(StatusField field) {
  switch (field) {
    case StatusField::head:
    case StatusField::schema_version:
    case StatusField::unit:
    case StatusField::period:
    case StatusField::submitted:
      return Column::unit;
    case StatusField::task:
      return Column::task;
    case StatusField::state:
      return Column::state;
    case StatusField::progress:
      return Column::progress;
    case StatusField::completed:
      return Column::completed;
    case StatusField::evidence:
      return Column::evidence;
    case StatusField::reason:
      return Column::reason;
    case StatusField::note:
      return Column::note;
  }
  return Column::unit;
}

// A spreadsheet cell: where a line of a generated file came from.
struct Cell {
  unsigned row = 0;
  unsigned column = 0;
};

// The report that the file imported_status_yaml wrote from `head` and `records` gives when the
// loader reads it back, built without reading it: each value is located where `lines` says
// the writer put it. Reading 1,000 written files back through yaml-cpp was a quarter of a
// province's import; the unit tests read every kind of written file back and compare
// (csv_import_test).
StatusReport report_as_written(const StatusFileHead& head,
                               const std::vector<StatusFileRecord>& records,
                               const std::vector<StatusLine>& lines, std::uint32_t file_index) {
  StatusReport report;
  report.unit = head.unit;
  report.period_text = head.period;
  if (auto period = Period::parse(head.period))
    report.period = *period;
  report.submitted = head.submitted;
  report.submitted_location = Location{file_index, 0, 0};
  report.records.reserve(records.size());
  for (const StatusFileRecord& r : records) {
    Record record;
    record.task = r.task;
    record.state = r.state;
    record.progress = r.state == TaskState::done ? 100 : r.progress.value_or(0);
    record.completed = r.completed;
    record.evidence = r.evidence;
    record.reason = r.reason;
    record.note = r.note;
    record.completed_location = Location{file_index, 0, 0};
    report.records.push_back(std::move(record));
  }
  for (std::uint32_t line = 1; line <= lines.size(); ++line) {
    const StatusLine& written = lines[line - 1];
    const Location at{file_index, line, written.value_column};
    switch (written.field) {
      case StatusField::schema_version:
        report.location = Location{file_index, line, 1};  // the mapping starts at its first key
        report.schema_version_location = at;
        break;
      case StatusField::unit:
        report.unit_location = at;
        break;
      case StatusField::period:
        report.period_location = at;
        break;
      case StatusField::submitted:
        report.submitted_location = at;
        break;
      case StatusField::task:
        report.records[written.record].task_location = at;
        break;
      case StatusField::completed:
        report.records[written.record].completed_location = at;
        break;
      default:
        break;
    }
  }
  return report;
}

void build_reports(const StatusSheet& sheet, const std::string& file, const ImportPlan& plan,
                   const Period& period, const ImportOptions& options, ImportResult& result) {
  const PlanData& data = plan.data();
  std::map<std::size_t, std::vector<const StatusRow*>> by_unit;
  for (const StatusRow& record : sheet.rows)
    by_unit[record.unit].push_back(&record);
  if (by_unit.empty())
    return;

  const std::string source = options.source_name.empty()
                                 ? std::filesystem::path(file).filename().generic_string()
                                 : options.source_name;
  const std::string period_text = period.to_string();

  // The written reports are checked as a hand-written file is, against the plan alone
  // (check_status_reports): the plan was checked when it was loaded, and the plan's other
  // reports take no part in a report's checks.
  std::vector<std::string> files;            // what the reports' locations index
  std::vector<StatusReport> loaded_reports;  // parallel to result.reports from `first` on
  const std::size_t first = result.reports.size();
  std::vector<std::vector<Cell>> line_maps;
  std::map<std::string, std::size_t> by_path;
  for (auto& [unit, rows] : by_unit) {
    std::sort(rows.begin(), rows.end(),
              [](const StatusRow* a, const StatusRow* b) { return a->task < b->task; });
    const Unit& u = data.units[unit];
    ImportedReport report;
    report.unit = u.id;
    report.path = status_file_path(data.directory, period, u.id);

    StatusFileHead head;
    head.schema_path = options.schema_path;
    head.source = source;
    head.unit = u.id;
    head.period = period_text;
    head.submitted = options.submitted;
    std::vector<StatusFileRecord> records;
    for (const StatusRow* r : rows) {
      report.rows.push_back(r->row);
      // The texts are composed (NFC) already, as the CSV and workbook readers give them; none
      // may be longer than a file's text may be (--max-string-length), or the written file
      // would fail on it.
      StatusFileRecord record{data.tasks[r->task].id,
                              r->state,
                              r->progress,
                              r->completed,
                              r->evidence,
                              r->reason,
                              r->note};
      for (const auto& [text, column] :
           {std::pair{&record.evidence, Column::evidence},
            std::pair{&record.reason, Column::reason}, std::pair{&record.note, Column::note}}) {
        if (text->size() > options.max_string_bytes) {
          result.diagnostics.push_back(csv_problem(
              file, r->row, sheet.column(column), "string-too-long",
              trf("a text of {} bytes is longer than the limit of {} bytes", text->size(),
                  options.max_string_bytes),
              tr("shorten it (link to a long document instead), or raise --max-string-length")));
        }
      }
      records.push_back(std::move(record));
    }
    std::vector<StatusLine> written;
    report.yaml = imported_status_yaml(head, records, written);
    std::vector<Cell> lines;
    for (const StatusLine& line : written) {
      const bool of_head = column_of_field(line.field) == Column::unit;
      const StatusRow& from = of_head ? *rows.front() : *rows[line.record];
      lines.push_back(Cell{from.row, sheet.column(column_of_field(line.field))});
    }

    const auto file_index = static_cast<std::uint32_t>(files.size());
    files.push_back(report.path);
    StatusReport loaded = report_as_written(head, records, written, file_index);
    loaded.folder_period = period_text;
    loaded.file_unit = u.id;
    loaded_reports.push_back(std::move(loaded));
    by_path[report.path] = result.reports.size();
    line_maps.push_back(std::move(lines));
    result.reports.push_back(std::move(report));
  }

  // The same checks as a hand-written file gets; findings are moved back to the CSV cells.
  for (Diagnostic& d : check_status_reports(data, plan.index(), loaded_reports, files)) {
    auto found = by_path.find(d.file);
    if (found == by_path.end() || d.severity == Severity::note)
      continue;
    const std::vector<Cell>& lines = line_maps[found->second];
    const Cell at = d.line >= 1 && d.line <= lines.size() ? lines[d.line - 1] : lines.front();
    // A sheet has no `submitted:` line to add: the date comes with the import.
    if (d.code == "submitted-missing")
      d.hint =
          tr("give the day the office received the report: papi import … --submitted "
             "dd/mm/yyyy");
    d.file = file;
    d.line = at.row;
    d.column = at.column;
    d.source_line.clear();
    result.diagnostics.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < loaded_reports.size(); ++i)
    result.reports[first + i].report = std::move(loaded_reports[i]);
}

}  // namespace

namespace {

// How to get UTF-8 out of Excel, in the words of a Vietnamese Excel.
std::string excel_utf8_steps() {
  return std::string(
      tr("save it again as UTF-8: in Excel, Tệp → Lưu dưới dạng → CSV UTF-8 (Phân tách bằng dấu "
         "phẩy) (*.csv)"));
}

// A problem of the whole file (no row, no column).
Diagnostic file_problem(const std::string& file, std::string code, std::string message,
                        std::string hint, Severity severity = Severity::error) {
  return csv_problem(file, 0, 0, std::move(code), std::move(message), std::move(hint), severity);
}

// The text of a CSV file's bytes, or the diagnostic that stops the import.
std::optional<std::string> decode_csv(std::string_view bytes, const std::string& file,
                                      const ImportOptions& options, ImportResult& result) {
  const bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  std::optional<TextEncoding> encoding = options.encoding;
  if (!encoding && !bom && !is_valid_utf8(bytes)) {
    encoding = guess_legacy_encoding(bytes);
    if (*encoding == TextEncoding::unknown)
      encoding = TextEncoding::utf8;
  }
  std::string text;
  switch (encoding.value_or(TextEncoding::utf8)) {
    case TextEncoding::utf8:
    case TextEncoding::unknown:
      text = std::string(bytes);
      break;
    case TextEncoding::windows1258:
      text = windows1258_to_utf8(bytes);
      result.diagnostics.push_back(file_problem(
          file, "import-legacy-encoding",
          std::string(tr("the file is not UTF-8 but Windows-1258 (what Excel's plain \"CSV\" "
                         "writes); it was converted")),
          trf("nothing to do; next time {}", excel_utf8_steps()), Severity::note));
      break;
    case TextEncoding::tcvn3:
    case TextEncoding::vni: {
      const bool tcvn = *encoding == TextEncoding::tcvn3;
      result.diagnostics.push_back(file_problem(
          file, "import-legacy-encoding",
          trf("the file looks like {}, an old Vietnamese font encoding, not UTF-8; papi does not "
              "convert it",
              tcvn ? "TCVN3 (ABC)" : "VNI"),
          trf("convert it to Unicode with Unikey's toolkit (Unikey → Công cụ chuyển mã: nguồn {}, "
              "đích Unicode), or open it in Excel with its font and {}",
              tcvn ? "TCVN3 (ABC)" : "VNI Windows", excel_utf8_steps())));
      return std::nullopt;
    }
  }
  DecodedText decoded = decode_source(std::move(text), file);
  if (decoded.error) {
    if (decoded.error->code == "invalid-utf8")
      decoded.error->hint = excel_utf8_steps();
    result.diagnostics.push_back(std::move(*decoded.error));
    return std::nullopt;
  }
  return std::move(decoded.text);
}

void import_table(const CsvTable& table, const std::string& file, const ImportPlan& plan,
                  const Period& period, const ImportOptions& options,
                  const SheetOptions& sheet_options, ImportResult& result) {
  StatusSheet sheet = read_status_sheet(table, file, plan, sheet_options);
  result.separator = sheet.separator;
  result.data_rows = sheet.data_rows;
  result.diagnostics.insert(result.diagnostics.end(),
                            std::make_move_iterator(sheet.diagnostics.begin()),
                            std::make_move_iterator(sheet.diagnostics.end()));
  build_reports(sheet, file, plan, period, options, result);
  sort_diagnostics(result.diagnostics);
}

// What a workbook problem means to the person who sent the file, and what to do.
Diagnostic workbook_problem(const std::string& file, const XlsxProblem& problem) {
  const std::string save_as_xlsx = std::string(
      tr("open it and save it as an Excel workbook: Tệp → Lưu dưới dạng → Sổ làm việc Excel "
         "(*.xlsx)"));
  const std::string ask_again =
      std::string(tr("the file was damaged on the way: ask for it again"));
  const std::string too_big = std::string(
      tr("a school's report is a small workbook: ask for the form, filled and saved by Excel"));
  const std::string remove_password = std::string(
      tr("open it in Excel, remove the password (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa "
         "bằng Mật khẩu: xóa mật khẩu) and save it again"));
  switch (problem.kind) {
    case XlsxProblem::Kind::not_xlsx:
      switch (problem.format) {
        case SpreadsheetFormat::xls:
          return file_problem(file, "import-xlsx-format",
                              std::string(tr("the file is an Excel 97-2003 workbook (.xls), not "
                                             "an .xlsx workbook")),
                              save_as_xlsx);
        case SpreadsheetFormat::encrypted_xlsx:
          return file_problem(file, "import-xlsx-format",
                              std::string(tr("the workbook is protected by a password to open")),
                              remove_password);
        case SpreadsheetFormat::ods:
          return file_problem(file, "import-xlsx-format",
                              std::string(tr("the file is an OpenDocument spreadsheet (.ods), not "
                                             "an .xlsx workbook")),
                              std::string(tr("save it as .xlsx: File → Save As → Excel 2007-365 "
                                             "(.xlsx)")));
        case SpreadsheetFormat::text:
          return file_problem(
              file, "import-xlsx-format",
              std::string(tr("the file is a text file (a CSV file renamed .xlsx?), not an .xlsx "
                             "workbook")),
              std::string(tr("give it its real name, FILE.csv, and import it as CSV")));
        case SpreadsheetFormat::other_zip:
          return file_problem(file, "import-xlsx-format",
                              std::string(tr("the file is a zip archive, not an .xlsx workbook")),
                              save_as_xlsx);
        default:
          return file_problem(
              file, "import-xlsx-format",
              std::string(tr("the file is not an .xlsx workbook (its first bytes are not those "
                             "of a zip archive)")),
              save_as_xlsx);
      }
    case XlsxProblem::Kind::zip: {
      const ZipProblem& zip = *problem.zip;
      switch (zip.kind) {
        case ZipProblem::Kind::encrypted:
          return file_problem(file, "import-xlsx-zip",
                              trf("the workbook's part {} is encrypted", zip.entry),
                              remove_password);
        case ZipProblem::Kind::too_many_entries:
          return file_problem(file, "import-xlsx-limit",
                              trf("the archive has {} entries, more than the {} a workbook may "
                                  "have (docs/security.md); refused",
                                  zip.figure, ZipLimits{}.max_entries),
                              too_big);
        case ZipProblem::Kind::entry_too_large:
        case ZipProblem::Kind::total_too_large:
          return file_problem(file, "import-xlsx-limit",
                              trf("the part {} expands to more than {} MiB, more than a "
                                  "workbook may (docs/security.md); refused",
                                  zip.entry, zip.figure / (1024 * 1024)),
                              too_big);
        case ZipProblem::Kind::ratio_too_high:
          return file_problem(file, "import-xlsx-limit",
                              trf("the part {} expands more than {} times (a zip bomb?); refused",
                                  zip.entry, ZipLimits{}.max_ratio),
                              too_big);
        case ZipProblem::Kind::unsupported:
          return file_problem(file, "import-xlsx-zip",
                              trf("the part {} is compressed in a way papi cannot read", zip.entry),
                              save_as_xlsx);
        case ZipProblem::Kind::no_directory:
          return file_problem(file, "import-xlsx-zip",
                              std::string(tr("the file is a damaged zip archive: its end (the "
                                             "central directory) is missing")),
                              ask_again);
        default:
          return file_problem(file, "import-xlsx-zip",
                              zip.detail.empty()
                                  ? std::string(tr("the file is a damaged zip archive"))
                                  : trf("the file is a damaged zip archive: {}", zip.detail),
                              ask_again);
      }
    }
    case XlsxProblem::Kind::xml_syntax:
      return file_problem(file, "import-xlsx-xml",
                          trf("the part {} is not well-formed XML (line {}: {})", problem.entry,
                              problem.line, problem.detail),
                          ask_again);
    case XlsxProblem::Kind::xml_entity:
      return file_problem(file, "import-xlsx-xml",
                          trf("the part {} declares a DOCTYPE or entities, which no workbook "
                              "has; refused (entities can expand without end or read other "
                              "files)",
                              problem.entry),
                          save_as_xlsx);
    case XlsxProblem::Kind::missing_part:
      return file_problem(file, "import-xlsx-format",
                          trf("the workbook has no part {}", problem.entry), save_as_xlsx);
    case XlsxProblem::Kind::too_many_cells:
      return file_problem(file, "import-xlsx-limit",
                          trf("the workbook has more than {} cells (docs/security.md); refused",
                              XlsxLimits{}.max_cells),
                          std::string(tr("send only the sheet of the report")));
    case XlsxProblem::Kind::too_many_sheets:
      return file_problem(file, "import-xlsx-limit",
                          trf("the workbook has more than {} sheets (docs/security.md); refused",
                              XlsxLimits{}.max_sheets),
                          std::string(tr("send only the sheet of the report")));
  }
  return file_problem(file, "import-xlsx-format", std::string(tr("the workbook cannot be read")),
                      save_as_xlsx);
}

// A sheet's rows as the CSV import reads them, moved, not copied.
CsvTable csv_table_of(std::vector<CsvRow>&& rows) {
  CsvTable table;
  table.rows = std::move(rows);
  return table;
}

// The checks of a papi form's identity; returns false when the form is for something else.
bool check_identity(const FormIdentity& identity, const std::string& file, const ImportPlan& plan,
                    const Period& period, ImportResult& result) {
  const PlanData& data = plan.data();
  bool ok = true;
  const std::string hint =
      std::string(tr("import the form with the plan and --period it was made for, or make the "
                     "right one with papi template --format xlsx"));
  if (data.plan && !identity.plan.empty() && identity.plan != data.plan->id) {
    result.diagnostics.push_back(
        file_problem(file, "import-form-mismatch",
                     trf("the form is for plan {}, not {}", identity.plan, data.plan->id), hint));
    ok = false;
  }
  if (!identity.period.empty() && identity.period != period.to_string()) {
    result.diagnostics.push_back(file_problem(
        file, "import-form-mismatch",
        trf("the form is for period {}, not {}", identity.period, period.to_string()), hint));
    ok = false;
  }
  if (!identity.unit.empty() && !plan.index().unit(identity.unit)) {
    result.diagnostics.push_back(file_problem(
        file, "import-form-mismatch",
        trf("the form is for unit {}, which is not in units.yaml", identity.unit), hint));
    ok = false;
  }
  int version = 0;
  std::from_chars(identity.version.data(), identity.version.data() + identity.version.size(),
                  version);
  if (version > kStatusFormVersion) {
    result.diagnostics.push_back(
        file_problem(file, "import-form-mismatch",
                     trf("the form has layout version {}, newer than this papi reads ({})",
                         identity.version, kStatusFormVersion),
                     std::string(tr("update papi, or make the form again with this one"))));
    ok = false;
  }
  return ok;
}

}  // namespace

ImportResult parse_status_csv(std::string_view text, const std::string& file,
                              const ImportPlan& plan, const Period& period,
                              const ImportOptions& options) {
  ImportResult result;
  const std::optional<std::string> decoded = decode_csv(text, file, options, result);
  if (!decoded)
    return result;
  const CsvTable table = parse_csv(*decoded, file);
  import_table(table, file, plan, period, options, {}, result);
  return result;
}

ImportResult parse_status_csv(std::string_view text, const std::string& file, const PlanData& data,
                              const Period& period, const ImportOptions& options) {
  return parse_status_csv(text, file, ImportPlan(data), period, options);
}

ImportResult parse_status_xlsx(std::string_view bytes, const std::string& file,
                               const PlanData& data, const Period& period,
                               const ImportOptions& options) {
  return parse_status_xlsx(bytes, file, ImportPlan(data), period, options);
}

ImportResult parse_status_xlsx(std::string_view bytes, const std::string& file,
                               const ImportPlan& plan, const Period& period,
                               const ImportOptions& options) {
  ImportResult result;
  XlsxReadResult read = read_xlsx(bytes);
  if (read.problem) {
    result.diagnostics.push_back(workbook_problem(file, *read.problem));
    return result;
  }
  const XlsxWorkbook& workbook = *read.workbook;
  SheetOptions sheet_options;
  const std::optional<FormIdentity> identity = form_identity(workbook);
  const PlanIndex& index = plan.index();
  if (identity) {
    if (!check_identity(*identity, file, plan, period, result))
      return result;
    sheet_options.unit = index.unit(identity->unit);
  } else {
    // A school's own sheet without a unit column: its file name may be the unit's id.
    sheet_options.unit = index.unit(std::filesystem::path(file).stem().string());
  }
  std::vector<SheetTable> sheets = sheet_tables(workbook);
  if (sheets.empty()) {
    result.diagnostics.push_back(file_problem(file, "import-empty",
                                              std::string(tr("the workbook has no visible sheet")),
                                              std::string(tr("show the sheet of the report"))));
    return result;
  }
  std::vector<std::pair<std::string, CsvTable>> tables;
  for (SheetTable& sheet : sheets)
    tables.emplace_back(std::move(sheet.sheet), csv_table_of(std::move(sheet.rows)));
  const auto* chosen = &tables.front();
  for (const auto& table : tables) {
    if (has_status_header(table.second)) {
      chosen = &table;
      break;
    }
  }
  import_table(chosen->second, file, plan, period, options, sheet_options, result);
  // FILE.xlsx:Báo cáo!D12 instead of FILE.csv:12:4; the order stays that of rows and columns.
  for (Diagnostic& d : result.diagnostics) {
    if (d.file != file || d.line == 0)
      continue;
    d.file = d.column > 0
                 ? fmt::format("{}:{}!{}", file, chosen->first, cell_reference(d.line, d.column))
                 : fmt::format("{}:{}!{}:{}", file, chosen->first, d.line, d.line);
    d.line = 0;
    d.column = 0;
    d.source_line.clear();
  }
  return result;
}

}  // namespace papi
