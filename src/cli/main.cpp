#include <cstdio>
#include <exception>

#include "cli/app.h"
#include "cli/output.h"
#include "util/fatal.h"

namespace {

int run(int argc, char** argv) {
  try {
    return papi::run_cli(argc, argv);
  } catch (const papi::Fatal& e) {
    std::fprintf(stderr, "papi: error: %s\n", e.what());
    return papi::kExitUsage;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "papi: error: out of memory\n");
    return papi::kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "papi: internal error: %s\n", e.what());
    return papi::kExitUsage;
  }
}

}  // namespace

// The whole program lives in papi_core; main only turns failures into exit codes, and output
// that standard output lost into exit 2.
int main(int argc, char** argv) {
  return papi::finish_standard_output(run(argc, argv));
}
