#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "compute/plan_diff.h"
#include "compute/report.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "render/diff_render.h"
#include "util/fatal.h"
#include "util/temporary_folder.h"
#include "validate/validate_folder.h"
#include "workflow/git.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

struct DiffArguments {
  std::string directory = ".";
  std::string before;
  std::string after;  // empty: the working tree
};

// [DIR] REV_A [REV_B]: with two arguments the first is the folder when such a folder exists.
DiffArguments interpret(const std::vector<std::string>& arguments) {
  DiffArguments out;
  std::error_code ec;
  switch (arguments.size()) {
    case 1:
      if (fs::is_directory(arguments[0], ec)) {
        throw Fatal(trf(
            "papi diff {0} REV_A [REV_B]: give the revision to compare with, e.g. papi diff {0} "
            "HEAD~1",
            arguments[0]));
      }
      out.before = arguments[0];
      break;
    case 2:
      if (fs::is_directory(arguments[0], ec)) {
        out.directory = arguments[0];
        out.before = arguments[1];
      } else {
        out.before = arguments[0];
        out.after = arguments[1];
      }
      break;
    case 3:
      out.directory = arguments[0];
      out.before = arguments[1];
      out.after = arguments[2];
      break;
    default:
      throw Fatal(std::string(tr("usage: papi diff [DIR] REV_A [REV_B]")));
  }
  return out;
}

// A version of the plan, loaded and checked; its diagnostics name files as REV:path.
struct Version {
  CheckedPlan checked;
  DiffSide side;
};

bool report_errors(Diagnostics& diagnostics, const std::string& shown_as,
                   const std::string& temporary_root, const std::string& replacement) {
  Diagnostics errors;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error)
      errors.push_back(d);
  }
  if (errors.empty())
    return false;
  if (!temporary_root.empty()) {
    for (Diagnostic& d : errors) {
      if (d.file.rfind(temporary_root, 0) == 0)
        d.file = replacement + d.file.substr(temporary_root.size());
    }
  }
  print_data_errors(errors, shown_as, tr("error(s)"), tr("nothing compared"));
  return true;
}

}  // namespace

int run_diff(const DiffCommand& command) {
  const DiffArguments arguments = interpret(command.arguments);
  std::optional<Period> period;
  if (!command.period.empty())
    period = period_option(command.period);
  const GitFolder folder = locate_git_folder(arguments.directory);
  const std::string before_commit = resolve_commit(folder, arguments.before);
  const std::string after_commit =
      arguments.after.empty() ? std::string{} : resolve_commit(folder, arguments.after);

  const TemporaryFolder temporary("papi-diff");
  const LoadOptions load_options = command.common.load_options();
  const std::string plan_path =
      folder.prefix.empty() ? "." : folder.prefix.substr(0, folder.prefix.size() - 1);
  auto load_revision = [&](const std::string& revision, const std::string& commit,
                           const std::string& name, Version& version) {
    const std::string root = (fs::path(temporary.path()) / name).string();
    fs::create_directories(root);
    if (materialise_folder(folder, commit, root) == 0) {
      throw Fatal(trf("{}: the folder {} does not exist in revision {}", arguments.directory,
                      plan_path, revision));
    }
    if (!fs::exists(fs::path(root) / "plan.yaml")) {
      throw Fatal(
          trf("{}: no plan.yaml here in revision {}: give the plan folder, e.g. papi diff "
              "plans/van-giang-2021 {}",
              arguments.directory, revision, revision));
    }
    version.checked = load_and_check(root, load_options);
    version.side = DiffSide{revision, commit};
    const std::string shown = revision + ":" + folder.prefix;
    return !report_errors(version.checked.diagnostics, revision + ":" + plan_path, root + "/",
                          shown);
  };

  Version before;
  Version after;
  if (!load_revision(arguments.before, before_commit, "before", before))
    return kExitDataErrors;
  if (after_commit.empty()) {
    after.checked = load_and_check(arguments.directory, load_options);
    if (report_errors(after.checked.diagnostics, arguments.directory, {}, {}))
      return kExitDataErrors;
  } else if (!load_revision(arguments.after, after_commit, "after", after)) {
    return kExitDataErrors;
  }
  if (!before.checked.data.plan || !after.checked.data.plan)
    throw Fatal(trf("{}: no plan.yaml to compare", arguments.directory));
  if (period) {
    if (auto problem = unsupported_period(after.checked.data, *period))
      throw Fatal(*problem);
  }

  const PlanDiff diff = diff_plans(before.checked.data, after.checked.data, period);
  const DiffFormat format = command.format == "json" ? DiffFormat::json : DiffFormat::markdown;
  const std::string content =
      render_diff(diff, before.side, after.side, format, *parse_language(command.language));
  write_output(command.output, content,
               after_commit.empty() ? after.checked.data.files : std::vector<std::string>{});
  return kExitOk;
}

}  // namespace papi
