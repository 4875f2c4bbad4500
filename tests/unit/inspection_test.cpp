#include <algorithm>

#include <catch2/catch.hpp>

#include "compute/inspection.h"
#include "compute/remind.h"
#include "render/remind_render.h"
#include "test_support.h"
#include "validate/inspection_checks.h"
#include "validate/plan_checks.h"

using namespace papi;

namespace {

Finding finding_due(Date due, FindingState state, std::optional<Date> fixed) {
  Finding finding;
  finding.id = 1;
  finding.due = due;
  finding.state = state;
  finding.fixed = fixed;
  return finding;
}

// The small plan of test_support (areas 1 and 2; tasks 1.1, 1.2 in area 1, 2.1 in area 2;
// units pgd, mn-a, th-a, th-b) with four inspections:
//   i1-th-a   scheduled   th-a  2021-02-10  #1 task 1.2 due 03-15 fixed 03-10, verified by f1-th-a
//                                          #2 area 2   due 03-31 fixed 03-31 (on its due date)
//                                          #3 task 1.1 due 04-30 fixed 05-03 (late)
//   f1-th-a   follow_up   th-a  2021-04-05  follows i1-th-a, no findings
//   u1-mn-a   unannounced mn-a  2021-05-20  #1 area 1   due 06-01 open
//                                          #2 task 2.1 due 07-15 open
//   s1-pgd    scheduled   pgd   2021-08-02  #1 task 1.1 due 08-30 open
test::PlanTexts inspected_plan() {
  test::PlanTexts texts = test::small_plan();
  texts.inspections = {
      {"i1-th-a",
       "schema_version: 1\nid: i1-th-a\nunit: th-a\ndate: 2021-02-10\nkind: scheduled\n"
       "findings:\n"
       "  - id: 1\n    task: \"1.2\"\n    finding: Chưa lập kế hoạch tập huấn\n"
       "    due: 2021-03-15\n    state: verified\n    fixed: 2021-03-10\n"
       "    verified_by: f1-th-a\n"
       "  - id: 2\n    area: 2\n    finding: Chưa niêm yết công khai\n"
       "    due: 2021-03-31\n    state: fixed\n    fixed: 2021-03-31\n"
       "  - id: 3\n    task: \"1.1\"\n    finding: Chưa tuyên truyền\n"
       "    due: 2021-04-30\n    state: fixed\n    fixed: 2021-05-03\n"},
      {"f1-th-a",
       "schema_version: 1\nid: f1-th-a\nunit: th-a\ndate: 2021-04-05\nkind: follow_up\n"
       "follows: i1-th-a\nfindings: []\n"},
      {"u1-mn-a",
       "schema_version: 1\nid: u1-mn-a\nunit: mn-a\ndate: 2021-05-20\nkind: unannounced\n"
       "findings:\n"
       "  - id: 1\n    area: 1\n    finding: Chưa họp cha mẹ học sinh\n"
       "    due: 2021-06-01\n    state: open\n"
       "  - id: 2\n    task: \"2.1\"\n    finding: Chưa công khai thu chi\n"
       "    due: 2021-07-15\n    state: open\n"},
      {"s1-pgd",
       "schema_version: 1\nid: s1-pgd\nunit: pgd\ndate: 2021-08-02\nkind: scheduled\n"
       "findings:\n"
       "  - id: 1\n    task: \"1.1\"\n    finding: Chưa cập nhật\n"
       "    due: 2021-08-30\n    state: open\n"},
  };
  return texts;
}

test::LoadedPlan load_clean(const test::PlanTexts& texts) {
  test::LoadedPlan loaded = test::load_texts(texts);
  Diagnostics semantic = check_plan(loaded.data);
  loaded.diagnostics.insert(loaded.diagnostics.end(), semantic.begin(), semantic.end());
  for (const Diagnostic& d : loaded.diagnostics) {
    INFO(d.file << ":" << d.line << ":" << d.column << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  return loaded;
}

struct Row {
  std::string inspection;
  int finding;
  int area;
  RemediationClass remediation;
  bool verified;
  int days_overdue;

  bool operator==(const Row&) const = default;
};

std::vector<Row> rows(const PlanData& data, const InspectionSection& section) {
  std::vector<Row> result;
  for (const CountedFinding& f : section.findings) {
    const Inspection& inspection = data.inspections[f.inspection];
    result.push_back(Row{inspection.id, inspection.findings[f.finding].id, f.area, f.remediation,
                         f.verified, f.days_overdue});
  }
  return result;
}

std::vector<std::size_t> classes(const FindingCounts& counts) {
  return {counts.count(RemediationClass::fixed_on_time), counts.count(RemediationClass::fixed_late),
          counts.count(RemediationClass::open), counts.count(RemediationClass::open_overdue)};
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Row> {
  static std::string convert(const Row& r) {
    return r.inspection + "#" + std::to_string(r.finding) + " area " + std::to_string(r.area) +
           " " + std::string(to_string(r.remediation)) + (r.verified ? " verified" : "") + " " +
           std::to_string(r.days_overdue);
  }
};
}  // namespace Catch

TEST_CASE("remediation classes follow the deadline convention", "[inspection]") {
  const Date due{2021, 6, 15};
  // Fixed exactly on its due date: on time; a day later: late.
  CHECK(remediation_class(finding_due(due, FindingState::fixed, Date{2021, 6, 15}),
                          Date{2021, 6, 30}) == RemediationClass::fixed_on_time);
  CHECK(remediation_class(finding_due(due, FindingState::verified, Date{2021, 6, 16}),
                          Date{2021, 6, 30}) == RemediationClass::fixed_late);
  // Open: within its deadline up to and including the due date, overdue the day after.
  CHECK(remediation_class(finding_due(due, FindingState::open, std::nullopt), Date{2021, 6, 15}) ==
        RemediationClass::open);
  CHECK(remediation_class(finding_due(due, FindingState::open, std::nullopt), Date{2021, 6, 16}) ==
        RemediationClass::open_overdue);
}

TEST_CASE("a finding is judged as things stood at the as-of date", "[inspection]") {
  // Due 2021-06-10, fixed 2021-07-05: open, then overdue, then fixed late.
  const Finding finding = finding_due(Date{2021, 6, 10}, FindingState::fixed, Date{2021, 7, 5});
  CHECK(remediation_class(finding, Date{2021, 6, 1}) == RemediationClass::open);
  CHECK(remediation_class(finding, Date{2021, 6, 10}) == RemediationClass::open);
  CHECK(remediation_class(finding, Date{2021, 6, 30}) == RemediationClass::open_overdue);
  CHECK(remediation_class(finding, Date{2021, 7, 4}) == RemediationClass::open_overdue);
  CHECK(remediation_class(finding, Date{2021, 7, 5}) == RemediationClass::fixed_late);
  CHECK(remediation_class(finding, Date{2021, 9, 30}) == RemediationClass::fixed_late);
}

TEST_CASE("a plan without inspections has no inspection section", "[inspection]") {
  auto loaded = load_clean(test::small_plan());
  CHECK_FALSE(compute_inspections(loaded.data, *Period::parse("2021-Q2"), Date{2021, 6, 30}));
}

TEST_CASE("the Q2 inspection section, worked out by hand", "[inspection]") {
  auto loaded = load_clean(inspected_plan());
  const PlanData& data = loaded.data;
  const auto section = compute_inspections(data, *Period::parse("2021-Q2"), Date{2021, 6, 30});
  REQUIRE(section);

  // Held in Q2: f1-th-a (follow-up, 04-05) and u1-mn-a (unannounced, 05-20); s1-pgd is after A.
  CHECK(section->held == 2);
  CHECK(section->held_by_kind == std::array<std::size_t, 3>{0, 1, 1});

  // Counted: the findings of u1-mn-a, and those of i1-th-a not verified at A. i1-th-a #1 was
  // verified by f1-th-a on 04-05, before A, in an inspection of Q1: not counted again.
  // u1-mn-a #1: due 06-01, open at 06-30: 29 days overdue.
  const std::vector<Row> expected = {
      {"i1-th-a", 2, 2, RemediationClass::fixed_on_time, false, 0},
      {"i1-th-a", 3, 1, RemediationClass::fixed_late, false, 0},
      {"u1-mn-a", 1, 1, RemediationClass::open_overdue, false, 29},
      {"u1-mn-a", 2, 2, RemediationClass::open, false, 0},
  };
  CHECK(rows(data, *section) == expected);
  CHECK(classes(section->total) == std::vector<std::size_t>{1, 1, 1, 1});
  CHECK(section->total.total == 4);

  REQUIRE(section->by_area.size() == 2);
  CHECK(section->by_area[0].key == "1");
  CHECK(classes(section->by_area[0].counts) == std::vector<std::size_t>{0, 1, 0, 1});
  CHECK(section->by_area[1].key == "2");
  CHECK(classes(section->by_area[1].counts) == std::vector<std::size_t>{1, 0, 1, 0});

  REQUIRE(section->by_unit.size() == 2);  // "Trường Mầm non A" before "Trường Tiểu học A"
  CHECK(section->by_unit[0].key == "mn-a");
  CHECK(section->by_unit[0].counts.total == 2);
  CHECK(section->by_unit[1].key == "th-a");
  CHECK(section->by_unit[1].counts.total == 2);
  REQUIRE(section->by_level.size() == 2);
  CHECK(section->by_level[0].key == "MN");
  CHECK(section->by_level[1].key == "TH");
  REQUIRE(section->by_kind.size() == 3);
  CHECK(section->by_kind[0].counts.total == 2);  // scheduled: i1-th-a #2, #3
  CHECK(section->by_kind[1].counts.total == 2);  // unannounced: u1-mn-a #1, #2
  CHECK(section->by_kind[2].counts.total == 0);  // follow_up

  REQUIRE(section->overdue.size() == 1);
  CHECK(section->overdue[0] == 2);

  // th-a has two fixed, unverified findings, but the follow-up of 04-05 came after their
  // inspection: not due. mn-a has an overdue finding and no follow-up: due.
  REQUIRE(section->reinspection.size() == 1);
  CHECK(data.units[section->reinspection[0].unit].id == "mn-a");
  CHECK(section->reinspection[0].fixed_unverified == 0);
  CHECK(section->reinspection[0].overdue == 1);
  CHECK(section->reinspection[0].last_inspection == Date{2021, 5, 20});
}

TEST_CASE("the same findings at the Q1 and Q3 as-of dates", "[inspection]") {
  auto loaded = load_clean(inspected_plan());
  const PlanData& data = loaded.data;

  // Q1, A = 03-31: only i1-th-a had happened. #1 was fixed (03-10) but f1-th-a verified it
  // only on 04-05: not verified at A. #2 fixed on its due date: on time. #3 due 04-30: open.
  const auto q1 = compute_inspections(data, *Period::parse("2021-Q1"), Date{2021, 3, 31});
  REQUIRE(q1);
  CHECK(q1->held == 1);
  CHECK(q1->held_by_kind == std::array<std::size_t, 3>{1, 0, 0});
  CHECK(rows(data, *q1) == std::vector<Row>{
                               {"i1-th-a", 1, 1, RemediationClass::fixed_on_time, false, 0},
                               {"i1-th-a", 2, 2, RemediationClass::fixed_on_time, false, 0},
                               {"i1-th-a", 3, 1, RemediationClass::open, false, 0},
                           });
  // Two fixed, unverified findings and no follow-up yet: th-a is due.
  REQUIRE(q1->reinspection.size() == 1);
  CHECK(data.units[q1->reinspection[0].unit].id == "th-a");
  CHECK(q1->reinspection[0].fixed_unverified == 2);
  CHECK(q1->reinspection[0].overdue == 0);

  // As of 05-01, #3 (due 04-30, fixed 05-03) is one day overdue; Q2 counts it as fixed late.
  const auto may = compute_inspections(data, *Period::parse("2021-Q2"), Date{2021, 5, 1});
  REQUIRE(may);
  CHECK(rows(data, *may) == std::vector<Row>{
                                {"i1-th-a", 2, 2, RemediationClass::fixed_on_time, false, 0},
                                {"i1-th-a", 3, 1, RemediationClass::open_overdue, false, 1},
                            });

  // Q3, A = 09-30: s1-pgd is held; the earlier findings not yet verified are counted again.
  // u1-mn-a #1 due 06-01: 29 + 31 + 31 + 30 = 121 days; #2 due 07-15: 16 + 31 + 30 = 77.
  const auto q3 = compute_inspections(data, *Period::parse("2021-Q3"), Date{2021, 9, 30});
  REQUIRE(q3);
  CHECK(q3->held == 1);
  CHECK(rows(data, *q3) == std::vector<Row>{
                               {"i1-th-a", 2, 2, RemediationClass::fixed_on_time, false, 0},
                               {"i1-th-a", 3, 1, RemediationClass::fixed_late, false, 0},
                               {"s1-pgd", 1, 1, RemediationClass::open_overdue, false, 31},
                               {"u1-mn-a", 1, 1, RemediationClass::open_overdue, false, 121},
                               {"u1-mn-a", 2, 2, RemediationClass::open_overdue, false, 77},
                           });
  // Most overdue first.
  REQUIRE(q3->overdue.size() == 3);
  CHECK(q3->overdue == std::vector<std::size_t>{3, 4, 2});
  REQUIRE(q3->reinspection.size() == 2);  // "Phòng ..." before "Trường ..."
  CHECK(data.units[q3->reinspection[0].unit].id == "pgd");
  CHECK(data.units[q3->reinspection[1].unit].id == "mn-a");
  CHECK(q3->reinspection[1].overdue == 2);
}

TEST_CASE("a finding verified in the period is counted with its inspection", "[inspection]") {
  auto loaded = load_clean(inspected_plan());
  // H1 holds i1-th-a and f1-th-a: i1-th-a #1 is counted, and verified at A.
  const auto h1 = compute_inspections(loaded.data, *Period::parse("2021-H1"), Date{2021, 6, 30});
  REQUIRE(h1);
  CHECK(h1->held == 3);
  CHECK(h1->total.total == 5);
  CHECK(h1->total.verified == 1);
  CHECK(rows(loaded.data, *h1).front() ==
        Row{"i1-th-a", 1, 1, RemediationClass::fixed_on_time, true, 0});
}

TEST_CASE("a second follow-up may verify a finding of the first inspection", "[inspection]") {
  test::PlanTexts texts = inspected_plan();
  texts.inspections[0].text.replace(texts.inspections[0].text.find("verified_by: f1-th-a"),
                                    std::string("verified_by: f1-th-a").size(),
                                    "verified_by: f2-th-a");
  texts.inspections.push_back(
      {"f2-th-a",
       "schema_version: 1\nid: f2-th-a\nunit: th-a\ndate: 2021-04-20\nkind: follow_up\n"
       "follows: f1-th-a\nfindings: []\n"});
  auto loaded = test::load_texts(texts);
  CHECK(loaded.diagnostics.empty());
  CHECK(check_inspections(loaded.data).empty());
}

TEST_CASE("inspection checks point at the field", "[inspection]") {
  test::PlanTexts texts = inspected_plan();
  // u1-mn-a verified by th-a's follow-up; s1-pgd's finding due before the inspection.
  texts.inspections[2].text.replace(texts.inspections[2].text.find("    state: open\n  - id: 2"),
                                    std::string("    state: open\n").size(),
                                    "    state: verified\n    fixed: 2021-06-01\n"
                                    "    verified_by: f1-th-a\n");
  texts.inspections[3].text.replace(texts.inspections[3].text.find("due: 2021-08-30"),
                                    std::string("due: 2021-08-30").size(), "due: 2021-08-01");
  auto loaded = test::load_texts(texts);
  REQUIRE(loaded.diagnostics.empty());
  Diagnostics found = check_inspections(loaded.data);
  sort_diagnostics(found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].file == "p/inspections/s1-pgd.yaml");
  CHECK(found[0].line == 10);
  CHECK(found[0].column == 10);
  CHECK(found[0].code == "date-before-inspection");
  CHECK(found[0].message == "finding 1 is due on 2021-08-01, before the inspection of 2021-08-02");
  CHECK(found[1].file == "p/inspections/u1-mn-a.yaml");
  CHECK(found[1].line == 13);
  CHECK(found[1].column == 18);
  CHECK(found[1].code == "verified-by-mismatch");
  CHECK(found[1].message ==
        "`verified_by` names inspection `f1-th-a` of unit `th-a`, not of `mn-a`");
}

TEST_CASE("papi remind lists the findings past their remediation deadline",
          "[inspection][remind]") {
  auto loaded = load_clean(inspected_plan());
  const PlanData& data = loaded.data;
  auto remedies = [&](const Reminders& r) {
    std::vector<std::string> owed;
    for (const UnitReminder& unit : r.units) {
      for (const OwedItem& item : unit.items) {
        if (item.kind == OwedKind::remediation)
          owed.push_back(data.units[unit.unit].id + " " + owed_item_code(data, item) + " " +
                         std::to_string(*item.days_overdue));
      }
    }
    return owed;
  };
  // 06-01 is u1-mn-a #1's due date: still within it. i1-th-a #3 (due 04-30) was fixed on 05-03.
  CHECK(remedies(compute_reminders(data, {std::nullopt, Date{2021, 6, 1}})).empty());
  // The day after: 1 day overdue.
  CHECK(remedies(compute_reminders(data, {std::nullopt, Date{2021, 6, 2}})) ==
        std::vector<std::string>{"mn-a finding:u1-mn-a/1 1"});
  // On 05-01 i1-th-a #3 was due the day before and not yet fixed (fixed 05-03): owed, 1 day.
  CHECK(remedies(compute_reminders(data, {std::nullopt, Date{2021, 5, 1}})) ==
        std::vector<std::string>{"th-a finding:i1-th-a/3 1"});
  // 07-20: u1-mn-a #1 (due 06-01) 49 days, #2 (due 07-15) 5 days; an explicit earlier period
  // still owes them, since an unfixed finding is counted whatever period its inspection was in.
  const std::vector<std::string> july = {"mn-a finding:u1-mn-a/1 49", "mn-a finding:u1-mn-a/2 5"};
  CHECK(remedies(compute_reminders(data, {std::nullopt, Date{2021, 7, 20}})) == july);
  const Reminders q2 = compute_reminders(data, {*Period::parse("2021-Q2"), Date{2021, 7, 20}});
  CHECK(remedies(q2) == july);
  const auto mn_a = std::find_if(q2.units.begin(), q2.units.end(), [&](const UnitReminder& u) {
    return data.units[u.unit].id == "mn-a";
  });
  REQUIRE(mn_a != q2.units.end());
  const std::string message = reminder_message(data, *mn_a, Language::vi);
  CHECK(message.find("Đề nghị đơn vị khẩn trương khắc phục các tồn tại đã quá thời hạn khắc phục: "
                     "tồn tại 1 «Chưa họp cha mẹ học sinh» của cuộc kiểm tra ngày 20/05/2021 "
                     "(hạn 01/06/2021, đã quá hạn 49 ngày); tồn tại 2 «Chưa công khai thu chi» của "
                     "cuộc kiểm tra ngày 20/05/2021 (hạn 15/07/2021, đã quá hạn 5 ngày).") !=
        std::string::npos);
}
