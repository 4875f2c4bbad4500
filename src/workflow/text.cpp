#include "workflow/text.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "load/source_text.h"
#include "model/edit_distance.h"

namespace papi {

namespace {

// Decodes one code point at `pos` (text is valid UTF-8: it went through decode_source or
// comes from the model). Returns its length; an invalid byte counts as one U+FFFD.
std::size_t decode_at(std::string_view text, std::size_t pos, char32_t& code_point) {
  const std::size_t length = decode_utf8(text, pos, code_point);
  if (length == 0) {
    code_point = 0xFFFD;
    return 1;
  }
  return length;
}

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_at(text, pos, c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        } else if (c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0)) {
          // \uXXXX rather than \N, \L, \P: yaml-cpp reads \N as a lone byte 0x85.
          out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        } else {
          out.append(text.substr(pos, length));
        }
    }
    pos += length;
  }
  out += '"';
  return out;
}

std::string yaml_period(std::string_view period) {
  const bool digits_only = !period.empty() && std::all_of(period.begin(), period.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
  return digits_only ? yaml_quoted(period) : std::string(period);
}

std::string comment_safe(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_at(text, pos, c);
    if (is_line_break(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF) {
      out += ' ';
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
      ++count;
  }
  return count;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string current;
  std::size_t current_length = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ')
      ++pos;
    if (pos >= text.size())
      break;
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const std::string_view word = text.substr(pos, end - pos);
    const std::size_t word_length = utf8_length(word);
    if (!current.empty() && current_length + 1 + word_length > width) {
      lines.push_back(std::move(current));
      current.clear();
      current_length = 0;
    }
    if (!current.empty()) {
      current += ' ';
      ++current_length;
    }
    current.append(word);
    current_length += word_length;
    pos = end;
  }
  if (!current.empty())
    lines.push_back(std::move(current));
  return lines;
}

std::string fold_for_matching(std::string_view text) {
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

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  return closest_word(word, candidates, std::max<std::size_t>(3, word.size() / 4 + 1));
}

}  // namespace papi
