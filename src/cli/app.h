#pragma once

namespace papi {

// Parses the command line and runs one command; returns the process exit code
// (0 ok, 1 errors in the data, 2 usage or I/O problems). Throws Fatal for the latter.
int run_cli(int argc, char** argv);

}  // namespace papi
