#include <catch2/catch.hpp>

#include "load/csv_table.h"
#include "load/folder_loader.h"
#include "load/status_sheet.h"
#include "test_support.h"
#include "validate/plan_checks.h"
#include "workflow/import.h"

using namespace papi;

namespace {

const Period kQ2{2021, Cadence::quarter, 2};

test::LoadedPlan small() {
  test::LoadedPlan loaded = test::load_texts(test::small_plan());
  REQUIRE(loaded.diagnostics.empty());
  return loaded;
}

ImportResult import_text(const std::string& text, const PlanData& data,
                         const ImportOptions& options = {}) {
  return parse_status_csv(text, "in.csv", data, kQ2, options);
}

std::string codes(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics)
    out += fmt::format("{}:{} {} {}\n", d.line, d.column, d.code,
                       d.severity == Severity::error ? "error" : "warning");
  return out;
}

// Every field of a report with its location, so that a difference shows where it is.
std::string describe(const StatusReport& r) {
  auto at = [](const Location& l) { return fmt::format("@{}:{}:{}", l.file, l.line, l.column); };
  std::string out = fmt::format(
      "v{} {} unit {}{} period {} {}{} submitted {}{} in {}/{}\n", r.schema_version, at(r.location),
      r.unit.view(), at(r.unit_location), r.period_text.view(), r.period.to_string(),
      at(r.period_location), r.submitted ? r.submitted->to_string() : std::string("-"),
      at(r.submitted_location), r.folder_period.view(), r.file_unit.view());
  out += fmt::format("schema_version{}\n", at(r.schema_version_location));
  for (const Record& record : r.records) {
    out += fmt::format("{}{} {} {} completed {}{} [{}] [{}] [{}]\n", record.task.view(),
                       at(record.task_location), to_string(record.state), record.progress,
                       record.completed ? record.completed->to_string() : std::string("-"),
                       at(record.completed_location), record.evidence.view(), record.reason.view(),
                       record.note.view());
  }
  return out;
}

}  // namespace

TEST_CASE("parse_csv: RFC 4180 quoting, line ends and separators", "[csv]") {
  SECTION("commas, quotes, doubled quotes and a line break inside a cell") {
    const CsvTable table =
        parse_csv("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\r\nlines\"\r\n\r\n2,,z\r\n", "f.csv");
    CHECK(table.separator == ',');
    CHECK(table.diagnostics.empty());
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[1].cells == std::vector<std::string>{"1", "x, \"y\"", "two\nlines"});
    CHECK(table.rows[1].row == 2);
    CHECK(table.rows[2].cells == std::vector<std::string>{""});  // the blank row counts
    CHECK(table.rows[3].row == 4);
    CHECK(table.rows[3].cells == std::vector<std::string>{"2", "", "z"});
  }
  SECTION("semicolons are taken from the header, LF and CR line ends") {
    const CsvTable table = parse_csv("unit;task;note\n a ; 1.1 ;x,y\rb;1.2;", "f.csv");
    CHECK(table.separator == ';');
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].cells == std::vector<std::string>{"a", "1.1", "x,y"});
    CHECK(table.rows[2].cells == std::vector<std::string>{"b", "1.2", ""});
  }
  SECTION("Excel's sep= line names the separator and is not a row") {
    const CsvTable table = parse_csv("sep=;\r\nunit,x;task\r\na,b;c\r\n", "f.csv");
    CHECK(table.separator == ';');
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].row == 1);
    CHECK(table.rows[0].cells == std::vector<std::string>{"unit,x", "task"});
  }
  SECTION("a quote that is never closed, and text after a closing quote") {
    const CsvTable open = parse_csv("a,b\n1,\"never closed\n2,3\n", "f.csv");
    REQUIRE(open.diagnostics.size() == 1);
    CHECK(open.diagnostics[0].code == "import-csv-syntax");
    CHECK(open.diagnostics[0].line == 2);
    CHECK(open.diagnostics[0].column == 2);
    const CsvTable after = parse_csv("a,b\n\"x\"y,2\n", "f.csv");
    REQUIRE(after.diagnostics.size() == 1);
    CHECK(after.diagnostics[0].line == 2);
    CHECK(after.diagnostics[0].column == 1);
    CHECK(after.rows[1].cells == std::vector<std::string>{"xy", "2"});
  }
  SECTION("empty input has no rows") {
    CHECK(parse_csv("", "f.csv").rows.empty());
  }
}

