#include "validate/inspection_checks.h"

#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "i18n/messages.h"
#include "model/inspection.h"
#include "model/plan_index.h"
#include "util/edit_distance.h"
#include "validate/check_context.h"

namespace papi {

namespace {

class InspectionChecker {
 public:
  explicit InspectionChecker(const PlanData& data)
      : data_(data), index_(data), context_(data, diagnostics_) {
    // By id and by file name: when the two differ (id-mismatch, reported), a reference by
    // either still finds the file, so that one mistake is told once.
    for (const Inspection& inspection : data.inspections) {
      by_id_.emplace(inspection.id, &inspection);
      by_id_.emplace(inspection.file_id, &inspection);
      ids_.push_back(inspection.file_id);
    }
  }

  Diagnostics run() {
    for (const Inspection& inspection : data_.inspections)
      check(inspection);
    return std::move(diagnostics_);
  }

 private:
  static bool present(const Location& where) { return CheckContext::present(where); }

  const Inspection* find(std::string_view id) const {
    const auto found = by_id_.find(std::string(id));
    return found == by_id_.end() ? nullptr : found->second;
  }

  std::string inspection_hint(std::string_view id) const {
    const std::string best = closest_match(id, ids_);
    if (!best.empty())
      return trf("did you mean `{}`?", best);
    return std::string(tr("use the id of a file in inspections/ (its name without .yaml)"));
  }

  // A date of the calendar, and in the plan year (a warning: a deadline may cross the year).
  bool check_date(const Date& date, const Location& where, std::string_view field) {
    if (!present(where))
      return false;
    if (!date.is_valid()) {
      context_.check_date(date, where, field);
      return false;
    }
    const Plan* plan = context_.dated_plan();
    if (plan && date.year != plan->year) {
      context_.add(where, Severity::warning, "date-outside-plan-year",
                   trf("`{}` {} is outside the plan year {}", field, date.to_string(), plan->year),
                   std::string(tr("check the year of the date")));
    }
    return true;
  }

  void check(const Inspection& inspection) {
    if (present(inspection.id_location) && inspection.id != inspection.file_id) {
      context_.add(inspection.id_location, Severity::error, "id-mismatch",
                   trf("the inspection says id `{}` but the file is named {}.yaml", inspection.id,
                       inspection.file_id),
                   std::string(tr("name each inspection file after its id, or fix `id`")));
    }
    if (data_.has_units_file && present(inspection.unit_location) &&
        !index_.unit(inspection.unit)) {
      context_.add(inspection.unit_location, Severity::error, "unknown-unit",
                   trf("unit `{}` is not listed in units.yaml", inspection.unit),
                   context_.suggestion_for_unit(inspection.unit));
    }
    const bool dated = check_date(inspection.date, inspection.date_location, "date");
    if (inspection.kind == InspectionKind::follow_up && present(inspection.follows_location))
      check_follows(inspection, dated);
    std::unordered_map<int, const Finding*> seen;
    for (const Finding& finding : inspection.findings) {
      if (auto [it, inserted] = seen.emplace(finding.id, &finding);
          !inserted && present(finding.id_location)) {
        context_.add(finding.id_location, Severity::error, "duplicate-id",
                     trf("finding {} is listed twice in this file (first on line {})", finding.id,
                         it->second->id_location.line),
                     std::string(tr("number the findings of an inspection 1, 2, 3, ...")));
      }
      check_finding(inspection, finding, dated);
    }
  }

  void check_follows(const Inspection& inspection, bool dated) {
    const Inspection* earlier = find(inspection.follows);
    if (!earlier) {
      context_.add(inspection.follows_location, Severity::error, "unknown-inspection",
                   trf("`follows` names inspection `{}`, which inspections/ does not hold",
                       inspection.follows),
                   inspection_hint(inspection.follows));
    } else if (earlier->unit != inspection.unit && index_.unit(earlier->unit)) {
      context_.add(inspection.follows_location, Severity::error, "follows-other-unit",
                   trf("`follows` names inspection `{}` of unit `{}`, but this "
                       "inspection is of `{}`",
                       earlier->id, earlier->unit, inspection.unit),
                   std::string(tr("a follow-up checks an earlier inspection of the same unit")));
    } else if (dated && earlier->date.is_valid() && !(earlier->date < inspection.date)) {
      context_.add(
          inspection.follows_location, Severity::error, "follows-not-earlier",
          trf("`follows` names inspection `{}` of {}, which is not before this "
              "one ({})",
              earlier->id, earlier->date.to_string(), inspection.date.to_string()),
          std::string(tr("a follow-up comes after the inspection it checks; check both dates")));
    }
  }

