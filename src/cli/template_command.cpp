#include <algorithm>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "load/schema_location.h"
#include "model/plan_index.h"
#include "model/plan_layout.h"
#include "render/diagnostics_render.h"
#include "render/inspection_file.h"
#include "render/status_file.h"
#include "render/status_form_xlsx.h"
#include "render/yaml_text.h"
#include "util/atomic_file.h"
#include "util/edit_distance.h"
#include "util/fatal.h"
#include "util/utf8.h"
#include "validate/plan_scope.h"
#include "validate/validate_folder.h"

namespace papi {

namespace fs = std::filesystem;

// `papi template DIR --inspection --unit U`: one blank inspection file (docs/inspections.md).
int run_inspection_template(const TemplateCommand& command) {
  if (command.all || command.units.size() != 1)
    throw Fatal(std::string(tr("--inspection: give the unit inspected with one --unit ID")));
  if (!command.period.empty() || command.format != "yaml")
    throw Fatal(
        std::string(tr("--inspection writes one YAML file; --period and --format do not apply")));
  Date date = today();
  if (!command.date.empty()) {
    date = date_option("--date", command.date);
  }
  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_definition_errors(checked, command.directory, "no file written"))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  const PlanIndex index(data);
  const std::string& id = command.units.front();
  const auto unit = index.unit(id);
  if (!unit) {
    std::vector<std::string> ids;
    for (const Unit& u : data.units)
      ids.push_back(u.id);
    const std::string suggestion = closest_match(id, ids);
    throw Fatal(suggestion.empty() ? trf("--unit {}: not a unit of units.yaml", id)
                                   : trf("--unit {}: not a unit of units.yaml (did you mean `{}`?)",
                                         id, suggestion));
  }
  const std::string content =
      inspection_template_yaml(data, index, *unit, date, inspection_schema_path(command.directory));
  if (command.output.empty() || command.output == "-") {
    write_output("", content, {});
    return kExitOk;
  }
  std::error_code ec;
  if (fs::exists(command.output, ec) && !fs::is_directory(command.output, ec))
    throw Fatal(trf("-o {}: not a folder; give the folder the file goes to (e.g. {}/inspections)",
                    command.output, command.directory));
  const std::string path =
      (fs::path(command.output) / (inspection_id(data.units[*unit], date) + ".yaml"))
          .lexically_normal()
          .generic_string();
  if (fs::exists(path, ec) && !command.force) {
    std::fputs(
        (trf("papi: error: {}: exists already; give --force to replace it", path) + "\n").c_str(),
        stderr);
    return kExitUsage;
  }
  fs::create_directories(command.output, ec);
  if (ec)
    throw Fatal(trf("-o {}: cannot create the folder: {}", command.output, ec.message()));
  write_file_atomically(path, content, definition_file_paths(data));
  std::fputs((trf("papi: wrote {}", path) + "\n").c_str(), stderr);
  return kExitOk;
}

