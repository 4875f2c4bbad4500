#include <catch2/catch.hpp>

#include "load/folder_loader.h"
#include "test_support.h"

using namespace papi;

namespace {
LoadedDocument load(DocumentKind kind, const std::string& text) {
  return load_document(kind, text, "f.yaml", 7, LoadOptions{});
}
}  // namespace

TEST_CASE("plan.yaml: every field is read", "[loader]") {
  auto texts = test::small_plan();
  texts.plan +=
      "signer: Đào Thị Bích Ngọc\npurposes: [a, b]\nrequirements: [c]\n"
      "sections:\n  - title: II.2. X\n    items: [d, e]\nrecipients: [Lưu VT.]\n";
  auto loaded = load(DocumentKind::plan, texts.plan);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.plan);
  const Plan& plan = *loaded.plan;
  CHECK(plan.id == "test-2021");
  CHECK(plan.number == "1/KH-TEST");
  CHECK(plan.title == "Kế hoạch thử");
  CHECK(plan.issuer == "Phòng Giáo dục và Đào tạo");
  CHECK(plan.signer == "Đào Thị Bích Ngọc");
  CHECK(plan.issued == Date{2021, 2, 23});
  CHECK(plan.issued_location.line == 6);
  CHECK(plan.issued_location.column == 9);
  CHECK(plan.issued_location.file == 7);
  CHECK(plan.year == 2021);
  CHECK(plan.reporting == Cadence::quarter);
  REQUIRE(plan.areas.size() == 2);
  CHECK(plan.areas[1].id == 2);
  CHECK(plan.areas[1].name == "Công khai, minh bạch");
  CHECK(plan.areas[1].name_en == "Transparency");
  CHECK(plan.areas[1].location.line == 13);
  CHECK(plan.purposes == std::vector<std::string>{"a", "b"});
  CHECK(plan.requirements == std::vector<std::string>{"c"});
  REQUIRE(plan.sections.size() == 1);
  CHECK(plan.sections[0].title == "II.2. X");
  CHECK(plan.sections[0].items == std::vector<std::string>{"d", "e"});
  CHECK(plan.recipients == std::vector<std::string>{"Lưu VT."});
}

TEST_CASE("units.yaml: every field and location is read", "[loader]") {
  auto loaded = load(DocumentKind::units, test::small_plan().units);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.units.size() == 4);
  CHECK(loaded.units[0].id == "pgd");
  CHECK(loaded.units[0].kind == UnitKind::office);
  CHECK(loaded.units[0].level == SchoolLevel::none);
  const Unit& school = loaded.units[1];
  CHECK(school.id == "mn-a");
  CHECK(school.name == "Trường Mầm non A");
  CHECK(school.kind == UnitKind::school);
  CHECK(school.level == SchoolLevel::MN);
  CHECK(school.commune == "Xã A");
  CHECK(school.location.line == 5);
  CHECK(school.location.column == 5);
  CHECK(school.id_location.line == 5);
  CHECK(school.id_location.column == 9);
}

TEST_CASE("tasks.yaml: every field and location is read", "[loader]") {
  auto loaded = load(DocumentKind::tasks, test::small_plan().tasks);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.tasks.size() == 3);
  const Task& first = loaded.tasks[0];
  CHECK(first.id == "1.1");
  CHECK(first.area == 1);
  CHECK(first.title == "Tuyên truyền");
  CHECK(first.product == "Văn bản");
  CHECK(first.lead == "pgd");
  REQUIRE(first.partners.size() == 1);
  CHECK(first.partners[0].text == "schools");
  CHECK(first.partners[0].location.line == 7);
  CHECK(first.partners[0].location.column == 16);
  CHECK_FALSE(first.due);
  CHECK(first.weight == 1.0);
  CHECK_FALSE(first.has_applies_to);
  const Task& second = loaded.tasks[1];
  REQUIRE(second.due);
  CHECK(*second.due == Date{2021, 3, 15});
  CHECK(second.due_location.line == 16);
  CHECK(second.weight == 2.0);
  const Task& third = loaded.tasks[2];
  CHECK(third.has_applies_to);
  CHECK(third.partners.empty());
  CHECK(third.id_location.line == 18);
  CHECK(third.id_location.column == 9);
  CHECK(third.area_location.line == 19);
  CHECK(third.lead_location.line == 22);
}

TEST_CASE("status file: every field and location is read", "[loader]") {
  const std::string text = R"(schema_version: 1
unit: th-a
period: 2021-Q1
submitted: 2021-04-02
records:
  - task: "1.1"
    state: done
    completed: 2021-03-10
    evidence: Công văn số 12/PGDĐT
  - task: "1.2"
    state: in_progress
    progress: 40
    note: đang làm
  - task: "2.1"
    state: not_applicable
    reason: Không có
)";
  auto loaded = load(DocumentKind::status, text);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.report);
  const StatusReport& report = *loaded.report;
  CHECK(report.unit == "th-a");
  CHECK(report.period_text == "2021-Q1");
  CHECK(report.period.cadence == Cadence::quarter);
  CHECK(report.submitted == Date{2021, 4, 2});
  REQUIRE(report.records.size() == 3);
  CHECK(report.records[0].state == TaskState::done);
  CHECK(report.records[0].progress == 100);
  CHECK(report.records[0].completed == Date{2021, 3, 10});
  CHECK(report.records[0].completed_location.line == 8);
  CHECK(report.records[0].completed_location.column == 16);
  CHECK(report.records[0].evidence == "Công văn số 12/PGDĐT");
  CHECK(report.records[0].task_location.line == 6);
  CHECK(report.records[0].task_location.column == 11);
  CHECK(report.records[1].state == TaskState::in_progress);
  CHECK(report.records[1].progress == 40);
  CHECK(report.records[1].note == "đang làm");
  CHECK(report.records[2].state == TaskState::not_applicable);
  CHECK(report.records[2].reason == "Không có");
}

