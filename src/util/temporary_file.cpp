#include "util/temporary_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <unistd.h>

namespace papi {

TemporaryFile::TemporaryFile(const std::string& suffix) {
  std::string pattern =
      (std::filesystem::temp_directory_path() / ("papi-XXXXXX" + suffix)).string();
  const int fd = ::mkstemps(pattern.data(), static_cast<int>(suffix.size()));
  if (fd < 0)
    throw std::runtime_error("cannot create a temporary file in " +
                             std::filesystem::temp_directory_path().string());
  ::close(fd);
  path_ = pattern;
}

TemporaryFile::~TemporaryFile() {
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

std::string TemporaryFile::bytes() const {
  std::ifstream in(path_, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot read the temporary file " + path_);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace papi
