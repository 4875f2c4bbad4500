#include "compute/finding_diff.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace papi {

std::string_view to_string(FindingChangeKind kind) {
  switch (kind) {
    case FindingChangeKind::added:
      return "added";
    case FindingChangeKind::removed:
      return "removed";
    case FindingChangeKind::fixed:
      return "fixed";
    case FindingChangeKind::verified:
      return "verified";
  }
  return "added";
}

namespace {

using Key = std::pair<std::string, int>;  // inspection id, finding id

struct Found {
  const Inspection* inspection = nullptr;
  const Finding* finding = nullptr;
};

std::map<Key, Found> findings_of(const PlanData& data) {
  std::map<Key, Found> found;
  for (const Inspection& inspection : data.inspections) {
    for (const Finding& finding : inspection.findings)
      found.emplace(Key{inspection.id, finding.id}, Found{&inspection, &finding});
  }
  return found;
}

FindingChange change_of(const Found& found, FindingChangeKind kind) {
  FindingChange change;
  change.inspection = found.inspection->id;
  change.unit = found.inspection->unit;
  change.finding = found.finding->id;
  change.text = found.finding->text;
  change.kind = kind;
  if (kind == FindingChangeKind::fixed && found.finding->fixed)
    change.date = found.finding->fixed->to_string();
  if (kind == FindingChangeKind::verified)
    change.date = found.finding->verified_by;
  return change;
}

}  // namespace

std::vector<FindingChange> diff_findings(const PlanData& before, const PlanData& after) {
  const std::map<Key, Found> old_findings = findings_of(before);
  const std::map<Key, Found> new_findings = findings_of(after);
  std::vector<FindingChange> changes;
  for (const auto& [key, found] : new_findings) {
    const auto old = old_findings.find(key);
    if (old == old_findings.end()) {
      changes.push_back(change_of(found, FindingChangeKind::added));
      continue;
    }
    const FindingState was = old->second.finding->state;
    const FindingState is = found.finding->state;
    if (is == FindingState::verified && was != FindingState::verified)
      changes.push_back(change_of(found, FindingChangeKind::verified));
    else if (is == FindingState::fixed && was == FindingState::open)
      changes.push_back(change_of(found, FindingChangeKind::fixed));
  }
  for (const auto& [key, found] : old_findings) {
    if (!new_findings.count(key))
      changes.push_back(change_of(found, FindingChangeKind::removed));
  }
  std::sort(changes.begin(), changes.end(), [](const FindingChange& a, const FindingChange& b) {
    return std::tie(a.inspection, a.finding) < std::tie(b.inspection, b.finding);
  });
  return changes;
}

}  // namespace papi
