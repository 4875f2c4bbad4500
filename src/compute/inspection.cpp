#include "compute/inspection.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "compute/collation.h"
#include "model/plan_index.h"

namespace papi {

RemediationClass remediation_class(const Finding& finding, const Date& as_of) {
  if (finding.state != FindingState::open && finding.fixed && *finding.fixed <= as_of)
    return *finding.fixed <= finding.due ? RemediationClass::fixed_on_time
                                         : RemediationClass::fixed_late;
  return finding.due < as_of ? RemediationClass::open_overdue : RemediationClass::open;
}

namespace {

bool is_fixed(RemediationClass value) {
  return value == RemediationClass::fixed_on_time || value == RemediationClass::fixed_late;
}

void add(FindingCounts& counts, const CountedFinding& finding) {
  ++counts.classes[static_cast<std::size_t>(finding.remediation)];
  ++counts.total;
  if (finding.verified)
    ++counts.verified;
}

class SectionBuilder {
 public:
  SectionBuilder(const PlanData& data, const Period& period, const Date& as_of)
      : data_(data), index_(data), period_(period), as_of_(as_of) {
    for (std::size_t i = 0; i < data.inspections.size(); ++i)
      by_id_.emplace(data.inspections[i].id, i);
  }

  InspectionSection build() {
    InspectionSection section;
    std::vector<std::size_t> order(data_.inspections.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return data_.inspections[a].id < data_.inspections[b].id;
    });
    for (std::size_t i : order) {
      const Inspection& inspection = data_.inspections[i];
      if (inspection.date > as_of_)
        continue;  // had not happened yet at the as-of date
      const bool held =
          inspection.date >= period_.first_day() && inspection.date <= period_.last_day();
      if (held) {
        ++section.held;
        ++section.held_by_kind[static_cast<std::size_t>(inspection.kind)];
      }
      std::vector<std::size_t> findings(inspection.findings.size());
      std::iota(findings.begin(), findings.end(), std::size_t{0});
      std::sort(findings.begin(), findings.end(), [&](std::size_t a, std::size_t b) {
        return inspection.findings[a].id < inspection.findings[b].id;
      });
      for (std::size_t f : findings) {
        const Finding& finding = inspection.findings[f];
        const bool verified = verified_at_as_of(finding);
        if (!held && verified)
          continue;  // remedied and verified before: history, not counted again
        CountedFinding counted;
        counted.inspection = i;
        counted.finding = f;
        counted.area = area_of(finding);
        counted.remediation = remediation_class(finding, as_of_);
        counted.verified = verified;
        if (counted.remediation == RemediationClass::open_overdue)
          counted.days_overdue = as_of_.days_since_epoch() - finding.due.days_since_epoch();
        section.findings.push_back(counted);
      }
    }
    group(section);
    section.reinspection = reinspection();
    return section;
  }

 private:
  const Inspection* inspection(std::string_view id) const {
    const auto found = by_id_.find(std::string(id));
    return found == by_id_.end() ? nullptr : &data_.inspections[found->second];
  }

  bool verified_at_as_of(const Finding& finding) const {
    if (finding.state != FindingState::verified)
      return false;
    const Inspection* by = inspection(finding.verified_by);
    return by && by->date <= as_of_;
  }

  int area_of(const Finding& finding) const {
    if (finding.area)
      return *finding.area;
    const auto task = index_.task(finding.task);
    return task ? data_.tasks[*task].area : 0;
  }

  static std::string level_key(const Unit& unit) {
    return unit.kind == UnitKind::school ? std::string(to_string(unit.level)) : "office";
  }

