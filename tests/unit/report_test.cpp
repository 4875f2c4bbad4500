#include <catch2/catch.hpp>

#include "compute/report.h"
#include "render/report_render.h"
#include "test_support.h"
#include "validate/plan_checks.h"

using namespace papi;
using Catch::Matchers::WithinAbs;

namespace {

// The small plan of test_support: tasks 1.1 (everyone, ongoing, weight 1), 1.2 (office and
// primary schools, due 2021-03-15, weight 2), 2.1 (schools only, ongoing, weight 1).
test::PlanTexts first_quarter() {
  test::PlanTexts texts = test::small_plan();
  texts.reports = {
      {"2021-Q1", "pgd",
       "schema_version: 1\nunit: pgd\nperiod: 2021-Q1\nsubmitted: 2021-03-31\nrecords:\n"
       "  - task: \"1.1\"\n    state: done\n    completed: 2021-03-01\n"
       "  - task: \"1.2\"\n    state: done\n    completed: 2021-03-20\n"},
      {"2021-Q1", "mn-a",
       "schema_version: 1\nunit: mn-a\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: in_progress\n    progress: 50\n"
       "  - task: \"2.1\"\n    state: not_applicable\n    reason: Không có\n"},
      {"2021-Q1", "th-a",
       "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: not_started\n"
       "  - task: \"1.2\"\n    state: in_progress\n    progress: 40\n"},
  };
  return texts;
}

test::LoadedPlan load_clean(const test::PlanTexts& texts) {
  test::LoadedPlan loaded = test::load_texts(texts);
  Diagnostics semantic = check_plan(loaded.data);
  for (const Diagnostic& d : semantic) {
    if (d.severity == Severity::error)
      loaded.diagnostics.push_back(d);
  }
  for (const Diagnostic& d : loaded.diagnostics) {
    INFO(d.file << ":" << d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  return loaded;
}

const UnitResult& unit_result(const PlanData& data, const Report& report, const std::string& id) {
  for (const UnitResult& unit : report.units) {
    if (data.units[unit.unit].id == id)
      return unit;
  }
  FAIL("no unit " << id);
  return report.units.front();
}

double percent(const Completion& completion) {
  REQUIRE(completion.percent());
  return *completion.percent();
}

}  // namespace

TEST_CASE("completion and classes of a quarter, worked out by hand", "[report]") {
  auto loaded = load_clean(first_quarter());
  const PlanData& data = loaded.data;
  const Report report = compute_report(data, {*Period::parse("2021-Q1"), Date{2021, 3, 31}});

  // Pairs (weight, value, class):
  //   pgd  1.1 (1, 100, on time)  pgd  1.2 (2, 100, late: 03-20 > 03-15)
  //   mn-a 1.1 (1, 50, pending)   mn-a 2.1 not applicable
  //   th-a 1.1 (1, 0, pending)    th-a 1.2 (2, 40, overdue)  th-a 2.1 (1, 0, not reported)
  //   th-b 1.1 (1, 0, n.r.)       th-b 1.2 (2, 0, n.r.)      th-b 2.1 (1, 0, n.r.)
  // Overall: (100 + 200 + 50 + 0 + 80) / (1+2+1+1+2+1+1+2+1) = 430 / 12.
  CHECK(report.overall.pairs == 9);
  CHECK_THAT(percent(report.overall), WithinAbs(430.0 / 12.0, 1e-9));
  CHECK(report.overall.count(DeadlineClass::done_on_time) == 1);
  CHECK(report.overall.count(DeadlineClass::done_late) == 1);
  CHECK(report.overall.count(DeadlineClass::pending) == 2);
  CHECK(report.overall.count(DeadlineClass::overdue) == 1);
  CHECK(report.overall.count(DeadlineClass::not_reported) == 4);
  CHECK(report.overall.count(DeadlineClass::not_applicable) == 1);

  REQUIRE(report.areas.size() == 2);
  CHECK_THAT(percent(report.areas[0].completion), WithinAbs(43.0, 1e-9));  // 430 / 10
  CHECK(report.areas[0].completion.pairs == 7);
  CHECK_THAT(percent(report.areas[1].completion), WithinAbs(0.0, 1e-9));
  CHECK(report.areas[1].completion.pairs == 2);
  CHECK(report.areas[1].completion.count(DeadlineClass::not_applicable) == 1);

  CHECK_THAT(percent(unit_result(data, report, "pgd").completion), WithinAbs(100.0, 1e-9));
  CHECK_THAT(percent(unit_result(data, report, "mn-a").completion), WithinAbs(50.0, 1e-9));
  CHECK_THAT(percent(unit_result(data, report, "th-a").completion), WithinAbs(20.0, 1e-9));
  CHECK_THAT(percent(unit_result(data, report, "th-b").completion), WithinAbs(0.0, 1e-9));

  // Levels: MN, TH, office (no THCS unit, so no THCS row).
  REQUIRE(report.levels.size() == 3);
  CHECK(report.levels[0].key == "MN");
  CHECK_THAT(percent(report.levels[0].completion), WithinAbs(50.0, 1e-9));
  CHECK(report.levels[1].key == "TH");
  CHECK(report.levels[1].units == 2);
  CHECK_THAT(percent(report.levels[1].completion), WithinAbs(10.0, 1e-9));  // 80 / 8
  CHECK(report.levels[2].key == "office");
  CHECK_THAT(percent(report.levels[2].completion), WithinAbs(100.0, 1e-9));

  // Communes in Vietnamese order: the office's empty commune, Xã A, Xã B.
  REQUIRE(report.communes.size() == 3);
  CHECK(report.communes[0].key.empty());
  CHECK(report.communes[1].key == "Xã A");
  CHECK_THAT(percent(report.communes[1].completion), WithinAbs(26.0, 1e-9));  // 130 / 5
  CHECK(report.communes[2].key == "Xã B");

  REQUIRE(report.tasks.size() == 3);
  CHECK_THAT(percent(report.tasks[0].completion), WithinAbs(37.5, 1e-9));         // 150 / 4
  CHECK_THAT(percent(report.tasks[1].completion), WithinAbs(280.0 / 6.0, 1e-9));  // 1.2
  CHECK_THAT(percent(report.tasks[2].completion), WithinAbs(0.0, 1e-9));

  CHECK(report.units_expected == 4);
  CHECK(report.units_reported == 3);
  REQUIRE(report.missing_units.size() == 1);
  CHECK(data.units[report.missing_units[0]].id == "th-b");
  REQUIRE(report.overdue_pairs.size() == 1);
  CHECK(data.units[report.pairs[report.overdue_pairs[0]].unit].id == "th-a");
  CHECK(data.tasks[report.pairs[report.overdue_pairs[0]].task].id == "1.2");
  REQUIRE(report.done_late_pairs.size() == 1);
  CHECK(data.units[report.pairs[report.done_late_pairs[0]].unit].id == "pgd");
}

TEST_CASE("the as-of date decides between pending and overdue", "[report]") {
  auto loaded = load_clean(first_quarter());
  const Report early = compute_report(loaded.data, {*Period::parse("2021-Q1"), Date{2021, 3, 15}});
  CHECK(early.overall.count(DeadlineClass::overdue) == 0);
  CHECK(early.overall.count(DeadlineClass::pending) == 3);
  // A late completion stays late whatever the as-of date.
  CHECK(early.overall.count(DeadlineClass::done_late) == 1);
  const Report late = compute_report(loaded.data, {*Period::parse("2021-Q1"), Date{2021, 3, 16}});
  CHECK(late.overall.count(DeadlineClass::overdue) == 1);
}

TEST_CASE("a half-year report takes each unit's latest report inside it", "[report]") {
  test::PlanTexts texts = first_quarter();
  texts.reports.push_back({"2021-Q2", "th-b",
                           "schema_version: 1\nunit: th-b\nperiod: 2021-Q2\nrecords:\n"
                           "  - task: \"1.1\"\n    state: done\n"
                           "  - task: \"1.2\"\n    state: done\n    completed: 2021-04-10\n"
                           "  - task: \"2.1\"\n    state: in_progress\n    progress: 30\n"});
  auto loaded = load_clean(texts);
  const Report report = compute_report(loaded.data, {*Period::parse("2021-H1"), Date{2021, 6, 30}});
  CHECK(report.units_reported == 4);
  // th-b from Q2: (100 + 200 + 30) / 4; the others from Q1 as before.
  CHECK_THAT(percent(unit_result(loaded.data, report, "th-b").completion), WithinAbs(82.5, 1e-9));
  CHECK_THAT(percent(report.overall), WithinAbs(760.0 / 12.0, 1e-9));
  CHECK(report.overall.count(DeadlineClass::done_late) == 2);
  CHECK(report.overall.count(DeadlineClass::overdue) == 1);

  // The trend has both quarters, each on its own.
  REQUIRE(report.trend.size() == 2);
  CHECK(report.trend[0].period == "2021-Q1");
  CHECK_THAT(*report.trend[0].overall, WithinAbs(430.0 / 12.0, 1e-9));
  CHECK(report.trend[1].period == "2021-Q2");
  // In Q2 alone mn-a has no report, so its 2.1 pair counts (not reported) instead of being
  // not applicable: (100 + 200 + 30) / 13.
  CHECK_THAT(*report.trend[1].overall, WithinAbs(330.0 / 13.0, 1e-9));
  CHECK_THAT(*report.trend[1].areas[1], WithinAbs(10.0, 1e-9));  // 2.1: (0 + 0 + 30) / 3

  // The quarter alone does not see Q1 reports.
  const Report q2 = compute_report(loaded.data, {*Period::parse("2021-Q2"), Date{2021, 6, 30}});
  CHECK(q2.units_reported == 1);
  CHECK(q2.trend.size() == 2);

  // The trend stops at the reported period: a Q1 report does not show Q2.
  const Report q1 = compute_report(loaded.data, {*Period::parse("2021-Q1"), Date{2021, 3, 31}});
  REQUIRE(q1.trend.size() == 1);
  CHECK(q1.trend[0].period == "2021-Q1");
}

TEST_CASE("a group with no counted pair has no value, not 0", "[report]") {
  test::PlanTexts texts = first_quarter();
  for (const char* unit : {"th-a", "th-b"}) {
    texts.reports.push_back({"2021-Q2", unit,
                             std::string("schema_version: 1\nunit: ") + unit +
                                 "\nperiod: 2021-Q2\nrecords:\n"
                                 "  - task: \"2.1\"\n    state: not_applicable\n    reason: x\n"});
  }
  texts.reports.push_back({"2021-Q2", "mn-a",
                           "schema_version: 1\nunit: mn-a\nperiod: 2021-Q2\nrecords:\n"
                           "  - task: \"2.1\"\n    state: not_applicable\n    reason: x\n"});
  auto loaded = load_clean(texts);
  const Report report = compute_report(loaded.data, {*Period::parse("2021-Q2"), Date{2021, 6, 30}});
  CHECK_FALSE(report.areas[1].completion.percent());
  CHECK(report.areas[1].completion.count(DeadlineClass::not_applicable) == 3);
  CHECK(format_percent(report.areas[1].completion.percent(), Language::vi) == "—");
  CHECK(format_percent(57.25, Language::vi) == "57,3%");
  CHECK(format_percent(57.25, Language::en) == "57.3%");
  CHECK_FALSE(Completion{}.percent());
}

TEST_CASE("a period finer than the cadence cannot be reported", "[report]") {
  auto loaded = load_clean(first_quarter());
  CHECK(unsupported_period(loaded.data, *Period::parse("2021-03")));
  CHECK_FALSE(unsupported_period(loaded.data, *Period::parse("2021-Q1")));
  CHECK_FALSE(unsupported_period(loaded.data, *Period::parse("2021")));
}

TEST_CASE("report CSV tables have stable headers and plain numbers", "[report]") {
  auto loaded = load_clean(first_quarter());
  const Report report = compute_report(loaded.data, {*Period::parse("2021-Q1"), Date{2021, 3, 31}});
  CHECK(render_report_csv(loaded.data, report, ReportTable::area) ==
        "area_id,area_name,area_name_en,completion,pairs,done_on_time,done_late,pending,overdue,"
        "not_reported,not_applicable,done,in_progress,not_started\r\n"
        "1,Tham gia của người dân ở cấp cơ sở,Participation at local "
        "levels,43.00,7,1,1,2,1,2,0,2,2,1\r\n"
        "2,\"Công khai, minh bạch\",Transparency,0.00,2,0,0,0,0,2,1,0,0,0\r\n");
  CHECK(render_report_csv(loaded.data, report, ReportTable::level) ==
        "level,units,completion,pairs,done_on_time,done_late,pending,overdue,not_reported,"
        "not_applicable,done,in_progress,not_started\r\n"
        "MN,1,50.00,1,0,0,1,0,0,1,0,1,0\r\n"
        "TH,2,10.00,6,0,0,1,1,4,0,0,1,1\r\n"
        "office,1,100.00,2,1,1,0,0,0,0,2,0,0\r\n");
}

TEST_CASE("schools are ranked with shared ranks for ties, the office apart", "[report]") {
  test::PlanTexts texts = test::small_plan();
  // pgd: 1.1 and 1.2 done: 100%. th-a: everything done: 100%. mn-a: 1.1 done, 2.1 not started:
  // (100 + 0) / 2 = 50%. th-b: 1.1 done, 1.2 (weight 2) at 50%, 2.1 not started:
  // (100 + 2 * 50 + 0) / 4 = 50%, the same as mn-a.
  texts.reports = {
      {"2021-Q1", "pgd",
       "schema_version: 1\nunit: pgd\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: done\n  - task: \"1.2\"\n    state: done\n"},
      {"2021-Q1", "mn-a",
       "schema_version: 1\nunit: mn-a\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: done\n  - task: \"2.1\"\n    state: not_started\n"},
      {"2021-Q1", "th-a",
       "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: done\n  - task: \"1.2\"\n    state: done\n"
       "  - task: \"2.1\"\n    state: done\n"},
      {"2021-Q1", "th-b",
       "schema_version: 1\nunit: th-b\nperiod: 2021-Q1\nrecords:\n"
       "  - task: \"1.1\"\n    state: done\n  - task: \"1.2\"\n    state: in_progress\n"
       "    progress: 50\n  - task: \"2.1\"\n    state: not_started\n"},
  };
  auto loaded = load_clean(texts);
  const Report report =
      compute_report(loaded.data, ReportRequest{*Period::parse("2021-Q1"), Date{2021, 3, 31}});
  std::vector<std::string> ranking;
  for (const RankedUnit& ranked : rank_units(loaded.data, report)) {
    ranking.push_back((ranked.rank ? std::to_string(*ranked.rank) : std::string("-")) + " " +
                      loaded.data.units[ranked.unit->unit].id);
  }
  // th-a first; mn-a and th-b share rank 2 (alphabetical between them); the office has 100%
  // but is not ranked among its schools.
  CHECK(ranking == std::vector<std::string>{"1 th-a", "2 mn-a", "2 th-b", "- pgd"});
}
