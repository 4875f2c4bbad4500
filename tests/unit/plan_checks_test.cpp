#include <catch2/catch.hpp>

#include "test_support.h"
#include "validate/plan_checks.h"

using namespace papi;

namespace {
const char* kReport =
    "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n"
    "  - task: \"1.1\"\n    state: done\n    completed: 2021-03-02\n";
}  // namespace

TEST_CASE("a report outside the plan year is located at its period", "[checks]") {
  test::PlanTexts texts = test::small_plan();
  texts.reports.push_back(
      {"2022-Q1", "th-a", "schema_version: 1\nunit: th-a\nperiod: 2022-Q1\nrecords: []\n"});
  const auto loaded = test::load_texts(texts);
  const Diagnostics checks = check_plan(loaded.data);
  REQUIRE(checks.size() >= 1);
  CHECK(checks[0].code == "period-outside-plan");
  CHECK(checks[0].message == "period 2022-Q1 is outside the plan year 2021");
  CHECK(checks[0].line == 3);
}

TEST_CASE("an unreadable plan year is one error, not one per report", "[checks]") {
  test::PlanTexts texts = test::small_plan();
  const auto year = texts.plan.find("year: 2021");
  REQUIRE(year != std::string::npos);
  texts.plan.replace(year, 10, GENERATE(std::string("year: 2021.0"), std::string("year: 20210")));
  texts.reports.push_back({"2021-Q1", "th-a", kReport});
  const auto loaded = test::load_texts(texts);
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].line == 7);  // year: in small_plan()
  // Without a year, periods and completion dates are not compared with it.
  for (const Diagnostic& d : check_plan(loaded.data)) {
    CHECK(d.code != "period-outside-plan");
    CHECK(d.code != "completed-outside-year");
  }
}
