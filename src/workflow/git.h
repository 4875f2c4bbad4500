#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace papi {

// Reading plan folders out of git revisions, for `papi diff`. git is run as a program (found in
// PATH) with an argument vector, never through a shell, so file names and revisions are never
// interpreted.

struct ProcessResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] looked up in PATH), feeding `input` to its standard input and
// collecting both outputs. Throws Fatal when the program cannot be started.
ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input = {});

// A folder inside a git working tree.
struct GitFolder {
  std::string top;     // the working tree's root
  std::string prefix;  // the folder relative to it, with a final `/`; empty at the root
};

// Throws Fatal when git is missing or `directory` is not inside a git working tree.
GitFolder locate_git_folder(const std::string& directory);

// The commit id `revision` names (a branch, a tag, HEAD~1, an abbreviated id). Throws Fatal for
// an unknown revision, and for one that starts with `-` (it would read as an option).
std::string resolve_commit(const GitFolder& folder, const std::string& revision);

// Writes the files of `folder` as they are in `commit` into `target` (an existing empty folder):
// the plan folder of that revision, materialised. Symbolic links and submodules are skipped.
// Returns the number of files written; 0 when the folder does not exist in that commit.
std::size_t materialise_folder(const GitFolder& folder, const std::string& commit,
                               const std::string& target);

// A fresh folder under the system's temporary folder, removed with everything in it when this
// object goes.
class TemporaryFolder {
 public:
  explicit TemporaryFolder(std::string_view prefix);
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace papi
