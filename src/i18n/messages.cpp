#include "i18n/messages.h"

#include <cerrno>
#include <cstring>
#include <unordered_map>

#include <fmt/args.h>

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

std::string_view system_error_text(std::string_view english) {
  // The texts of the errors a user meets when reading and writing files (glibc's wording).
  static constexpr std::string_view kKnown[] = {
      tr_noop("Permission denied"),
      tr_noop("No such file or directory"),
      tr_noop("No space left on device"),
      tr_noop("Read-only file system"),
      tr_noop("Is a directory"),
      tr_noop("Not a directory"),
      tr_noop("File exists"),
      tr_noop("Directory not empty"),
      tr_noop("Disk quota exceeded"),
      tr_noop("File name too long"),
      tr_noop("Too many open files"),
  };
  for (std::string_view known : kKnown) {
    if (english == known)
      return tr(known);
  }
  return english;
}

std::string_view cadence_word(Cadence cadence) {
  switch (cadence) {
    case Cadence::year:
      return tr("year");
    case Cadence::half:
      return tr("half");
    case Cadence::quarter:
      return tr("quarter");
    case Cadence::month:
      return tr("month");
  }
  return tr("year");
}

std::string fatal_message(const Fatal& fatal) {
  if (fatal.english().empty())
    return fatal.what();
  fmt::dynamic_format_arg_store<fmt::format_context> arguments;
  for (const std::string& argument : fatal.arguments())
    arguments.push_back(std::string(system_error_text(argument)));
  return fmt::vformat(tr(fatal.english()), arguments);
}

std::string_view tr(std::string_view english) {
  return tr(ui_language(), english);
}

}  // namespace papi
