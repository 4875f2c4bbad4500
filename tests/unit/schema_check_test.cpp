#include <catch2/catch.hpp>

#include "load/folder_loader.h"

using namespace papi;

namespace {
Diagnostics status_diagnostics(const std::string& records) {
  const std::string text = "schema_version: 1\nunit: th-a\nperiod: 2021-Q1\nrecords:\n" + records;
  return load_document(DocumentKind::status, text, "s.yaml", 0, LoadOptions{}).diagnostics;
}
}  // namespace

TEST_CASE("an unknown field names the field, points at its key and suggests a fix", "[schema]") {
  auto d = status_diagnostics("  - task: \"1.1\"\n    state: done\n    evidnce: x\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "unknown-field");
  CHECK(d[0].message == "unknown field `evidnce`");
  CHECK(d[0].hint == "did you mean `evidence`?");
  CHECK(d[0].line == 7);
  CHECK(d[0].column == 5);
}

TEST_CASE("a typo in a key reports the unknown key and the missing one", "[schema]") {
  auto d = status_diagnostics("  - task: \"1.1\"\n    staus: done\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].code == "missing-field");
  CHECK(d[0].message == "missing field `state`");
  CHECK(d[1].code == "unknown-field");
  CHECK(d[1].message == "unknown field `staus`");
  CHECK(d[1].hint == "did you mean `state`?");
}

TEST_CASE("an unquoted task id is a wrong type with a quoting hint", "[schema]") {
  auto d = status_diagnostics("  - task: 1.1\n    state: done\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "wrong-type");
  CHECK(d[0].message == "`task` must be text, not the number 1.1");
  CHECK(d[0].hint == "put the value in double quotes: \"1.1\"");
  CHECK(d[0].line == 5);
  CHECK(d[0].column == 11);
}

TEST_CASE("a misspelt state lists the valid ones and suggests the closest", "[schema]") {
  auto d = status_diagnostics("  - task: \"1.1\"\n    state: in-progress\n    progress: 5\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "invalid-value");
  CHECK(d[0].message ==
        "`in-progress` is not a valid value for `state`: use one of done, in_progress, "
        "not_started, not_applicable");
  CHECK(d[0].hint == "did you mean `in_progress`?");
}

TEST_CASE("in_progress needs a progress between 1 and 99", "[schema]") {
  auto missing = status_diagnostics("  - task: \"1.1\"\n    state: in_progress\n");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].code == "missing-field");
  CHECK(missing[0].message == "missing field `progress`");
  CHECK(missing[0].line == 5);

  auto full = status_diagnostics("  - task: \"1.1\"\n    state: in_progress\n    progress: 100\n");
  REQUIRE(full.size() == 1);
  CHECK(full[0].code == "invalid-value");
  CHECK(full[0].line == 7);
  CHECK(full[0].message == "`progress` 100 is out of range: it must be at most 99");
}

TEST_CASE("a number past several bounds is told once, with the tightest", "[schema]") {
  // 150 breaks both `maximum: 100` and in_progress's `maximum: 99`.
  auto d = status_diagnostics("  - task: \"1.1\"\n    state: in_progress\n    progress: 150\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "`progress` 150 is out of range: it must be at most 99");
  d = status_diagnostics("  - task: \"1.1\"\n    state: done\n    progress: 100.5\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "`progress` 100.5 is out of range: it must be at most 100");
}

TEST_CASE("a non-finite number is one error, written as YAML writes it", "[schema]") {
  auto d = status_diagnostics("  - task: \"1.1\"\n    state: in_progress\n    progress: -.inf\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "`progress` must be an ordinary number, not -.inf");
  d = status_diagnostics("  - task: \"1.1\"\n    state: in_progress\n    progress: .nan\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "`progress` must be an ordinary number, not .nan");
}

TEST_CASE("a non-finite number is reported even when its record cannot be built", "[schema]") {
  // The builder skips a record whose task is not text; the schema still says it.
  auto d = status_diagnostics("  - {task: 7, state: in_progress, progress: .inf}\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].code == "wrong-type");
  CHECK(d[1].message == "`progress` must be an ordinary number, not .inf");
}

TEST_CASE("a record written as a list is only a wrong type", "[schema]") {
  auto d = status_diagnostics("  - [task, \"1.1\"]\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "wrong-type");
  CHECK(d[0].message == "this value must be a mapping (`field: value` lines), not a list");
}

TEST_CASE("schema_version 1.0 is a wrong type, not an unsupported version", "[schema]") {
  auto d = load_document(DocumentKind::status,
                         "schema_version: 1.0\nunit: th-a\nperiod: 2021-Q1\nrecords: []\n",
                         "s.yaml", 0, LoadOptions{})
               .diagnostics;
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "wrong-type");
  CHECK(d[0].message == "`schema_version` must be a whole number, not the number 1.0");
  CHECK(d[0].line == 1);
  CHECK(d[0].column == 17);
}

TEST_CASE("a field that the state forbids points at that field", "[schema]") {
  auto d =
      status_diagnostics("  - task: \"1.1\"\n    state: not_started\n    completed: 2021-03-01\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "field-not-allowed");
  CHECK(d[0].message == "field `completed` is not allowed here");
  CHECK(d[0].line == 7);
  CHECK(d[0].column == 5);
}

TEST_CASE("a schedule that is neither ongoing nor a due date is one error", "[schema]") {
  const std::string text =
      "tasks:\n  - id: \"1.1\"\n    area: 1\n    title: t\n    product: p\n    lead: pgd\n"
      "    partners: []\n    schedule: Thường xuyên\n";
  auto d = load_document(DocumentKind::tasks, text, "t.yaml", 0, LoadOptions{}).diagnostics;
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "invalid-value");
  CHECK(d[0].message == "`Thường xuyên` is not a valid value for `schedule`");
  CHECK(d[0].line == 8);
  CHECK(d[0].column == 15);
}

TEST_CASE("a bad due date inside the schedule is reported at the date", "[schema]") {
  const std::string text =
      "tasks:\n  - id: \"1.1\"\n    area: 1\n    title: t\n    product: p\n    lead: pgd\n"
      "    partners: []\n    schedule:\n      due: 30/06/2021\n";
  auto d = load_document(DocumentKind::tasks, text, "t.yaml", 0, LoadOptions{}).diagnostics;
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "invalid-value");
  CHECK(d[0].message == "`30/06/2021` is not a valid value for `due`");
  CHECK(d[0].line == 9);
}

TEST_CASE("a long value is quoted shortened at a character, not at a byte", "[schema]") {
  // 69 characters, 92 bytes. A cut at byte 57 fell inside the "ỉ" of "tỉnh"; the message keeps
  // 57 characters.
  const std::string text =
      "schema_version: 1\nunit: \"Trường Tiểu học Xuân Quan, huyện Văn Giang, tỉnh Hưng Yên — "
      "Văn Giang\"\nperiod: 2021-Q1\nrecords: []\n";
  auto d = load_document(DocumentKind::status, text, "s.yaml", 0, LoadOptions{}).diagnostics;
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "invalid-value");
  CHECK(d[0].message ==
        "`Trường Tiểu học Xuân Quan, huyện Văn Giang, tỉnh Hưng Yên...` is not a valid value for "
        "`unit`");
}
