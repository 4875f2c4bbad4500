#include "i18n/language.h"

#include <atomic>

namespace papi {

namespace {

std::atomic<Language> g_ui_language{Language::en};

}  // namespace

Language ui_language() {
  return g_ui_language.load(std::memory_order_relaxed);
}

void set_ui_language(Language language) {
  g_ui_language.store(language, std::memory_order_relaxed);
}

std::optional<Language> parse_language(std::string_view text) {
  if (text == "vi")
    return Language::vi;
  if (text == "en")
    return Language::en;
  return std::nullopt;
}

}  // namespace papi
