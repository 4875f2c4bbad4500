#include "cli/app.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/help_format.h"
#include "cli/output.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "util/edit_distance.h"
#include "util/fatal.h"

namespace papi {

namespace {

std::optional<std::string> environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::optional<std::string>(value) : std::nullopt;
}

// --lang is read before CLI11 parses anything, so that --help and CLI11's own errors are in
// that language too. A wrong value is left for CLI11 to report.
LanguageSettings language_settings(int argc, char** argv) {
  LanguageSettings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--")
      break;
    if (arg == "--lang" && i + 1 < argc)
      settings.option = argv[i + 1];
    else if (arg.rfind("--lang=", 0) == 0)
      settings.option = std::string(arg.substr(7));
  }
  settings.papi_lang = environment("PAPI_LANG");
  settings.lc_all = environment("LC_ALL");
  settings.lc_messages = environment("LC_MESSAGES");
  settings.lang = environment("LANG");
  return settings;
}

// The first argument that is not an option: the command.
std::optional<std::string> command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang") {
      ++i;
      continue;
    }
    if (!arg.empty() && arg[0] == '-')
      continue;
    return std::string(arg);
  }
  return std::nullopt;
}

std::string examples(std::initializer_list<std::string_view> lines, bool reads_plan = true) {
  std::string out = std::string(tr("Examples")) + ":\n";
  for (std::string_view line : lines)
    out += "  " + std::string(line) + "\n";
  if (reads_plan) {
    out +=
        std::string(tr("Limits of reading files (--max-file-size and others): papi help "
                       "limits"));
    out += "\n";
  }
  return out;
}

void add_language_option(CLI::App& command, std::string& language) {
  command
      .add_option("--lang", language,
                  std::string(tr("Language of messages, help and the report: vi or en (default: "
                                 "PAPI_LANG, else the locale for messages, else vi)")))
      ->check(CLI::IsMember({"vi", "en"}));
}

// `papi help limits`: the options every reading command accepts and no help screen lists.
std::string limits_help() {
  CommonOptions defaults;
  CLI::App limits;
  add_limit_options(limits, defaults, std::string(tr("Limits")));
  const CLI::App& view = limits;
  const std::vector<const CLI::Option*> options =
      view.get_options([](const CLI::Option* o) { return o->get_name() != "--help"; });
  return std::string(tr("Limits of reading files, for every command that reads a plan (plan, "
                        "validate, report, template, import, diff). A file beyond a limit is "
                        "an error of that file (docs/security.md):")) +
         "\n" + translated_formatter()->make_group(std::string(tr("Limits")), false, options);
}

}  // namespace

