#include <catch2/catch.hpp>

#include "util/legacy_encoding.h"

using namespace papi;

// The bytes `iconv -t CP1258` writes for the Vietnamese text: precomposed letters where
// Windows-1258 has them (à = E0), else a base letter and a combining tone (ệ = EA F2).
constexpr std::string_view kCp1258 =
    "Ho\xE0n th\xE0nh nhi\xEA\xF2m v\x75\xF2; \xD0\x61ng th\xFD\xF2\x63 hi\xEA\xF2n; "
    "Tr\xFD\xF5\xCCng Ti\xEA\xD2u h\x6F\xF2\x63 Xu\xE2n Quan";

TEST_CASE("Windows-1258 becomes NFC UTF-8", "[encoding]") {
  CHECK(windows1258_to_utf8(kCp1258) ==
        "Hoàn thành nhiệm vụ; Đang thực hiện; Trường Tiểu học Xuân Quan");
  CHECK(windows1258_to_utf8("plain ascii") == "plain ascii");
}

TEST_CASE("the legacy encoding of Vietnamese text is guessed", "[encoding]") {
  CHECK(guess_legacy_encoding(kCp1258) == TextEncoding::windows1258);
  // TCVN3 (ABC): "Hoàn thành; Đang thực hiện; Chưa thực hiện; Không áp dụng"
  CHECK(guess_legacy_encoding("Ho\xB5n th\xB5nh; \xA7\x61ng th\xF9\x63 hi\xD6n; Ch\xAD\x61 "
                              "th\xF9\x63 hi\xD6n; Kh\xABng \xB8p d\xF4ng") == TextEncoding::tcvn3);
  // VNI: the same words.
  CHECK(guess_legacy_encoding("Hoa\xF8n tha\xF8nh; \xD1\x61ng th\xF6\xEF\x63 hie\xE4n; Ch\xF6\x61 "
                              "th\xF6\xEF\x63 hie\xE4n; Kho\xE2ng a\xF9p du\xEFng") ==
        TextEncoding::vni);
  CHECK(guess_legacy_encoding("no high bytes") == TextEncoding::unknown);
}

TEST_CASE("encoding names", "[encoding]") {
  CHECK(parse_encoding_name("UTF-8") == TextEncoding::utf8);
  CHECK(parse_encoding_name("cp1258") == TextEncoding::windows1258);
  CHECK(parse_encoding_name("windows-1258") == TextEncoding::windows1258);
  CHECK(parse_encoding_name("TCVN3") == TextEncoding::tcvn3);
  CHECK(parse_encoding_name("vni") == TextEncoding::vni);
  CHECK_FALSE(parse_encoding_name("latin1"));
  CHECK(encoding_name(TextEncoding::windows1258) == "windows-1258");
}
