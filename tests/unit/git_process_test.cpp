#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "util/fatal.h"
#include "util/process.h"
#include "util/temporary_folder.h"
#include "workflow/git.h"

using namespace papi;

TEST_CASE("run_process: arguments are passed as they are, no shell", "[process]") {
  const ProcessResult echo = run_process({"printf", "%s|", "a b", "$(touch x)", "'q'", ";"});
  CHECK(echo.exit_code == 0);
  CHECK(echo.out == "a b|$(touch x)|'q'|;|");
  CHECK(echo.err.empty());
  const ProcessResult status = run_process({"sh", "-c", "echo oops >&2; exit 3"});
  CHECK(status.exit_code == 3);
  CHECK(status.err == "oops\n");
}

TEST_CASE("run_process: large input and output do not block each other", "[process]") {
  std::string input;
  for (int i = 0; input.size() < 3'000'000; ++i)
    input += "dòng " + std::to_string(i) + "\n";
  const ProcessResult copy = run_process({"cat"}, input);
  CHECK(copy.exit_code == 0);
  CHECK(copy.out == input);
  // A child that stops reading early: papi is not killed by SIGPIPE.
  const ProcessResult early = run_process({"head", "-c", "10"}, input);
  CHECK(early.exit_code == 0);
  CHECK(early.out == input.substr(0, 10));
}

TEST_CASE("run_process: a missing program is a Fatal", "[process]") {
  CHECK_THROWS_AS(run_process({"papi-no-such-program-xyz"}), Fatal);
}

TEST_CASE("TemporaryFolder: created, then removed with its content", "[process]") {
  std::string path;
  {
    const TemporaryFolder folder("papi-test");
    path = folder.path();
    CHECK(std::filesystem::is_directory(path));
    std::filesystem::create_directories(path + "/a/b");
  }
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("git: outside a repository and for revisions that are options", "[process]") {
  const TemporaryFolder folder("papi-test");
  CHECK_THROWS_AS(locate_git_folder(folder.path() + "/missing"), Fatal);
  const GitFolder fake{folder.path(), ""};
  CHECK_THROWS_AS(resolve_commit(fake, "--output=x"), Fatal);
  CHECK_THROWS_AS(resolve_commit(fake, ""), Fatal);
}