int run_template(const TemplateCommand& command) {
  if (command.inspection)
    return run_inspection_template(command);
  if (!command.date.empty())
    throw Fatal(std::string(tr("--date is for --inspection; a report form is for a --period")));
  if (command.period.empty())
    throw Fatal(
        std::string(tr("--period is required: the period of the report forms, e.g. 2021-Q3")));
  const std::optional<Period> period = period_option(command.period);
  if (command.all == !command.units.empty())
    throw Fatal(
        std::string(tr("say which units get a form: --unit ID (one or more times) or --all")));
  if (command.separator != "," && command.separator != ";")
    throw Fatal(trf("--separator {}: use , or ;", command.separator));

  CheckedPlan checked = load_and_check(command.directory, command.common.load_options());
  if (report_definition_errors(checked, command.directory, tr("no form written")))
    return kExitDataErrors;
  const PlanData& data = checked.data;
  if (auto problem = status_period_problem(*data.plan, *period))
    throw Fatal(*problem);
  const PlanIndex index(data);

  std::vector<std::size_t> units;
  if (command.all) {
    for (std::size_t u = 0; u < data.units.size(); ++u) {
      if (index.unit_has_tasks(u))
        units.push_back(u);
    }
    if (units.empty())
      throw Fatal(trf("{}: no unit has a task yet (see tasks.yaml)", command.directory));
  } else {
    std::vector<std::string> ids;
    for (const Unit& unit : data.units)
      ids.push_back(unit.id);
    for (const std::string& id : command.units) {
      const auto found = index.unit(id);
      if (!found) {
        const std::string suggestion = closest_match(id, ids);
        throw Fatal(
            suggestion.empty()
                ? trf("--unit {}: not a unit of units.yaml", id)
                : trf("--unit {}: not a unit of units.yaml (did you mean `{}`?)", id, suggestion));
      }
      if (!index.unit_has_tasks(*found))
        throw Fatal(trf("--unit {}: no task of tasks.yaml applies to this unit", id));
      if (std::find(units.begin(), units.end(), *found) == units.end())
        units.push_back(*found);
    }
  }

  const bool csv = command.format == "csv";
  const bool xlsx = command.format == "xlsx";
  TemplateOptions options;
  options.schema_path = comment_safe(status_schema_path(command.directory));
  auto content_for = [&](std::size_t unit) {
    if (xlsx)
      return status_form_xlsx(
          make_status_form(data, index, unit, *period, *parse_language(command.language)));
    return csv ? status_template_csv(data, index, unit, command.separator[0])
               : status_template_yaml(data, index, unit, *period, options);
  };
  const char* extension = xlsx ? ".xlsx" : csv ? ".csv" : ".yaml";

  const bool to_stdout = command.output.empty() || command.output == "-";
  if (to_stdout && xlsx)
    throw Fatal(
        std::string(tr("xlsx forms are files: give a folder to write them to with -o FOLDER")));
  if (to_stdout) {
    if (units.size() != 1) {
      throw Fatal(trf("{} forms: give a folder to write them to with -o FOLDER", units.size()));
    }
    write_output("", content_for(units.front()), {});
    return kExitOk;
  }

  std::error_code ec;
  if (fs::exists(command.output, ec) && !fs::is_directory(command.output, ec))
    throw Fatal(trf("-o {}: not a folder; give the folder the forms go to", command.output));
  std::vector<std::pair<std::string, std::size_t>> targets;
  std::vector<std::string> existing;
  for (std::size_t unit : units) {
    const std::string path = (fs::path(command.output) / (data.units[unit].id + extension))
                                 .lexically_normal()
                                 .generic_string();
    targets.emplace_back(path, unit);
    if (fs::exists(path, ec))
      existing.push_back(path);
  }
  if (!existing.empty() && !command.force) {
    for (const std::string& path : existing) {
      std::fputs(
          (trf("papi: error: {}: exists already; give --force to replace it", path) + "\n").c_str(),
          stderr);
    }
    std::fputs(
        (trf("papi: {} file(s) exist already; nothing written", existing.size()) + "\n").c_str(),
        stderr);
    return kExitUsage;
  }
  fs::create_directories(command.output, ec);
  if (ec)
    throw Fatal(trf("-o {}: cannot create the folder: {}", command.output,
                    system_error_text(ec.message())));
  const std::vector<std::string> protect = definition_file_paths(data);
  for (const auto& [path, unit] : targets)
    write_file_atomically(path, content_for(unit), protect);
  std::fputs(
      ((existing.empty() ? trf("papi: wrote {} form(s) for {} to {}", targets.size(),
                               period->to_string(), command.output)
                         : trf("papi: wrote {} form(s) for {} to {} ({} replaced)", targets.size(),
                               period->to_string(), command.output, existing.size())) +
       "\n")
          .c_str(),
      stderr);
  return kExitOk;
}

}  // namespace papi
