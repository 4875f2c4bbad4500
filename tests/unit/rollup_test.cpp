#include <catch2/catch.hpp>

#include "compute/report.h"
#include "compute/rollup.h"
#include "test_support.h"
#include "validate/rollup_checks.h"

using namespace papi;
using Catch::Matchers::WithinAbs;

namespace {

// The small plan of test_support: tasks 1.1 (everyone, weight 1), 1.2 (office and primary
// schools, weight 2), 2.1 (schools, weight 1); units pgd, mn-a, th-a, th-b.
test::PlanTexts plan_a() {
  test::PlanTexts texts = test::small_plan();
  texts.reports = {
      {"2021-Q1", "pgd",
       "schema_version: 1\nunit: pgd\nperiod: 2021-Q1\nrecords:\n"
       "  - {task: \"1.1\", state: done}\n  - {task: \"1.2\", state: done}\n"},
      {"2021-Q1", "mn-a",
       "schema_version: 1\nunit: mn-a\nperiod: 2021-Q1\nrecords:\n"
       "  - {task: \"1.1\", state: in_progress, progress: 50}\n"
       "  - {task: \"2.1\", state: not_applicable, reason: Không có}\n"},
      {"2021-Q1", "th-a",
       "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n"
       "  - {task: \"1.1\", state: not_started}\n"
       "  - {task: \"1.2\", state: in_progress, progress: 40}\n"},
  };
  return texts;
}

// Another office with the same areas, whose pairs weigh less (two are not applicable).
test::PlanTexts plan_b() {
  test::PlanTexts texts = test::small_plan();
  texts.plan.replace(texts.plan.find("id: test-2021"), 13, "id: other-2021");
  texts.reports = {
      {"2021-Q2", "pgd",
       "schema_version: 1\nunit: pgd\nperiod: 2021-Q2\nrecords:\n"
       "  - {task: \"1.1\", state: done}\n  - {task: \"1.2\", state: done}\n"},
      {"2021-Q2", "mn-a",
       "schema_version: 1\nunit: mn-a\nperiod: 2021-Q2\nrecords:\n"
       "  - {task: \"1.1\", state: not_applicable, reason: Không có}\n"
       "  - {task: \"2.1\", state: done}\n"},
      {"2021-Q2", "th-a",
       "schema_version: 1\nunit: th-a\nperiod: 2021-Q2\nrecords:\n"
       "  - {task: \"1.1\", state: done}\n"
       "  - {task: \"1.2\", state: not_applicable, reason: Không có}\n"
       "  - {task: \"2.1\", state: done}\n"},
  };
  return texts;
}

RollupPlan summarized(const test::PlanTexts& texts, const RollupPeriod& request) {
  const test::LoadedPlan loaded = test::load_texts(texts);
  for (const Diagnostic& d : loaded.diagnostics)
    CHECK(d.severity != Severity::error);
  const auto period = rollup_period_of(loaded.data, request);
  REQUIRE(period);
  const Report report = compute_report(loaded.data, ReportRequest{*period, period->last_day()});
  return summarize_for_rollup(loaded.data, report);
}

}  // namespace

TEST_CASE("rollup completion is Σ weight·value / Σ weight over all plans, by hand", "[rollup]") {
  RollupPlan a = summarized(plan_a(), {});  // no --period: each plan's latest, 2021-Q1
  RollupPlan b = summarized(plan_b(), {});  // and 2021-Q2
  CHECK(a.period.to_string() == "2021-Q1");
  CHECK(b.period.to_string() == "2021-Q2");
  const test::LoadedPlan first = test::load_texts(plan_a());
  const Rollup rollup = combine_rollup(rollup_areas(first.data.plan->areas), {a, b});

  // Area 1. A: pgd 1.1 (1 × 100), pgd 1.2 (2 × 100), mn-a 1.1 (1 × 50), th-a 1.1 (1 × 0),
  // th-a 1.2 (2 × 40), th-b 1.1 (1 × 0), th-b 1.2 (2 × 0) = 430 / 10 (43%).
  // B: pgd 1.1 (1 × 100), pgd 1.2 (2 × 100), th-a 1.1 (1 × 100), th-b 1.1 (1 × 0),
  // th-b 1.2 (2 × 0); mn-a 1.1 and th-a 1.2 not applicable = 400 / 7 (57.14%).
  // Together 830 / 17 = 48.82%, not the average of the percentages (50.07%).
  REQUIRE(rollup.total_areas.size() == 2);
  CHECK(rollup.total_areas[0].weighted_value == 830);
  CHECK(rollup.total_areas[0].weight == 17);
  CHECK(rollup.total_areas[0].pairs == 12);
  CHECK_THAT(*rollup.total_areas[0].percent(), WithinAbs(830.0 / 17.0, 1e-12));
  // Area 2. A: th-a and th-b not reported = 0 / 2; B: mn-a, th-a done, th-b not reported =
  // 200 / 3. Together 200 / 5 = 40%.
  CHECK_THAT(*rollup.total_areas[1].percent(), WithinAbs(40.0, 1e-12));
  // Every pair: (430 + 0) / 12 and (400 + 200) / 10 = 1030 / 22.
  CHECK_THAT(*rollup.total.percent(), WithinAbs(1030.0 / 22.0, 1e-12));
  CHECK(rollup.units_expected == 8);
  CHECK(rollup.units_reported == 6);
  REQUIRE(rollup.plans.size() == 2);
  CHECK(rollup.plans[1].id == "other-2021");
  CHECK_THAT(*rollup.plans[1].areas[0].percent(), WithinAbs(400.0 / 7.0, 1e-12));
}

