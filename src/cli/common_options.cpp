#include <algorithm>
#include <ctime>
#include <thread>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <ctime>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "util/fatal.h"
#include "validate/plan_scope.h"
#include "validate/validate_folder.h"

namespace papi {

LoadOptions CommonOptions::load_options() const {
  LoadOptions options;
  options.jobs = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
  options.max_file_bytes = max_file_bytes;
  options.limits.max_nodes = max_nodes;
  options.limits.max_depth = max_depth;
  options.limits.max_alias_nodes = max_alias_nodes;
  // Aliases may not make a file's text larger than the largest file could hold.
  options.limits.max_alias_bytes = static_cast<std::size_t>(max_file_bytes);
  options.limits.max_string_bytes = max_string_bytes;
  return options;
}

void add_common_options(CLI::App& command, CommonOptions& options) {
  command
      .add_option("-j,--jobs", options.jobs,
                  std::string(tr("Files parsed in parallel (default: every core)")))
      ->check(CLI::Range(0u, 256u).description(""));
  add_limit_options(command, options, "");  // an empty group: accepted, not listed
}

void add_limit_options(CLI::App& command, CommonOptions& options, const std::string& group) {
  command
      .add_option("--max-file-size", options.max_file_bytes,
                  std::string(tr("Largest input file, in bytes")))
      ->capture_default_str()
      ->group(group);
  command.add_option("--max-nodes", options.max_nodes, std::string(tr("Most values in one file")))
      ->capture_default_str()
      ->group(group);
  command
      .add_option("--max-depth", options.max_depth, std::string(tr("Deepest nesting in one file")))
      ->capture_default_str()
      ->group(group);
  command
      .add_option("--max-alias-nodes", options.max_alias_nodes,
                  std::string(tr("Most values that aliases may expand to in one file")))
      ->capture_default_str()
      ->group(group);
  command
      .add_option("--max-string-length", options.max_string_bytes,
                  std::string(tr("Longest key or text value, in bytes")))
      ->capture_default_str()
      ->group(group);
}

Period period_option(const std::string& text) {
  std::string upper = text;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  });
  const auto period = Period::parse(upper);
  if (!period) {
    throw Fatal(trf("--period {}: not a period (use e.g. 2021-Q1, 2021-H1, 2021, 2021-03)", text));
  }
  return *period;
}

void print_data_errors(Diagnostics errors, const std::string& shown_as, std::string_view counted,
                       std::string_view consequence) {
  attach_source_lines(errors);
  std::fputs(render_diagnostics_text(errors, use_color(stderr)).c_str(), stderr);
  std::fputs((trf("papi: {}: {} {}; {} (see `papi validate`)", shown_as, errors.size(), counted,
                  consequence) +
              "\n")
                 .c_str(),
             stderr);
}

Date date_option(std::string_view option, const std::string& text) {
  const auto date = Date::parse_written(text);
  if (!date || !date->is_valid())
    throw Fatal(trf("{} {}: not a date (use YYYY-MM-DD or dd/mm/yyyy)", option, text));
  return *date;
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool report_data_errors(const CheckedPlan& checked, const std::string& directory,
                        std::string_view consequence) {
  Diagnostics errors;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.severity == Severity::error)
      errors.push_back(d);
  }
  if (errors.empty() && checked.data.plan)
    return false;
  print_data_errors(std::move(errors), directory, tr("error(s)"), consequence);
  return true;
}

bool report_definition_errors(const CheckedPlan& checked, const std::string& directory,
                              std::string_view consequence) {
  Diagnostics errors = definition_errors(checked.data, checked.diagnostics);
  if (errors.empty() && checked.data.plan)
    return false;
  print_data_errors(std::move(errors), directory, tr("error(s) in the plan"), consequence);
  return true;
}

}  // namespace papi
