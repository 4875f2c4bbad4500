#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include "load/xlsx_reader.h"
#include "load/xlsx_table.h"
#include "zip_support.h"

using namespace papi;
using papi::test::make_zip;

namespace {

void fill_form(void* data) {
  auto* workbook = static_cast<lxw_workbook*>(data);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Báo cáo");
  lxw_format* percent = workbook_add_format(workbook);
  format_set_num_format(percent, "0%");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd/mm/yyyy");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  worksheet_merge_range(sheet, 0, 0, 0, 3, "Trường Tiểu học Xuân Quan", nullptr);
  worksheet_write_string(sheet, 2, 0, "Mã nhiệm vụ", nullptr);
  worksheet_write_string(sheet, 2, 1, "Tiến độ (%)", nullptr);
  worksheet_write_string(sheet, 3, 0, "1.1", nullptr);
  worksheet_write_number(sheet, 3, 1, 0.6, percent);
  lxw_datetime when = {2021, 3, 15, 0, 0, 0};
  worksheet_write_datetime(sheet, 3, 2, &when, date);
  worksheet_write_string(sheet, 3, 3, "45", nullptr);
  worksheet_write_boolean(sheet, 3, 4, 1, nullptr);
  lxw_rich_string_tuple first = {bold, const_cast<char*>("Đang ")};
  lxw_rich_string_tuple second = {nullptr, const_cast<char*>("thực hiện")};
  lxw_rich_string_tuple* parts[] = {&first, &second, nullptr};
  worksheet_write_rich_string(sheet, 4, 0, parts, nullptr);
  worksheet_write_formula_str(sheet, 4, 1, "=\"a\"&\"b\"", nullptr, "ab");
  worksheet_write_number(sheet, 4, 2, 44270, nullptr);
  lxw_worksheet* meta = workbook_add_worksheet(workbook, "papi");
  worksheet_write_string(meta, 0, 0, "unit", nullptr);
  worksheet_hide(meta);
  workbook_define_name(workbook, "papi_unit", "=\"th-xuan-quan\"");
}

const XlsxCell* find(const XlsxSheet& sheet, unsigned row, unsigned column) {
  for (const XlsxCell& cell : sheet.cells) {
    if (cell.row == row && cell.column == column)
      return &cell;
  }
  return nullptr;
}

std::string minimal_workbook(const std::string& sheet_xml,
                             const std::string& workbook_xml =
                                 "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" "
                                 "r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>") {
  return make_zip({{"[Content_Types].xml", "<Types/>"},
                   {"xl/workbook.xml", workbook_xml},
                   {"xl/_rels/workbook.xml.rels",
                    "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                    "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                   {"xl/worksheets/sheet1.xml", sheet_xml}});
}

}  // namespace

TEST_CASE("a workbook written by libxlsxwriter is read cell by cell", "[xlsx]") {
  const std::string bytes = papi::test::make_workbook(fill_form);
  CHECK(sniff_spreadsheet(bytes) == SpreadsheetFormat::xlsx);
  XlsxReadResult result = read_xlsx(bytes);
  REQUIRE_FALSE(result.problem);
  const XlsxWorkbook& book = *result.workbook;
  REQUIRE(book.sheets.size() == 2);
  const XlsxSheet& sheet = book.sheets[0];
  CHECK(sheet.name == "Báo cáo");
  CHECK_FALSE(sheet.hidden);
  CHECK(book.sheets[1].name == "papi");
  CHECK(book.sheets[1].hidden);

  REQUIRE(find(sheet, 1, 1));
  CHECK(find(sheet, 1, 1)->text == "Trường Tiểu học Xuân Quan");
  REQUIRE(sheet.merged.size() == 1);
  CHECK(sheet.merged[0].first_row == 1);
  CHECK(sheet.merged[0].last_column == 4);

  const XlsxCell* task = find(sheet, 4, 1);
  REQUIRE(task);
  CHECK(task->kind == XlsxCell::Kind::text);
  CHECK(task->text == "1.1");
  const XlsxCell* progress = find(sheet, 4, 2);
  REQUIRE(progress);
  CHECK(progress->kind == XlsxCell::Kind::number);
  CHECK(progress->number == 0.6);
  CHECK(progress->style == NumberStyle::percent);
  const XlsxCell* completed = find(sheet, 4, 3);
  REQUIRE(completed);
  CHECK(completed->style == NumberStyle::date);
  CHECK(completed->number == 44270);
  CHECK(find(sheet, 4, 4)->text == "45");
  CHECK(find(sheet, 4, 5)->kind == XlsxCell::Kind::boolean);
  CHECK(find(sheet, 5, 1)->text == "Đang thực hiện");
  CHECK(find(sheet, 5, 2)->text == "ab");
  CHECK(find(sheet, 5, 3)->style == NumberStyle::general);

  REQUIRE(book.names.size() == 1);
  CHECK(book.names[0].name == "papi_unit");
  CHECK(book.names[0].value == "\"th-xuan-quan\"");
  CHECK_FALSE(book.names[0].sheet);
}

TEST_CASE("inline strings, escapes and cells without references", "[xlsx]") {
  const std::string sheet =
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>Ghi_x000D_\nch\xC3\xBA</t></is></c>"
      "<c><v>7</v></c></row><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><r><t>a</t></r>"
      "<r><t xml:space=\"preserve\"> b</t></r><rPh><t>x</t></rPh></is></c></row></sheetData>"
      "<mergeCells><mergeCell ref=\"A3:A5\"/></mergeCells></worksheet>";
  XlsxReadResult result = read_xlsx(minimal_workbook(sheet));
  REQUIRE_FALSE(result.problem);
  const XlsxSheet& s = result.workbook->sheets.at(0);
  REQUIRE(s.cells.size() == 3);
  CHECK(s.cells[0].text == "Ghi\nchú");
  CHECK(s.cells[1].row == 1);
  CHECK(s.cells[1].column == 2);
  CHECK(s.cells[1].number == 7);
  CHECK(s.cells[2].row == 3);
  CHECK(s.cells[2].column == 2);
  CHECK(s.cells[2].text == "a b");
  REQUIRE(s.merged.size() == 1);
  CHECK(s.merged[0].last_row == 5);
}

TEST_CASE("entity declarations and DOCTYPEs are refused", "[xlsx]") {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
      "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row><c "
      "t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
  XlsxReadResult expansion = read_xlsx(minimal_workbook(laughs));
  REQUIRE(expansion.problem);
  CHECK(expansion.problem->kind == XlsxProblem::Kind::xml_entity);
  CHECK(expansion.problem->entry == "xl/worksheets/sheet1.xml");

  const std::string external =
      "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
      "</sheetData></worksheet>";
  XlsxReadResult file = read_xlsx(minimal_workbook(external));
  REQUIRE(file.problem);
  CHECK(file.problem->kind == XlsxProblem::Kind::xml_entity);

  XlsxReadResult syntax = read_xlsx(minimal_workbook("<worksheet><sheetData>"));
  REQUIRE(syntax.problem);
  CHECK(syntax.problem->kind == XlsxProblem::Kind::xml_syntax);
  // The line is counted in the part as it came, not in what the parser made of it: the
  // entities before the break do not move it.
  XlsxReadResult mismatch =
      read_xlsx(minimal_workbook("<a><b>&amp;&amp;&amp;\n</b>\n<c>\n</d></a>"));
  REQUIRE(mismatch.problem);
  CHECK(mismatch.problem->kind == XlsxProblem::Kind::xml_syntax);
  CHECK(mismatch.problem->line == 4);
}

TEST_CASE("XML that is not UTF-8, deep nesting and merged-range bombs", "[xlsx]") {
  // Latin-1 bytes in a part: refused at the line where they are.
  XlsxReadResult latin = read_xlsx(minimal_workbook(
      "<worksheet>\n<sheetData><row><c t=\"inlineStr\"><is><t>Ho\xE0n</t></is></c></row>"
      "</sheetData></worksheet>"));
  REQUIRE(latin.problem);
  CHECK(latin.problem->kind == XlsxProblem::Kind::xml_syntax);
  CHECK(latin.problem->line == 2);
  CHECK(latin.problem->detail == "not valid UTF-8");

  // 100,000 nested elements (under the 1 MiB above which the zip ratio limit applies) are
  // walked without recursion.
  std::string deep = "<worksheet>";
  for (int i = 0; i < 100'000; ++i)
    deep += "<x>";
  for (int i = 0; i < 100'000; ++i)
    deep += "</x>";
  deep += "<sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c></row></sheetData></worksheet>";
  XlsxReadResult nested = read_xlsx(minimal_workbook(deep));
  REQUIRE(nested.workbook);
  REQUIRE(nested.workbook->sheets.at(0).cells.size() == 1);
  CHECK(nested.workbook->sheets[0].cells[0].number == 7);

  // A few kilobytes of merged ranges that would cover millions of rows.
  std::string merges = "<worksheet><sheetData/><mergeCells>";
  for (int i = 0; i < 10; ++i)
    merges += "<mergeCell ref=\"A1:A1048576\"/>";
  merges += "</mergeCells></worksheet>";
  XlsxReadResult bomb = read_xlsx(minimal_workbook(merges));
  REQUIRE(bomb.problem);
  CHECK(bomb.problem->kind == XlsxProblem::Kind::too_many_cells);

  // An undeclared entity stays text: nothing is expanded.
  XlsxReadResult entity = read_xlsx(minimal_workbook(
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&amp;b &x;"
      "&#x1EA1;</t></is></c></row></sheetData></worksheet>"));
  REQUIRE(entity.workbook);
  CHECK(entity.workbook->sheets.at(0).cells.at(0).text == "a&b &x;\xE1\xBA\xA1");
}

TEST_CASE("the real format of a file named .xlsx", "[xlsx]") {
  CHECK(sniff_spreadsheet("unit,task,state\nth-a,1.1,done\n") == SpreadsheetFormat::text);
  CHECK(sniff_spreadsheet("Ho\xE0n th\xE0nh;1.1\n") == SpreadsheetFormat::text);
  const std::string ole2 =
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  CHECK(sniff_spreadsheet(ole2) == SpreadsheetFormat::xls);
  std::string encrypted = ole2;
  for (char c : std::string_view("EncryptedPackage")) {
    encrypted += c;
    encrypted += '\0';
  }
  CHECK(sniff_spreadsheet(encrypted) == SpreadsheetFormat::encrypted_xlsx);
  CHECK(sniff_spreadsheet(make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                    {"content.xml", "<x/>"}},
                                   true)) == SpreadsheetFormat::ods);
  CHECK(sniff_spreadsheet(make_zip({{"a.txt", "x"}})) == SpreadsheetFormat::other_zip);
  const std::string zip = make_zip({{"a.txt", std::string(1000, 'a')}});
  CHECK(sniff_spreadsheet(zip.substr(0, 40)) == SpreadsheetFormat::broken_zip);
  CHECK(sniff_spreadsheet(std::string("\x01\x02\x03", 3)) == SpreadsheetFormat::unknown);

  XlsxReadResult xls = read_xlsx(ole2);
  REQUIRE(xls.problem);
  CHECK(xls.problem->kind == XlsxProblem::Kind::not_xlsx);
  CHECK(xls.problem->format == SpreadsheetFormat::xls);
  XlsxReadResult broken = read_xlsx(zip.substr(0, 40));
  REQUIRE(broken.problem);
  CHECK(broken.problem->kind == XlsxProblem::Kind::zip);
}

TEST_CASE("number formats, serial dates and references", "[xlsx]") {
  CHECK(style_of_format_code("dd/mm/yyyy") == NumberStyle::date);
  CHECK(style_of_format_code("[$-42A]d mmmm yyyy") == NumberStyle::date);
  CHECK(style_of_format_code("0.00%") == NumberStyle::percent);
  CHECK(style_of_format_code("\"day\" 0") == NumberStyle::general);
  CHECK(style_of_format_code("0.00E+00") == NumberStyle::general);
  CHECK(style_of_format_code("[Red]0.0;[Blue]-0.0") == NumberStyle::general);
  CHECK(style_of_format_code("@") == NumberStyle::text);
  CHECK(style_of_format_code("General") == NumberStyle::general);
  CHECK(style_of_builtin_format(14) == NumberStyle::date);
  CHECK(style_of_builtin_format(9) == NumberStyle::percent);
  CHECK(style_of_builtin_format(0) == NumberStyle::general);

  auto day = excel_serial_to_day(44270, false);  // 2021-03-15
  REQUIRE(day);
  CHECK(day->year == 2021);
  CHECK(day->month == 3);
  CHECK(day->day == 15);
  CHECK(excel_serial_to_day(1, false)->day == 1);       // 1900-01-01
  CHECK(excel_serial_to_day(61, false)->month == 3);    // 1900-03-01
  CHECK(excel_serial_to_day(0, true) == std::nullopt);  // before 1904-01-01 + 1
  CHECK(excel_serial_to_day(42808, true)->year == 2021);
  CHECK(excel_serial_to_day(-3, false) == std::nullopt);

  CHECK(cell_reference(12, 4) == "D12");
  CHECK(cell_reference(1, 27) == "AA1");
  CHECK(column_letters(702) == "ZZ");
}

TEST_CASE("sheets become the text tables the CSV import reads", "[xlsx]") {
  const std::string bytes = papi::test::make_workbook(fill_form);
  XlsxReadResult result = read_xlsx(bytes);
  REQUIRE(result.workbook);
  const std::vector<SheetTable> tables = sheet_tables(*result.workbook);
  REQUIRE(tables.size() == 1);  // the hidden sheet is left out
  const SheetTable& table = tables[0];
  CHECK(table.sheet == "Báo cáo");
  REQUIRE(table.rows.size() == 4);
  CHECK(table.rows[0].row == 1);
  CHECK(table.rows[0].cells == std::vector<std::string>{"Trường Tiểu học Xuân Quan"});
  CHECK(table.rows[1].row == 3);
  CHECK(table.rows[2].cells == std::vector<std::string>{"1.1", "60", "2021-03-15", "45", "TRUE"});
  CHECK(table.rows[3].cells == std::vector<std::string>{"Đang thực hiện", "ab", "44270"});
  auto identity = form_identity(*result.workbook);
  REQUIRE(identity);
  CHECK(identity->unit == "th-xuan-quan");
  CHECK(identity->period.empty());
}

TEST_CASE("a vertical merge repeats its value down the column", "[xlsx]") {
  // Into rows 3 and 4 of A1:A5, which hold other cells; not into rows 2 and 5, which hold
  // nothing, nor into row 9 below the range.
  const std::string sheet =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>th-a</t></is></c>"
      "<c r=\"B1\"><v>1.1</v></c></row><row r=\"3\"><c r=\"B3\"><v>1.2</v></c></row>"
      "<row r=\"4\"><c r=\"C4\"><v>7</v></c></row><row r=\"9\"><c r=\"B9\"><v>2.1</v></c></row>"
      "</sheetData><mergeCells><mergeCell ref=\"A1:A5\"/></mergeCells></worksheet>";
  XlsxReadResult result = read_xlsx(minimal_workbook(sheet));
  REQUIRE(result.workbook);
  const auto tables = sheet_tables(*result.workbook);
  REQUIRE(tables.at(0).rows.size() == 4);
  CHECK(tables[0].rows[1].row == 3);
  CHECK(tables[0].rows[1].cells == std::vector<std::string>{"th-a", "1.2"});
  CHECK(tables[0].rows[2].cells == std::vector<std::string>{"th-a", "", "7"});
  CHECK(tables[0].rows[3].cells == std::vector<std::string>{"", "2.1"});
}
