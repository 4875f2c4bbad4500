#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Text written into the YAML files papi generates (init, template, import). Pure.

// A YAML double-quoted scalar: `"` and `\` escaped, every control character and every line
// break YAML knows (NEL, LS, PS) written as an escape, so the value can never end the line.
std::string yaml_quoted(std::string_view text);

// A period id as a YAML value: plain (2021-Q1), or quoted when it would read as a number
// ("2021").
std::string yaml_period(std::string_view period);

// Splits `text` (one line, see comment_safe) into lines of at most `width` characters (code
// points), breaking at spaces; a word longer than `width` stays whole.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

}  // namespace papi
