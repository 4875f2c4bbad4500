// The floor of the benchmark (docs/performance.md): the least any tool must do to read a plan
// folder with yaml-cpp, the mandated parser. It finds plan.yaml, units.yaml, tasks.yaml and
// status/<period>/<unit>.yaml and loads each with YAML::LoadFile, one after the other on one
// thread, and does nothing else with them but count their top-level entries (so the parse cannot
// be optimised away). Each tree is dropped before the next file is read.
//
// Usage: papi_yaml_floor PLAN_FOLDER...
// Several folders (the rollup benchmark) are read one after the other, in the order given.
// Prints "<files> files, <bytes> bytes, <entries> top-level entries" on stdout.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace fs = std::filesystem;

namespace {

void add_folder(const fs::path& root, std::vector<fs::path>& files) {
  files.insert(files.end(), {root / "plan.yaml", root / "units.yaml", root / "tasks.yaml"});
  const fs::path status = root / "status";
  if (!fs::is_directory(status))
    return;
  std::vector<fs::path> periods;
  for (const auto& entry : fs::directory_iterator(status)) {
    if (entry.is_directory())
      periods.push_back(entry.path());
  }
  std::sort(periods.begin(), periods.end());
  for (const fs::path& period : periods) {
    std::vector<fs::path> reports;
    for (const auto& entry : fs::directory_iterator(period)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml")
        reports.push_back(entry.path());
    }
    std::sort(reports.begin(), reports.end());
    files.insert(files.end(), reports.begin(), reports.end());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PLAN_FOLDER...\n", argv[0]);
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i)
    add_folder(fs::path(argv[i]), files);
  std::uintmax_t bytes = 0;
  std::size_t entries = 0;
  for (const fs::path& file : files) {
    try {
      const YAML::Node node = YAML::LoadFile(file.string());
      entries += node.size();
      bytes += fs::file_size(file);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s: %s\n", file.string().c_str(), e.what());
      return 1;
    }
  }
  std::printf("%zu files, %ju bytes, %zu top-level entries\n", files.size(), bytes, entries);
  return 0;
}
