#pragma once

#include <string>
#include <string_view>

namespace papi {

// Text from the YAML files is untrusted: these make it inert in each output format.

// Markdown inline text: HTML, link syntax and emphasis are escaped; newlines become spaces.
std::string markdown_text(std::string_view text);
// Markdown table cell: as markdown_text, plus `|` escaped and newlines kept as <br>.
std::string markdown_cell(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break, or
// starts or ends with a space; text that a spreadsheet would run as a formula (=, +, -, @,
// tab, CR first) gets a leading apostrophe.
std::string csv_text_field(std::string_view text, char separator = ',');
// A field we produce ourselves (numbers, ids): quoted when needed, never neutralised.
std::string csv_plain_field(std::string_view text, char separator = ',');

// SVG/XML text content: &, < and > escaped, control characters replaced by U+FFFD.
std::string xml_text(std::string_view text);

// Terminal output: control characters (ESC and the rest) shown as \x1b instead of acting.
std::string terminal_safe(std::string_view text);

}  // namespace papi
