#include <catch2/catch.hpp>

#include "render/docx_document.h"
#include "render/official_text.h"
#include "util/zip_writer.h"

namespace papi {

TEST_CASE("the date line writes a leading zero for days below 10 and months 1 and 2") {
  CHECK(place_and_date("Văn Giang", Date{2021, 7, 5}, Language::vi) ==
        "Văn Giang, ngày 05 tháng 7 năm 2021");
  CHECK(place_and_date("Văn Giang", Date{2021, 2, 23}, Language::vi) ==
        "Văn Giang, ngày 23 tháng 02 năm 2021");
  CHECK(place_and_date("Văn Giang", Date{2021, 1, 9}, Language::vi) ==
        "Văn Giang, ngày 09 tháng 01 năm 2021");
  CHECK(place_and_date("Văn Giang", Date{2021, 12, 10}, Language::vi) ==
        "Văn Giang, ngày 10 tháng 12 năm 2021");
  CHECK(place_and_date("Văn Giang", Date{2021, 7, 5}, Language::en) == "Văn Giang, 5 July 2021");
  CHECK(place_and_date("Văn Giang", std::nullopt, Language::vi) ==
        "Văn Giang, ngày      tháng      năm      ");
}

TEST_CASE("a report number is completed with the document and issuer codes") {
  CHECK(full_number("05", "BC", "PGDĐT") == "05/BC-PGDĐT");
  CHECK(full_number("05/BC-PGDĐT", "BC", "PGDĐT") == "05/BC-PGDĐT");
  CHECK(full_number("05", "BC", "") == "05/BC");
}

TEST_CASE("capitals, lower-case first letters and roman numerals") {
  CHECK(upper("Phòng Giáo dục và Đào tạo") == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
  CHECK(lower_first("Quý II năm 2021") == "quý II năm 2021");
  CHECK(lower_first("PAPI 2021") == "PAPI 2021");
  CHECK(roman(1) == "I");
  CHECK(roman(4) == "IV");
  CHECK(roman(9) == "IX");
  CHECK(roman(14) == "XIV");
}

TEST_CASE("docx: a date or a range of years is one word, a path breaks after its slashes",
          "[documents]") {
  using namespace docx;
  // A word processor does not break between 15/ and 05: the column must hold the whole date.
  CHECK(longest_word_width("15/05/2021", 24, false) > longest_word_width("2021", 24, false) * 2);
  CHECK(longest_word_width("2020-2021", 24, false) > longest_word_width("2021", 24, false) * 2);
  // Before a letter a slash or a hyphen is a place to break: "54/", "KH-", "PGDĐT".
  CHECK(longest_word_width("54/KH-PGDĐT", 24, false) == longest_word_width("PGDĐT", 24, false));
}

TEST_CASE("column widths: no column narrower than its longest word") {
  using namespace docx;
  Table table;
  auto row = [](std::vector<std::string> cells) {
    Row r;
    for (auto& text : cells) {
      Paragraph paragraph;
      paragraph.runs.push_back(Run{text});
      Cell cell;
      cell.paragraphs.push_back(paragraph);
      r.cells.push_back(cell);
    }
    return r;
  };
  table.rows.push_back(row({"1", "Tham gia của người dân ở cấp cơ sở", "73,5%"}));
  table.rows.push_back(row({"2", std::string(400, 'x').replace(100, 1, " "), "67,7%"}));
  fit_columns(table, 9000, 24);
  REQUIRE(table.widths.size() == 3);
  int total = 0;
  for (int width : table.widths)
    total += width;
  CHECK(total == 9000);
  CHECK(table.widths[0] >= longest_word_width("1", 24, false));
  CHECK(table.widths[2] >= longest_word_width("73,5%", 24, false));
  CHECK(table.widths[1] > table.widths[0] * 5);

  // A table that fits keeps about its natural width.
  Table small;
  small.rows.push_back(row({"Mầm non (MN)", "11", "67,2%"}));
  fit_columns(small, 9000, 24);
  int natural = 0;
  for (int width : small.widths)
    natural += width;
  CHECK(natural < 6000);
}

TEST_CASE("XML content: control characters and non-characters become U+FFFD") {
  CHECK(docx::xml_content("a<b>&c") == "a&lt;b&gt;&amp;c");
  CHECK(docx::xml_content("x\x01y") == "x\xEF\xBF\xBDy");
  CHECK(docx::xml_content("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  CHECK(docx::xml_content("Việt") == "Việt");
}

TEST_CASE("a zip package is the same bytes every time") {
  const std::vector<ZipEntry> entries{{"[Content_Types].xml", "<Types/>"}, {"word/a.xml", "<a/>"}};
  const std::string first = zip_package(entries);
  CHECK(first == zip_package(entries));
  CHECK(first.substr(0, 4) == "PK\x03\x04");
  // The first entry's name comes right after its 30-byte local header.
  CHECK(first.substr(30, 19) == "[Content_Types].xml");
}

}  // namespace papi
