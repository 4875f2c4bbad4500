#include "validate/load_many.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace papi {

void load_and_check_each(const std::vector<std::string>& directories, const LoadOptions& options,
                         const std::function<void(std::size_t, CheckedPlan&&)>& use) {
  const std::size_t count = directories.size();
  if (count == 0)
    return;
  const unsigned jobs = std::max(1u, options.jobs);
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  LoadOptions per_plan = options;
  per_plan.jobs = std::max(1u, jobs / workers);

  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::size_t failure_index = count;
  std::exception_ptr failure;
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        use(i, load_and_check(directories[i], per_plan));
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (i < failure_index) {
          failure_index = i;
          failure = std::current_exception();
        }
        next = count;
      }
    }
  };
  if (workers == 1) {
    work();
  } else {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < workers; ++t)
      pool.emplace_back(work);
  }
  if (failure)
    std::rethrow_exception(failure);
}

}  // namespace papi
