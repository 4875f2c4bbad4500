#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "load/folder_loader.h"
#include "validate/validate_folder.h"

namespace papi {

// Loads and checks many plan folders, `options.jobs` at a time, each plan's own files on
// one thread (a province's 10 or the ministry's 700 plans keep every core busy that way),
// and hands each checked plan to `use(index, plan)` on the thread that loaded it, then
// drops it: only the plans being loaded are in memory at once. `use` must be safe to call
// from several threads for different indexes. With fewer plans than jobs, each plan gets
// the jobs left over. A failure (a folder that is not there, out of memory) stops the
// others; the one of the lowest index is rethrown here, so the outcome does not depend on
// timing.
void load_and_check_each(const std::vector<std::string>& directories, const LoadOptions& options,
                         const std::function<void(std::size_t, CheckedPlan&&)>& use);

}  // namespace papi
