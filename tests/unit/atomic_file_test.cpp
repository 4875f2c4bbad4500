#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/atomic_file.h"
#include "util/fatal.h"
#include "util/temporary_folder.h"

using namespace papi;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_files_atomically writes all of the files", "[atomic]") {
  TemporaryFolder tmp("papi-atomic");
  const std::string a = tmp.path() + "/a.yaml";
  const std::string b = tmp.path() + "/b.yaml";
  std::ofstream(b) << "old b\n";
  write_files_atomically({{a, "new a\n"}, {b, "new b\n"}}, {});
  CHECK(read(a) == "new a\n");
  CHECK(read(b) == "new b\n");
  CHECK(entries(tmp.path()) == 2);  // no temporary file left
}

TEST_CASE("write_files_atomically writes none when one target cannot be written", "[atomic]") {
  TemporaryFolder tmp("papi-atomic");
  const std::string a = tmp.path() + "/a.yaml";
  const std::string b = tmp.path() + "/b.yaml";
  std::ofstream(a) << "old a\n";

  SECTION("a folder where a file goes") {
    fs::create_directory(b);
    CHECK_THROWS_WITH(write_files_atomically({{a, "new a\n"}, {b, "new b\n"}}, {}),
                      b + ": is a folder; give a file name for the output");
  }
  SECTION("a protected input") {
    std::ofstream(b) << "plan\n";
    CHECK_THROWS_WITH(write_files_atomically({{a, "new a\n"}, {b, "new b\n"}}, {b}),
                      b + ": refusing to overwrite an input file of the plan");
    CHECK(read(b) == "plan\n");
  }
  SECTION("a missing folder") {
    const std::string c = tmp.path() + "/missing/c.yaml";
    CHECK_THROWS_AS(write_files_atomically({{a, "new a\n"}, {c, "new c\n"}}, {}), Fatal);
    CHECK_FALSE(fs::exists(tmp.path() + "/missing"));
  }
  CHECK(read(a) == "old a\n");
  for (const auto& entry : fs::directory_iterator(tmp.path()))
    CHECK(entry.path().filename().string().rfind(".a.yaml.tmp", 0) == std::string::npos);
}
