#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Small text helpers shared by the workflow commands (init, template, import, diff). Pure.

// A YAML double-quoted scalar: `"` and `\` escaped, every control character and every line
// break YAML knows (NEL, LS, PS) written as an escape, so the value can never end the line.
std::string yaml_quoted(std::string_view text);

// A period id as a YAML value: plain (2021-Q1), or quoted when it would read as a number
// ("2021").
std::string yaml_period(std::string_view period);

// Text made safe to put after `#` in a YAML comment: line breaks and other control
// characters become spaces, so text from the data can never leave the comment.
std::string comment_safe(std::string_view text);

// Splits `text` (one line, see comment_safe) into lines of at most `width` characters (code
// points), breaking at spaces; a word longer than `width` stays whole.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// Number of code points of UTF-8 text.
std::size_t utf8_length(std::string_view text);

// Lower case without diacritics (đ → d), with runs of spaces, `_` and `-` made one space and
// the ends trimmed: "Đã  hoàn_thành" → "da hoan thanh". For matching what people type.
std::string fold_for_matching(std::string_view text);

// A slug ([a-z0-9][a-z0-9-]*) made from free text: "Văn Giang 2024" → "van-giang-2024".
// Empty when nothing usable is left.
std::string slugify(std::string_view text);

// Trims spaces, tabs and no-break spaces (U+00A0) from both ends.
std::string_view trim_blank(std::string_view text);

// The closest of `candidates` to `word` by edit distance, if close enough to suggest.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace papi
