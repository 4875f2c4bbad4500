#include "workflow/git.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/fatal.h"
#include "util/process.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

std::string first_line(std::string_view text) {
  const std::size_t end = text.find('\n');
  std::string line(text.substr(0, end));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
    line.pop_back();
  return line;
}

ProcessResult git(const std::vector<std::string>& arguments, std::string_view input = {}) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  return run_process(argv, input);
}

}  // namespace

GitFolder locate_git_folder(const std::string& directory) {
  std::error_code ec;
  if (!fs::exists(directory, ec))
    throw Fatal(trf("{}: no such folder", directory));
  if (!fs::is_directory(directory, ec))
    throw Fatal(
        trf("{}: not a folder (give the plan folder, e.g. plans/van-giang-2021)", directory));
  ProcessResult found;
  try {
    found = git({"-C", directory, "rev-parse", "--show-toplevel", "--show-prefix"});
  } catch (const Fatal&) {
    throw Fatal(std::string(
        tr("cannot run git: papi diff reads the plan's history with git; install git")));
  }
  if (found.exit_code != 0) {
    throw Fatal(trf("{}: not inside a git repository, so there are no revisions to compare ({})",
                    directory, first_line(found.err)));
  }
  GitFolder folder;
  const std::size_t newline = found.out.find('\n');
  folder.top = found.out.substr(0, newline);
  if (newline != std::string::npos)
    folder.prefix = first_line(std::string_view(found.out).substr(newline + 1));
  if (folder.top.empty())
    throw Fatal(trf("{}: not inside a git working tree", directory));
  if (!folder.prefix.empty() && folder.prefix.back() != '/')
    folder.prefix += '/';
  return folder;
}

std::string resolve_commit(const GitFolder& folder, const std::string& revision) {
  if (revision.empty() || revision.front() == '-') {
    throw Fatal(
        trf("`{}` is not a revision (a revision is a commit id, a branch, a "
            "tag, HEAD or HEAD~1, ...)",
            revision));
  }
  const ProcessResult found =
      git({"-C", folder.top, "rev-parse", "--verify", "--quiet", revision + "^{commit}"});
  if (found.exit_code != 0) {
    throw Fatal(trf("unknown revision `{}` (see `git log` for the commits of {})", revision,
                    folder.prefix.empty() ? std::string(".") : folder.prefix));
  }
  return first_line(found.out);
}

std::size_t materialise_folder(const GitFolder& folder, const std::string& commit,
                               const std::string& target) {
  std::vector<std::string> list_arguments = {
      "--literal-pathspecs", "-C", folder.top, "ls-tree", "-r", "-z", commit};
  if (!folder.prefix.empty()) {
    list_arguments.push_back("--");
    list_arguments.push_back(folder.prefix);
  }
  const ProcessResult listed = git(list_arguments);
  if (listed.exit_code != 0) {
    throw Fatal(trf("git ls-tree {} failed: {}", commit, first_line(listed.err)));
  }
  struct Entry {
    std::string object;
    fs::path relative;
  };
  std::vector<Entry> entries;
  std::string_view rest = listed.out;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\0');
    const std::string_view record = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    const std::size_t tab = record.find('\t');
    if (tab == std::string_view::npos)
      continue;
    const std::string_view info = record.substr(0, tab);
    const std::string_view path = record.substr(tab + 1);
    // "<mode> <type> <object>"
    const std::size_t first_space = info.find(' ');
    const std::size_t second_space = info.find(' ', first_space + 1);
    if (first_space == std::string_view::npos || second_space == std::string_view::npos)
      continue;
    const std::string_view mode = info.substr(0, first_space);
    const std::string_view type = info.substr(first_space + 1, second_space - first_space - 1);
    if (type != "blob" || mode == "120000")
      continue;
    if (path.substr(0, folder.prefix.size()) != folder.prefix)
      continue;
    const fs::path relative(std::string(path.substr(folder.prefix.size())));
    bool safe = !relative.empty() && relative.is_relative();
    for (const fs::path& part : relative) {
      if (part == ".." || part == "." || part.empty())
        safe = false;
    }
    if (safe)
      entries.push_back(Entry{std::string(info.substr(second_space + 1)), relative});
  }
  if (entries.empty())
    return 0;

  std::string request;
  for (const Entry& entry : entries)
    request += entry.object + "\n";
  const ProcessResult contents = git({"-C", folder.top, "cat-file", "--batch"}, request);
  if (contents.exit_code != 0) {
    throw Fatal(trf("git cat-file failed: {}", first_line(contents.err)));
  }
  std::string_view stream = contents.out;
  for (const Entry& entry : entries) {
    // "<object> blob <size>\n<content>\n"
    const std::size_t header_end = stream.find('\n');
    if (header_end == std::string_view::npos)
      throw Fatal(std::string(tr("git cat-file: unexpected end of output")));
    const std::string_view header = stream.substr(0, header_end);
    const std::size_t size_at = header.rfind(' ');
    if (size_at == std::string_view::npos || header.find(" blob ") == std::string_view::npos)
      throw Fatal(trf("git cat-file: cannot read object {}", entry.object));
    std::size_t size = 0;
    for (char c : header.substr(size_at + 1)) {
      if (c < '0' || c > '9')
        throw Fatal(std::string(tr("git cat-file: unexpected output")));
      size = size * 10 + static_cast<std::size_t>(c - '0');
    }
    if (header_end + 1 + size > stream.size())
      throw Fatal(std::string(tr("git cat-file: unexpected end of output")));
    const std::string_view content = stream.substr(header_end + 1, size);
    stream.remove_prefix(std::min(stream.size(), header_end + 1 + size + 1));

    const fs::path path = fs::path(target) / entry.relative;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out)
      throw Fatal(
          trf("{}: cannot write: {}", path.string(), system_error_text(std::strerror(errno))));
  }
  return entries.size();
}

}  // namespace papi
