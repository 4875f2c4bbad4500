#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace papi {

// A failure the command cannot go on from (a missing folder, an unwritable output). Thrown
// anywhere, caught once in main, printed, and turned into exit code 2.
class Fatal : public std::runtime_error {
 public:
  explicit Fatal(const std::string& message) : std::runtime_error(message) {}

  // For util/, which knows no languages: `english` is a format string of the message table
  // (i18n/messages_vi.cpp) with `{}` fields only; the message is translated where it is shown
  // (fatal_message in i18n/messages.h). what() is the English text.
  template <class... A>
  static Fatal untranslated(std::string_view english, const A&... arguments) {
    std::vector<std::string> texts{std::string(arguments)...};
    Fatal fatal(format_english(english, texts));
    fatal.english_ = std::string(english);
    fatal.arguments_ = std::move(texts);
    return fatal;
  }

  const std::string& english() const { return english_; }
  const std::vector<std::string>& arguments() const { return arguments_; }

 private:
  static std::string format_english(std::string_view english,
                                    const std::vector<std::string>& arguments);

  std::string english_;  // empty: what() is the message
  std::vector<std::string> arguments_;
};

// Exit codes, shared by every command (docs/errors.md).
enum ExitCode : int { kExitOk = 0, kExitDataErrors = 1, kExitUsage = 2 };

}  // namespace papi
