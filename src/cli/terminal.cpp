#include "cli/terminal.h"

#include <cstdlib>
#include <string_view>

#include <unistd.h>

namespace papi {

bool use_color(std::FILE* stream) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color)
    return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb")
    return false;
  return ::isatty(::fileno(stream)) == 1;
}

}  // namespace papi
