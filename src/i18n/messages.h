#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "i18n/language.h"
#include "model/period.h"
#include "util/fatal.h"

namespace papi {

// Human messages are written in English at the call site; their Vietnamese text is an entry of
// the table in messages_vi.cpp (English format string → Vietnamese format string, with the same
// `{}` placeholders). A message without an entry is shown in English.

// `english` in ui_language().
std::string_view tr(std::string_view english);
// `english` in `language`.
std::string_view tr(Language language, std::string_view english);

// tr, then fmt::format with `args`.
template <class... A>
std::string trf(std::string_view english, A&&... args) {
  return fmt::format(fmt::runtime(tr(english)), std::forward<A>(args)...);
}
template <class... A>
std::string trf(Language language, std::string_view english, A&&... args) {
  return fmt::format(fmt::runtime(tr(language, english)), std::forward<A>(args)...);
}

// Marks an English message kept in a table of the code and translated later by tr(): the tests
// (tests/i18n/) find it here and check that it has a Vietnamese entry.
constexpr std::string_view tr_noop(std::string_view english) {
  return english;
}

// A system error text (strerror, std::error_code::message: "Permission denied") in
// ui_language(); unknown texts are returned unchanged.
std::string_view system_error_text(std::string_view english);

// "quarter", "half", "year", "month" as a word of a message in ui_language() ("this plan is
// reported by quarter"); the YAML value itself is cadence_name().
std::string_view cadence_word(Cadence cadence);

// The message of a Fatal in ui_language(): util/ throws its messages untranslated.
std::string fatal_message(const Fatal& fatal);

// The Vietnamese table, for tests that check every entry keeps the placeholders of its key.
struct MessageEntry {
  std::string_view english;
  std::string_view vietnamese;
};
std::span<const MessageEntry> vietnamese_messages();

}  // namespace papi
