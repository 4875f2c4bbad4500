#include "validate/validate_folder.h"

#include "validate/plan_checks.h"

namespace papi {

CheckedPlan load_and_check(const std::string& directory, const LoadOptions& options) {
  LoadResult loaded = load_plan_folder(directory, options);
  CheckedPlan checked{std::move(loaded.data), std::move(loaded.diagnostics)};
  Diagnostics semantic = check_plan(checked.data);
  checked.diagnostics.insert(checked.diagnostics.end(), std::make_move_iterator(semantic.begin()),
                             std::make_move_iterator(semantic.end()));
  sort_diagnostics(checked.diagnostics);
  return checked;
}

}  // namespace papi
