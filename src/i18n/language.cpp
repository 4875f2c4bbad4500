#include "i18n/language.h"

#include <atomic>
#include <utility>

namespace papi {

namespace {

std::atomic<Language> g_ui_language{Language::vi};

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

namespace {

std::optional<Language> chosen(const std::optional<std::string>& value) {
  if (!value || value->empty())
    return std::nullopt;
  return parse_language(*value);
}

// vi_VN.UTF-8 → vi, en_GB → en, C.UTF-8 → nothing.
std::optional<Language> locale_language(const std::string& locale) {
  for (auto [prefix, language] : {std::pair{"vi", Language::vi}, std::pair{"en", Language::en}}) {
    const std::string_view name(prefix);
    if (locale.rfind(name, 0) == 0 && (locale.size() == name.size() || locale[name.size()] == '_' ||
                                       locale[name.size()] == '.' || locale[name.size()] == '@')) {
      return language;
    }
  }
  return std::nullopt;
}

}  // namespace

Language message_language(const LanguageSettings& settings) {
  if (auto language = chosen(settings.option))
    return *language;
  if (auto language = chosen(settings.papi_lang))
    return *language;
  for (const auto* locale : {&settings.lc_all, &settings.lc_messages, &settings.lang}) {
    if (*locale && !(*locale)->empty())
      return locale_language(**locale).value_or(Language::vi);
  }
  return Language::vi;
}

Language document_language(const LanguageSettings& settings) {
  if (auto language = chosen(settings.option))
    return *language;
  return chosen(settings.papi_lang).value_or(Language::vi);
}

}  // namespace papi