int run_cli(int argc, char** argv) {
  const LanguageSettings settings = language_settings(argc, argv);
  set_ui_language(message_language(settings));
  if (settings.papi_lang && !settings.papi_lang->empty() && !parse_language(*settings.papi_lang))
    throw Fatal(trf("PAPI_LANG={}: the language is vi or en", *settings.papi_lang));
  const std::string document_language =
      papi::document_language(settings) == Language::en ? "en" : "vi";

  CLI::App app{std::string(
      tr("papi keeps a PAPI improvement plan as YAML and turns it into reports.\nExit codes: "
         "0 ok, 1 errors in the data, 2 usage or I/O problems."))};
  app.name("papi");
  app.formatter(translated_formatter());
  app.option_defaults()->group(std::string(tr("Options")));
  app.set_help_flag("-h,--help", std::string(tr("Print this help message and exit")));
  app.set_version_flag("-V,--version", std::string("papi ") + PAPI_VERSION,
                       std::string(tr("Display program version information and exit")));
  app.require_subcommand(1, 1);
  std::string ignored_language;  // read before parsing; here so that CLI11 accepts and checks it
  add_language_option(app, ignored_language);
  app.footer(examples({"papi validate plans/van-giang-2021",
                       "papi report plans/van-giang-2021 --period 2021-Q2 -o bao-cao-2021-Q2.md",
                       "papi report plans/van-giang-2021 --lang en", "papi help report",
                       "papi help limits"}));
  const std::string commands_group(tr("Subcommands"));
  auto command = [&](const char* name, std::string_view description) {
    CLI::App* sub = app.add_subcommand(name, std::string(description));
    sub->group(commands_group);
    // CLI11 made the subcommand's help flag before it took the option group of its parent.
    sub->set_help_flag("-h,--help", std::string(tr("Print this help message and exit")));
    add_language_option(*sub, ignored_language);
    return sub;
  };

  PlanCommand plan;
  CLI::App* plan_app =
      command("plan", tr("Render the plan document (Markdown, CSV task table, JSON)"));
  plan_app->add_option("dir", plan.directory, std::string(tr("Plan folder")))
      ->capture_default_str();
  plan_app->add_option("-f,--format", plan.format, std::string(tr("Output format (docx needs -o)")))
      ->check(CLI::IsMember({"md", "csv", "json", "docx", "html"}))
      ->capture_default_str();
  plan_app->add_option("-o,--output", plan.output,
                       std::string(tr("Write to FILE (atomically) instead of stdout")));
  add_common_options(*plan_app, plan.common);
  plan_app->footer(examples({"papi plan plans/van-giang-2021 -o ke-hoach.md",
                             "papi plan plans/van-giang-2021 --format csv -o nhiem-vu.csv"}));

  ValidateCommand validate;
  CLI::App* validate_app =
      command("validate", tr("Check plan folders and report every problem found"));
  validate_app
      ->add_option("dir", validate.directories,
                   std::string(tr("Plan folders (files with --schema)")))
      ->capture_default_str();
  validate_app->add_option("-f,--format", validate.format, std::string(tr("Diagnostics format")))
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  validate_app->add_flag("--strict", validate.strict,
                         std::string(tr("Treat warnings as errors (exit 1)")));
  validate_app->add_flag("-q,--quiet", validate.quiet,
                         std::string(tr("Text output: print errors only (and warnings with "
                                        "--strict), no summary; json and github output are "
                                        "unchanged")));
  validate_app->add_flag("-v,--verbose", validate.verbose,
                         std::string(tr("Also list notes: the units whose report is not yet in")));
  validate_app
      ->add_option(
          "--schema", validate.schema,
          std::string(tr("Check single files against one schema (plan, units, tasks, status, "
                         "inspection) instead of plan folders: syntax and structure only")))
      ->check(CLI::IsMember({"plan", "units", "tasks", "status", "inspection"}));
  add_common_options(*validate_app, validate.common);
  validate_app->footer(
      examples({"papi validate plans/van-giang-2021",
                "papi validate plans/van-giang-2021 --strict --format github",
                "papi validate --schema status plans/van-giang-2021/status/2021-Q1/pgd.yaml"}));

  ReportCommand report;
  CLI::App* report_app =
      command("report", tr("Completion per PAPI area, unit, level, commune and task for a period"));
  report_app->add_option("dir", report.directory, std::string(tr("Plan folder")))
      ->capture_default_str();
  report_app->add_option(
      "-p,--period", report.period,
      std::string(tr("Period: 2021-Q1, 2021-H1, 2021 ... (default: the latest with data)")));
  report_app->add_option("--as-of", report.as_of,
                         std::string(tr("Judge deadlines at this date, YYYY-MM-DD or dd/mm/yyyy "
                                        "(default: the period's end)")));
  report_app->add_option("--by", report.by, std::string(tr("CSV: which table")))
      ->check(CLI::IsMember({"area", "unit", "level", "commune", "task", "record", "submission",
                             "outcome", "finding"}))
      ->capture_default_str();
  report_app
      ->add_option("-f,--format", report.format,
                   std::string(tr("Output format (docx and xlsx need -o)")))
      ->check(CLI::IsMember({"md", "csv", "json", "docx", "html", "xlsx"}))
      ->capture_default_str();
  report_app->add_option(
      "-o,--output", report.output,
      std::string(tr("Write to FILE (atomically); Markdown also writes FILE's .svg chart")));
  report_app->add_flag("--bom", report.bom,
                       std::string(tr("CSV: start with a UTF-8 BOM, for Excel")));
  report_app
      ->add_option("--separator", report.separator,
                   std::string(tr("CSV: , or ; (a vi-VN spreadsheet's)")))
      ->capture_default_str();
  report_app->add_flag("--decimal-comma", report.decimal_comma,
                       std::string(tr("CSV: decimal numbers with a comma (91,06), as a vi-VN "
                                      "spreadsheet reads them")));
  report_app->add_flag("--strict", report.strict,
                       std::string(tr("Stop (exit 1, nothing written) when no unit has a report "
                                      "for the period")));
  add_common_options(*report_app, report.common);
  report_app->footer(examples(
      {"papi report plans/van-giang-2021",
       "papi report plans/van-giang-2021 --period 2021-Q2 -o bao-cao-2021-Q2.md",
       "papi report plans/van-giang-2021 --period 2021-q1 --as-of 15/03/2021",
       "papi report plans/van-giang-2021 --format csv --by unit --bom -o don-vi.csv",
       "papi report plans/van-giang-2021 --period 2021-Q1 --format xlsx -o bao-cao.xlsx"}));

  RemindCommand remind;
  CLI::App* remind_app = command(
      "remind", tr("Who still owes a report or an overdue task, with a message to send each unit"));
  remind_app->add_option("dir", remind.directory, std::string(tr("Plan folder")))
      ->capture_default_str();
  remind_app->add_option(
      "-p,--period", remind.period,
      std::string(tr("Period: 2021-Q2, 2021-H1 ... (default: every period begun by the date)")));
  remind_app->add_option("--as-of", remind.as_of,
                         std::string(tr("The day of the list, YYYY-MM-DD (default: today)")));
  remind_app
      ->add_option("-f,--format", remind.format,
                   std::string(tr("Output format (docx: the letter to the units, needs -o)")))
      ->check(CLI::IsMember({"md", "csv", "json", "docx", "html"}))
      ->capture_default_str();
  remind_app->add_option("-o,--output", remind.output,
                         std::string(tr("Write to FILE (atomically) instead of stdout")));
  remind_app->add_flag("--exit-code", remind.exit_code,
                       std::string(tr("Exit 1 when anything is owed (for scheduled jobs)")));
  add_common_options(*remind_app, remind.common);
  remind_app->footer(
      examples({"papi remind plans/van-giang-2021",
                "papi remind plans/van-giang-2021 --period 2021-Q2 --as-of 25/06/2021",
                "papi remind plans/van-giang-2021 --format csv --exit-code -o con-no.csv",
                "papi remind plans/van-giang-2021 --format docx -o don-doc.docx"}));

  RollupCommand rollup;
  CLI::App* rollup_app = command(
      "rollup", tr("Several plan folders in one table by PAPI area: completion, units, scores"));
  rollup_app->add_option("dir", rollup.directories, std::string(tr("Plan folders")))->required();
  rollup_app->add_option("-p,--period", rollup.period,
                         std::string(tr("Period: Q2, H1, 07 or year of each plan's own year, or "
                                        "one period such as 2021-Q2 (default: each plan's latest "
                                        "with data)")));
  rollup_app->add_option("-f,--format", rollup.format, std::string(tr("Output format")))
      ->check(CLI::IsMember({"md", "csv", "json"}))
      ->capture_default_str();
  rollup_app->add_option("-o,--output", rollup.output,
                         std::string(tr("Write to FILE (atomically) instead of stdout")));
  rollup_app->add_flag("--bom", rollup.bom,
                       std::string(tr("CSV: start with a UTF-8 BOM, for Excel")));
  add_common_options(*rollup_app, rollup.common);
  rollup_app->footer(
      examples({"papi rollup plans/van-giang-2021 plans/van-lam-2021 plans/khoai-chau-2021",
                "papi rollup plans/van-giang-2020 plans/van-giang-2021 --period Q2",
                "papi rollup plans/*/ --format csv -o tong-hop.csv"}));

  InitCommand init;
  CLI::App* init_app = command(
      "init",
      tr("Create a new plan folder: plan.yaml with the 8 PAPI areas, units, tasks, README"));
  init_app
      ->add_option("dir", init.directory,
                   std::string(tr("The new plan folder (must not exist, or be empty)")))
      ->required();
  init_app->add_option("--id", init.id,
                       std::string(tr("Plan id, a slug (default: from the folder's name)")));
  init_app->add_option("--number", init.number,
                       std::string(tr("Document number, e.g. 15/KH-PGDĐT")));
  init_app->add_option("--title", init.title,
                       std::string(tr("Title (default: the usual PAPI plan title)")));
  init_app->add_option(
      "--issuer", init.issuer,
      std::string(tr("Issuing body, e.g. \"Phòng Giáo dục và Đào tạo Văn Giang\"")));
  init_app->add_option("--year", init.year, std::string(tr("Plan year (default: this year)")));
  init_app->add_option("--issued", init.issued,
                       std::string(tr("Date of issue, YYYY-MM-DD or dd/mm/yyyy (default: today)")));
  init_app->add_option("--reporting", init.reporting, std::string(tr("Reporting cadence")))
      ->check(CLI::IsMember({"quarter", "half", "year", "month"}))
      ->capture_default_str();
  init_app
      ->add_option("--report-due-day", init.report_due_day,
                   std::string(tr("report_deadlines: the reports of a period are due on this day "
                                  "of its last month (a day past a short month's end is its last "
                                  "day)")))
      ->check(CLI::Range(1, 31))
      ->capture_default_str();
  init_app->footer(examples({"papi init plans/van-giang-2024 --number \"15/KH-PGDĐT\" --year 2024 "
                             "--issued 20/02/2024"},
                            false));

  TemplateCommand template_command;
  CLI::App* template_app = command(
      "template", tr("Write the report form each unit fills in for a period (YAML, CSV or xlsx)"));
  template_app->add_option("dir", template_command.directory, std::string(tr("Plan folder")))
      ->capture_default_str();
  template_app->add_option("-p,--period", template_command.period,
                           std::string(tr("Period, e.g. 2021-Q3 (required for report forms)")));
  template_app->add_option("-u,--unit", template_command.units,
                           std::string(tr("A unit id (repeatable)")));
  template_app->add_flag("--all", template_command.all,
                         std::string(tr("Every unit that has a task")));
  template_app->add_option("-o,--output", template_command.output,
                           std::string(tr("Folder for the forms, one file per unit (default: "
                                          "standard output, for one unit)")));
  template_app
      ->add_option("-f,--format", template_command.format,
                   std::string(tr("yaml: the status file itself; csv: a spreadsheet for papi "
                                  "import; xlsx: an Excel form with drop-down lists")))
      ->check(CLI::IsMember({"yaml", "csv", "xlsx"}))
      ->capture_default_str();
  template_app
      ->add_option("--separator", template_command.separator, std::string(tr("CSV: , or ;")))
      ->capture_default_str();
  template_app->add_flag("--force", template_command.force,
                         std::string(tr("Replace files that exist already")));
  template_app->add_flag(
      "--inspection", template_command.inspection,
      std::string(tr("A blank inspection file (inspections/<id>.yaml) for one --unit")));
  template_app->add_option(
      "--date", template_command.date,
      std::string(tr("--inspection: day of the inspection, YYYY-MM-DD (default: today)")));
  add_common_options(*template_app, template_command.common);
  template_app->footer(examples(
      {"papi template plans/van-giang-2021 --period 2021-Q3 --all -o mau-bao-cao/2021-Q3",
       "papi template plans/van-giang-2021 --period 2021-Q3 --unit th-xuan-quan --format csv",
       "papi template plans/van-giang-2021 --period 2021-Q3 --all --format xlsx -o mau-xlsx"}));

  ImportCommand import;
  CLI::App* import_app = command(
      "import",
      tr("Turn schools' spreadsheets (xlsx or CSV) into status files; --write writes them"));
  import_app->add_option("dir", import.directory, std::string(tr("Plan folder")))->required();
  import_app
      ->add_option("files", import.files,
                   std::string(tr("The answers: xlsx forms or sheets, CSV files (`,` or `;`), or "
                                  "folders of them")))
      ->required();
  import_app
      ->add_option("-p,--period", import.period,
                   std::string(tr("Period of the reports, e.g. 2021-Q3")))
      ->required();
  import_app->add_flag(
      "--write", import.write,
      std::string(tr("Write the files (without it, only show what would be written)")));
  import_app->add_flag(
      "--force", import.force,
      std::string(tr("Replace current reports (their previous content is printed)")));
  import_app->add_option(
      "--submitted", import.submitted,
      std::string(tr("Write `submitted: DATE` (YYYY-MM-DD or dd/mm/yyyy) in every file")));
  import_app->add_option("--encoding", import.encoding,
                         std::string(tr("CSV: utf-8, windows-1258, tcvn3 or vni (default: UTF-8, "
                                        "Windows-1258 recognised)")));
  add_common_options(*import_app, import.common);
  import_app->footer(
      examples({"papi import plans/van-giang-2021 bao-cao.csv --period 2021-Q3",
                "papi import plans/van-giang-2021 bao-cao.csv --period 2021-Q3 --write",
                "papi import plans/van-giang-2021 tra-loi/ --period 2021-Q3 --write"}));

  DiffCommand diff;
  CLI::App* diff_app = command(
      "diff", tr("What changed in a plan folder between two git revisions, completion included"));
  diff_app
      ->add_option("revisions", diff.arguments,
                   std::string(tr("[DIR] REV_A [REV_B]: the plan folder (default .), and two "
                                  "revisions; without REV_B, the working tree")))
      ->required();
  diff_app->add_option(
      "-p,--period", diff.period,
      std::string(tr("Compare completion for this period (default: the latest with data)")));
  diff_app->add_option("-f,--format", diff.format, std::string(tr("Output format")))
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  diff_app->add_option("-o,--output", diff.output,
                       std::string(tr("Write to FILE (atomically) instead of stdout")));
  add_common_options(*diff_app, diff.common);
  diff_app->footer(examples({"papi diff plans/van-giang-2021 HEAD~1",
                             "papi diff plans/van-giang-2021 HEAD~3 HEAD --period 2021-Q1"}));

  SchemaCommand schema;
  CLI::App* schema_app = command(
      "schema",
      tr("Print a JSON Schema papi carries, for editors (plan, units, tasks, status, inspection)"));
  schema_app->add_option("name", schema.name, std::string(tr("Which schema")))
      ->required()
      ->check(CLI::IsMember({"plan", "units", "tasks", "status", "inspection"}));
  schema_app->add_option("-o,--output", schema.output,
                         std::string(tr("Write to FILE instead of stdout")));
  schema_app->footer(examples({"papi schema status > schemas/status.schema.json"}, false));

  std::string topic;
  CLI::App* help_app =
      command("help", tr("Help on papi, on one command, or on the limits of reading files"));
  help_app->add_option("topic", topic, std::string(tr("A command, or limits")));
  help_app->footer(examples({"papi help report", "papi help limits"}, false));

  // An unknown command gets the nearest one, not CLI11's "A subcommand is required".
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({}))
    names.push_back(sub->get_name());
  if (auto word = command_word(argc, argv);
      word && std::find(names.begin(), names.end(), *word) == names.end()) {
    const std::string nearest = closest_match(*word, names);
    throw Fatal(nearest.empty()
                    ? trf("`{}` is not a command of papi; the commands are {}", *word,
                          fmt::join(names, ", "))
                    : trf("`{}` is not a command of papi; did you mean `{}`?", *word, nearest));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    // --help and --version end here: their text goes out like any command's output.
    std::ostringstream out;
    std::ostringstream err;
    const int code = app.exit(e, out, err);
    std::fputs(err.str().c_str(), stderr);
    write_standard_output(out.str());
    return code == 0 ? kExitOk : kExitUsage;
  } catch (const CLI::ParseError& e) {
    std::string shown = "papi";
    if (auto word = command_word(argc, argv))
      shown += " " + *word;
    std::fputs((trf("papi: error: {}", reworded_parse_error(e)) + "\n" +
                trf("run `{} --help` to see the options", shown) + "\n")
                   .c_str(),
               stderr);
    return kExitUsage;
  }
  plan.language = document_language;
  report.language = document_language;
  template_command.language = document_language;
  remind.language = document_language;
  rollup.language = document_language;
  diff.language = document_language;
  if (plan_app->parsed())
    return run_plan(plan);
  if (validate_app->parsed())
    return run_validate(validate);
  if (report_app->parsed())
    return run_report(report);
  if (remind_app->parsed())
    return run_remind(remind);
  if (rollup_app->parsed())
    return run_rollup(rollup);
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
  if (help_app->parsed()) {
    if (topic.empty()) {
      write_standard_output(app.help());
    } else if (topic == "limits") {
      write_standard_output(limits_help());
    } else if (CLI::App* sub = std::find(names.begin(), names.end(), topic) != names.end()
                                   ? app.get_subcommand(topic)
                                   : nullptr) {
      write_standard_output(sub->help("papi"));
    } else {
      const std::string nearest = closest_match(topic, names);
      throw Fatal(nearest.empty()
                      ? trf("papi help {}: no such command; the commands are {}, and limits", topic,
                            fmt::join(names, ", "))
                      : trf("papi help {}: no such command; did you mean `{}`?", topic, nearest));
    }
    return kExitOk;
  }
  return kExitUsage;
}

}  // namespace papi
