#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "compute/finding_diff.h"
#include "compute/submission.h"
#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"

namespace papi {

// What changed between two versions of one plan folder (`papi diff`): the plan's own fields,
// areas, units and tasks added, removed or edited, the reports, and completion per area and per
// unit before and after. Computed from two checked PlanData; formats nothing.

struct EntityRef {
  std::string id;
  std::string name;  // a unit's or area's name, a task's title
};

struct EntityEdit {
  std::string id;
  std::string name;
  std::vector<std::string> fields;  // the fields whose value differs, in file order
};

struct EntityChanges {
  std::vector<EntityRef> added;
  std::vector<EntityRef> removed;
  std::vector<EntityEdit> edited;
  bool empty() const { return added.empty() && removed.empty() && edited.empty(); }
};

enum class ReportChangeKind { added, removed, changed };

// One status file (status/<period>/<unit>.yaml) that differs.
struct ReportChange {
  std::string period;
  std::string unit;
  std::string unit_name;
  ReportChangeKind kind = ReportChangeKind::changed;
  std::size_t records_before = 0;
  std::size_t records_after = 0;
  std::size_t records_added = 0;
  std::size_t records_removed = 0;
  std::size_t records_changed = 0;
  bool submitted_changed = false;
};

struct CompletionChange {
  std::string id;  // area id or unit id
  std::string name;
  std::string name_en;  // areas only
  std::optional<double> before;
  std::optional<double> after;
  bool in_before = false;  // the area or unit exists in the earlier version
  bool in_after = false;
};

// A unit whose report for the compared period changed its submission class (docs/data-format.md,
// "Report submission"), judged at the period's end in both versions.
struct SubmissionChange {
  std::string unit;
  std::string name;
  Period period;
  std::optional<SubmissionClass> before;  // absent: the unit does not report in that version
  std::optional<SubmissionClass> after;
};

struct PlanDiff {
  std::string plan_number;  // of the later version (or the earlier, if the later has no plan)
  std::vector<std::string> plan_fields;  // fields of plan.yaml that changed (areas apart)
  EntityChanges areas;
  EntityChanges units;
  EntityChanges tasks;
  std::vector<ReportChange> reports;    // by period, then unit id
  std::vector<FindingChange> findings;  // inspections/: by inspection id, then finding id

  // Completion, compared for one period: the requested one, else the latest with data in
  // either version. Absent when neither version has a report.
  std::optional<Period> period;
  std::optional<Date> as_of;
  CompletionChange overall;
  std::size_t units_expected_before = 0;
  std::size_t units_expected_after = 0;
  std::size_t units_reported_before = 0;
  std::size_t units_reported_after = 0;
  std::vector<CompletionChange> area_completion;  // by area id
  std::vector<CompletionChange> unit_completion;  // the later version's report order, then
                                                  // removed units
  std::vector<SubmissionChange> submissions;      // by period, then the later version's order
};

// Both versions must have passed validation without errors.
PlanDiff diff_plans(const PlanData& before, const PlanData& after,
                    const std::optional<Period>& period = std::nullopt);

}  // namespace papi