TEST_CASE("state labels: ids and Vietnamese, without case or diacritics", "[csv]") {
  CHECK(parse_state_label("done") == TaskState::done);
  CHECK(parse_state_label("Hoàn thành") == TaskState::done);
  CHECK(parse_state_label("ĐÃ HOÀN THÀNH") == TaskState::done);
  CHECK(parse_state_label("da hoan thanh") == TaskState::done);
  CHECK(parse_state_label("in progress") == TaskState::in_progress);
  CHECK(parse_state_label("Đang thực hiện") == TaskState::in_progress);
  CHECK(parse_state_label("Dang  trien-khai") == TaskState::in_progress);
  CHECK(parse_state_label("Chưa triển khai") == TaskState::not_started);
  CHECK(parse_state_label("chưa thực hiện") == TaskState::not_started);
  // NFD, as a Mac or a Word copy writes it.
  CHECK(parse_state_label("Kho\xcc\x82ng a\xcc\x81p du\xcc\xa3ng") == TaskState::not_applicable);
  CHECK_FALSE(parse_state_label("Hoàn tất"));
  CHECK_FALSE(parse_state_label(""));
  CHECK_FALSE(parse_state_label("xong"));
}

TEST_CASE("import: a clean spreadsheet becomes one status file per unit", "[csv]") {
  const test::LoadedPlan plan = small();
  const std::string csv =
      "\xEF\xBB\xBFunit;task;state;progress;completed;evidence;reason;note\r\n"
      "th-a;1.2;Đang thực hiện;40,5;;;;\r\n"
      "th-a;1.1;Hoàn thành;;15/06/2021;\"Công văn 12; \"\"khẩn\"\"\";;\r\n"
      "Trường Mầm non A;1.1;chua thuc hien;0;;;;\r\n"
      "mn-a;2.1;Không áp dụng;;;;Không có công trình;\"hai\r\ndòng\"\r\n"
      ";;;;;;;\r\n";
  const ImportResult result = import_text(csv, plan.data);
  INFO(codes(result.diagnostics));
  CHECK(result.diagnostics.empty());
  CHECK(result.separator == ';');
  CHECK(result.data_rows == 4);
  REQUIRE(result.reports.size() == 2);
  // units.yaml order: mn-a before th-a.
  CHECK(result.reports[0].unit == "mn-a");
  CHECK(result.reports[0].path == "p/status/2021-Q2/mn-a.yaml");
  CHECK(result.reports[1].rows == std::vector<unsigned>{3, 2});
  CHECK(result.reports[1].yaml ==
        "# yaml-language-server: $schema=../../../../schemas/status.schema.json\n"
        "# Nhập từ in.csv bằng papi import. / Imported from in.csv by papi import.\n"
        "schema_version: 1\n"
        "unit: th-a\n"
        "period: 2021-Q2\n"
        "records:\n"
        "  - task: \"1.1\"\n"
        "    state: done\n"
        "    completed: 2021-06-15\n"
        "    evidence: \"Công văn 12; \\\"khẩn\\\"\"\n"
        "  - task: \"1.2\"\n"
        "    state: in_progress\n"
        "    progress: 40.5\n");
  const StatusReport& mn = result.reports[0].report;
  REQUIRE(mn.records.size() == 2);
  CHECK(mn.records[0].task == "1.1");
  CHECK(mn.records[0].state == TaskState::not_started);
  CHECK(mn.records[1].reason == "Không có công trình");
  CHECK(mn.records[1].note == "hai\ndòng");
  // Byte-identical for identical input.
  CHECK(import_text(csv, plan.data).reports[1].yaml == result.reports[1].yaml);
}

TEST_CASE("import: options for the schema line and the submission date", "[csv]") {
  const test::LoadedPlan plan = small();
  ImportOptions options;
  options.schema_path = "../../../schemas/status.schema.json";
  options.submitted = Date{2021, 7, 2};
  options.source_name = "truong-a.csv";
  const ImportResult result = import_text("unit,task,state\nth-a,1.1,done\n", plan.data, options);
  REQUIRE(result.reports.size() == 1);
  CHECK(result.reports[0].yaml.rfind(
            "# yaml-language-server: $schema=../../../schemas/status.schema.json\n"
            "# Nhập từ truong-a.csv bằng papi import. / Imported from truong-a.csv by papi "
            "import.\n",
            0) == 0);
  CHECK(result.reports[0].yaml.find("submitted: 2021-07-02\n") != std::string::npos);
  CHECK(result.reports[0].report.submitted == Date{2021, 7, 2});
}

