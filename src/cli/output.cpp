#include "cli/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <stdio_ext.h>

#include "i18n/messages.h"
#include "util/atomic_file.h"
#include "util/fatal.h"

namespace papi {

namespace {

std::string standard_output_error(int error) {
  if (error == 0)
    return std::string(tr("cannot write to standard output"));
  return trf("cannot write to standard output: {}", system_error_text(std::strerror(error)));
}

// What is left in stdout's buffer is lost already: drop it, so that the exit does not try to
// write it again and the failure is reported once.
void drop_standard_output() {
  __fpurge(stdout);
  std::clearerr(stdout);
}

}  // namespace

void require_output_file(const std::string& path, std::string_view format) {
  if (path.empty())
    throw Fatal(trf("--format {} writes a file: give -o FILE.{} (or -o - for standard output)",
                    format, format));
}

void write_output(const std::string& path, std::string_view content,
                  const std::vector<std::string>& protected_files) {
  if (path.empty() || path == "-") {
    write_standard_output(content);
    return;
  }
  write_file_atomically(path, content, protected_files);
}

void write_standard_output(std::string_view content) {
  errno = 0;
  if (std::fwrite(content.data(), 1, content.size(), stdout) == content.size() &&
      std::fflush(stdout) == 0)
    return;
  const int error = errno;
  drop_standard_output();
  throw Fatal(standard_output_error(error));
}

int finish_standard_output(int exit_code) {
  errno = 0;
  std::cout.flush();  // through stdout's buffer: the first flush that fails sets errno
  const bool flushed = std::fflush(stdout) == 0;
  if (flushed && !std::ferror(stdout) && std::cout.good())
    return exit_code;
  const int error = errno;
  drop_standard_output();
  std::fputs((trf("papi: error: {}", standard_output_error(error)) + "\n").c_str(), stderr);
  return kExitUsage;
}

}  // namespace papi
