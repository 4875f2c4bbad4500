#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "i18n/language.h"

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

// The Vietnamese table, for tests that check every entry keeps the placeholders of its key.
struct MessageEntry {
  std::string_view english;
  std::string_view vietnamese;
};
std::span<const MessageEntry> vietnamese_messages();

}  // namespace papi