TEST_CASE("import: text that could break the YAML stays text", "[csv]") {
  const test::LoadedPlan plan = small();
  const std::string nasty =
      "a\"b\\c # d: e\n  - task: \"9.9\"\ttab\xE2\x80\xA8"
      "ls\xC2\x85nel";
  std::string quoted = "\"";
  for (char c : nasty) {
    if (c == '"')
      quoted += '"';
    quoted += c;
  }
  quoted += "\"";
  const ImportResult result =
      import_text("unit,task,state,evidence\nth-a,1.1,done," + quoted + "\n", plan.data);
  INFO(codes(result.diagnostics));
  CHECK(result.diagnostics.empty());
  REQUIRE(result.reports.size() == 1);
  REQUIRE(result.reports[0].report.records.size() == 1);
  CHECK(result.reports[0].report.records[0].evidence == nasty);
}

TEST_CASE("import: each report is the one the loader reads back from its written file", "[csv]") {
  const test::LoadedPlan plan = small();
  // Decomposed Vietnamese (as a Mac writes it), quotes, a line break, every optional field,
  // and a submitted date: the texts are written composed, and every value is located where
  // the file has it.
  const std::string decomposed = "Cong va\xCC\x86n 12";  // "Công văn" with U+0306 apart
  ImportOptions options;
  options.submitted = Date{2021, 7, 2};
  const ImportResult result = parse_status_csv(
      "unit,task,state,progress,completed,evidence,reason,note\n"
      "th-a,1.1,done,,15/06/2021," +
          decomposed +
          ",,\"hai\ndòng\"\n"
          "th-a,1.2,in_progress,40.5,,,,\n"
          "mn-a,2.1,not_applicable,,,,Không có,\n",
      "in.csv", plan.data, Period{2021, Cadence::quarter, 2}, options);
  INFO(codes(result.diagnostics));
  REQUIRE(result.reports.size() == 2);
  for (const ImportedReport& report : result.reports) {
    LoadedDocument loaded = load_document(DocumentKind::status, report.yaml, report.path,
                                          report.report.location.file, {});
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.report.has_value());
    loaded.report->folder_period = report.report.folder_period;
    loaded.report->file_unit = report.report.file_unit;
    CHECK(describe(*loaded.report) == describe(report.report));
    CHECK(*loaded.report == report.report);
  }
  CHECK(result.reports[1].report.records[0].evidence == "Cong v\xC4\x83n 12");
  CHECK(result.reports[1].yaml.find("\xCC\x86") == std::string::npos);
  CHECK(result.reports[1].report.records[0].completed_location == Location{1, 10, 16});
}

TEST_CASE("import: a text longer than a file may hold is refused at its cell", "[csv]") {
  const test::LoadedPlan plan = small();
  ImportOptions options;
  options.max_string_bytes = 10;
  const ImportResult result =
      parse_status_csv("unit,task,state,evidence,note\nth-a,1.1,done,Công văn 12,ngắn\n", "in.csv",
                       plan.data, Period{2021, Cadence::quarter, 2}, options);
  CHECK(codes(result.diagnostics) == "2:4 string-too-long error\n");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message == "a text of 13 bytes is longer than the limit of 10 bytes");
}

