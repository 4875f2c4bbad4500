#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace papi {

// The encodings a Vietnamese text file may come in. Excel's plain "CSV" writes Windows-1258
// (tone marks often as separate combining characters); TCVN3 (ABC) and VNI are the font
// encodings of older documents.
enum class TextEncoding { utf8, windows1258, tcvn3, vni, unknown };

// "utf-8", "windows-1258" (or cp1258), "tcvn3" (or abc), "vni"; case-insensitive.
std::optional<TextEncoding> parse_encoding_name(std::string_view name);
std::string_view encoding_name(TextEncoding encoding);

// The likely encoding of bytes that are not valid UTF-8: Windows-1258 when, read as such, its
// letters are those of Vietnamese; else TCVN3 or VNI from the bytes they use (TCVN3 spells most
// lower-case vowels with bytes A1-BF, VNI writes a vowel then a tone byte from C0-FF); unknown
// when no byte above 0x7F says anything.
TextEncoding guess_legacy_encoding(std::string_view bytes);

// Windows-1258 bytes as UTF-8, normalised to NFC so that a vowel followed by a combining tone
// mark becomes the one precomposed letter Vietnamese text uses elsewhere.
std::string windows1258_to_utf8(std::string_view bytes);

}  // namespace papi
