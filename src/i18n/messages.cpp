#include "i18n/messages.h"

#include <unordered_map>

namespace papi {

namespace {

const std::unordered_map<std::string_view, std::string_view>& vietnamese_index() {
  static const std::unordered_map<std::string_view, std::string_view> index = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    for (const MessageEntry& entry : vietnamese_messages())
      map.emplace(entry.english, entry.vietnamese);
    return map;
  }();
  return index;
}

}  // namespace

std::string_view tr(Language language, std::string_view english) {
  if (language == Language::en)
    return english;
  const auto& index = vietnamese_index();
  const auto found = index.find(english);
  return found == index.end() ? english : found->second;
}

std::string_view tr(std::string_view english) {
  return tr(ui_language(), english);
}

}  // namespace papi
