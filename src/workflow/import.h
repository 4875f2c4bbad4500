#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/status_sheet.h"
#include "load/yaml_reader.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/period.h"
#include "model/plan.h"
#include "model/plan_layout.h"
#include "util/legacy_encoding.h"

namespace papi {

// `papi import`: a status spreadsheet turned into status files. The steps are the layers'
// own: the CSV table and its cells are read in load/ (csv_table, status_sheet), each unit's
// file is written by render/status_file, and the report that file holds is checked against the
// plan with check_status_reports, exactly as a hand-written report would be; every finding is
// moved back to the spreadsheet cell it came from.

struct ImportOptions {
  std::string schema_path = kDefaultStatusSchemaPath;  // for the $schema line
  std::optional<Date> submitted;                       // written as `submitted:` when set
  std::string source_name;  // shown in the files' comment; default: file name of `file`
  // CSV: the encoding of the bytes; unset, UTF-8 is expected and Windows-1258 (Excel's plain
  // "CSV") is recognised and converted with a note, TCVN3 and VNI are refused with the way to
  // convert them.
  std::optional<TextEncoding> encoding;
  // The longest text a written file may hold, as the loader's limit (--max-string-length).
  std::size_t max_string_bytes = YamlLimits{}.max_string_bytes;
};

// One status file the import would write.
struct ImportedReport {
  std::string unit;
  std::string path;            // status/<period>/<unit>.yaml inside data.directory, as shown
  std::string yaml;            // the complete file
  StatusReport report;         // what the loader reads from `yaml` (csv_import_test checks it)
  std::vector<unsigned> rows;  // the CSV rows it came from
};

struct ImportResult {
  char separator = ',';
  std::size_t data_rows = 0;            // non-blank rows after the header
  std::vector<ImportedReport> reports;  // in the order of units.yaml
  Diagnostics diagnostics;              // located FILE.csv:row:column; errors mean "write nothing"
};

// Reads a status spreadsheet (columns unit, task, state, progress, completed, evidence,
// reason, note, in any order; title is read and ignored) for `period` of the plan `data`, and
// turns it into one status file per unit. `text` is the file's bytes: UTF-8 with or without a
// BOM. No I/O.
// An import of many files reads them all against one ImportPlan; the overloads with the plan's
// data make one for the file.
ImportResult parse_status_csv(std::string_view text, const std::string& file,
                              const ImportPlan& plan, const Period& period,
                              const ImportOptions& options = {});
ImportResult parse_status_csv(std::string_view text, const std::string& file, const PlanData& data,
                              const Period& period, const ImportOptions& options = {});

// The same for an xlsx workbook: papi's form (sheet "Báo cáo", its unit, period and plan in
// the workbook, checked against `period` and the plan) or a sheet a school made itself (the
// first visible sheet with a header row; the unit from a unit column, or the file's name).
// Diagnostics name the cell: FILE.xlsx:Báo cáo!D12. A file that is not a readable workbook
// (another format, a damaged or encrypted one, a zip bomb, XML with entities) gets one
// error naming the file and what it really is. No I/O.
ImportResult parse_status_xlsx(std::string_view bytes, const std::string& file,
                               const ImportPlan& plan, const Period& period,
                               const ImportOptions& options = {});
ImportResult parse_status_xlsx(std::string_view bytes, const std::string& file,
                               const PlanData& data, const Period& period,
                               const ImportOptions& options = {});

}  // namespace papi
