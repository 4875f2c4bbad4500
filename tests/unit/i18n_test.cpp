#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "i18n/language.h"
#include "i18n/messages.h"

using namespace papi;

namespace {

std::multiset<std::string> placeholders(std::string_view text) {
  static const std::regex placeholder(R"(\{[^{}]*\})");
  std::multiset<std::string> found;
  const std::string copy(text);
  for (auto it = std::sregex_iterator(copy.begin(), copy.end(), placeholder);
       it != std::sregex_iterator(); ++it)
    found.insert(it->str());
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