TEST_CASE(
    "rollup: --period Q2 takes each plan's own Q2, and a plan's areas follow the first's order",
    "[rollup]") {
  const RollupPeriod q2 = *parse_rollup_period("Q2");
  RollupPlan a = summarized(plan_a(), q2);
  CHECK(a.period.to_string() == "2021-Q2");  // no report in Q2: every pair not reported
  CHECK(a.areas[0].weighted_value == 0);
  CHECK(a.areas[0].weight == 10);

  RollupPlan b = summarized(plan_b(), q2);
  std::swap(b.area_ids[0], b.area_ids[1]);
  std::swap(b.areas[0], b.areas[1]);
  const test::LoadedPlan first = test::load_texts(plan_a());
  const Rollup rollup = combine_rollup(rollup_areas(first.data.plan->areas), {a, b});
  CHECK(rollup.plans[1].areas[0].weighted_value == 400);
  CHECK(rollup.plans[1].areas[1].weighted_value == 200);
}

TEST_CASE("rollup: the values of --period", "[rollup]") {
  CHECK(parse_rollup_period("H1")->kind == RollupPeriod::Kind::in_year);
  CHECK(parse_rollup_period("H1")->period.cadence == Cadence::half);
  CHECK(parse_rollup_period("07")->period.cadence == Cadence::month);
  CHECK(parse_rollup_period("year")->period.cadence == Cadence::year);
  CHECK(parse_rollup_period("2021-Q3")->kind == RollupPeriod::Kind::exact);
  CHECK_FALSE(parse_rollup_period("Q5"));
  CHECK_FALSE(parse_rollup_period("H3"));
  CHECK_FALSE(parse_rollup_period("13"));
  CHECK_FALSE(parse_rollup_period("Q"));
}

TEST_CASE("plans are matched only when their areas are the same dimensions", "[rollup]") {
  auto member = [](std::string id, std::vector<std::pair<int, std::string>> areas) {
    RollupMember m{"plans/" + id, "plans/" + id + "/plan.yaml", id, {}, {0, 3, 5}};
    for (auto& [area_id, name] : areas)
      m.areas.push_back(Area{area_id,
                             name,
                             "",
                             "",
                             {0, 10u + static_cast<unsigned>(area_id), 5},
                             {0, 10u + static_cast<unsigned>(area_id), 9}});
    return m;
  };
  const auto a = member("a", {{1, "Một"}, {2, "Hai"}});
  CHECK(check_rollup_members({a, member("b", {{1, "Một"}, {2, "Hai"}})}).empty());

  auto differs = check_rollup_members({a, member("b", {{1, "Một"}, {2, "Ba"}})});
  REQUIRE(differs.size() == 1);
  CHECK(differs[0].code == "rollup-areas-differ");
  CHECK(differs[0].file == "plans/b/plan.yaml");
  CHECK(differs[0].line == 12);
  CHECK(differs[0].message == "area 2 is \"Ba\" in plans/b but \"Hai\" in plans/a");

  auto extra = check_rollup_members({a, member("c", {{1, "Một"}, {2, "Hai"}, {3, "Ba"}})});
  REQUIRE(extra.size() == 1);
  CHECK(extra[0].message == "area 3 \"Ba\" of plans/c is not an area of plans/a");

  auto fewer = check_rollup_members({a, member("d", {{1, "Một"}})});
  REQUIRE(fewer.size() == 1);
  CHECK(fewer[0].message == "plans/d has no area 2 (\"Hai\" in plans/a)");

  auto twice = check_rollup_members({a, member("a", {{1, "Một"}, {2, "Hai"}})});
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].code == "rollup-duplicate-plan");
  CHECK(twice[0].line == 3);
}
