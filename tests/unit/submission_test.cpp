#include <catch2/catch.hpp>

#include "compute/remind.h"
#include "compute/report.h"
#include "compute/submission.h"
#include "render/document_outline.h"
#include "render/remind_render.h"
#include "render/submission_render.h"
#include "test_support.h"
#include "validate/plan_checks.h"

using namespace papi;

namespace {

// The small plan of test_support with a fifth unit (thcs-a, Xã B) and report deadlines for
// Q1 (2021-03-20) and Q3 (2021-09-20); Q2 and Q4 have none.
//   Q1: pgd sent 03-18 (on time), mn-a 03-20 (on time: the deadline day), th-a 03-25 (late by
//       5 days), thcs-a without a date (undated), th-b nothing.
//   Q2: pgd sent 06-30, mn-a without a date, th-a sent 07-10 (after a Q2 report's as-of date),
//       th-b and thcs-a nothing.
test::PlanTexts deadline_plan() {
  test::PlanTexts texts = test::small_plan();
  const std::string cadence = "reporting: quarter\n";
  texts.plan.replace(texts.plan.find(cadence), cadence.size(),
                     cadence + "report_deadlines:\n  2021-Q1: 2021-03-20\n  2021-Q3: 2021-09-20\n");
  texts.units +=
      "  - id: thcs-a\n    name: Trường THCS A\n    kind: school\n    level: THCS\n"
      "    commune: Xã B\n";
  auto report = [](const std::string& period, const std::string& unit, const std::string& submitted,
                   const std::string& records) {
    return test::PlanTexts::Status{
        period, unit,
        "schema_version: 1\nunit: " + unit + "\nperiod: " + period + "\n" +
            (submitted.empty() ? "" : "submitted: " + submitted + "\n") + "records:\n" + records};
  };
  const std::string started = "  - task: \"1.1\"\n    state: not_started\n";
  const std::string th_records =
      started + "  - task: \"1.2\"\n    state: in_progress\n    progress: 40\n";
  texts.reports = {
      report("2021-Q1", "pgd", "2021-03-18", started),
      report("2021-Q1", "mn-a", "2021-03-20", started),
      report("2021-Q1", "th-a", "2021-03-25", th_records),
      report("2021-Q1", "thcs-a", "", started),
      report("2021-Q2", "pgd", "2021-06-30", started),
      report("2021-Q2", "mn-a", "", started),
      report("2021-Q2", "th-a", "2021-07-10", th_records),
  };
  return texts;
}

struct Checked {
  test::LoadedPlan loaded;
  Diagnostics checks;
};

Checked load(const test::PlanTexts& texts) {
  Checked result{test::load_texts(texts), {}};
  result.checks = check_plan(result.loaded.data);
  for (const Diagnostic& d : result.loaded.diagnostics) {
    INFO(d.file << ":" << d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  for (const Diagnostic& d : result.checks) {
    INFO(d.file << ":" << d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  return result;
}

Report report_of(const PlanData& data, const char* period, Date as_of) {
  return compute_report(data, ReportRequest{*Period::parse(period), as_of});
}

const UnitSubmission& entry(const PlanData& data, const PeriodSubmissions& period,
                            const std::string& id) {
  for (const UnitSubmission& unit : period.units) {
    if (data.units[unit.unit].id == id)
      return unit;
  }
  FAIL("no unit " << id);
  return period.units.front();
}

const UnitSubmissionHistory& history(const PlanData& data, const Submissions& submissions,
                                     const std::string& id) {
  for (const UnitSubmissionHistory& unit : submissions.units) {
    if (data.units[unit.unit].id == id)
      return unit;
  }
  FAIL("no unit " << id);
  return submissions.units.front();
}

const SubmissionCounts& group(const std::vector<SubmissionGroup>& groups, const std::string& key) {
  for (const SubmissionGroup& g : groups) {
    if (g.key == key)
      return g.counts;
  }
  FAIL("no group " << key);
  return groups.front().counts;
}

}  // namespace

TEST_CASE("submission classes of a quarter with a deadline, worked out by hand", "[submission]") {
  const Checked checked = load(deadline_plan());
  const PlanData& data = checked.loaded.data;
  const Report report = report_of(data, "2021-Q1", Date{2021, 3, 31});
  const Submissions& s = report.submissions;
  REQUIRE(s.periods.size() == 1);
  const PeriodSubmissions& q1 = s.periods[0];
  CHECK(q1.period.to_string() == "2021-Q1");
  REQUIRE(q1.due);
  CHECK(*q1.due == Date{2021, 3, 20});
  REQUIRE(q1.units.size() == 5);  // every unit has a task

  CHECK(entry(data, q1, "pgd").submission_class == SubmissionClass::on_time);
  CHECK(entry(data, q1, "mn-a").submission_class == SubmissionClass::on_time);
  CHECK(entry(data, q1, "th-a").submission_class == SubmissionClass::late);
  CHECK(entry(data, q1, "th-a").days_late == 5);  // 03-25 − 03-20
  CHECK(entry(data, q1, "thcs-a").submission_class == SubmissionClass::undated);
  CHECK(entry(data, q1, "th-b").submission_class == SubmissionClass::overdue);
  CHECK(entry(data, q1, "th-b").days_late == 11);  // 03-31 − 03-20

  CHECK(q1.overall.units == 5);
  CHECK(q1.overall.count(SubmissionClass::on_time) == 2);
  CHECK(q1.overall.count(SubmissionClass::late) == 1);
  CHECK(q1.overall.count(SubmissionClass::undated) == 1);
  CHECK(q1.overall.count(SubmissionClass::overdue) == 1);
  CHECK(q1.overall.count(SubmissionClass::not_due) == 0);

  // Levels MN, TH, THCS, office; communes in the order of the units (alphabetical names).
  REQUIRE(q1.levels.size() == 4);
  CHECK(group(q1.levels, "MN").count(SubmissionClass::on_time) == 1);
  CHECK(group(q1.levels, "TH").units == 2);
  CHECK(group(q1.levels, "TH").count(SubmissionClass::late) == 1);
  CHECK(group(q1.levels, "TH").count(SubmissionClass::overdue) == 1);
  CHECK(group(q1.levels, "THCS").count(SubmissionClass::undated) == 1);
  CHECK(group(q1.levels, "office").count(SubmissionClass::on_time) == 1);
  REQUIRE(q1.communes.size() == 3);
  CHECK(group(q1.communes, "").count(SubmissionClass::on_time) == 1);
  CHECK(group(q1.communes, "Xã A").count(SubmissionClass::on_time) == 1);
  CHECK(group(q1.communes, "Xã A").count(SubmissionClass::late) == 1);
  CHECK(group(q1.communes, "Xã B").count(SubmissionClass::overdue) == 1);
  CHECK(group(q1.communes, "Xã B").count(SubmissionClass::undated) == 1);

  // The history of a Q1 report is Q1 alone; undated and overdue count as due, not on time.
  REQUIRE(s.history.size() == 1);
  CHECK(s.has_deadlines);
  CHECK(history(data, s, "pgd").on_time == 1);
  CHECK(history(data, s, "pgd").due == 1);
  CHECK(history(data, s, "thcs-a").on_time == 0);
  CHECK(history(data, s, "thcs-a").due == 1);

  // The validator asks for the missing date: a period with a deadline.
  std::size_t missing_dates = 0;
  for (const Diagnostic& d : checked.checks) {
    if (d.code == "submitted-missing") {
      ++missing_dates;
      CHECK(d.severity == Severity::warning);
      CHECK(d.file == "p/status/2021-Q1/thcs-a.yaml");
    }
  }
  CHECK(missing_dates == 1);  // mn-a's undated Q2 file is in a period without a deadline
}

TEST_CASE("before the deadline nobody is late; a file sent after the as-of date is not in yet",
          "[submission]") {
  const Checked checked = load(deadline_plan());
  const PlanData& data = checked.loaded.data;
  const Report report = report_of(data, "2021-Q1", Date{2021, 3, 15});
  const PeriodSubmissions& q1 = report.submissions.periods.at(0);
  // pgd sent on 03-18, after 03-15: at 03-15 its report was not yet at the office.
  CHECK(entry(data, q1, "pgd").submission_class == SubmissionClass::not_due);
  CHECK(entry(data, q1, "pgd").days_left == 5);
  CHECK(entry(data, q1, "th-b").submission_class == SubmissionClass::not_due);
  CHECK(entry(data, q1, "thcs-a").submission_class == SubmissionClass::undated);
  CHECK(q1.overall.count(SubmissionClass::not_due) == 4);
  CHECK(history(data, report.submissions, "pgd").due == 0);  // not_due is not yet due
  // Files counted among the reports yet sent after the as-of date, which the overview points
  // out: at 03-15 those of pgd (03-18), mn-a (03-20) and th-a (03-25); at 03-20 th-a's alone;
  // at 03-25 none (thcs-a's file has no date).
  CHECK(units_sent_after_as_of(report.submissions) == 3);
  CHECK(units_sent_after_as_of(report_of(data, "2021-Q1", Date{2021, 3, 20}).submissions) == 1);
  CHECK(units_sent_after_as_of(report_of(data, "2021-Q1", Date{2021, 3, 25}).submissions) == 0);
}

TEST_CASE("a half-year report shows each quarter; a quarter without a deadline is sent or not",
          "[submission]") {
  const Checked checked = load(deadline_plan());
  const PlanData& data = checked.loaded.data;
  const Report report = report_of(data, "2021-H1", Date{2021, 6, 30});
  const Submissions& s = report.submissions;
  REQUIRE(s.periods.size() == 2);
  CHECK(s.periods[0].period.to_string() == "2021-Q1");
  CHECK(s.periods[1].period.to_string() == "2021-Q2");
  const PeriodSubmissions& q2 = s.periods[1];
  CHECK_FALSE(q2.due);
  CHECK(entry(data, q2, "pgd").submission_class == SubmissionClass::submitted);
  CHECK(entry(data, q2, "mn-a").submission_class == SubmissionClass::submitted);  // undated
  CHECK(entry(data, q2, "th-a").submission_class == SubmissionClass::missing);    // sent 07-10
  CHECK(entry(data, q2, "th-b").submission_class == SubmissionClass::missing);
  CHECK(entry(data, q2, "thcs-a").submission_class == SubmissionClass::missing);
  CHECK(q2.overall.count(SubmissionClass::submitted) == 2);
  CHECK(q2.overall.count(SubmissionClass::missing) == 3);
  // Q1 judged at 06-30: th-b is 102 days overdue (11 + 30 + 31 + 30).
  CHECK(entry(data, s.periods[0], "th-b").days_late == 102);
  // Punctuality counts Q1 only: Q2 has no deadline.
  CHECK(history(data, s, "pgd").classes.size() == 2);
  CHECK(history(data, s, "pgd").on_time == 1);
  CHECK(history(data, s, "pgd").due == 1);

  // The year report: Q3 is overdue for everyone at 12-31, Q4 has no deadline.
  const Report year = report_of(data, "2021", Date{2021, 12, 31});
  REQUIRE(year.submissions.periods.size() == 4);
  CHECK(year.submissions.periods[2].overall.count(SubmissionClass::overdue) == 5);
  CHECK(entry(data, year.submissions.periods[2], "pgd").days_late == 102);  // 10+31+30+31
  CHECK(year.submissions.periods[3].overall.count(SubmissionClass::missing) == 5);
  CHECK(history(data, year.submissions, "pgd").on_time == 1);
  CHECK(history(data, year.submissions, "pgd").due == 2);
}

TEST_CASE("a plan without report deadlines: sent or not", "[submission]") {
  const Checked checked = load(test::small_plan());
  const Report report = report_of(checked.loaded.data, "2021-Q1", Date{2021, 3, 31});
  CHECK_FALSE(report.submissions.has_deadlines);
  CHECK(report.submissions.periods.at(0).overall.count(SubmissionClass::missing) == 4);
}

TEST_CASE("state counts beside the deadline classes", "[submission]") {
  const Checked checked = load(deadline_plan());
  const Report report = report_of(checked.loaded.data, "2021-Q1", Date{2021, 3, 31});
  // Pairs: 1.1 for all five units (4 not_started, th-b not reported); 1.2 for pgd (no record),
  // th-a (in_progress), th-b (none); 2.1 for the four schools (no records).
  const Completion& all = report.overall;
  CHECK(all.state(PairState::done) == 0);
  CHECK(all.state(PairState::in_progress) == 1);
  CHECK(all.state(PairState::not_started) == 4);
  CHECK(all.state(PairState::not_reported) == 7);
  CHECK(all.state(PairState::not_applicable) == 0);
  // th-a's 1.2 is in progress and past its due date: overdue, but never "not started".
  CHECK(all.count(DeadlineClass::overdue) == 1);
  CHECK(all.count(DeadlineClass::pending) == 4);
}

TEST_CASE("papi remind: what is owed on a day, worked out by hand", "[remind]") {
  const Checked checked = load(deadline_plan());
  const PlanData& data = checked.loaded.data;
  SECTION("one period") {
    const Reminders r = compute_reminders(data, {*Period::parse("2021-Q1"), Date{2021, 3, 25}});
    // th-a sent on 03-25 (late, but in); th-b owes the report, 5 days over; th-a owes task
    // 1.2 (due 03-15, in progress), 10 days over. Nobody else owes anything.
    REQUIRE(r.units.size() == 2);
    CHECK(r.items == 2);
    CHECK(data.units[r.units[0].unit].id == "th-a");
    REQUIRE(r.units[0].items.size() == 1);
    CHECK(r.units[0].items[0].kind == OwedKind::task);
    CHECK(r.units[0].items[0].days_overdue == 10);
    CHECK(data.units[r.units[1].unit].id == "th-b");
    CHECK(r.units[1].items[0].kind == OwedKind::report);
    CHECK(r.units[1].items[0].days_overdue == 5);
    CHECK(render_reminders_csv(data, r) ==
          "unit,name,level,commune,owes,period,due,days_overdue\r\n"
          "th-a,Trường Tiểu học A,TH,Xã A,task:1.2,2021-Q1,2021-03-15,10\r\n"
          "th-b,Trường Tiểu học B,TH,Xã B,report,2021-Q1,2021-03-20,5\r\n");
    // The letter's table: the task's number, then its whole text, once.
    const DocumentOutline letter = remind_outline(data, r, nullptr, Language::vi);
    std::vector<std::string> owes;
    for (const OutlineBlock& block : letter.body) {
      for (const OutlineRow& row : block.table.rows)
        owes.push_back(row.cells.at(2));
    }
    const Task& task = data.tasks[*PlanIndex(data).task("1.2")];
    REQUIRE(!task.title.empty());
    CHECK(owes ==
          std::vector<std::string>{"Nhiệm vụ 1.2: " + task.title, "Báo cáo Quý I năm 2021"});
    CHECK(reminder_message(data, r.units[1], Language::vi) ==
          "Kính gửi: Trường Tiểu học B. Phòng Giáo dục và Đào tạo đề nghị đơn vị khẩn trương gửi "
          "báo cáo Quý I năm 2021 (hạn 20/03/2021, đã quá hạn 5 ngày) theo Kế hoạch số "
          "1/KH-TEST. Trân trọng cảm ơn.");
  }
  SECTION("every period begun by the as-of date") {
    const Reminders r = compute_reminders(data, {std::nullopt, Date{2021, 7, 5}});
    REQUIRE(r.periods.size() == 3);  // Q3 began on 07-01
    // Overdue first: th-b (Q1, 107 days). Then the four others, each owing Q3 (not due until
    // 09-20: 77 days left) and, but for pgd and mn-a, Q2 (no deadline): th-a's Q2 report
    // arrives only on 07-10.
    REQUIRE(r.units.size() == 5);
    CHECK(data.units[r.units[0].unit].id == "th-b");
    CHECK(r.units[0].overdue);
    CHECK(r.units[0].most_days_overdue == 107);
    REQUIRE(r.units[0].items.size() == 3);  // Q1 overdue, Q2 missing, Q3 not yet due
    CHECK(r.units[0].items[1].submission_class == SubmissionClass::missing);
    CHECK_FALSE(r.units[0].items[1].due);
    CHECK(r.units[0].items[2].days_left == 77);
    CHECK(r.items == 3 + 1 + 1 + 2 + 2);
  }
  SECTION("nothing owed") {
    const Checked clean = load(test::small_plan());
    const Reminders r = compute_reminders(clean.loaded.data, {std::nullopt, Date{2020, 12, 1}});
    CHECK(r.empty());
  }
}

TEST_CASE("the submission CSV table: one row per period and unit, by unit id", "[submission]") {
  const Checked checked = load(deadline_plan());
  const Report report = report_of(checked.loaded.data, "2021-Q2", Date{2021, 6, 30});
  CHECK(submission_table_csv(checked.loaded.data, report) ==
        "period,unit,due,submitted,class\r\n"
        "2021-Q1,mn-a,2021-03-20,2021-03-20,on_time\r\n"
        "2021-Q1,pgd,2021-03-20,2021-03-18,on_time\r\n"
        "2021-Q1,th-a,2021-03-20,2021-03-25,late\r\n"
        "2021-Q1,th-b,2021-03-20,,overdue\r\n"
        "2021-Q1,thcs-a,2021-03-20,,undated\r\n"
        "2021-Q2,mn-a,,,submitted\r\n"
        "2021-Q2,pgd,,2021-06-30,submitted\r\n"
        "2021-Q2,th-a,,2021-07-10,missing\r\n"
        "2021-Q2,th-b,,,missing\r\n"
        "2021-Q2,thcs-a,,,missing\r\n");
}
