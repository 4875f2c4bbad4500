#pragma once

#include <string>

namespace papi {

// A new, empty file in the system's temporary folder, removed when this object goes away. For
// libraries that write only to a path (libxlsxwriter): the bytes are read back and then written
// where they belong through the atomic output path.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& suffix = "");
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  const std::string& path() const { return path_; }
  std::string bytes() const;

 private:
  std::string path_;
};

}  // namespace papi
