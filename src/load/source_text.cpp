#include "load/source_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/utf8.h"

namespace papi {

namespace {

// Length of the valid UTF-8 sequence at `pos`, or 0 if it is not valid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  char32_t code_point = 0;
  return decode_utf8(text, pos, code_point);
}

Diagnostic located_error(const std::string& file, std::string_view text, std::size_t offset,
                         std::string code, std::string message, std::string hint) {
  unsigned line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  Diagnostic diagnostic;
  diagnostic.file = file;
  diagnostic.line = line;
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  // The line may itself be broken; show only its valid prefix.
  std::string_view prefix = text.substr(line_start, offset - line_start);
  diagnostic.column = column_in_characters(prefix, static_cast<unsigned>(prefix.size()));
  diagnostic.source_line = std::string(prefix);
  return diagnostic;
}

}  // namespace

bool repair_decoded_escapes(std::string& value) {
  std::size_t pos = 0;
  while (pos < value.size()) {
    const std::size_t length = utf8_sequence_length(value, pos);
    if (length == 0)
      break;
    pos += length;
  }
  if (pos == value.size())
    return false;
  std::string repaired(value, 0, pos);
  while (pos < value.size()) {
    const std::size_t length = utf8_sequence_length(value, pos);
    if (length != 0) {
      repaired.append(value, pos, length);
      pos += length;
      continue;
    }
    // 0x85 and 0xA0 become U+0085 and U+00A0; any other stray byte (none is expected)
    // becomes U+FFFD rather than reach the reports.
    const auto byte = static_cast<unsigned char>(value[pos]);
    if (byte == 0x85 || byte == 0xA0) {
      repaired += static_cast<char>(0xC2);
      repaired += static_cast<char>(byte);
    } else {
      repaired += "\xEF\xBF\xBD";
    }
    ++pos;
  }
  value = std::move(repaired);
  return true;
}

DecodedText decode_source(std::string bytes, const std::string& file) {
  DecodedText result;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.erase(0, 3);
  }
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto c = static_cast<unsigned char>(bytes[pos]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      result.error = located_error(
          file, bytes, pos, "control-character",
          trf("the file holds a control character (byte 0x{:02X}); it is not a text file", c),
          std::string(tr("save the file as plain UTF-8 text")));
      return result;
    }
    const std::size_t length = utf8_sequence_length(bytes, pos);
    if (length == 0) {
      result.error = located_error(
          file, bytes, pos, "invalid-utf8", trf("the file is not valid UTF-8 (byte 0x{:02X})", c),
          std::string(
              tr("save the file as UTF-8; Windows-1258 or TCVN3 text must be converted first")));
      return result;
    }
    pos += length;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(bytes, status) && U_SUCCESS(status)) {
    std::string normalised;
    icu::StringByteSink<std::string> sink(&normalised, static_cast<int32_t>(bytes.size()));
    nfc->normalizeUTF8(0, bytes, sink, nullptr, status);
    if (U_SUCCESS(status)) {
      bytes = std::move(normalised);
    }
  }
  result.text = std::move(bytes);
  return result;
}

void attach_source_line(Diagnostic& diagnostic, std::string_view text, unsigned byte_column) {
  const std::string_view line = line_of(text, diagnostic.line);
  diagnostic.source_line = std::string(line);
  diagnostic.column = column_in_characters(line, byte_column);
}

}  // namespace papi
