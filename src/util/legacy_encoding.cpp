#include "util/legacy_encoding.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace papi {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  return out;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr)
    throw std::runtime_error("ICU has no NFC normaliser");
  return *normalizer;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr)
    throw std::runtime_error("ICU has no NFD normaliser");
  return *normalizer;
}

icu::UnicodeString decode_windows1258(std::string_view bytes) {
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1258");
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc().normalize(text, status);
  if (U_FAILURE(status))
    return text;
  return composed;
}

bool is_vietnamese_mark(UChar32 c) {
  switch (c) {
    case 0x0300:  // grave (huyền)
    case 0x0301:  // acute (sắc)
    case 0x0303:  // tilde (ngã)
    case 0x0309:  // hook above (hỏi)
    case 0x0323:  // dot below (nặng)
    case 0x0302:  // circumflex: â ê ô
    case 0x0306:  // breve: ă
    case 0x031B:  // horn: ơ ư
      return true;
    default:
      return false;
  }
}

// A letter of the Vietnamese alphabet with its marks, or a Latin-1 letter Vietnamese lacks.
bool is_vietnamese_letter(UChar32 c) {
  if (c == 0x0110 || c == 0x0111)  // Đ đ
    return true;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString parts = nfd().normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status) || parts.length() < 2)
    return false;
  const UChar32 base = parts.char32At(0);
  if (std::string_view("aeiouyAEIOUY").find(static_cast<char>(base < 0x80 ? base : 0)) ==
          std::string_view::npos ||
      base >= 0x80)
    return false;
  for (int32_t i = parts.moveIndex32(0, 1); i < parts.length(); i = parts.moveIndex32(i, 1)) {
    if (!is_vietnamese_mark(parts.char32At(i)))
      return false;
  }
  return true;
}

// Punctuation Windows-1258 has above 0x7F (quotes, dashes, ellipsis, euro, degree...): says
// nothing about the encoding.
bool is_neutral(UChar32 c) {
  return (c >= 0x2000 && c <= 0x206F) || c == 0x20AC || c == 0x00A0 || c == 0x00B0 || c == 0x00AB ||
         c == 0x00BB || c == 0x00B7 || c == 0x2122;
}

}  // namespace

std::optional<TextEncoding> parse_encoding_name(std::string_view name) {
  const std::string folded = lower(name);
  if (folded == "utf-8" || folded == "utf8")
    return TextEncoding::utf8;
  if (folded == "windows-1258" || folded == "cp1258" || folded == "windows1258")
    return TextEncoding::windows1258;
  if (folded == "tcvn3" || folded == "abc" || folded == "tcvn")
    return TextEncoding::tcvn3;
  if (folded == "vni")
    return TextEncoding::vni;
  return std::nullopt;
}

std::string_view encoding_name(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::utf8:
      return "utf-8";
    case TextEncoding::windows1258:
      return "windows-1258";
    case TextEncoding::tcvn3:
      return "tcvn3";
    case TextEncoding::vni:
      return "vni";
    case TextEncoding::unknown:
      break;
  }
  return "unknown";
}

TextEncoding guess_legacy_encoding(std::string_view bytes) {
  std::size_t high = 0;
  std::size_t tcvn_range = 0;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      ++high;
      if (byte >= 0xA1 && byte <= 0xBF)
        ++tcvn_range;
    }
  }
  if (high == 0)
    return TextEncoding::unknown;

  const icu::UnicodeString text = decode_windows1258(bytes);
  std::size_t vietnamese = 0;
  std::size_t foreign = 0;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (c < 0x80 || is_neutral(c))
      continue;
    if (is_vietnamese_letter(c))
      ++vietnamese;
    else
      ++foreign;
  }
  // A stray sign or two (a Latin-1 letter in a name) is tolerated.
  if (vietnamese > 0 && foreign * 10 <= vietnamese)
    return TextEncoding::windows1258;
  return tcvn_range * 10 >= high * 3 ? TextEncoding::tcvn3 : TextEncoding::vni;
}

std::string windows1258_to_utf8(std::string_view bytes) {
  std::string out;
  decode_windows1258(bytes).toUTF8String(out);
  return out;
}

}  // namespace papi
