#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "i18n/messages.h"
#include "load/schema_location.h"
#include "load/xlsx_reader.h"
#include "model/plan_index.h"
#include "model/plan_layout.h"
#include "render/diagnostics_render.h"
#include "render/yaml_text.h"
#include "util/atomic_file.h"
#include "util/fatal.h"
#include "util/legacy_encoding.h"
#include "util/utf8.h"
#include "validate/plan_scope.h"
#include "validate/validate_folder.h"
#include "workflow/import.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

std::string read_input(const std::string& path, std::uintmax_t limit) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    throw Fatal(trf("{}: no such file", path));
  if (!fs::is_regular_file(status))
    throw Fatal(trf("{}: not a file", path));
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    throw Fatal(
        trf("{}: the file is {} bytes, more than the limit of {} bytes "
            "(--max-file-size)",
            path, size, limit));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Fatal(trf("{}: cannot read the file", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

void print(std::FILE* stream, const std::string& text) {
  std::fputs(text.c_str(), stream);
}

bool has_extension(const std::string& path, std::initializer_list<std::string_view> extensions) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

// The files to read: each file as given, and the .xlsx and .csv files of each folder (not
// Excel's lock files ~$NAME.xlsx, not hidden ones), in name order.
std::vector<std::string> input_files(const std::vector<std::string>& arguments) {
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (!fs::is_directory(argument, ec)) {
      files.push_back(argument);
      continue;
    }
    std::vector<std::string> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(argument, ec)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file(ec) && !name.starts_with("~$") && !name.starts_with(".") &&
          has_extension(name, {".xlsx", ".xlsm", ".csv"}))
        found.push_back(entry.path().lexically_normal().generic_string());
    }
    if (found.empty())
      throw Fatal(trf("{}: no .xlsx or .csv file in this folder", argument));
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// A workbook by its name, or by its bytes (a zip or an old OLE2 file named .csv).
bool is_workbook(const std::string& path, std::string_view bytes) {
  return has_extension(path, {".xlsx", ".xlsm", ".xls", ".ods"}) ||
         sniff_spreadsheet(bytes) != SpreadsheetFormat::text;
}

}  // namespace