  void group(InspectionSection& section) const {
    std::map<int, FindingCounts> areas;
    std::map<std::size_t, FindingCounts> units;
    std::map<std::string, FindingCounts> levels;
    std::array<FindingCounts, kInspectionKindCount> kinds{};
    for (const CountedFinding& finding : section.findings) {
      const Inspection& inspection = data_.inspections[finding.inspection];
      add(section.total, finding);
      add(areas[finding.area], finding);
      add(kinds[static_cast<std::size_t>(inspection.kind)], finding);
      if (const auto unit = index_.unit(inspection.unit)) {
        add(units[*unit], finding);
        add(levels[level_key(data_.units[*unit])], finding);
      }
    }
    if (data_.plan) {
      for (const Area& area : data_.plan->areas) {
        if (const auto found = areas.find(area.id); found != areas.end())
          section.by_area.push_back(FindingGroup{std::to_string(area.id), found->second});
      }
    }
    std::vector<std::size_t> unit_order;
    for (const auto& [unit, counts] : units)
      unit_order.push_back(unit);
    sort_by_name(unit_order);
    for (std::size_t unit : unit_order)
      section.by_unit.push_back(FindingGroup{data_.units[unit].id, units[unit]});
    for (const char* level : {"MN", "TH", "THCS", "office"}) {
      if (const auto found = levels.find(level); found != levels.end())
        section.by_level.push_back(FindingGroup{level, found->second});
    }
    for (std::size_t k = 0; k < kInspectionKindCount; ++k) {
      section.by_kind.push_back(
          FindingGroup{std::string(to_string(static_cast<InspectionKind>(k))), kinds[k]});
    }
    for (std::size_t i = 0; i < section.findings.size(); ++i) {
      if (section.findings[i].remediation == RemediationClass::open_overdue)
        section.overdue.push_back(i);
    }
    std::stable_sort(section.overdue.begin(), section.overdue.end(),
                     [&](std::size_t a, std::size_t b) {
                       return section.findings[a].days_overdue > section.findings[b].days_overdue;
                     });
  }

  void sort_by_name(std::vector<std::size_t>& units) const {
    std::vector<std::string> keys(data_.units.size());
    for (std::size_t unit : units)
      keys[unit] = vietnamese_sort_key(data_.units[unit].name);
    std::sort(units.begin(), units.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(keys[a], data_.units[a].id) < std::tie(keys[b], data_.units[b].id);
    });
  }

  // A unit is due when a finding is fixed but unverified, or overdue, at the as-of date, and
  // no follow-up of the unit came after that finding's inspection (up to the as-of date).
  std::vector<ReinspectionDue> reinspection() const {
    std::map<std::size_t, ReinspectionDue> due;
    std::map<std::size_t, Date> last;
    for (const Inspection& inspection : data_.inspections) {
      const auto unit = index_.unit(inspection.unit);
      if (!unit || inspection.date > as_of_)
        continue;
      if (auto [it, inserted] = last.emplace(*unit, inspection.date);
          !inserted && it->second < inspection.date) {
        it->second = inspection.date;
      }
      if (followed_up(inspection))
        continue;
      for (const Finding& finding : inspection.findings) {
        const RemediationClass remediation = remediation_class(finding, as_of_);
        const bool unverified = is_fixed(remediation) && !verified_at_as_of(finding);
        const bool overdue = remediation == RemediationClass::open_overdue;
        if (!unverified && !overdue)
          continue;
        ReinspectionDue& entry = due[*unit];
        entry.unit = *unit;
        entry.fixed_unverified += unverified ? 1 : 0;
        entry.overdue += overdue ? 1 : 0;
      }
    }
    std::vector<std::size_t> units;
    for (const auto& [unit, entry] : due)
      units.push_back(unit);
    sort_by_name(units);
    std::vector<ReinspectionDue> result;
    for (std::size_t unit : units) {
      result.push_back(due[unit]);
      result.back().last_inspection = last[unit];
    }
    return result;
  }

  bool followed_up(const Inspection& inspection) const {
    return std::any_of(
        data_.inspections.begin(), data_.inspections.end(), [&](const Inspection& other) {
          return other.kind == InspectionKind::follow_up && other.unit == inspection.unit &&
                 other.date > inspection.date && other.date <= as_of_;
        });
  }

  const PlanData& data_;
  PlanIndex index_;
  Period period_;
  Date as_of_;
  std::unordered_map<std::string, std::size_t> by_id_;
};

}  // namespace

std::optional<InspectionSection> compute_inspections(const PlanData& data, const Period& period,
                                                     const Date& as_of) {
  if (data.inspections.empty())
    return std::nullopt;
  return SectionBuilder(data, period, as_of).build();
}

}  // namespace papi
