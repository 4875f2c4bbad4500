#include <cstdio>
#include <exception>

#include "cli/app.h"
#include "util/fatal.h"

// The whole program lives in papi_core; main only turns failures into exit codes.
int main(int argc, char** argv) {
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
