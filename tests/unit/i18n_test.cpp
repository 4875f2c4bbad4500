#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "i18n/language.h"
#include "i18n/messages.h"

using namespace papi;

namespace {

// The fields of a format string as fmt numbers them: "{:02}-{}" and "{1}/{0:02}" both have
// {0:02} and {1}, so a translation may reorder the fields.
std::multiset<std::string> placeholders(std::string_view text) {
  static const std::regex placeholder(R"(\{([0-9]*)(:[^{}]*)?\})");
  std::multiset<std::string> found;
  const std::string copy(text);
  int automatic = 0;
  for (auto it = std::sregex_iterator(copy.begin(), copy.end(), placeholder);
       it != std::sregex_iterator(); ++it) {
    const std::string index = (*it)[1].str().empty() ? std::to_string(automatic++) : (*it)[1].str();
    found.insert(index + (*it)[2].str());
  }
  return found;
}

}  // namespace

TEST_CASE("Language: vi and en are the only names", "[i18n]") {
  CHECK(parse_language("vi") == Language::vi);
  CHECK(parse_language("en") == Language::en);
  CHECK_FALSE(parse_language("VI"));
  CHECK_FALSE(parse_language(""));
  CHECK_FALSE(parse_language("fr"));
}

TEST_CASE("tr: English is the key, Vietnamese comes from the table", "[i18n]") {
  CHECK(tr(Language::en, "cannot write to standard output") == "cannot write to standard output");
  CHECK(tr(Language::vi, "cannot write to standard output") == "không ghi được ra đầu ra chuẩn");
  // A message without an entry is shown as written.
  CHECK(tr(Language::vi, "no such message in the table") == "no such message in the table");

  const Language before = ui_language();
  set_ui_language(Language::vi);
  CHECK(tr("cannot write to standard output") == "không ghi được ra đầu ra chuẩn");
  set_ui_language(Language::en);
  CHECK(tr("cannot write to standard output") == "cannot write to standard output");
  set_ui_language(before);
}

TEST_CASE("trf: formats the translated text", "[i18n]") {
  CHECK(trf(Language::en, "unit '{}' and {} more", "th-a", 2) == "unit 'th-a' and 2 more");
}

TEST_CASE("messages_vi: every entry keeps the placeholders of its English key", "[i18n]") {
  std::set<std::string_view> keys;
  for (const MessageEntry& entry : vietnamese_messages()) {
    INFO(entry.english);
    CHECK(keys.insert(entry.english).second);  // each key once
    CHECK_FALSE(entry.vietnamese.empty());
    CHECK(placeholders(entry.english) == placeholders(entry.vietnamese));
  }
}

TEST_CASE("message_language: --lang, then PAPI_LANG, then the locale, then Vietnamese", "[i18n]") {
  LanguageSettings s;
  CHECK(message_language(s) == Language::vi);  // nothing set
  s.lang = "en_US.UTF-8";
  CHECK(message_language(s) == Language::en);
  s.lc_messages = "vi_VN.UTF-8";  // LC_MESSAGES before LANG
  CHECK(message_language(s) == Language::vi);
  s.lc_all = "en_GB";  // LC_ALL before both
  CHECK(message_language(s) == Language::en);
  s.lc_all = "";  // empty counts as unset
  CHECK(message_language(s) == Language::vi);
  s.lc_all = "C.UTF-8";  // the first locale set decides, and C is neither: the default
  CHECK(message_language(s) == Language::vi);
  s.lc_all = "english";  // not en_…: not English
  CHECK(message_language(s) == Language::vi);
  s.lc_all = "en";
  CHECK(message_language(s) == Language::en);
  s.papi_lang = "vi";  // PAPI_LANG before the locale
  CHECK(message_language(s) == Language::vi);
  s.papi_lang = "fr";  // not a language: skipped (the command line says so itself)
  CHECK(message_language(s) == Language::en);
  s.option = "vi";  // --lang before everything
  s.papi_lang = "en";
  CHECK(message_language(s) == Language::vi);
}

TEST_CASE("document_language: --lang, then PAPI_LANG, never the locale", "[i18n]") {
  LanguageSettings s;
  s.lang = "en_US.UTF-8";
  s.lc_all = "en_US.UTF-8";
  CHECK(document_language(s) == Language::vi);  // a server's locale does not turn reports English
  s.papi_lang = "en";
  CHECK(document_language(s) == Language::en);
  s.option = "vi";
  CHECK(document_language(s) == Language::vi);
}

TEST_CASE("Fatal::untranslated: English in what(), translated where it is shown", "[i18n]") {
  const Fatal fatal =
      Fatal::untranslated("{}: cannot write: {}", "out/r.md", "Permission denied");
  CHECK(std::string(fatal.what()) == "out/r.md: cannot write: Permission denied");
  set_ui_language(Language::en);
  CHECK(fatal_message(fatal) == "out/r.md: cannot write: Permission denied");
  set_ui_language(Language::vi);
  // The system's error text is translated too; the path is not.
  CHECK(fatal_message(fatal) == "out/r.md: không ghi được: không có quyền");
  CHECK(fatal_message(Fatal("already said")) == "already said");
}

TEST_CASE("cadence_word: the words of a message, not the YAML values", "[i18n]") {
  set_ui_language(Language::vi);
  CHECK(cadence_word(Cadence::quarter) == "quý");
  CHECK(cadence_word(Cadence::half) == "nửa năm");
  set_ui_language(Language::en);
  CHECK(cadence_word(Cadence::quarter) == "quarter");
}
