#include "validate/rollup_checks.h"

#include <map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "model/papi_dimensions.h"

namespace papi {

namespace {

Diagnostic problem(const RollupMember& member, const Location& where, std::string code,
                   std::string message, std::string hint) {
  Diagnostic d;
  d.file = member.plan_file;
  d.line = where.line;
  d.column = where.column;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

const Area* area_with_id(const std::vector<Area>& areas, int id) {
  for (const Area& area : areas) {
    if (area.id == id)
      return &area;
  }
  return nullptr;
}

// The first difference between the areas of `first` and `other`, as a diagnostic in other.
std::optional<Diagnostic> area_difference(const RollupMember& first, const RollupMember& other) {
  const bool first_papi = has_papi_areas(first.areas);
  const bool other_papi = has_papi_areas(other.areas);
  if (first_papi && other_papi)
    return std::nullopt;
  const std::string hint =
      trf("a rollup matches areas by id: give {} the areas of {} (the same Vietnamese names), or "
          "give both the 8 PAPI dimensions",
          other.directory, first.directory);
  for (const Area& area : other.areas) {
    const Area* theirs = area_with_id(first.areas, area.id);
    if (!theirs) {
      return problem(other, area.id_location, "rollup-areas-differ",
                     trf("area {} \"{}\" of {} is not an area of {}", area.id, area.name,
                         other.directory, first.directory),
                     hint);
    }
    if (theirs->name != area.name) {
      return problem(other, area.location, "rollup-areas-differ",
                     trf("area {} is \"{}\" in {} but \"{}\" in {}", area.id, area.name,
                         other.directory, theirs->name, first.directory),
                     hint);
    }
  }
  for (const Area& area : first.areas) {
    if (!area_with_id(other.areas, area.id)) {
      return problem(other, Location{}, "rollup-areas-differ",
                     trf("{} has no area {} (\"{}\" in {})", other.directory, area.id, area.name,
                         first.directory),
                     hint);
    }
  }
  return std::nullopt;
}

}  // namespace

Diagnostics check_rollup_members(const std::vector<RollupMember>& members) {
  Diagnostics diagnostics;
  if (members.empty())
    return diagnostics;
  std::map<std::string, const RollupMember*> ids;
  for (const RollupMember& member : members) {
    auto [seen, inserted] = ids.emplace(member.id, &member);
    if (!inserted) {
      diagnostics.push_back(problem(
          member, member.id_location, "rollup-duplicate-plan",
          trf("plan id `{}` of {} is also the id of {}", member.id, member.directory,
              seen->second->directory),
          std::string(
              tr("a rollup shows one row per plan id: give each plan its own id, or leave one "
                 "out"))));
    } else if (member.id == "total") {
      diagnostics.push_back(problem(
          member, member.id_location, "rollup-duplicate-plan",
          trf("plan id `total` of {} is the name of the rollup's total rows", member.directory),
          std::string(tr("give the plan another id"))));
    }
    if (&member != &members.front()) {
      if (auto difference = area_difference(members.front(), member))
        diagnostics.push_back(std::move(*difference));
    }
  }
  return diagnostics;
}

}  // namespace papi
