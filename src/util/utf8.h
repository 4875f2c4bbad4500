#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace papi {

// UTF-8 text, byte by byte: decoding, checking and counting code points. Pure.

// Decodes the UTF-8 sequence at `pos` into `code_point` and returns its length, or 0 when it
// is not valid (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t decode_utf8(std::string_view text, std::size_t pos, char32_t& code_point);

// Like decode_utf8, for text that should be valid (it went through decode_source or comes from
// the model): an invalid byte counts as one U+FFFD, so the length is never 0.
std::size_t decode_utf8_lenient(std::string_view text, std::size_t pos, char32_t& code_point);

// Text made safe to put on one line (after `#` in a YAML comment, in a message): line breaks
// and other control characters become spaces, so text from the data can never leave the line.
std::string comment_safe(std::string_view text);

// Whether `text` is entirely valid UTF-8.
bool is_valid_utf8(std::string_view text);
// The bytes of `text` before its first invalid UTF-8 sequence (all of it when valid).
std::size_t valid_utf8_prefix(std::string_view text);

// Whether `c` continues a UTF-8 sequence (10xxxxxx) rather than starting a character.
constexpr bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Number of code points of UTF-8 text.
std::size_t utf8_length(std::string_view text);

// The number of bytes of the first `characters` code points of `text` (all of it if shorter).
std::size_t utf8_prefix_bytes(std::string_view text, std::size_t characters);

// `text` if it has at most `limit` code points, else its beginning followed by `ellipsis`, cut
// between characters so that the whole has `limit` code points.
std::string shorten_to_characters(std::string_view text, std::size_t limit,
                                  std::string_view ellipsis);

// The 1-based line `line` of `text`, without its line end; empty past the end.
std::string_view line_of(std::string_view text, unsigned line);

// Converts a 0-based byte offset within a line to a 1-based column counted in code points.
unsigned column_in_characters(std::string_view line_text, unsigned byte_column);

}  // namespace papi
