#include "util/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace papi {

std::size_t decode_utf8(std::string_view text, std::size_t pos, char32_t& code_point) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  std::size_t length = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (pos + length > text.size())
    return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80)
      return 0;
    code_point = (code_point << 6) | (byte(pos + i) & 0x3Fu);
  }
  static constexpr unsigned kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kMinimum[length] || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return 0;
  }
  return length;
}

std::size_t decode_utf8_lenient(std::string_view text, std::size_t pos, char32_t& code_point) {
  const std::size_t length = decode_utf8(text, pos, code_point);
  if (length == 0) {
    code_point = 0xFFFD;
    return 1;
  }
  return length;
}

namespace {

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

}  // namespace

std::string comment_safe(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode_utf8_lenient(text, pos, c);
    if (is_line_break(c) || c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF) {
      out += ' ';
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  return valid_utf8_prefix(text) == text.size();
}

std::size_t valid_utf8_prefix(std::string_view text) {
  // The ranges of Unicode's table 3-7 (well-formed UTF-8), byte by byte: no overlong form, no
  // surrogate, nothing above U+10FFFF; decode_utf8 accepts exactly these. Eight ASCII bytes are
  // taken at a time, as most of a workbook's XML is markup.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  auto continuation = [&](std::size_t i, unsigned char low = 0x80, unsigned char high = 0xBF) {
    return i < size && bytes[i] >= low && bytes[i] <= high;
  };
  std::size_t pos = 0;
  while (pos < size) {
    if (pos + 8 <= size) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + pos, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        pos += 8;
        continue;
      }
    }
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      ++pos;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      if (!continuation(pos + 1))
        return pos;
      pos += 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
      const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
      if (!continuation(pos + 1, low, high) || !continuation(pos + 2))
        return pos;
      pos += 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
      const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
      if (!continuation(pos + 1, low, high) || !continuation(pos + 2) || !continuation(pos + 3))
        return pos;
      pos += 4;
    } else {
      return pos;
    }
  }
  return pos;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_utf8_continuation(c); }));
}

std::size_t utf8_prefix_bytes(std::string_view text, std::size_t characters) {
  std::size_t bytes = 0;
  for (std::size_t count = 0; bytes < text.size() && count < characters; ++count) {
    ++bytes;
    while (bytes < text.size() && is_utf8_continuation(text[bytes]))
      ++bytes;
  }
  return bytes;
}

std::string shorten_to_characters(std::string_view text, std::size_t limit,
                                  std::string_view ellipsis) {
  if (utf8_length(text) <= limit)
    return std::string(text);
  const std::size_t kept = limit - std::min(limit, utf8_length(ellipsis));
  return std::string(text.substr(0, utf8_prefix_bytes(text, kept))) + std::string(ellipsis);
}

std::string_view line_of(std::string_view text, unsigned line) {
  std::size_t start = 0;
  for (unsigned current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos)
      return {};
    start = newline + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos)
    end = text.size();
  if (end > start && text[end - 1] == '\r')
    --end;
  return text.substr(start, end - start);
}

unsigned column_in_characters(std::string_view line_text, unsigned byte_column) {
  unsigned column = 1;
  for (std::size_t i = 0; i < byte_column && i < line_text.size(); ++i) {
    if (!is_utf8_continuation(line_text[i]))
      ++column;
  }
  // Bytes past the end of the line (a mark at the line end) still count one each.
  if (byte_column > line_text.size())
    column += byte_column - static_cast<unsigned>(line_text.size());
  return column;
}

}  // namespace papi
