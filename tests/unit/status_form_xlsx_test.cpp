#include <catch2/catch.hpp>

#include "load/xlsx_reader.h"
#include "render/status_form_xlsx.h"

using namespace papi;

namespace {

StatusForm sample_form() {
  StatusForm form;
  form.plan_id = "vg-2021";
  form.plan_number = "12/KH-PGDĐT";
  form.plan_title = "Nâng cao chỉ số PAPI";
  form.year = 2021;
  form.unit_id = "th-xuan-quan";
  form.unit_name = "Trường Tiểu học Xuân Quan";
  form.period = "2021-Q1";
  form.period_label = "Quý 1 năm 2021";
  form.deadline = Date{2021, 4, 5};
  form.rows.push_back({"1.1", "Công khai kế hoạch", TaskState::done, std::nullopt,
                       Date{2021, 3, 15}, "CV 12", "", ""});
  form.rows.push_back(
      {"1.2", "Tổ chức đối thoại", std::nullopt, std::nullopt, std::nullopt, "", "", ""});
  return form;
}

std::string text_at(const XlsxSheet& sheet, unsigned row, unsigned column) {
  for (const XlsxCell& cell : sheet.cells) {
    if (cell.row == row && cell.column == column)
      return cell.text;
  }
  return "<none>";
}

}  // namespace

TEST_CASE("the xlsx form holds the title block, the table and the unit's identity", "[form]") {
  const std::string bytes = status_form_xlsx(sample_form());
  CHECK(bytes == status_form_xlsx(sample_form()));  // deterministic
  XlsxReadResult read = read_xlsx(bytes);
  REQUIRE_FALSE(read.problem);
  const XlsxWorkbook& book = *read.workbook;
  REQUIRE(book.sheets.size() == 3);
  CHECK(book.sheets[0].name == "Báo cáo");
  CHECK(book.sheets[1].name == "Hướng dẫn");
  CHECK(book.sheets[2].name == "papi");
  CHECK(book.sheets[2].hidden);
  const XlsxSheet& report = book.sheets[0];
  CHECK(text_at(report, 1, 1) == "BÁO CÁO THỰC HIỆN KẾ HOẠCH SỐ 12/KH-PGDĐT: Nâng cao chỉ số PAPI");
  CHECK(text_at(report, 2, 2) == "Trường Tiểu học Xuân Quan (th-xuan-quan)");
  CHECK(text_at(report, 3, 2) == "Quý 1 năm 2021 (2021-Q1)");
  CHECK(text_at(report, 4, 1) == "Hạn nộp báo cáo:");
  CHECK(text_at(report, 4, 2) == "05/04/2021");
  CHECK(text_at(report, 6, 1) == "Mã nhiệm vụ");
  CHECK(text_at(report, 6, 3) == "Tình trạng");
  CHECK(text_at(report, 6, 8) == "Ghi chú");
  CHECK(text_at(report, 7, 1) == "1.1");
  CHECK(text_at(report, 7, 3) == "Hoàn thành");
  CHECK(text_at(report, 7, 6) == "CV 12");
  CHECK(text_at(report, 8, 3) == "<none>");
  const XlsxSheet& meta = book.sheets[2];
  CHECK(text_at(meta, 1, 2) == "th-xuan-quan");
  CHECK(text_at(meta, 2, 2) == "2021-Q1");
  CHECK(text_at(meta, 3, 2) == "vg-2021");
  CHECK(text_at(meta, 4, 2) == "1");
  bool has_unit_name = false;
  for (const XlsxDefinedName& name : book.names)
    has_unit_name = has_unit_name || (name.name == "papi_unit" && name.value == "papi!$B$1");
  CHECK(has_unit_name);
}

TEST_CASE("the form's title block follows its language; the table stays Vietnamese", "[form]") {
  StatusForm form = sample_form();
  form.language = Language::en;
  form.period_label = "Q1 2021";
  XlsxReadResult read = read_xlsx(status_form_xlsx(form));
  REQUIRE_FALSE(read.problem);
  const XlsxSheet& report = read.workbook->sheets[0];
  CHECK(text_at(report, 1, 1) == "REPORT ON PLAN NO. 12/KH-PGDĐT: Nâng cao chỉ số PAPI");
  CHECK(text_at(report, 2, 1) == "Unit:");
  CHECK(text_at(report, 3, 1) == "Period:");
  CHECK(text_at(report, 3, 2) == "Q1 2021 (2021-Q1)");
  CHECK(text_at(report, 4, 1) == "Report due:");
  CHECK(text_at(report, 4, 2) == "2021-04-05");
  CHECK(text_at(report, 6, 1) == "Mã nhiệm vụ");

  form.deadline.reset();  // a period that report_deadlines does not name
  read = read_xlsx(status_form_xlsx(form));
  REQUIRE_FALSE(read.problem);
  CHECK(text_at(read.workbook->sheets[0], 4, 1) == "<none>");
}
