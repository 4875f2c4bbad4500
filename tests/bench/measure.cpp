// Runs one command and measures it for run_bench.py (docs/performance.md): wall time, CPU time
// (user + system) and peak resident memory, from wait4(2) of the child.
//
// Usage: papi_bench_measure STDOUT_FILE STDERR_FILE COMMAND [ARGUMENTS...]
// Prints "wall_seconds cpu_seconds peak_rss_bytes exit_code" on one line.
//
// Why not Python's own os.wait4: a child's ru_maxrss counts the memory it had between fork and
// exec, which for a child of the Python runner is the runner's own ~15 MB. This program is small,
// so what it measures is the command's peak.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s STDOUT_FILE STDERR_FILE COMMAND [ARGUMENTS...]\n", argv[0]);
    return 2;
  }
  const int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0 || err < 0) {
    std::perror("papi_bench_measure: output file");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child < 0) {
    std::perror("papi_bench_measure: fork");
    return 2;
  }
  if (child == 0) {
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    execvp(argv[3], argv + 3);
    std::perror("papi_bench_measure: exec");
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(child, &status, 0, &usage) < 0) {
    std::perror("papi_bench_measure: wait4");
    return 2;
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf("%.6f %.6f %ld %d\n", wall, cpu, usage.ru_maxrss * 1024L, code);
  return 0;
}
