#pragma once

#include <string>
#include <string_view>

namespace papi {

// Unicode text made comparable the way people type it (ICU). Pure.

// Lower case without diacritics (đ → d), with runs of spaces, `_` and `-` made one space and
// the ends trimmed: "Đã  hoàn_thành" → "da hoan thanh". For matching what people type.
std::string fold_for_matching(std::string_view text);

// The text in Unicode's composed form (NFC), as papi keeps every text: "a" + U+0301 → "á".
// Text that is not valid UTF-8 is returned as it is.
std::string to_nfc(std::string_view text);

// A slug ([a-z0-9][a-z0-9-]*) made from free text: "Văn Giang 2024" → "van-giang-2024".
// Empty when nothing usable is left.
std::string slugify(std::string_view text);

// Trims spaces, tabs and no-break spaces (U+00A0) from both ends.
std::string_view trim_blank(std::string_view text);

}  // namespace papi
