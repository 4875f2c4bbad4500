#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"
#include "util/utf8.h"

namespace papi {

// Turns the bytes of a file into the text the YAML parser reads: a UTF-8 BOM is dropped,
// CR LF line ends are kept (the parser accepts them), the text must be valid UTF-8 without
// control characters, and it is normalised to Unicode NFC so that "Việt" typed on a Mac
// (NFD) equals "Việt" typed on Windows.
struct DecodedText {
  std::string text;
  std::optional<Diagnostic> error;  // set when the bytes cannot be read as text
};

DecodedText decode_source(std::string bytes, const std::string& file);

// yaml-cpp decodes the double-quoted escapes \N and \_ into the single bytes 0x85 and 0xA0
// instead of the UTF-8 of U+0085 and U+00A0, so a decoded scalar is not valid UTF-8. Any
// other byte of a scalar read from valid UTF-8 text is valid, and neither byte can begin a
// sequence, so each stray one is turned into its code point. Returns false when `value`
// needed no change.
bool repair_decoded_escapes(std::string& value);

// Fills `source_line` and converts the byte column of a diagnostic to characters.
void attach_source_line(Diagnostic& diagnostic, std::string_view text, unsigned byte_column);

}  // namespace papi
