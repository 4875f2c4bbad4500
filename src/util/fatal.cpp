#include "util/fatal.h"

namespace papi {

std::string Fatal::format_english(std::string_view english,
                                  const std::vector<std::string>& arguments) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < english.size(); ++i) {
    if (english.compare(i, 2, "{}") == 0 && next < arguments.size()) {
      out += arguments[next++];
      ++i;
    } else {
      out += english[i];
    }
  }
  return out;
}

}  // namespace papi
