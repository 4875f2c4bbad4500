#include "workflow/git.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "model/fatal.h"

extern char** environ;

namespace papi {

namespace fs = std::filesystem;

namespace {

class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void reset(int fd = -1) {
    if (fd_ >= 0)
      ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

void make_pipe(Fd& read_end, Fd& write_end) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw Fatal(fmt::format("cannot create a pipe: {}", std::strerror(errno)));
  read_end.reset(fds[0]);
  write_end.reset(fds[1]);
}

// SIGPIPE is held back while we write to a child that may have exited, so that a closed pipe is
// an EPIPE error instead of the end of papi.
class SigpipeBlocked {
 public:
  SigpipeBlocked() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~SigpipeBlocked() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    const timespec zero{0, 0};
    while (sigtimedwait(&set, nullptr, &zero) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  SigpipeBlocked(const SigpipeBlocked&) = delete;
  SigpipeBlocked& operator=(const SigpipeBlocked&) = delete;

 private:
  sigset_t old_;
};

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

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input) {
  if (argv.empty())
    throw Fatal("no program to run");
  Fd in_read, in_write, out_read, out_write, err_read, err_write;
  make_pipe(in_read, in_write);
  make_pipe(out_read, out_write);
  make_pipe(err_read, err_write);
  // Our end of the child's input never blocks: poll says when it can take more.
  ::fcntl(in_write.get(), F_SETFL, ::fcntl(in_write.get(), F_GETFL) | O_NONBLOCK);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_read.get(), 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), 1);
  posix_spawn_file_actions_adddup2(&actions, err_write.get(), 2);
  std::vector<char*> args;
  for (const std::string& arg : argv)
    args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  in_read.reset();
  out_write.reset();
  err_write.reset();
  if (spawned != 0) {
    throw Fatal(fmt::format("cannot run {}: {}", argv[0], std::strerror(spawned)));
  }

  ProcessResult result;
  {
    SigpipeBlocked blocked;
    std::size_t written = 0;
    if (input.empty())
      in_write.reset();
    char buffer[65536];
    while (out_read.get() >= 0 || err_read.get() >= 0) {
      pollfd fds[3];
      nfds_t count = 0;
      auto watch = [&](const Fd& fd, short events) {
        if (fd.get() >= 0)
          fds[count++] = pollfd{fd.get(), events, 0};
      };
      watch(out_read, POLLIN);
      watch(err_read, POLLIN);
      watch(in_write, POLLOUT);
      if (::poll(fds, count, -1) < 0) {
        if (errno == EINTR)
          continue;
        break;
      }
      for (nfds_t i = 0; i < count; ++i) {
        if (fds[i].revents == 0)
          continue;
        if (fds[i].fd == in_write.get()) {
          const ssize_t n = ::write(in_write.get(), input.data() + written, input.size() - written);
          if (n > 0)
            written += static_cast<std::size_t>(n);
          if ((n < 0 && errno != EINTR && errno != EAGAIN) || written == input.size())
            in_write.reset();
          continue;
        }
        Fd& source = fds[i].fd == out_read.get() ? out_read : err_read;
        std::string& sink = fds[i].fd == out_read.get() ? result.out : result.err;
        const ssize_t n = ::read(source.get(), buffer, sizeof buffer);
        if (n > 0) {
          sink.append(buffer, static_cast<std::size_t>(n));
        } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
          source.reset();
        }
      }
    }
    in_write.reset();
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR)
      throw Fatal(fmt::format("cannot wait for {}: {}", argv[0], std::strerror(errno)));
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

GitFolder locate_git_folder(const std::string& directory) {
  std::error_code ec;
  if (!fs::exists(directory, ec))
    throw Fatal(fmt::format("{}: no such folder", directory));
  if (!fs::is_directory(directory, ec))
    throw Fatal(fmt::format("{}: not a folder (give the plan folder, e.g. plans/van-giang-2021)",
                            directory));
  ProcessResult found;
  try {
    found = git({"-C", directory, "rev-parse", "--show-toplevel", "--show-prefix"});
  } catch (const Fatal&) {
    throw Fatal("cannot run git: papi diff reads the plan's history with git; install git");
  }
  if (found.exit_code != 0) {
    throw Fatal(
        fmt::format("{}: not inside a git repository, so there are no revisions to compare ({})",
                    directory, first_line(found.err)));
  }
  GitFolder folder;
  const std::size_t newline = found.out.find('\n');
  folder.top = found.out.substr(0, newline);
  if (newline != std::string::npos)
    folder.prefix = first_line(std::string_view(found.out).substr(newline + 1));
  if (folder.top.empty())
    throw Fatal(fmt::format("{}: not inside a git working tree", directory));
  if (!folder.prefix.empty() && folder.prefix.back() != '/')
    folder.prefix += '/';
  return folder;
}

std::string resolve_commit(const GitFolder& folder, const std::string& revision) {
  if (revision.empty() || revision.front() == '-') {
    throw Fatal(
        fmt::format("`{}` is not a revision (a revision is a commit id, a branch, a "
                    "tag, HEAD or HEAD~1, ...)",
                    revision));
  }
  const ProcessResult found =
      git({"-C", folder.top, "rev-parse", "--verify", "--quiet", revision + "^{commit}"});
  if (found.exit_code != 0) {
    throw Fatal(fmt::format("unknown revision `{}` (see `git log` for the commits of {})", revision,
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
    throw Fatal(fmt::format("git ls-tree {} failed: {}", commit, first_line(listed.err)));
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
    throw Fatal(fmt::format("git cat-file failed: {}", first_line(contents.err)));
  }
  std::string_view stream = contents.out;
  for (const Entry& entry : entries) {
    // "<object> blob <size>\n<content>\n"
    const std::size_t header_end = stream.find('\n');
    if (header_end == std::string_view::npos)
      throw Fatal("git cat-file: unexpected end of output");
    const std::string_view header = stream.substr(0, header_end);
    const std::size_t size_at = header.rfind(' ');
    if (size_at == std::string_view::npos || header.find(" blob ") == std::string_view::npos)
      throw Fatal(fmt::format("git cat-file: cannot read object {}", entry.object));
    std::size_t size = 0;
    for (char c : header.substr(size_at + 1)) {
      if (c < '0' || c > '9')
        throw Fatal("git cat-file: unexpected output");
      size = size * 10 + static_cast<std::size_t>(c - '0');
    }
    if (header_end + 1 + size > stream.size())
      throw Fatal("git cat-file: unexpected end of output");
    const std::string_view content = stream.substr(header_end + 1, size);
    stream.remove_prefix(std::min(stream.size(), header_end + 1 + size + 1));

    const fs::path path = fs::path(target) / entry.relative;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out)
      throw Fatal(fmt::format("{}: cannot write: {}", path.string(), std::strerror(errno)));
  }
  return entries.size();
}

TemporaryFolder::TemporaryFolder(std::string_view prefix) {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  if (ec)
    base = "/tmp";
  std::string pattern = (base / (std::string(prefix) + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr)
    throw Fatal(fmt::format("cannot create a temporary folder: {}", std::strerror(errno)));
  path_ = pattern;
}

TemporaryFolder::~TemporaryFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace papi
