#pragma once

#include <stdexcept>
#include <string>

namespace papi {

// A failure the command cannot go on from (a missing folder, an unwritable output). Thrown
// anywhere, caught once in main, printed, and turned into exit code 2.
class Fatal : public std::runtime_error {
 public:
  explicit Fatal(const std::string& message) : std::runtime_error(message) {}
};

// Exit codes, shared by every command (docs/errors.md).
enum ExitCode : int { kExitOk = 0, kExitDataErrors = 1, kExitUsage = 2 };

}  // namespace papi
