#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "cli/app.h"
#include "cli/output.h"
#include "i18n/messages.h"
#include "util/fatal.h"

namespace {

using papi::tr;
using papi::trf;

int run(int argc, char** argv) {
  try {
    return papi::run_cli(argc, argv);
  } catch (const papi::Fatal& e) {
    std::fputs((trf("papi: error: {}", papi::fatal_message(e)) + "\n").c_str(), stderr);
    return papi::kExitUsage;
  } catch (const std::bad_alloc&) {
    std::fputs((trf("papi: error: {}", tr("out of memory")) + "\n").c_str(), stderr);
    return papi::kExitUsage;
  } catch (const std::exception& e) {
    std::fputs((trf("papi: internal error: {}", e.what()) + "\n").c_str(), stderr);
    return papi::kExitUsage;
  }
}

}  // namespace

// The whole program lives in papi_core; main only turns failures into exit codes, and output
// that standard output lost into exit 2.
int main(int argc, char** argv) {
  // libzip turns each entry's DOS time into a time_t with mktime, and with TZ unset glibc
  // reads /etc/localtime again on every call: a tenth of an import of 1,000 workbooks. Naming
  // the same zone file keeps the zone and reads it once.
  setenv("TZ", ":/etc/localtime", 0);
  return papi::finish_standard_output(run(argc, argv));
}