  void check_finding(const Inspection& inspection, const Finding& finding, bool dated) {
    const bool has_task = present(finding.task_location);
    const bool has_area = present(finding.area_location);
    if (has_task && has_area) {
      context_.add(
          finding.area_location, Severity::error, "finding-task-or-area",
          trf("finding {} names both task {} and area {}", finding.id, finding.task,
              finding.area.value_or(0)),
          std::string(tr("give one of them: `task` for a task of the table, or else `area`")));
    } else if (!has_task && !has_area && present(finding.location)) {
      context_.add(
          finding.location, Severity::error, "finding-task-or-area",
          trf("finding {} names neither a task nor an area", finding.id),
          std::string(tr("add `task: \"N.M\"` (a task of tasks.yaml) or `area: N` (an area of "
                         "plan.yaml)")));
    }
    if (has_task && data_.has_tasks_file && !index_.task(finding.task)) {
      context_.add(finding.task_location, Severity::error, "unknown-task",
                   trf("task {} is not in tasks.yaml", finding.task),
                   std::string(tr("use a task number of the plan's table, e.g. \"1.1\"")));
    }
    if (has_area && finding.area && data_.plan && !index_.area(*finding.area)) {
      std::vector<int> ids;
      for (const Area& area : data_.plan->areas)
        ids.push_back(area.id);
      context_.add(
          finding.area_location, Severity::error, "unknown-area",
          trf("finding {} is in area {}, which plan.yaml does not list", finding.id, *finding.area),
          trf("the plan's areas are {}", fmt::join(ids, ", ")));
    }
    if (check_date(finding.due, finding.due_location, "due") && dated &&
        finding.due < inspection.date) {
      context_.add(
          finding.due_location, Severity::error, "date-before-inspection",
          trf("finding {} is due on {}, before the inspection of {}", finding.id,
              finding.due.to_string(), inspection.date.to_string()),
          std::string(tr("the remediation deadline is on or after the day of the inspection")));
    }
    const bool fixed_dated =
        finding.fixed && check_date(*finding.fixed, finding.fixed_location, "fixed");
    if (fixed_dated && dated && *finding.fixed < inspection.date) {
      context_.add(finding.fixed_location, Severity::error, "date-before-inspection",
                   trf("finding {} was fixed on {}, before the inspection of {}", finding.id,
                       finding.fixed->to_string(), inspection.date.to_string()),
                   std::string(tr(
                       "a shortcoming is fixed on or after the day it was found; check the date")));
    }
    if (finding.state == FindingState::verified && present(finding.verified_by_location))
      check_verified_by(inspection, finding, fixed_dated);
  }

  enum class Chain { reaches, misses, broken };

  // Whether `follow_up`'s chain of `follows` reaches `inspection`; `broken` when a link of it
  // is itself wrong (reported on that follow-up), so that nothing more is said here.
  Chain follows_back_to(const Inspection& follow_up, const Inspection& inspection) const {
    const Inspection* step = &follow_up;
    for (std::size_t hops = 0; hops <= data_.inspections.size(); ++hops) {
      if (step->kind != InspectionKind::follow_up)
        return Chain::misses;
      const Inspection* next = step->follows.empty() ? nullptr : find(step->follows);
      if (!next || next->unit != step->unit || !(next->date < step->date))
        return Chain::broken;
      if (next == &inspection)
        return Chain::reaches;
      step = next;
    }
    return Chain::broken;
  }

  void check_verified_by(const Inspection& inspection, const Finding& finding, bool fixed_dated) {
    const Location& where = finding.verified_by_location;
    const Inspection* by = find(finding.verified_by);
    if (!by) {
      context_.add(where, Severity::error, "unknown-inspection",
                   trf("`verified_by` names inspection `{}`, which inspections/ does "
                       "not hold",
                       finding.verified_by),
                   inspection_hint(finding.verified_by));
      return;
    }
    const std::string hint =
        trf("name the follow_up inspection of `{}` whose `follows` leads back to `{}`",
            inspection.unit, inspection.id);
    if (by->kind != InspectionKind::follow_up) {
      context_.add(where, Severity::error, "verified-by-mismatch",
                   trf("`verified_by` names inspection `{}`, which is {}, not a "
                       "follow_up",
                       by->id, to_string(by->kind)),
                   hint);
    } else if (by->unit != inspection.unit && index_.unit(inspection.unit)) {
      context_.add(where, Severity::error, "verified-by-mismatch",
                   trf("`verified_by` names inspection `{}` of unit `{}`, not of `{}`", by->id,
                       by->unit, inspection.unit),
                   hint);
    } else if (by->unit == inspection.unit && follows_back_to(*by, inspection) == Chain::misses) {
      context_.add(where, Severity::error, "verified-by-mismatch",
                   trf("`verified_by` names follow-up `{}`, which does not follow "
                       "inspection `{}`",
                       by->id, inspection.id),
                   hint);
    } else if (fixed_dated && by->date.is_valid() && by->date < *finding.fixed &&
               follows_back_to(*by, inspection) == Chain::reaches) {
      context_.add(where, Severity::error, "verified-before-fixed",
                   trf("finding {} was fixed on {}, but `{}` verified it on {}, before", finding.id,
                       finding.fixed->to_string(), by->id, by->date.to_string()),
                   std::string(tr(
                       "a remedy is verified on or after the day it was fixed; check both dates")));
    }
  }

  const PlanData& data_;
  PlanIndex index_;
  Diagnostics diagnostics_;
  CheckContext context_;
  std::unordered_map<std::string, const Inspection*> by_id_;
  std::vector<std::string> ids_;
};

}  // namespace

Diagnostics check_inspections(const PlanData& data) {
  return InspectionChecker(data).run();
}

}  // namespace papi
