#include <catch2/catch.hpp>

#include "compute/outcomes.h"
#include "model/papi_dimensions.h"
#include "render/outcomes_render.h"
#include "test_support.h"
#include "validate/plan_checks.h"

using namespace papi;
using Catch::Matchers::WithinAbs;

namespace {

test::LoadedPlan with_outcomes(const std::string& outcomes) {
  test::PlanTexts texts = test::small_plan();
  texts.plan += outcomes;
  test::LoadedPlan loaded = test::load_texts(texts);
  for (const Diagnostic& d : loaded.diagnostics) {
    INFO(d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  return loaded;
}

std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics)
    out.push_back(d.code + "@" + std::to_string(d.line));
  return out;
}

}  // namespace

TEST_CASE("outcomes are loaded with their locations", "[outcomes]") {
  const auto loaded = with_outcomes(
      "outcomes:\n"
      "  - year: 2020\n    kind: result\n    total: 42.17\n    rank: 44\n    of: 63\n"
      "    source: PAPI 2020\n"
      "  - year: 2021\n    kind: target\n    areas:\n      - {area: 2, score: 6}\n");
  REQUIRE(loaded.data.plan);
  const std::vector<Outcome>& outcomes = loaded.data.plan->outcomes;
  REQUIRE(outcomes.size() == 2);
  CHECK(outcomes[0].year == 2020);
  CHECK(outcomes[0].kind == OutcomeKind::result);
  CHECK(outcomes[0].total == 42.17);
  CHECK(outcomes[0].rank == 44);
  CHECK(outcomes[0].of == 63);
  CHECK(outcomes[0].source == "PAPI 2020");
  CHECK(outcomes[0].total_location.line == 19);
  CHECK(outcomes[1].kind == OutcomeKind::target);
  CHECK_FALSE(outcomes[1].total);
  REQUIRE(outcomes[1].areas.size() == 1);
  CHECK(outcomes[1].areas[0].area == 2);
  CHECK(outcomes[1].areas[0].score == 6);
  CHECK(outcomes[1].areas[0].area_location.line == 26);
}

TEST_CASE("the summary: latest result, the one before, the change and the target", "[outcomes]") {
  const auto loaded = with_outcomes(
      "outcomes:\n"
      "  - {year: 2021, kind: result, total: 45.366, rank: 5, of: 63,\n"
      "     areas: [{area: 1, score: 5.403}, {area: 2, score: 5.859}]}\n"
      "  - {year: 2019, kind: result, total: 40, rank: 50, of: 63}\n"
      "  - {year: 2020, kind: result, total: 42.17, rank: 44, of: 63,\n"
      "     areas: [{area: 2, score: 5.2}]}\n"
      "  - {year: 2022, kind: target, total: 48}\n"
      "  - {year: 2021, kind: target, total: 46, areas: [{area: 1, score: 5.5}]}\n");
  const OutcomeSummary summary = summarize_outcomes(*loaded.data.plan);
  REQUIRE(summary.latest);
  CHECK(summary.latest->year == 2021);
  REQUIRE(summary.previous);
  CHECK(summary.previous->year == 2020);  // the latest before 2021, not 2019
  REQUIRE(summary.target);
  CHECK(summary.target->year == 2021);  // the plan's year wins over the later 2022
  REQUIRE(summary.total_change);
  CHECK_THAT(*summary.total_change, WithinAbs(3.196, 1e-9));
  CHECK(summary.rank_change == 39);  // 44 → 5 is a rise of 39 places
  REQUIRE(summary.areas.size() == 2);
  CHECK(summary.areas[0].latest == 5.403);
  CHECK_FALSE(summary.areas[0].previous);
  CHECK_FALSE(summary.areas[0].change);  // no 2020 score for area 1
  CHECK(summary.areas[0].target == 5.5);
  REQUIRE(summary.areas[1].change);
  CHECK_THAT(*summary.areas[1].change, WithinAbs(0.659, 1e-9));
  CHECK(format_score_change(*summary.areas[1].change, Language::vi) == "+0,659");
  CHECK(format_score(*summary.latest->total, Language::en) == "45.366");
}

TEST_CASE("a plan without outcomes has an empty summary", "[outcomes]") {
  const auto loaded = with_outcomes("");
  const OutcomeSummary summary = summarize_outcomes(*loaded.data.plan);
  CHECK(summary.empty());
  CHECK(summary.areas.empty());
  OutcomeRows rows;
  CHECK(outcomes_markdown(summary, rows, Language::vi).empty());
  CHECK(outcomes_json(summary, rows).is_null());
}

TEST_CASE("the 8 PAPI dimensions are recognised under the plans' short names", "[outcomes]") {
  std::vector<Area> areas;
  for (const PapiDimension& dimension : papi_dimensions())
    areas.push_back(Area{dimension.id, std::string(dimension.name), "", "", {}, {}});
  CHECK(has_papi_areas(areas));
  areas[1].name = "Công khai, minh bạch";  // the shipped plan's wording of area 2
  CHECK(has_papi_areas(areas));
  areas[1].name = "Công khai, minh";  // not cut at a word's end... but it is: "minh" ends a word
  CHECK(has_papi_areas(areas));
  areas[1].name = "Công khai, min";
  CHECK_FALSE(has_papi_areas(areas));
  areas[1].name_en = "Transparency in local decision-making";  // the English name decides
  CHECK(has_papi_areas(areas));
  areas.pop_back();
  CHECK_FALSE(has_papi_areas(areas));
}

TEST_CASE("outcome checks: areas, duplicates, ranks; ranges only for a PAPI plan", "[outcomes]") {
  // The small plan has 2 areas: not the PAPI dimensions, so 85 and 58.6 are not out of range.
  const auto loaded = with_outcomes(
      "outcomes:\n"
      "  - {year: 2020, kind: result, total: 85, rank: 64, of: 63,\n"
      "     areas: [{area: 1, score: 58.6}, {area: 3, score: 5}, {area: 1, score: 2}]}\n"
      "  - {year: 2020, kind: result}\n"
      "  - {year: 2020, kind: target}\n");
  CHECK(codes(check_plan(loaded.data)) ==
        std::vector<std::string>{"rank-out-of-range@17", "unknown-area@18", "duplicate-id@18",
                                 "duplicate-id@19"});
}