TEST_CASE("a newer schema_version stops the file with one diagnostic", "[loader]") {
  auto loaded = load(DocumentKind::status, "schema_version: 2\nunit: x\nperiod: 2021\nfoo: 1\n");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].code == "unsupported-schema-version");
  CHECK(loaded.diagnostics[0].line == 1);
  CHECK(loaded.diagnostics[0].column == 17);
  CHECK(loaded.diagnostics[0].message ==
        "schema_version 2 is not supported: this papi reads format version 1");
  CHECK_FALSE(loaded.report);
}

TEST_CASE("an empty file is one diagnostic", "[loader]") {
  auto loaded = load(DocumentKind::units, "");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].code == "empty-file");
  CHECK(loaded.diagnostics[0].line == 0);
}

TEST_CASE("non-finite numbers are rejected where the schema cannot tell", "[loader]") {
  auto loaded = load(DocumentKind::status,
                     "schema_version: 1\nunit: a\nperiod: 2021-Q1\nrecords:\n"
                     "  - task: \"1.1\"\n    state: in_progress\n    progress: .nan\n");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].code == "invalid-value");
  CHECK(loaded.diagnostics[0].line == 7);
}

TEST_CASE("both loading paths read the escapes \\N and \\_ as U+0085 and U+00A0", "[loader]") {
  const std::string text =
      "schema_version: 1\nunit: a\nperiod: 2021-Q1\nrecords:\n"
      "  - task: \"1.1\"\n    state: done\n    evidence: \"dòng\\Nmới\\_x\"\n"
      "  - task: \"1.2\"\n    state: done\n    evidence: !!str\n      \"tag\\N\"\n";
  for (const bool fast_path : {true, false}) {
    LoadOptions options;
    options.fast_path = fast_path;
    auto loaded = load_document(DocumentKind::status, text, "f.yaml", 0, options);
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.report);
    CHECK(loaded.report->records[0].evidence == "dòng\u0085mới\u00a0x");
    CHECK(loaded.report->records[1].evidence == "tag\u0085");
  }
}

TEST_CASE("a text past the string limit stops the file on both loading paths", "[loader]") {
  const std::string text =
      "schema_version: 1\nunit: a\nperiod: 2021-Q1\nrecords:\n"
      "  - task: \"1.1\"\n    state: done\n    evidence: \"" +
      std::string(100, 'x') + "\"\n";
  for (const bool fast_path : {true, false}) {
    LoadOptions options;
    options.fast_path = fast_path;
    options.limits.max_string_bytes = 99;
    auto loaded = load_document(DocumentKind::status, text, "f.yaml", 0, options);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "string-too-long");
    CHECK(loaded.diagnostics[0].line == 7);
    CHECK(loaded.diagnostics[0].column == 15);
    CHECK_FALSE(loaded.report);
  }
}

TEST_CASE("the shipped plan is loaded by the fast path, file by file", "[loader][fast-path]") {
  const LoadResult result =
      load_plan_folder(std::string(PAPI_SOURCE_DIR) + "/plans/van-giang-2021");
  CHECK(result.diagnostics.empty());
  REQUIRE(result.paths.size() == result.data.files.size());
  REQUIRE(result.data.files.size() > 60);  // plan, units, tasks and the status files
  for (std::size_t i = 0; i < result.paths.size(); ++i) {
    INFO(result.data.files[i]);
    CHECK(result.paths[i] == LoadPath::fast);
  }

  LoadOptions full;
  full.fast_path = false;
  const LoadResult slow =
      load_plan_folder(std::string(PAPI_SOURCE_DIR) + "/plans/van-giang-2021", full);
  REQUIRE(slow.paths.size() == slow.data.files.size());
  for (LoadPath path : slow.paths)
    CHECK(path == LoadPath::full);
}

TEST_CASE("what the fast path does not take goes down the full path", "[loader][fast-path]") {
  const auto texts = test::small_plan();
  CHECK(load(DocumentKind::plan, texts.plan).path == LoadPath::fast);
  // An anchor, a schema error, a syntax error: the full path, which says what is wrong.
  CHECK(load(DocumentKind::plan, texts.plan + "x: &a 1\n").path == LoadPath::full);
  CHECK(load(DocumentKind::plan, texts.plan + "nonsense: 1\n").path == LoadPath::full);
  CHECK(load(DocumentKind::plan, texts.plan + "a: [\n").path == LoadPath::full);
  // Bytes that are not text reach neither reader.
  CHECK(load(DocumentKind::plan, "\xff\xfe").path == LoadPath::none);
}
