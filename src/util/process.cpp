#include "util/process.h"

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

#include "util/fatal.h"

extern char** environ;

namespace papi {

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
    throw Fatal::untranslated("cannot create a pipe: {}", std::strerror(errno));
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

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input) {
  if (argv.empty())
    throw Fatal::untranslated("no program to run");
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
    throw Fatal::untranslated("cannot run {}: {}", argv[0], std::strerror(spawned));
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
      throw Fatal::untranslated("cannot wait for {}: {}", argv[0], std::strerror(errno));
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace papi
