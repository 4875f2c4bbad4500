#include "util/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "util/fatal.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec))
    return fs::equivalent(a, b, ec);
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

void write_all(int fd, std::string_view content, const std::string& path) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      const int error = errno;
      ::close(fd);
      throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(error)));
    }
    written += static_cast<std::size_t>(n);
  }
}

void write_in_place(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC);
  if (fd < 0)
    throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
  write_all(fd, content, path);
  if (::close(fd) != 0) {
    throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
  }
}

}  // namespace

void require_output_folder(const std::string& path) {
  const fs::path target(path);
  if (!target.has_parent_path())
    return;
  std::error_code ec;
  if (!fs::is_directory(target.parent_path(), ec)) {
    throw Fatal(fmt::format("{}: cannot write: the folder {} does not exist (create it first)",
                            path, target.parent_path().string()));
  }
}

void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& protected_files) {
  for (const std::string& input : protected_files) {
    if (same_file(path, input)) {
      throw Fatal(fmt::format("{}: refusing to overwrite an input file of the plan", path));
    }
  }
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) {
    throw Fatal(fmt::format("{}: is a folder; give a file name for the output", path));
  }
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    // A device or a pipe (/dev/stdout, a FIFO): write into it; renaming would replace it.
    write_in_place(path, content);
    return;
  }
  require_output_folder(path);
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    throw Fatal(fmt::format("{}: cannot write here: {}", path, std::strerror(errno)));
  }
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(error)));
  };
  try {
    write_all(fd, content, path);
  } catch (const Fatal&) {
    ::unlink(temporary.c_str());
    throw;
  }
  // Plain files get the usual permissions rather than mkstemp's 0600.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::fsync(fd) != 0)
    fail(errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(error)));
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw Fatal(fmt::format("{}: cannot write: {}", path, std::strerror(error)));
  }
}

}  // namespace papi