TEST_CASE("import: every problem is located at its row and column", "[csv]") {
  const test::LoadedPlan plan = small();
  SECTION("cells") {
    const std::string csv =
        "unit,task,state,progress,completed,reason\n"  // row 1
        "th-a,1.1,Hoàn tất,,,\n"                       // 2: unknown state
        "th-x,1.9,done,,,\n"                           // 3: unknown unit and task
        "th-a,1.2,in_progress,,,\n"                    // 4: progress missing
        "th-a,2.1,done,60,2021-02-30,\n"               // 5: progress vs done, date
        "th-b,1.1,not_started,,,why\n"                 // 6: reason not allowed
        "th-b,1.1,not_applicable,5,,\n"                // 7: duplicate, progress, reason
        "th-b,1.2,in_progress,abc,15.3.21,\n"          // 8: not a number, not a date
        "th-b,2.1,in_progress,100,,\n"                 // 9: 100 is done
        "pgd,1.1,done,,2021-04-01,,extra\n"            // 10: extra cell
        "pgd,01/02/2021,done\n"                        // 11: Excel turned the id into a date
        "pgd,1.2,done,,2021-05-01,\n";                 // 12: in_progress elsewhere; fine
    const ImportResult result = import_text(csv, plan.data);
    CHECK(codes(result.diagnostics) ==
          "2:3 import-unknown-state error\n"
          "3:1 import-unknown-unit error\n"
          "3:2 import-unknown-task error\n"
          "4:4 import-missing-value error\n"
          "5:4 import-invalid-progress error\n"
          "5:5 import-invalid-date error\n"
          "6:6 import-field-not-allowed error\n"
          "7:2 import-duplicate-row error\n"
          "7:4 import-field-not-allowed error\n"
          "7:6 import-missing-value error\n"
          "8:4 import-invalid-progress error\n"
          "8:5 import-invalid-date error\n"
          "9:4 import-invalid-progress error\n"
          "10:7 import-extra-cell error\n"
          "11:2 import-unknown-task error\n");
    CHECK(result.diagnostics[1].hint == "did you mean `th-a`?");
    CHECK(result.diagnostics[0].file == "in.csv");
    // Only pgd's row 12 was clean.
    REQUIRE(result.reports.size() == 1);
    CHECK(result.reports[0].unit == "pgd");
  }
  SECTION("the header") {
    const ImportResult result =
        import_text("unit,task,evidance,state,state,,note\nth-a,1.1,x,done,done,,\n", plan.data);
    CHECK(codes(result.diagnostics) ==
          "1:3 import-unknown-column error\n"
          "1:5 import-duplicate-column error\n");
    CHECK(result.diagnostics[0].hint == "did you mean `evidence`?");
    const ImportResult missing = import_text("unit,title,progress\nth-a,x,1\n", plan.data);
    CHECK(codes(missing.diagnostics) ==
          "1:0 import-missing-column error\n"
          "1:0 import-missing-column error\n");
    CHECK(missing.reports.empty());
  }
  SECTION("Vietnamese headers are accepted") {
    const ImportResult result = import_text(
        "Đơn vị;STT;Nhiệm vụ cụ thể;Trạng thái;Tiến độ;Ngày hoàn thành;Minh chứng;Lý do;Ghi "
        "chú\nth-a;1.1;Tuyên truyền;Đang thực hiện;30;;;;\n",
        plan.data);
    INFO(codes(result.diagnostics));
    CHECK(result.diagnostics.empty());
    REQUIRE(result.reports.size() == 1);
    CHECK(result.reports[0].report.records[0].progress == 30);
  }
  SECTION("empty files, header-only files and bad encodings") {
    CHECK(codes(import_text("", plan.data).diagnostics) == "0:0 import-empty error\n");
    CHECK(codes(import_text("\n;;\n", plan.data).diagnostics) == "0:0 import-empty error\n");
    CHECK(codes(import_text("unit,task,state\n,,\n", plan.data).diagnostics) ==
          "1:0 import-empty error\n");
    // "Hoàn thành" in Windows-1258 (à is E0): converted, with a note.
    const ImportResult cp1258 =
        import_text("unit,task,state\nth-a,1.1,Ho\xE0n th\xE0nh\n", plan.data);
    REQUIRE(cp1258.diagnostics.size() == 1);
    CHECK(cp1258.diagnostics[0].code == "import-legacy-encoding");
    CHECK(cp1258.diagnostics[0].severity == Severity::note);
    REQUIRE(cp1258.reports.size() == 1);
    CHECK(cp1258.reports[0].report.records[0].state == TaskState::done);
    // Told it is UTF-8, the same bytes are an error that shows the Excel steps.
    ImportOptions utf8;
    utf8.encoding = TextEncoding::utf8;
    const ImportResult latin1 = import_text("unit,task,state\nth-a,1.1,Ho\xE0n\n", plan.data, utf8);
    REQUIRE(latin1.diagnostics.size() == 1);
    CHECK(latin1.diagnostics[0].code == "invalid-utf8");
    CHECK(latin1.diagnostics[0].line == 2);
    CHECK(latin1.diagnostics[0].hint.find("Lưu dưới dạng → CSV UTF-8") != std::string::npos);
    // A title row above the header is skipped.
    const ImportResult titled =
        import_text("BÁO CÁO QUÝ II;;\nunit;task;state\nth-a;1.1;done\n", plan.data);
    CHECK(codes(titled.diagnostics).empty());
    REQUIRE(titled.reports.size() == 1);
    CHECK(titled.reports[0].rows == std::vector<unsigned>{3});
  }
}

