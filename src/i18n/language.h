#pragma once

#include <optional>
#include <string_view>

namespace papi {

// The two languages of papi's human text. Machine contracts (codes, JSON keys, CSV headers)
// are the same in both.
enum class Language { vi, en };

// The language of messages for the whole process, set once by the command line before any
// work starts; English until then.
Language ui_language();
void set_ui_language(Language language);

// "vi" or "en"; nothing for anything else.
std::optional<Language> parse_language(std::string_view text);

}  // namespace papi
