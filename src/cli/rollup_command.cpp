#include <cstdio>
#include <mutex>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "compute/report.h"
#include "compute/rollup.h"
#include "i18n/language.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "render/rollup_render.h"
#include "util/fatal.h"
#include "validate/load_many.h"
#include "validate/rollup_checks.h"

namespace papi {

namespace {

// What the rollup keeps of one plan folder once it has been loaded, checked and summarised.
struct Slot {
  Diagnostics errors;
  std::string problem;  // a plan it cannot report on (no data, period too fine)
  RollupMember member;
  RollupPlan plan;
  std::vector<std::string> files;  // kept only when writing a file, so as not to overwrite one
};

}  // namespace

int run_rollup(const RollupCommand& command) {
  RollupRenderOptions render;
  render.format = *parse_report_format(command.format);
  render.language = *parse_language(command.language);
  render.bom = command.bom;
  RollupPeriod request;
  if (!command.period.empty()) {
    const auto parsed = parse_rollup_period(command.period);
    if (!parsed) {
      throw Fatal(
          trf("--period {}: not a period (use Q1..Q4, H1, H2, 01..12 or year for each plan's own "
              "year, or a period such as 2021-Q2)",
              command.period));
    }
    request = *parsed;
  }
  const bool to_file = !command.output.empty() && command.output != "-";
  if (to_file)
    require_output_folder(command.output);

  std::vector<Slot> slots(command.directories.size());
  load_and_check_each(
      command.directories, command.common.load_options(),
      [&](std::size_t i, CheckedPlan&& checked) {
        Slot& slot = slots[i];
        for (Diagnostic& d : checked.diagnostics) {
          if (d.severity == Severity::error)
            slot.errors.push_back(std::move(d));
        }
        const PlanData& data = checked.data;
        if (!slot.errors.empty() || !data.plan) {
          return;
        }
        const Plan& plan = *data.plan;
        slot.member = RollupMember{command.directories[i],
                                   data.files.empty() ? std::string{} : data.files.front(), plan.id,
                                   plan.areas, plan.id_location};
        const auto period = rollup_period_of(data, request);
        if (!period) {
          slot.problem =
              trf("{}: no status reports yet; give --period to report on a period without data",
                  command.directories[i]);
          return;
        }
        if (auto problem = unsupported_period(data, *period)) {
          slot.problem = fmt::format("{}: {}", command.directories[i], fatal_message(*problem));
          return;
        }
        const Report report = compute_report(data, ReportRequest{*period, period->last_day()});
        slot.plan = summarize_for_rollup(data, report);
        if (to_file)
          slot.files = data.files;
      });

  bool data_errors = false;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (!slots[i].errors.empty()) {
      print_data_errors(std::move(slots[i].errors), command.directories[i], "error(s)",
                        "no rollup written");
      data_errors = true;
    }
  }
  if (data_errors)
    return kExitDataErrors;
  for (const Slot& slot : slots) {
    if (!slot.problem.empty()) {
      std::fputs(fmt::format("papi: {}\n", slot.problem).c_str(), stderr);
      return kExitDataErrors;
    }
  }
  std::vector<RollupMember> members;
  members.reserve(slots.size());
  for (const Slot& slot : slots)
    members.push_back(slot.member);
  Diagnostics mismatches = check_rollup_members(members);
  if (!mismatches.empty()) {
    attach_source_lines(mismatches);
    std::fputs(render_diagnostics_text(mismatches, use_color(stderr)).c_str(), stderr);
    std::fputs(trf("papi: {} error(s); no rollup written\n", mismatches.size()).c_str(), stderr);
    return kExitDataErrors;
  }

  std::vector<RollupArea> areas = rollup_areas(slots.front().member.areas);
  std::vector<RollupPlan> plans;
  std::vector<std::string> inputs;
  plans.reserve(slots.size());
  for (Slot& slot : slots) {
    plans.push_back(std::move(slot.plan));
    inputs.insert(inputs.end(), slot.files.begin(), slot.files.end());
  }
  const Rollup rollup = combine_rollup(std::move(areas), std::move(plans));
  write_output(command.output, render_rollup(rollup, render), inputs);
  return kExitOk;
}

}  // namespace papi
