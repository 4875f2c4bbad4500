#include "workflow/import.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "load/csv_table.h"
#include "load/folder_loader.h"
#include "load/source_text.h"
#include "load/status_sheet.h"
#include "model/plan_layout.h"
#include "render/status_file.h"
#include "validate/plan_checks.h"

namespace papi {

namespace {

// The spreadsheet column each field of a written status file comes from.
Column column_of_field(StatusField field) {
  switch (field) {
    case StatusField::head:
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

void build_reports(const StatusSheet& sheet, const std::string& file, const PlanData& data,
                   const Period& period, const ImportOptions& options, ImportResult& result) {
  std::map<std::size_t, std::vector<const StatusRow*>> by_unit;
  for (const StatusRow& record : sheet.rows)
    by_unit[record.unit].push_back(&record);
  if (by_unit.empty())
    return;

  const std::string source = options.source_name.empty()
                                 ? std::filesystem::path(file).filename().generic_string()
                                 : options.source_name;
  const std::string period_text = period.to_string();

  PlanData check = data;
  Diagnostics located;
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
      records.push_back(StatusFileRecord{data.tasks[r->task].id, r->state, r->progress,
                                         r->completed, r->evidence, r->reason, r->note});
    }
    std::vector<StatusLine> written;
    report.yaml = imported_status_yaml(head, records, written);
    std::vector<Cell> lines;
    for (const StatusLine& line : written) {
      const StatusRow& from = line.field == StatusField::head ? *rows.front() : *rows[line.record];
      lines.push_back(Cell{from.row, sheet.column(column_of_field(line.field))});
    }

    // Replace the unit's current report for the period, if any, in the copy that is checked.
    auto same_report = [&](const std::string& folder, const std::string& name) {
      return folder == period_text && name == u.id;
    };
    check.reports.erase(std::remove_if(check.reports.begin(), check.reports.end(),
                                       [&](const StatusReport& r) {
                                         return same_report(r.folder_period, r.file_unit);
                                       }),
                        check.reports.end());
    check.status_files.erase(
        std::remove_if(check.status_files.begin(), check.status_files.end(),
                       [&](const StatusFile& f) { return same_report(f.folder_period, f.unit); }),
        check.status_files.end());

    const auto file_index = static_cast<std::uint32_t>(check.files.size());
    check.files.push_back(report.path);
    check.status_files.push_back(StatusFile{period_text, u.id, report.path});
    LoadedDocument loaded =
        load_document(DocumentKind::status, report.yaml, report.path, file_index, {});
    for (Diagnostic& d : loaded.diagnostics)
      located.push_back(std::move(d));
    if (loaded.report) {
      loaded.report->folder_period = period_text;
      loaded.report->file_unit = u.id;
      report.report = *loaded.report;
      check.reports.push_back(std::move(*loaded.report));
    }
    by_path[report.path] = result.reports.size();
    line_maps.push_back(std::move(lines));
    result.reports.push_back(std::move(report));
  }

  // The same checks as a hand-written file gets; findings are moved back to the CSV cells.
  Diagnostics semantic = check_plan(check);
  located.insert(located.end(), std::make_move_iterator(semantic.begin()),
                 std::make_move_iterator(semantic.end()));
  for (Diagnostic& d : located) {
    auto found = by_path.find(d.file);
    if (found == by_path.end() || d.severity == Severity::note)
      continue;
    const std::vector<Cell>& lines = line_maps[found->second];
    const Cell at = d.line >= 1 && d.line <= lines.size() ? lines[d.line - 1] : lines.front();
    d.file = file;
    d.line = at.row;
    d.column = at.column;
    d.source_line.clear();
    result.diagnostics.push_back(std::move(d));
  }
}

}  // namespace

ImportResult parse_status_csv(std::string_view text, const std::string& file, const PlanData& data,
                              const Period& period, const ImportOptions& options) {
  ImportResult result;
  DecodedText decoded = decode_source(std::string(text), file);
  if (decoded.error) {
    result.diagnostics.push_back(std::move(*decoded.error));
    return result;
  }
  const CsvTable table = parse_csv(decoded.text, file);
  StatusSheet sheet = read_status_sheet(table, file, data);
  result.separator = sheet.separator;
  result.data_rows = sheet.data_rows;
  result.diagnostics = std::move(sheet.diagnostics);
  build_reports(sheet, file, data, period, options, result);
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace papi
