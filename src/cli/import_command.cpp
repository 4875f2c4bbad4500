#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "i18n/messages.h"
#include "load/schema_location.h"
#include "model/plan_layout.h"
#include "render/diagnostics_render.h"
#include "render/yaml_text.h"
#include "util/atomic_file.h"
#include "util/fatal.h"
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

}  // namespace

int run_import(const ImportCommand& command) {
  const std::optional<Period> period = period_option(command.period);
  ImportOptions options;
  if (!command.submitted.empty())
    options.submitted = date_option("--submitted", command.submitted);

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_definition_errors(checked, command.directory, tr("nothing imported")))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  if (auto problem = status_period_problem(*data.plan, *period))
    throw Fatal(*problem);

  const std::string bytes = read_input(command.file, command.common.max_file_bytes);
  options.schema_path = comment_safe(status_schema_path(command.directory));
  ImportResult result = parse_status_csv(bytes, command.file, data, *period, options);

  std::size_t error_count = 0;
  std::size_t warning_count = 0;
  for (const Diagnostic& d : result.diagnostics) {
    error_count += d.severity == Severity::error;
    warning_count += d.severity == Severity::warning;
  }
  print(stderr, render_diagnostics_text(result.diagnostics, use_color(stderr)));
  if (error_count > 0) {
    print(stderr, trf("papi: {}: {} row(s) read: {} error(s), {} warning(s); nothing written",
                      command.file, result.data_rows, error_count, warning_count) +
                      "\n");
    return kExitDataErrors;
  }

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
            command.file, result.data_rows, warning_count, result.reports.size(), folder,
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
  std::vector<FileContent> files;
  for (const ImportedReport& report : result.reports) {
    check_output_target(report.path, protect);
    files.push_back(FileContent{report.path, report.yaml});
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
    write_files_atomically(files, protect);
  } catch (const Fatal&) {
    for (const fs::path& created : made)
      fs::remove(created, ec);  // only when empty: nothing else was there
    throw;
  }
  print(stderr, trf("papi: {}: {} row(s) read, {} warning(s); wrote {} file(s) to {} ({} new, {} "
                    "replaced)",
                    command.file, result.data_rows, warning_count, result.reports.size(), folder,
                    result.reports.size() - existing.size(), existing.size()) +
                    "\n");
  return kExitOk;
}

}  // namespace papi
