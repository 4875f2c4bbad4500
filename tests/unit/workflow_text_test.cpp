#include <catch2/catch.hpp>

#include "load/folder_loader.h"
#include "render/yaml_text.h"
#include "util/edit_distance.h"
#include "util/unicode_fold.h"
#include "util/utf8.h"

using namespace papi;

TEST_CASE("yaml_quoted: any text reads back as itself", "[workflow-text]") {
  CHECK(yaml_quoted("Công văn 12") == "\"Công văn 12\"");
  CHECK(yaml_quoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"");
  CHECK(yaml_quoted("x\ny\tz\r") == "\"x\\ny\\tz\\r\"");
  CHECK(yaml_quoted("\x01\x7F") == "\"\\x01\\x7F\"");
  CHECK(yaml_quoted("a\xE2\x80\xA8z") == "\"a\\u2028z\"");
  CHECK(yaml_quoted("") == "\"\"");

  // Through the loader: a status record's note holds the text unchanged.
  const std::string texts[] = {"# not a comment", "key: value",       "- item",
                               "'single'",        "ends with space ", "Lưu: VT.",
                               "\xC2\x85nel",     "\xEF\xBB\xBF bom", "\xE2\x80\xA9ps"};
  for (const std::string& text : texts) {
    const std::string yaml =
        "schema_version: 1\nunit: a\nperiod: 2021-Q1\nrecords:\n  - task: \"1.1\"\n"
        "    state: done\n    note: " +
        yaml_quoted(text) + "\n";
    const LoadedDocument loaded = load_document(DocumentKind::status, yaml, "s.yaml", 0, {});
    INFO(yaml);
    REQUIRE(loaded.report);
    REQUIRE(loaded.report->records.size() == 1);
    CHECK(loaded.report->records[0].note == text);
  }
}

TEST_CASE("yaml_period: a year is quoted, other periods are plain", "[workflow-text]") {
  CHECK(yaml_period("2021") == "\"2021\"");
  CHECK(yaml_period("2021-Q1") == "2021-Q1");
  CHECK(yaml_period("2021-03") == "2021-03");
}

TEST_CASE("comment_safe: nothing can end the comment", "[workflow-text]") {
  CHECK(comment_safe("a\nb\r\nc") == "a b  c");
  CHECK(comment_safe("x\xE2\x80\xA8y\xC2\x85z") == "x y z");
  CHECK(comment_safe("Việt\t") == "Việt ");
}

TEST_CASE("wrap_words: at spaces, counting characters", "[workflow-text]") {
  CHECK(wrap_words("một hai ba bốn năm", 8) ==
        std::vector<std::string>{"một hai", "ba bốn", "năm"});
  CHECK(wrap_words("  ", 8).empty());
  CHECK(wrap_words("dàidàidàidài x", 4) == std::vector<std::string>{"dàidàidàidài", "x"});
}

TEST_CASE("fold_for_matching and slugify", "[workflow-text]") {
  CHECK(fold_for_matching("  Đã  Hoàn_thành ") == "da hoan thanh");
  CHECK(fold_for_matching("ĐANG-THỰC-HIỆN") == "dang thuc hien");
  CHECK(fold_for_matching("Kho\xcc\x82ng") == "khong");
  CHECK(slugify("Văn Giang 2024") == "van-giang-2024");
  CHECK(slugify("--Phòng GD&ĐT--") == "phong-gd-dt");
  CHECK(slugify("***").empty());
  CHECK(trim_blank("\xC2\xA0 x y\t") == "x y");
}

TEST_CASE("fold_for_matching: ASCII text folds as ICU folds it", "[workflow-text]") {
  // ASCII takes a path without ICU; "é" in front sends the same text through ICU, where it
  // folds to "e". Every ASCII character, alone and between letters.
  for (int c = 1; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    for (const std::string& text : {one, "A" + one + "b", "x" + one + one + "Y"}) {
      INFO(c);
      CHECK("e" + fold_for_matching("x" + text) == fold_for_matching("\xC3\xA9x" + text));
    }
  }
  CHECK(fold_for_matching("  Tien_do (%)\t") == "tien do (%)");
}

TEST_CASE("to_nfc: composed as papi keeps texts", "[workflow-text]") {
  CHECK(to_nfc("va\xCC\x86n") == "v\xC4\x83n");
  CHECK(to_nfc("Công văn 12") == "Công văn 12");
  CHECK(to_nfc("ascii") == "ascii");
}

TEST_CASE("closest_match: only close words are suggested", "[workflow-text]") {
  const std::vector<std::string> names = {"evidence", "reason", "note"};
  CHECK(closest_match("evidance", names) == "evidence");
  CHECK(closest_match("notes", names) == "note");
  CHECK(closest_match("completely different", names).empty());
}

TEST_CASE("is_valid_utf8 accepts exactly what decode_utf8 decodes", "[workflow-text]") {
  // Every sequence of one to four bytes built from bytes that matter at each position, alone
  // and after eight ASCII bytes (the fast path), against a decode_utf8 loop.
  const unsigned char interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                       0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                       0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  auto by_decoding = [](std::string_view text) {
    char32_t c = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t length = decode_utf8(text, pos, c);
      if (length == 0)
        return false;
      pos += length;
    }
    return true;
  };
  std::size_t checked = 0;
  std::string text;
  auto check = [&] {
    for (const std::string& candidate : {text, "abcdefgh" + text, text + "abcdefgh"}) {
      INFO(checked);
      REQUIRE(is_valid_utf8(candidate) == by_decoding(candidate));
    }
    ++checked;
  };
  for (unsigned char a : interesting) {
    text.assign(1, static_cast<char>(a));
    check();
    for (unsigned char b : interesting) {
      text.assign({static_cast<char>(a), static_cast<char>(b)});
      check();
      for (unsigned char c : interesting) {
        text.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        check();
        for (unsigned char d : interesting) {
          text.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                       static_cast<char>(d)});
          check();
        }
      }
    }
  }
  CHECK(checked == 25 + 25 * 25 + 25 * 25 * 25 + 25 * 25 * 25 * 25);
  CHECK(is_valid_utf8("Hoàn thành \xF0\x9F\x98\x80"));
  CHECK(valid_utf8_prefix("abc\xFF"
                          "def") == 3);
  CHECK(valid_utf8_prefix("abcdefghij\xC3") == 10);
  CHECK(valid_utf8_prefix("\xC3\xA0\xED\xA0\x80") == 2);  // a surrogate after "à"
  CHECK(valid_utf8_prefix("ok") == 2);
}
