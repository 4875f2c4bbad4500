#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace papi {

// The two languages of papi's human text. Machine contracts (codes, JSON keys, CSV headers)
// are the same in both.
enum class Language { vi, en };

// The language of messages for the whole process, set once by the command line before any
// work starts; Vietnamese until then, as everything papi writes.
Language ui_language();
void set_ui_language(Language language);

// "vi" or "en"; nothing for anything else.
std::optional<Language> parse_language(std::string_view text);

// What decides the language: the `--lang` option and the environment (unset: nullopt).
struct LanguageSettings {
  std::optional<std::string> option;       // --lang
  std::optional<std::string> papi_lang;    // PAPI_LANG
  std::optional<std::string> lc_all;       // LC_ALL
  std::optional<std::string> lc_messages;  // LC_MESSAGES
  std::optional<std::string> lang;         // LANG
};

// The language of messages and help: --lang, else PAPI_LANG, else the locale (the first of
// LC_ALL, LC_MESSAGES, LANG that is set and not empty decides: vi… is Vietnamese, en… English,
// anything else the default), else Vietnamese. An empty value counts as unset; a value that is
// not vi or en is skipped too (the command line reports a wrong --lang or PAPI_LANG itself).
Language message_language(const LanguageSettings& settings);

// The language of documents (reports, diffs): --lang, else PAPI_LANG, else Vietnamese. The
// locale is left out on purpose: a report made by a scheduled job on an English-language server
// still goes upward in Vietnamese.
Language document_language(const LanguageSettings& settings);

}  // namespace papi
