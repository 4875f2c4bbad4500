#include "util/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

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
      throw Fatal::untranslated("{}: cannot write: {}", path, std::strerror(error));
    }
    written += static_cast<std::size_t>(n);
  }
}

void write_in_place(const std::string& path, std::string_view content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC);
  if (fd < 0)
    throw Fatal::untranslated("{}: cannot write: {}", path, std::strerror(errno));
  write_all(fd, content, path);
  if (::close(fd) != 0) {
    throw Fatal::untranslated("{}: cannot write: {}", path, std::strerror(errno));
  }
}

}  // namespace

void require_output_folder(const std::string& path) {
  const fs::path target(path);
  if (!target.has_parent_path())
    return;
  std::error_code ec;
  if (!fs::is_directory(target.parent_path(), ec)) {
    throw Fatal::untranslated("{}: cannot write: the folder {} does not exist (create it first)",
                              path, target.parent_path().string());
  }
}

void check_output_target(const std::string& path, const std::vector<std::string>& protected_files) {
  for (const std::string& input : protected_files) {
    if (same_file(path, input)) {
      throw Fatal::untranslated("{}: refusing to overwrite an input file of the plan", path);
    }
  }
  std::error_code ec;
  if (fs::is_directory(fs::status(path, ec))) {
    throw Fatal::untranslated("{}: is a folder; give a file name for the output", path);
  }
}

namespace {

// A complete temporary file next to its target, waiting to be renamed over it.
struct Staged {
  std::string target;
  std::string temporary;
};

Staged stage(const std::string& path, std::string_view content) {
  require_output_folder(path);
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temporary = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    throw Fatal::untranslated("{}: cannot write here: {}", path, std::strerror(errno));
  }
  auto fail = [&](int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    throw Fatal::untranslated("{}: cannot write: {}", path, std::strerror(error));
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
    throw Fatal::untranslated("{}: cannot write: {}", path, std::strerror(error));
  }
  return Staged{path, std::move(temporary)};
}

// Renames the temporary file over its target; on failure the temporary file is removed.
void commit(const Staged& staged) {
  if (::rename(staged.temporary.c_str(), staged.target.c_str()) != 0) {
    const int error = errno;
    ::unlink(staged.temporary.c_str());
    throw Fatal::untranslated("{}: cannot write: {}", staged.target, std::strerror(error));
  }
}

std::optional<std::string> read_existing(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof())
    throw Fatal::untranslated("{}: cannot read the file it would replace", path);
  return std::move(buffer).str();
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& protected_files) {
  check_output_target(path, protected_files);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    // A device or a pipe (/dev/stdout, a FIFO): write into it; renaming would replace it.
    write_in_place(path, content);
    return;
  }
  commit(stage(path, content));
}

void write_files_atomically(const std::vector<FileContent>& files,
                            const std::vector<std::string>& protected_files) {
  for (const FileContent& file : files) {
    check_output_target(file.path, protected_files);
    std::error_code ec;
    const fs::file_status status = fs::status(file.path, ec);
    if (fs::exists(status) && !fs::is_regular_file(status))
      throw Fatal::untranslated("{}: is not a regular file; nothing was written", file.path);
    require_output_folder(file.path);
  }
  std::vector<std::optional<std::string>> previous;
  for (const FileContent& file : files)
    previous.push_back(read_existing(file.path));

  std::vector<Staged> staged;
  try {
    for (const FileContent& file : files)
      staged.push_back(stage(file.path, file.content));
  } catch (const Fatal&) {
    for (const Staged& s : staged)
      ::unlink(s.temporary.c_str());
    throw;
  }
  std::size_t done = 0;
  try {
    for (; done < staged.size(); ++done)
      commit(staged[done]);
  } catch (const Fatal&) {
    // commit removed the temporary file that failed; remove the rest and put back the files
    // already replaced, so that the folders are as they were.
    for (std::size_t i = done + 1; i < staged.size(); ++i)
      ::unlink(staged[i].temporary.c_str());
    for (std::size_t i = 0; i < done; ++i) {
      if (previous[i]) {
        try {
          commit(stage(files[i].path, *previous[i]));
        } catch (const Fatal&) {
          // Nothing better can be done: the error below names the first failure.
        }
      } else {
        ::unlink(files[i].path.c_str());
      }
    }
    throw;
  }
}

}  // namespace papi
