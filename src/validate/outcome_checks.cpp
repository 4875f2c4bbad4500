#include "validate/outcome_checks.h"

#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "i18n/messages.h"
#include "model/papi_dimensions.h"

namespace papi {

namespace {

void add(Diagnostics& diagnostics, const PlanData& data, const Location& where, std::string code,
         std::string message, std::string hint) {
  Diagnostic d;
  d.file = where.file < data.files.size() ? data.files[where.file] : std::string{};
  d.line = where.line;
  d.column = where.column;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  diagnostics.push_back(std::move(d));
}

}  // namespace

Diagnostics check_outcomes(const PlanData& data) {
  Diagnostics diagnostics;
  if (!data.plan)
    return diagnostics;
  const Plan& plan = *data.plan;
  std::set<int> area_ids;
  for (const Area& area : plan.areas)
    area_ids.insert(area.id);
  const bool papi = has_papi_areas(plan.areas);

  std::map<std::pair<int, OutcomeKind>, const Outcome*> seen;
  for (const Outcome& outcome : plan.outcomes) {
    const std::string_view kind = to_string(outcome.kind);
    auto [first, inserted] = seen.emplace(std::pair(outcome.year, outcome.kind), &outcome);
    if (!inserted) {
      add(diagnostics, data, outcome.location, "duplicate-id",
          trf("`outcomes` lists {} {} twice (first on line {})", outcome.year, kind,
              first->second->location.line),
          std::string(tr("keep one entry per year and kind (result or target)")));
    }
    if (papi && outcome.total &&
        (*outcome.total < kPapiTotalMin || *outcome.total > kPapiTotalMax)) {
      add(diagnostics, data, outcome.total_location, "score-out-of-range",
          trf("the total {} of {} {} is outside the PAPI range {}..{}", *outcome.total,
              outcome.year, kind, kPapiTotalMin, kPapiTotalMax),
          std::string(tr("a PAPI total is the sum of 8 dimension scores of 1..10 each")));
    }
    if (outcome.rank && outcome.of && *outcome.rank > *outcome.of) {
      add(diagnostics, data, outcome.rank_location, "rank-out-of-range",
          trf("rank {} of {} {} is beyond `of` ({})", *outcome.rank, outcome.year, kind,
              *outcome.of),
          std::string(tr("a rank runs from 1 to the number ranked (`of`; 63 provinces for PAPI)")));
    }
    std::map<int, const AreaScore*> scored;
    for (const AreaScore& score : outcome.areas) {
      if (!area_ids.count(score.area)) {
        add(diagnostics, data, score.area_location, "unknown-area",
            trf("{} {} gives a score for area {}, which plan.yaml does not list", outcome.year,
                kind, score.area),
            trf("the plan's areas are {}", fmt::join(area_ids, ", ")));
        continue;
      }
      auto [earlier, new_area] = scored.emplace(score.area, &score);
      if (!new_area) {
        add(diagnostics, data, score.area_location, "duplicate-id",
            trf("{} {} scores area {} twice (first on line {})", outcome.year, kind, score.area,
                earlier->second->area_location.line),
            std::string(tr("keep one score per area")));
      }
      if (papi && (score.score < kPapiAreaScoreMin || score.score > kPapiAreaScoreMax)) {
        add(diagnostics, data, score.score_location, "score-out-of-range",
            trf("the score {} of {} {} for area {} is outside the PAPI range {}..{}", score.score,
                outcome.year, kind, score.area, kPapiAreaScoreMin, kPapiAreaScoreMax),
            std::string(tr("a PAPI dimension scores from 1 to 10")));
      }
    }
  }
  return diagnostics;
}

}  // namespace papi
