#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "compute/plan_diff.h"
#include "render/diff_render.h"
#include "test_support.h"

using namespace papi;
using Catch::Matchers::WithinAbs;

namespace {

const char* const kPgdQ1 =
    "schema_version: 1\nunit: pgd\nperiod: 2021-Q1\nrecords:\n"
    "  - task: \"1.1\"\n    state: done\n"
    "  - task: \"1.2\"\n    state: in_progress\n    progress: 50\n";
const char* const kThaQ1 =
    "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n"
    "  - task: \"1.1\"\n    state: in_progress\n    progress: 40\n";

test::LoadedPlan load(const test::PlanTexts& texts) {
  test::LoadedPlan loaded = test::load_texts(texts);
  for (const Diagnostic& d : loaded.diagnostics) {
    INFO(d.file << ":" << d.line << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  return loaded;
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

const CompletionChange& unit_row(const PlanDiff& diff, const std::string& id) {
  for (const CompletionChange& row : diff.unit_completion) {
    if (row.id == id)
      return row;
  }
  FAIL("no unit " << id);
  return diff.unit_completion.front();
}

}  // namespace

TEST_CASE("diff: nothing changed", "[diff]") {
  test::PlanTexts texts = test::small_plan();
  texts.reports = {{"2021-Q1", "pgd", kPgdQ1}};
  const test::LoadedPlan a = load(texts);
  const PlanDiff diff = diff_plans(a.data, a.data);
  CHECK(diff.plan_fields.empty());
  CHECK(diff.units.empty());
  CHECK(diff.tasks.empty());
  CHECK(diff.reports.empty());
  REQUIRE(diff.period);
  CHECK(diff.period->to_string() == "2021-Q1");
  CHECK(diff.overall.before == diff.overall.after);
  const std::string md =
      render_diff(diff, {"HEAD", "0123456789abcdef"}, {}, DiffFormat::markdown, Language::vi);
  CHECK(md.find("Từ `HEAD` (0123456) đến thư mục làm việc (chưa commit).") != std::string::npos);
  CHECK(md.find("Không có thay đổi.") != std::string::npos);
  CHECK(md.find("Không đơn vị nào thay đổi tỷ lệ hoàn thành.") != std::string::npos);
}

TEST_CASE("diff: tasks, units and reports added, removed and edited", "[diff]") {
  test::PlanTexts before = test::small_plan();
  before.reports = {{"2021-Q1", "pgd", kPgdQ1}};
  test::PlanTexts after = before;
  // Task 1.2: weight 2 → 3; task 2.1 removed; task 2.2 added.
  replace_once(after.tasks, "weight: 2", "weight: 3");
  after.tasks.replace(after.tasks.find("  - id: \"2.1\""), std::string::npos,
                      "  - id: \"2.2\"\n    area: 2\n    title: Mới\n    product: X\n"
                      "    lead: pgd\n    partners: []\n    schedule: ongoing\n");
  // Unit th-b renamed; unit thcs-a added.
  replace_once(after.units, "Trường Tiểu học B", "Trường TH B");
  after.units += "  - id: thcs-a\n    name: Trường THCS A\n    kind: school\n    level: THCS\n";
  replace_once(after.plan, "title: Kế hoạch thử", "title: Kế hoạch mới");
  // pgd's report edited (1.2 now done), th-a's report added.
  after.reports = {{"2021-Q1", "pgd",
                    "schema_version: 1\nunit: pgd\nperiod: 2021-Q1\nrecords:\n"
                    "  - task: \"1.1\"\n    state: done\n  - task: \"1.2\"\n    state: done\n"},
                   {"2021-Q1", "th-a", kThaQ1}};
  const test::LoadedPlan a = load(before);
  const test::LoadedPlan b = load(after);
  const PlanDiff diff = diff_plans(a.data, b.data);

  CHECK(diff.plan_fields == std::vector<std::string>{"title"});
  REQUIRE(diff.tasks.added.size() == 1);
  CHECK(diff.tasks.added[0].id == "2.2");
  REQUIRE(diff.tasks.removed.size() == 1);
  CHECK(diff.tasks.removed[0].id == "2.1");
  REQUIRE(diff.tasks.edited.size() == 1);
  CHECK(diff.tasks.edited[0].id == "1.2");
  CHECK(diff.tasks.edited[0].fields == std::vector<std::string>{"weight"});
  REQUIRE(diff.units.added.size() == 1);
  CHECK(diff.units.added[0].id == "thcs-a");
  REQUIRE(diff.units.edited.size() == 1);
  CHECK(diff.units.edited[0].fields == std::vector<std::string>{"name"});
  REQUIRE(diff.reports.size() == 2);
  CHECK(diff.reports[0].unit == "pgd");
  CHECK(diff.reports[0].kind == ReportChangeKind::changed);
  CHECK(diff.reports[0].records_changed == 1);
  CHECK(diff.reports[1].unit == "th-a");
  CHECK(diff.reports[1].kind == ReportChangeKind::added);
  CHECK(diff.reports[1].records_after == 1);

  // Completion in 2021-Q1, by hand.
  // Before: pgd 1.1 done (w1) 100, 1.2 50 (w2); mn-a 1.1, 2.1; th-a 1.1, 1.2, 2.1; th-b the
  // same: all not reported. Pairs: pgd 2 (w 3), mn-a 2 (w 2), th-a 3 (w 4), th-b 3 (w 4):
  // Σw = 13, Σw·v = 100 + 2·50 = 200 → 15.38 %.
  // After: 1.2 weighs 3 and 2.1 is gone, 2.2 (pgd) added, thcs-a gets 1.1.
  // pgd: 1.1 100 (w1), 1.2 100 (w3), 2.2 0 (w1); mn-a 1.1 (w1); th-a 1.1 40 (w1), 1.2 (w3);
  // th-b 1.1 (w1), 1.2 (w3); thcs-a 1.1 (w1): Σw = 15, Σw·v = 100 + 300 + 40 = 440 → 29.33 %.
  REQUIRE(diff.period);
  REQUIRE(diff.overall.before);
  REQUIRE(diff.overall.after);
  CHECK_THAT(*diff.overall.before, WithinAbs(200.0 / 13.0, 1e-9));
  CHECK_THAT(*diff.overall.after, WithinAbs(440.0 / 15.0, 1e-9));
  CHECK(diff.units_reported_before == 1);
  CHECK(diff.units_reported_after == 2);
  CHECK_THAT(*unit_row(diff, "pgd").before, WithinAbs(200.0 / 3.0, 1e-9));
  CHECK_THAT(*unit_row(diff, "pgd").after, WithinAbs(400.0 / 5.0, 1e-9));
  CHECK_FALSE(unit_row(diff, "thcs-a").in_before);
  CHECK(unit_row(diff, "thcs-a").in_after);
  REQUIRE(diff.area_completion.size() == 2);
  // Area 2 after: only 2.2 at pgd, 0.
  CHECK_THAT(*diff.area_completion[1].after, WithinAbs(0.0, 1e-9));

  const std::string md = render_diff(diff, {"v1", "aaaaaaaaaa"}, {"v2", "bbbbbbbbbb"},
                                     DiffFormat::markdown, Language::en);
  CHECK(md.find("From `v1` (aaaaaaa) to `v2` (bbbbbbb).") != std::string::npos);
  CHECK(md.find("| edited | 1.2 | Tập huấn | `weight` |") != std::string::npos);
  CHECK(md.find("| added | 2.2 | Mới | |") != std::string::npos);
  CHECK(md.find("| removed | 2.1 | Công khai | |") != std::string::npos);
  CHECK(md.find("Completion Q1 2021: **15.4% → 29.3%** (+13.9 points). Units that reported: "
                "1/4 → 2/5.") != std::string::npos);
  CHECK(md.find("| 2021-Q1 | Trường Tiểu học A (`th-a`) | added | 1 |") != std::string::npos);
  CHECK(md.find("| 2021-Q1 | Phòng Giáo dục và Đào tạo (`pgd`) | edited | 1 edited |") !=
        std::string::npos);

  const auto json = nlohmann::json::parse(
      render_diff(diff, {"v1", "aaaa"}, {"v2", "bbbb"}, DiffFormat::json, Language::vi));
  CHECK(json["from"]["revision"] == "v1");
  CHECK(json["tasks"]["edited"][0]["fields"][0] == "weight");
  CHECK(json["completion"]["period"] == "2021-Q1");
  CHECK_THAT(json["completion"]["overall"]["change"].get<double>(),
             WithinAbs(440.0 / 15.0 - 200.0 / 13.0, 1e-9));
  CHECK(json["completion"]["units_reported"]["after"] == 2);
}

TEST_CASE("diff: the latest period of either version, or the one asked for", "[diff]") {
  test::PlanTexts before = test::small_plan();
  before.reports = {{"2021-Q1", "pgd", kPgdQ1}};
  test::PlanTexts after = before;
  after.reports.push_back({"2021-Q2", "th-a",
                           "schema_version: 1\nunit: th-a\nperiod: 2021-Q2\nrecords:\n"
                           "  - task: \"1.1\"\n    state: done\n"});
  const test::LoadedPlan a = load(before);
  const test::LoadedPlan b = load(after);
  const PlanDiff latest = diff_plans(a.data, b.data);
  REQUIRE(latest.period);
  CHECK(latest.period->to_string() == "2021-Q2");
  CHECK(latest.units_reported_before == 0);
  CHECK(latest.units_reported_after == 1);
  const PlanDiff first = diff_plans(a.data, b.data, Period{2021, Cadence::quarter, 1});
  CHECK(first.overall.before == first.overall.after);
  // A half-year of a quarterly plan takes each unit's latest report in it.
  const PlanDiff half = diff_plans(a.data, b.data, Period{2021, Cadence::half, 1});
  CHECK(half.units_reported_after == 2);

  const test::LoadedPlan empty = load(test::small_plan());
  const PlanDiff none = diff_plans(empty.data, empty.data);
  CHECK_FALSE(none.period);
  CHECK(render_diff(none, {"a", "b"}, {}, DiffFormat::markdown, Language::en)
            .find("Neither version has a report") != std::string::npos);
  CHECK(nlohmann::json::parse(
            render_diff(none, {"a", "b"}, {}, DiffFormat::json, Language::en))["completion"]
            .is_null());
}
