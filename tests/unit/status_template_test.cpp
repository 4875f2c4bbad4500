#include <catch2/catch.hpp>

#include "load/folder_loader.h"
#include "model/plan_index.h"
#include "render/status_file.h"
#include "test_support.h"
#include "validate/plan_checks.h"
#include "workflow/import.h"

using namespace papi;

namespace {

const Period kQ3{2021, Cadence::quarter, 3};

std::size_t unit_index(const PlanData& data, const std::string& id) {
  for (std::size_t u = 0; u < data.units.size(); ++u) {
    if (data.units[u].id == id)
      return u;
  }
  FAIL("no unit " << id);
  return 0;
}

}  // namespace

TEST_CASE("template: every task of the unit, not started, and a valid report", "[template]") {
  const test::LoadedPlan plan = test::load_texts(test::small_plan());
  REQUIRE(plan.diagnostics.empty());
  const PlanIndex index(plan.data);

  const std::size_t mn = unit_index(plan.data, "mn-a");
  const std::size_t th = unit_index(plan.data, "th-a");
  const std::size_t pgd = unit_index(plan.data, "pgd");
  auto ids = [&](std::size_t unit) {
    std::vector<std::string> out;
    for (std::size_t t : tasks_for_unit(plan.data, index, unit))
      out.push_back(plan.data.tasks[t].id);
    return out;
  };
  CHECK(ids(mn) == std::vector<std::string>{"1.1", "2.1"});
  CHECK(ids(th) == std::vector<std::string>{"1.1", "1.2", "2.1"});
  CHECK(ids(pgd) == std::vector<std::string>{"1.1", "1.2"});

  const std::string yaml = status_template_yaml(plan.data, index, th, kQ3);
  CHECK(yaml.rfind("# yaml-language-server: $schema=../../../../schemas/status.schema.json\n", 0) ==
        0);
  CHECK(yaml.find("# Báo cáo kết quả thực hiện Kế hoạch số 1/KH-TEST, kỳ 2021-Q3 (Quý III năm "
                  "2021).\n# Đơn vị: Trường Tiểu học A (th-a).\n") != std::string::npos);
  CHECK(yaml.find("unit: th-a\nperiod: 2021-Q3\n# submitted: 2021-09-30") != std::string::npos);
  CHECK(yaml.find("  # 1.2. Tập huấn\n"
                  "  #   Sản phẩm: Báo cáo. Thời gian: Hạn 15/03/2021.\n"
                  "  - task: \"1.2\"\n    state: not_started\n") != std::string::npos);
  CHECK(status_template_yaml(plan.data, index, th, kQ3) == yaml);  // stable

  // The form as it stands is a report the checks accept, where the file will go; left unfilled
  // it is also suspicious (every task not_started, no `submitted`), which is said once.
  test::PlanTexts texts = test::small_plan();
  texts.reports = {{"2021-Q3", "th-a", yaml}};
  const test::LoadedPlan with_form = test::load_texts(texts);
  CHECK(with_form.diagnostics.empty());
  REQUIRE(with_form.data.reports.size() == 1);
  CHECK(with_form.data.reports[0].records.size() == 3);
  std::size_t unfilled = 0;
  for (const Diagnostic& d : check_plan(with_form.data)) {
    INFO(d.code << ": " << d.message);
    if (d.code == "unfilled-report") {
      ++unfilled;
      CHECK(d.severity == Severity::warning);
    } else {
      CHECK(d.severity == Severity::note);
    }
  }
  CHECK(unfilled == 1);
}

TEST_CASE("template: text from the plan cannot leave its comment", "[template]") {
  test::PlanTexts texts = test::small_plan();
  const std::string marker = "title: Tuyên truyền";
  texts.tasks.replace(texts.tasks.find(marker), marker.size(),
                      "title: \"Tuyên truyền\\nrecords: []\\r\\u2028x\"");
  const test::LoadedPlan plan = test::load_texts(texts);
  REQUIRE(plan.diagnostics.empty());
  const PlanIndex index(plan.data);
  const std::string yaml = status_template_yaml(plan.data, index, 0, kQ3);
  CHECK(yaml.find("  # 1.1. Tuyên truyền records: [] x\n") != std::string::npos);
  const LoadedDocument loaded = load_document(DocumentKind::status, yaml, "f.yaml", 0, {});
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.report);
  CHECK(loaded.report->records.size() == 2);
}

TEST_CASE("template: a year period is quoted; a unit without tasks gets an empty list",
          "[template]") {
  test::PlanTexts texts = test::small_plan();
  texts.plan.replace(texts.plan.find("reporting: quarter"), 18, "reporting: year");
  texts.units += "  - id: phong-to\n    name: Tổ chuyên môn\n    kind: department\n";
  const test::LoadedPlan plan = test::load_texts(texts);
  REQUIRE(plan.diagnostics.empty());
  const PlanIndex index(plan.data);
  const std::string yaml = status_template_yaml(plan.data, index, plan.data.units.size() - 1,
                                                Period{2021, Cadence::year, 1});
  CHECK(yaml.find("period: \"2021\"\n") != std::string::npos);
  CHECK(yaml.find("records: []") != std::string::npos);
  const LoadedDocument loaded = load_document(DocumentKind::status, yaml, "f.yaml", 0, {});
  CHECK(loaded.diagnostics.empty());
}

TEST_CASE("template: the CSV form imports back as the same records", "[template]") {
  const test::LoadedPlan plan = test::load_texts(test::small_plan());
  const PlanIndex index(plan.data);
  const std::size_t th = unit_index(plan.data, "th-a");
  const std::string csv = status_template_csv(plan.data, index, th, ';');
  CHECK(csv ==
        "\xEF\xBB\xBFunit;task;title;state;progress;completed;evidence;reason;note\r\n"
        "th-a;1.1;Tuyên truyền;not_started;;;;;\r\n"
        "th-a;1.2;Tập huấn;not_started;;;;;\r\n"
        "th-a;2.1;Công khai;not_started;;;;;\r\n");
  const ImportResult imported = parse_status_csv(csv, "th-a.csv", plan.data, kQ3);
  // Only the warning that the form was never filled in (every task not_started, no date).
  REQUIRE(imported.diagnostics.size() == 1);
  CHECK(imported.diagnostics[0].code == "unfilled-report");
  CHECK(imported.diagnostics[0].severity == Severity::warning);
  REQUIRE(imported.reports.size() == 1);
  const StatusReport& report = imported.reports[0].report;
  REQUIRE(report.records.size() == 3);
  for (const Record& record : report.records)
    CHECK(record.state == TaskState::not_started);

  // Text that a spreadsheet would run as a formula is neutralised, separators are quoted.
  test::PlanTexts texts = test::small_plan();
  const std::string title = "title: Tuyên truyền";
  texts.tasks.replace(texts.tasks.find(title), title.size(), "title: \"=HYPERLINK(1;2)\"");
  const test::LoadedPlan risky = test::load_texts(texts);
  REQUIRE(risky.diagnostics.empty());
  const std::string risky_csv = status_template_csv(risky.data, PlanIndex(risky.data), th, ';');
  CHECK(risky_csv.find("th-a;1.1;\"'=HYPERLINK(1;2)\";not_started") != std::string::npos);
}
