#include "cli/app.h"

#include <cstdio>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/output.h"
#include "util/fatal.h"

namespace papi {

int run_cli(int argc, char** argv) {
  CLI::App app{
      "papi keeps a PAPI improvement plan as YAML and turns it into reports.\n"
      "Exit codes: 0 ok, 1 errors in the data, 2 usage or I/O problems."};
  app.name("papi");
  app.set_version_flag("-V,--version", std::string("papi ") + PAPI_VERSION);
  app.require_subcommand(1, 1);

  PlanCommand plan;
  CLI::App* plan_app =
      app.add_subcommand("plan", "Render the plan document (Markdown, CSV task table, JSON)");
  plan_app->add_option("dir", plan.directory, "Plan folder")->capture_default_str();
  plan_app->add_option("-f,--format", plan.format, "Output format")
      ->check(CLI::IsMember({"md", "csv", "json"}))
      ->capture_default_str();
  plan_app->add_option("-o,--output", plan.output, "Write to FILE (atomically) instead of stdout");
  add_common_options(*plan_app, plan.common);

  ValidateCommand validate;
  CLI::App* validate_app =
      app.add_subcommand("validate", "Check plan folders and report every problem found");
  validate_app->add_option("dir", validate.directories, "Plan folders (files with --schema)")
      ->capture_default_str();
  validate_app->add_option("-f,--format", validate.format, "Diagnostics format")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  validate_app->add_flag("--strict", validate.strict, "Treat warnings as errors (exit 1)");
  validate_app->add_flag("-q,--quiet", validate.quiet, "Print errors only, and no summary");
  validate_app->add_flag("-v,--verbose", validate.verbose,
                         "Also list notes: the units whose report is not yet in");
  validate_app
      ->add_option("--schema", validate.schema,
                   "Check single files against one schema (plan, units, tasks, status) "
                   "instead of plan folders: syntax and structure only")
      ->check(CLI::IsMember({"plan", "units", "tasks", "status"}));
  add_common_options(*validate_app, validate.common);

  ReportCommand report;
  CLI::App* report_app = app.add_subcommand(
      "report", "Completion per PAPI area, unit, level, commune and task for a period");
  report_app->add_option("dir", report.directory, "Plan folder")->capture_default_str();
  report_app->add_option("-p,--period", report.period,
                         "Period: 2021-Q1, 2021-H1, 2021 ... (default: the latest with data)");
  report_app->add_option("--as-of", report.as_of,
                         "Judge deadlines at this date, YYYY-MM-DD (default: the period's end)");
  report_app->add_option("--by", report.by, "CSV: which table")
      ->check(CLI::IsMember({"area", "unit", "level", "commune", "task", "record"}))
      ->capture_default_str();
  report_app->add_option("-f,--format", report.format, "Output format")
      ->check(CLI::IsMember({"md", "csv", "json", "xlsx"}))
      ->capture_default_str();
  report_app->add_option("--lang", report.language, "Language of the Markdown or xlsx report")
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
  report_app->add_option("-o,--output", report.output,
                         "Write to FILE (atomically); Markdown also writes FILE's .svg chart");
  report_app->add_flag("--bom", report.bom, "CSV: start with a UTF-8 BOM, for Excel");
  report_app->add_option("--separator", report.separator, "CSV: , or ; (a vi-VN spreadsheet's)")
      ->capture_default_str();
  report_app->add_flag("--decimal-comma", report.decimal_comma,
                       "CSV: decimal numbers with a comma (91,06), as a vi-VN spreadsheet reads "
                       "them");
  add_common_options(*report_app, report.common);

  InitCommand init;
  CLI::App* init_app = app.add_subcommand(
      "init", "Create a new plan folder: plan.yaml with the 8 PAPI areas, units, tasks, README");
  init_app->add_option("dir", init.directory, "The new plan folder (must not exist, or be empty)")
      ->required();
  init_app->add_option("--id", init.id, "Plan id, a slug (default: from the folder's name)");
  init_app->add_option("--number", init.number, "Document number, e.g. 15/KH-PGDĐT");
  init_app->add_option("--title", init.title, "Title (default: the usual PAPI plan title)");
  init_app->add_option("--issuer", init.issuer,
                       "Issuing body, e.g. \"Phòng Giáo dục và Đào tạo Văn Giang\"");
  init_app->add_option("--year", init.year, "Plan year (default: this year)");
  init_app->add_option("--issued", init.issued, "Date of issue, YYYY-MM-DD (default: today)");
  init_app->add_option("--reporting", init.reporting, "Reporting cadence")
      ->check(CLI::IsMember({"quarter", "half", "year", "month"}))
      ->capture_default_str();

  TemplateCommand template_command;
  CLI::App* template_app = app.add_subcommand(
      "template", "Write the report form each unit fills in for a period (YAML, CSV or xlsx)");
  template_app->add_option("dir", template_command.directory, "Plan folder")->capture_default_str();
  template_app->add_option("-p,--period", template_command.period, "Period, e.g. 2021-Q3")
      ->required();
  template_app->add_option("-u,--unit", template_command.units, "A unit id (repeatable)");
  template_app->add_flag("--all", template_command.all, "Every unit that has a task");
  template_app->add_option("-o,--output", template_command.output,
                           "Folder for the forms, one file per unit (default: standard output, "
                           "for one unit)");
  template_app
      ->add_option("-f,--format", template_command.format,
                   "yaml: the status file itself; csv: a spreadsheet for papi import; xlsx: an "
                   "Excel form with drop-down lists")
      ->check(CLI::IsMember({"yaml", "csv", "xlsx"}))
      ->capture_default_str();
  template_app->add_option("--separator", template_command.separator, "CSV: , or ;")
      ->capture_default_str();
  template_app->add_flag("--force", template_command.force, "Replace files that exist already");
  add_common_options(*template_app, template_command.common);

  ImportCommand import;
  CLI::App* import_app = app.add_subcommand(
      "import", "Turn schools' spreadsheets (xlsx or CSV) into status files; --write writes them");
  import_app->add_option("dir", import.directory, "Plan folder")->required();
  import_app
      ->add_option("files", import.files,
                   "The answers: xlsx forms or sheets, CSV files (`,` or `;`), or folders of "
                   "them")
      ->required();
  import_app->add_option("-p,--period", import.period, "Period of the reports, e.g. 2021-Q3")
      ->required();
  import_app->add_flag("--write", import.write,
                       "Write the files (without it, only show what would be written)");
  import_app->add_flag("--force", import.force,
                       "Replace current reports (their previous content is printed)");
  import_app->add_option("--submitted", import.submitted,
                         "Write `submitted: DATE` (YYYY-MM-DD) in every file");
  import_app->add_option("--encoding", import.encoding,
                         "CSV: utf-8, windows-1258, tcvn3 or vni (default: UTF-8, Windows-1258 "
                         "recognised)");
  add_common_options(*import_app, import.common);

  DiffCommand diff;
  CLI::App* diff_app = app.add_subcommand(
      "diff", "What changed in a plan folder between two git revisions, completion included");
  diff_app
      ->add_option("revisions", diff.arguments,
                   "[DIR] REV_A [REV_B]: the plan folder (default .), and two revisions; without "
                   "REV_B, the working tree")
      ->required();
  diff_app->add_option("-p,--period", diff.period,
                       "Compare completion for this period (default: the latest with data)");
  diff_app->add_option("-f,--format", diff.format, "Output format")
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  diff_app->add_option("--lang", diff.language, "Language of the Markdown")
      ->check(CLI::IsMember({"vi", "en"}))
      ->capture_default_str();
  diff_app->add_option("-o,--output", diff.output, "Write to FILE (atomically) instead of stdout");
  add_common_options(*diff_app, diff.common);

  SchemaCommand schema;
  CLI::App* schema_app = app.add_subcommand(
      "schema", "Print a JSON Schema papi carries, for editors (plan, units, tasks, status)");
  schema_app->add_option("name", schema.name, "Which schema")
      ->required()
      ->check(CLI::IsMember({"plan", "units", "tasks", "status"}));
  schema_app->add_option("-o,--output", schema.output, "Write to FILE instead of stdout");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here too: their text goes out like any command's output.
    std::ostringstream out;
    std::ostringstream err;
    const int code = app.exit(e, out, err);
    std::fputs(err.str().c_str(), stderr);
    write_standard_output(out.str());
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (plan_app->parsed())
    return run_plan(plan);
  if (validate_app->parsed())
    return run_validate(validate);
  if (report_app->parsed())
    return run_report(report);
  if (init_app->parsed())
    return run_init(init);
  if (template_app->parsed())
    return run_template(template_command);
  if (import_app->parsed())
    return run_import(import);
  if (diff_app->parsed())
    return run_diff(diff);
  if (schema_app->parsed())
    return run_schema(schema);
  return kExitUsage;
}

}  // namespace papi