int run_import(const ImportCommand& command) {
  const std::optional<Period> period = period_option(command.period);
  ImportOptions options;
  options.max_string_bytes = command.common.max_string_bytes;
  if (!command.submitted.empty())
    options.submitted = date_option("--submitted", command.submitted);

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_definition_errors(checked, command.directory, tr("nothing imported")))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  if (auto problem = status_period_problem(*data.plan, *period))
    throw Fatal(*problem);

  options.schema_path = comment_safe(status_schema_path(command.directory));
  if (!command.encoding.empty()) {
    options.encoding = parse_encoding_name(command.encoding);
    if (!options.encoding)
      throw Fatal(trf("--encoding {}: use utf-8, windows-1258, tcvn3 or vni", command.encoding));
  }

  // Every file is read and checked before anything is written: one bad file writes nothing.
  const std::vector<std::string> files = input_files(command.files);
  const ImportPlan plan(data);
  ImportResult result;
  std::map<std::string, std::string> source_of;  // report path -> the file it comes from
  std::size_t error_count = 0;
  std::size_t warning_count = 0;
  for (const std::string& file : files) {
    const std::string bytes = read_input(file, command.common.max_file_bytes);
    ImportResult one = is_workbook(file, bytes)
                           ? parse_status_xlsx(bytes, file, plan, *period, options)
                           : parse_status_csv(bytes, file, plan, *period, options);
    for (ImportedReport& report : one.reports) {
      const auto [seen, inserted] = source_of.emplace(report.path, file);
      if (!inserted) {
        Diagnostic d;
        d.file = file;
        d.code = "import-duplicate-report";
        d.message = trf("the report of unit {} comes from two files: {} and {}", report.unit,
                        seen->second, file);
        d.hint = std::string(tr("keep one of the two files"));
        one.diagnostics.push_back(std::move(d));
        continue;
      }
      result.reports.push_back(std::move(report));
    }
    std::size_t errors_here = 0;
    for (const Diagnostic& d : one.diagnostics) {
      errors_here += d.severity == Severity::error;
      warning_count += d.severity == Severity::warning;
    }
    error_count += errors_here;
    result.data_rows += one.data_rows;
    print(stderr, render_diagnostics_text(one.diagnostics, use_color(stderr)));
    if (errors_here > 0 && files.size() > 1) {
      print(stderr,
            trf("papi: {}: {} row(s) read: {} error(s)", file, one.data_rows, errors_here) + "\n");
    }
  }
  // The summary names the file, or how many there were.
  const std::string input = files.size() == 1 ? files.front() : trf("{} files", files.size());
  if (error_count > 0) {
    print(stderr, trf("papi: {}: {} row(s) read: {} error(s), {} warning(s); nothing written",
                      input, result.data_rows, error_count, warning_count) +
                      "\n");
    return kExitDataErrors;
  }
  // Reports in the order of units.yaml, whichever file each came from.
  const PlanIndex& index = plan.index();
  std::stable_sort(result.reports.begin(), result.reports.end(),
                   [&](const ImportedReport& a, const ImportedReport& b) {
                     return index.unit(a.unit).value_or(0) < index.unit(b.unit).value_or(0);
                   });

  std::vector<std::string> existing;
  for (const ImportedReport& report : result.reports) {
    std::error_code ec;
    if (fs::exists(report.path, ec))
      existing.push_back(report.path);
  }
  auto exists = [&](const std::string& path) {
    return std::find(existing.begin(), existing.end(), path) != existing.end();
  };
  const std::string folder = status_period_path(command.directory, period->to_string());

  if (!command.write) {
    std::string out;
    for (const ImportedReport& report : result.reports) {
      out += fmt::format("{}==> {} ({}) <==\n{}", out.empty() ? "" : "\n", report.path,
                         exists(report.path) ? tr("replaces the current report") : tr("new"),
                         report.yaml);
    }
    write_output("", out, {});
    std::string summary =
        trf("papi: {}: {} row(s) read, {} warning(s); would write {} file(s) to {} ({} new, {} "
            "replacing a current report); nothing written: give --write to write them",
            input, result.data_rows, warning_count, result.reports.size(), folder,
            result.reports.size() - existing.size(), existing.size());
    if (!existing.empty() && !command.force)
      summary += tr(", and --force to replace current reports");
    print(stderr, summary + "\n");
    return kExitOk;
  }

  if (!existing.empty() && !command.force) {
    for (const std::string& path : existing) {
      print(stderr, trf("papi: error: {}: a report exists already; give --force to replace it "
                        "(its content will be shown)",
                        path) +
                        "\n");
    }
    print(stderr, trf("papi: {} report(s) exist already; nothing written", existing.size()) + "\n");
    return kExitUsage;
  }
  // An import is all or nothing: every target is checked before anything is shown or written,
  // and a failure leaves the plan folder as it was (docs/workflows.md).
  const std::vector<std::string> protect = definition_file_paths(data);
  std::vector<FileContent> outputs;
  for (const ImportedReport& report : result.reports) {
    check_output_target(report.path, protect);
    outputs.push_back(FileContent{report.path, report.yaml});
  }
  // The reports about to be replaced are shown first: when they cannot be (a full disk behind
  // standard output), this throws and nothing is replaced.
  std::string replaced;
  for (const ImportedReport& report : result.reports) {
    if (exists(report.path)) {
      const std::string old = read_input(report.path, command.common.max_file_bytes);
      replaced += trf("{}==> {}: replaced; its previous content was: <==\n{}",
                      replaced.empty() ? "" : "\n", report.path, old);
    }
  }
  if (!replaced.empty())
    write_standard_output(replaced);
  std::vector<fs::path> made;  // the folders made for the import, the deepest first
  std::error_code ec;
  for (fs::path missing = folder; !missing.empty() && !fs::exists(missing, ec);
       missing = missing.parent_path())
    made.push_back(missing);
  fs::create_directories(folder, ec);
  if (ec)
    throw Fatal(trf("{}: cannot create the folder: {}", folder, system_error_text(ec.message())));
  try {
    write_files_atomically(outputs, protect);
  } catch (const Fatal&) {
    for (const fs::path& created : made)
      fs::remove(created, ec);  // only when empty: nothing else was there
    throw;
  }
  print(stderr, trf("papi: {}: {} row(s) read, {} warning(s); wrote {} file(s) to {} ({} new, {} "
                    "replaced)",
                    input, result.data_rows, warning_count, result.reports.size(), folder,
                    result.reports.size() - existing.size(), existing.size()) +
                    "\n");
  return kExitOk;
}

}  // namespace papi
