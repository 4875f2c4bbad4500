#include <catch2/catch.hpp>

#include "load/source_text.h"
#include "util/utf8.h"

using namespace papi;

TEST_CASE("decode_source drops a BOM and keeps CRLF", "[text]") {
  auto decoded = decode_source("\xEF\xBB\xBFunit: pgd\r\n", "f.yaml");
  CHECK_FALSE(decoded.error);
  CHECK(decoded.text == "unit: pgd\r\n");
}

TEST_CASE("decode_source normalises NFD Vietnamese to NFC", "[text]") {
  // "Việt" with the vowel and both marks decomposed: e + U+0323 + U+0302.
  auto decoded = decode_source("Vie\xCC\xA3\xCC\x82t", "f.yaml");
  CHECK_FALSE(decoded.error);
  CHECK(decoded.text == "Vi\xE1\xBB\x87t");
}

TEST_CASE("decode_source locates invalid UTF-8", "[text]") {
  auto decoded = decode_source("unit: pgd\nname: Tr\xF0\x28\x8C\x28ng\n", "f.yaml");
  REQUIRE(decoded.error);
  CHECK(decoded.error->code == "invalid-utf8");
  CHECK(decoded.error->line == 2);
  CHECK(decoded.error->column == 9);
  CHECK(decoded.error->message == "the file is not valid UTF-8 (byte 0xF0)");
  // Windows-1258 text (a lone byte above 0x7F) is caught too.
  CHECK(decode_source("T\xEAn", "f.yaml").error);
  // Overlong encodings and surrogates are invalid.
  CHECK(decode_source("\xC0\xAF", "f.yaml").error);
  CHECK(decode_source("\xED\xA0\x80", "f.yaml").error);
}

TEST_CASE("decode_source rejects control characters", "[text]") {
  auto decoded = decode_source("a: 1\nb: \x01\n", "f.yaml");
  REQUIRE(decoded.error);
  CHECK(decoded.error->code == "control-character");
  CHECK(decoded.error->line == 2);
  CHECK(decoded.error->column == 4);
}

TEST_CASE("line_of and column_in_characters", "[text]") {
  CHECK(line_of("a\r\nbc\nd", 1) == "a");
  CHECK(line_of("a\r\nbc\nd", 2) == "bc");
  CHECK(line_of("a\r\nbc\nd", 3) == "d");
  CHECK(line_of("a\r\nbc\nd", 4).empty());
  CHECK(column_in_characters("tên: x", 0) == 1);
  CHECK(column_in_characters("tên: x", 5) == 5);  // "tên:" is 5 bytes, 4 characters
  CHECK(column_in_characters("tên: x", 6) == 6);
}

TEST_CASE("repair_decoded_escapes turns stray 0x85 and 0xA0 into code points", "[text]") {
  std::string valid = "Trường \xC2\x85 à";  // already valid, à holds the byte A0
  CHECK_FALSE(repair_decoded_escapes(valid));
  CHECK(valid == "Trường \xC2\x85 à");
  std::string decoded =
      "à\x85"
      "b\xA0";
  CHECK(repair_decoded_escapes(decoded));
  CHECK(decoded ==
        "à\xC2\x85"
        "b\xC2\xA0");
  std::string other = "a\xFF";
  CHECK(repair_decoded_escapes(other));
  CHECK(other == "a\xEF\xBF\xBD");
}

TEST_CASE("shorten_to_characters cuts between characters and counts in characters", "[text]") {
  CHECK(shorten_to_characters("Hưng Yên", 8, "...") == "Hưng Yên");
  CHECK(shorten_to_characters("Hưng Yên", 7, "...") == "Hưng...");
  CHECK(shorten_to_characters("Hưng Yên", 7, "…") == "Hưng Y…");
  CHECK(shorten_to_characters("ệệệệ", 3, "…") == "ệệ…");
  CHECK(shorten_to_characters("abc", 2, "...") == "...");
  // Every length of a text of two- and three-byte characters gives valid UTF-8.
  const std::string school = "Trường Tiểu học Xuân Quan, huyện Văn Giang, tỉnh Hưng Yên";
  for (std::size_t limit = 0; limit <= utf8_length(school) + 1; ++limit) {
    const std::string shortened = shorten_to_characters(school, limit, "...");
    CHECK(is_valid_utf8(shortened));
    CHECK(utf8_length(shortened) == std::min(std::max<std::size_t>(limit, 3), utf8_length(school)));
  }
}
