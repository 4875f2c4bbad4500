#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/folder_loader.h"
#include "model/date.h"
#include "model/period.h"

namespace CLI {
class App;
}

namespace papi {

// Options every command that reads a plan shares.
struct CommonOptions {
  unsigned jobs = 0;  // 0: every core
  std::uintmax_t max_file_bytes = 16u * 1024 * 1024;
  std::size_t max_nodes = 2'000'000;
  std::size_t max_depth = 64;
  std::size_t max_alias_nodes = 100'000;
  std::size_t max_string_bytes = 64u * 1024;

  LoadOptions load_options() const;
};

// -j and the limits of reading; the limits are listed by `papi help limits`, not on every
// command's help screen.
void add_common_options(CLI::App& command, CommonOptions& options);
void add_limit_options(CLI::App& command, CommonOptions& options, const std::string& group);

// The period of a `--period` option, in any case (2021-q1); throws Fatal with an example when
// it is not one.
Period period_option(const std::string& text);

// Prints `errors` (with the caret display) and the summary line
// "papi: SHOWN_AS: N COUNTED; CONSEQUENCE (see `papi validate`)".
void print_data_errors(Diagnostics errors, const std::string& shown_as, std::string_view counted,
                       std::string_view consequence);
// The date of option `option` (--as-of, --issued, --submitted), written as import reads dates
// (YYYY-MM-DD or dd/mm/yyyy); throws Fatal when it is not a date of the calendar.
Date date_option(std::string_view option, const std::string& text);
// Today, in the computer's local time.
Date today();

struct CheckedPlan;
// Prints the errors of a checked plan and a summary line ending in `consequence`; true when
// there were errors (or no plan.yaml), so that the command stops with exit 1.
bool report_data_errors(const CheckedPlan& checked, const std::string& directory,
                        std::string_view consequence);
// The same for the errors of the definition files only (template, import): a broken status
// file does not stop the forms of the next period.
bool report_definition_errors(const CheckedPlan& checked, const std::string& directory,
                              std::string_view consequence);

struct PlanCommand {
  std::string directory = ".";
  std::string format = "md";
  std::string language = "vi";
  std::string output;
  CommonOptions common;
};
int run_plan(const PlanCommand& command);

struct ValidateCommand {
  std::vector<std::string> directories = {"."};
  std::string format = "text";
  bool strict = false;
  bool quiet = false;
  bool verbose = false;
  std::string schema;  // set: the arguments are single files of this kind
  CommonOptions common;
};
int run_validate(const ValidateCommand& command);

struct ReportCommand {
  std::string directory = ".";
  std::string period;  // empty: the latest with data
  std::string as_of;   // empty: the period's last day
  std::string by = "area";
  std::string format = "md";
  std::string language = "vi";  // of the document: --lang, else PAPI_LANG, else vi
  std::string output;
  bool bom = false;
  std::string separator = ",";  // CSV: `,` or `;`
  bool decimal_comma = false;   // CSV: 91,06
  bool strict = false;          // a period without any report stops the report (exit 1)
  CommonOptions common;
};
int run_report(const ReportCommand& command);

struct RemindCommand {
  std::string directory = ".";
  std::string period;  // empty: every period of the year begun by the as-of date
  std::string as_of;   // empty: today
  std::string format = "md";
  std::string language = "vi";
  std::string output;
  bool exit_code = false;  // exit 1 when anything is owed
  CommonOptions common;
};
int run_remind(const RemindCommand& command);

struct RollupCommand {
  std::vector<std::string> directories;
  std::string period;  // empty: each plan's latest with data
  std::string format = "md";
  std::string language = "vi";
  std::string output;
  bool bom = false;
  CommonOptions common;
};
int run_rollup(const RollupCommand& command);

struct InitCommand {
  std::string directory;
  std::string id;      // empty: from the folder's name
  std::string number;  // empty: a placeholder
  std::string title;   // empty: the usual title with the year
  std::string issuer;  // empty: a placeholder
  int year = 0;        // 0: this year
  std::string issued;  // empty: today
  std::string reporting = "quarter";
  int report_due_day = 20;  // report_deadlines: this day of each period's last month
};
int run_init(const InitCommand& command);

struct TemplateCommand {
  std::string directory = ".";
  std::string period;
  std::vector<std::string> units;
  bool all = false;
  std::string output;  // a folder; empty: standard output (one unit only)
  std::string format = "yaml";
  std::string separator = ",";
  std::string language = "vi";  // of the xlsx form's title block: --lang, else PAPI_LANG, else vi
  bool force = false;
  bool inspection = false;  // a blank inspection file instead of a report form
  std::string date;         // --inspection: the day of the inspection (default: today)
  CommonOptions common;
};
int run_template(const TemplateCommand& command);

struct ImportCommand {
  std::string directory;
  std::vector<std::string> files;  // CSV and xlsx files, and folders of them
  std::string period;
  std::string submitted;  // empty: no `submitted:` line
  std::string encoding;   // CSV: empty: UTF-8, or Windows-1258 recognised
  bool write = false;
  bool force = false;
  CommonOptions common;
};
int run_import(const ImportCommand& command);

struct DiffCommand {
  std::vector<std::string> arguments;  // [DIR] REV_A [REV_B]
  std::string period;                  // empty: the latest with data
  std::string format = "md";
  std::string language = "vi";
  std::string output;
  CommonOptions common;
};
int run_diff(const DiffCommand& command);

struct SchemaCommand {
  std::string name;
  std::string output;
};
int run_schema(const SchemaCommand& command);

}  // namespace papi
