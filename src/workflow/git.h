#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/process.h"
#include "util/temporary_folder.h"

namespace papi {

// Reading plan folders out of git revisions, for `papi diff`. git is run as a program (found in
// PATH) with an argument vector, never through a shell, so file names and revisions are never
// interpreted.

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

}  // namespace papi