TEST_CASE("import: the generated files get the checks of hand-written ones", "[csv]") {
  test::PlanTexts texts = test::small_plan();
  texts.reports = {{"2021-Q2", "th-a",
                    "schema_version: 1\nunit: th-a\nperiod: 2021-Q2\nrecords:\n"
                    "  - task: \"1.1\"\n    state: done\n"}};
  const test::LoadedPlan plan = test::load_texts(texts);
  REQUIRE(plan.diagnostics.empty());
  ImportOptions options;
  options.submitted = Date{2021, 6, 20};
  const ImportResult result = import_text(
      "unit,task,state,completed\n"
      "mn-a,1.2,done,\n"             // 1.2 is for primary schools: a warning, at the task cell
      "th-a,1.1,done,2021-06-25\n",  // completed after submitted: a warning, at the date
      plan.data, options);
  CHECK(codes(result.diagnostics) ==
        "2:2 task-not-applicable warning\n"
        "3:4 completed-after-submitted warning\n");
  CHECK(result.diagnostics[0].file == "in.csv");
  // th-a's current report is replaced, not counted twice.
  CHECK(result.reports.size() == 2);
  // A plan without a matching period gets the period checks too.
  const ImportResult other_year = parse_status_csv("unit,task,state\nth-a,1.1,done\n", "in.csv",
                                                   plan.data, Period{2022, Cadence::quarter, 1});
  CHECK(codes(other_year.diagnostics) == "2:1 period-outside-plan error\n");
}

TEST_CASE("import: a plan with nothing in it does not crash the parser", "[csv]") {
  const PlanData empty;
  const ImportResult result = import_text("unit,task,state\nth-a,1.1,done\n", empty);
  CHECK(codes(result.diagnostics) ==
        "2:1 import-unknown-unit error\n"
        "2:2 import-unknown-task error\n");
}

TEST_CASE("import: mangled spreadsheets never crash and never give an invalid file", "[csv]") {
  const test::LoadedPlan plan = small();
  const std::string seed =
      "\xEF\xBB\xBFunit;task;state;progress;completed;evidence;reason;note\r\n"
      "th-a;1.2;Đang thực hiện;40,5;;;;\r\n"
      "th-a;1.1;Hoàn thành;;15/06/2021;\"Công văn 12; \"\"khẩn\"\"\";;\r\n"
      "mn-a;2.1;Không áp dụng;;;;Không có;\"hai\r\ndòng\"\r\n";
  const char pieces[] = {'"', ';', ',', '\r', '\n', '\0', '\x85', '\xC3', ' ', '1', '.', '%'};
  std::uint32_t state = 2021;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text = seed;
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = next() % text.size();
      switch (next() % 3) {
        case 0:
          text.erase(at, 1 + next() % 8);
          break;
        case 1:
          text.insert(at, 1, pieces[next() % sizeof pieces]);
          break;
        default:
          text[at] = pieces[next() % sizeof pieces];
      }
    }
    const ImportResult result = import_text(text, plan.data);
    if (has_errors(result.diagnostics))
      continue;
    for (const ImportedReport& report : result.reports) {
      LoadedDocument loaded = load_document(DocumentKind::status, report.yaml, report.path,
                                            report.report.location.file, {});
      INFO(text);
      CHECK(loaded.diagnostics.empty());
      REQUIRE(loaded.report.has_value());
      // The report the import built is the one the loader reads back from the written file.
      loaded.report->folder_period = report.report.folder_period;
      loaded.report->file_unit = report.report.file_unit;
      CHECK(*loaded.report == report.report);
    }
  }
}
