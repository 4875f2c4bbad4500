#include "util/unicode_fold.h"

#include <algorithm>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace papi {

namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// fold_for_matching of ASCII text, without ICU: the same result (ASCII has no marks, and ICU's
// white space in ASCII is 0x09-0x0D and 0x1C-0x20), at a fraction of the cost for the many
// short cells of an import.
std::string fold_ascii(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '_' || c == '-' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (is_ascii(text))
    return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status))
    return std::string(text);
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(text);
}

std::string fold_for_matching(std::string_view text) {
  if (is_ascii(text))
    return fold_ascii(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status))
    decomposed = nfd->normalize(source, status);
  if (U_FAILURE(status))
    decomposed = source;
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK)
      continue;
    if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == 0xA0 || u_isWhitespace(c)) {
      pending_space = !out.empty();
      continue;
    }
    UChar32 lower = (c == 0x0110 || c == 0x0111) ? 'd' : u_tolower(c);
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    icu::UnicodeString one(lower);
    one.toUTF8String(out);
  }
  return out;
}

std::string slugify(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::string slug;
  bool pending_hyphen = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_hyphen && !slug.empty())
        slug += '-';
      pending_hyphen = false;
      slug += c;
    } else {
      pending_hyphen = true;
    }
  }
  return slug;
}

std::string_view trim_blank(std::string_view text) {
  auto blank_at_start = [&](std::size_t& length) {
    if (text.empty())
      return false;
    if (text[0] == ' ' || text[0] == '\t') {
      length = 1;
      return true;
    }
    if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xC2 &&
        static_cast<unsigned char>(text[1]) == 0xA0) {
      length = 2;
      return true;
    }
    return false;
  };
  auto blank_at_end = [&](std::size_t& length) {
    if (text.empty())
      return false;
    const char last = text.back();
    if (last == ' ' || last == '\t') {
      length = 1;
      return true;
    }
    if (text.size() >= 2 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(last) == 0xA0) {
      length = 2;
      return true;
    }
    return false;
  };
  std::size_t length = 0;
  while (blank_at_start(length))
    text.remove_prefix(length);
  while (blank_at_end(length))
    text.remove_suffix(length);
  return text;
}

}  // namespace papi
