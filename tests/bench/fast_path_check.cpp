// The loader's fast path (FastDocument + FastSchema, docs/performance.md) must give exactly what
// the full path (read_yaml + valijson) gives: the same diagnostics and the same model, for every
// document. This program loads documents both ways and compares them:
//
//   - every YAML file under the given folders (the shipped plan, tests/errors/, the schema
//     fixtures, a generated plan), as the kind its name or place calls for;
//   - thousands of mutations of them, made with a fixed seed: values of the wrong type or out
//     of range, fields removed, repeated, misspelt or forbidden by the state, anchors and
//     aliases, second documents, odd numbers (.nan, .inf, 1.0, 1e3), empty and NUL texts, ...
//
// Usage: papi_fast_path_check [--mutations N] FOLDER...
// Prints one line per disagreement and ends with "N passed, M failed"; exits 1 on any.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "load/folder_loader.h"
#include "load/schema_check.h"
#include "load/schema_registry.h"

namespace fs = std::filesystem;
using namespace papi;

namespace {

struct Sample {
  DocumentKind kind;
  std::string name;
  std::string text;
};

std::optional<DocumentKind> kind_of(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name == "plan.yaml")
    return DocumentKind::plan;
  if (name == "units.yaml")
    return DocumentKind::units;
  if (name == "tasks.yaml")
    return DocumentKind::tasks;
  // Schema fixtures: <schema>--<name>.(valid|invalid).yaml
  if (const auto dashes = name.find("--"); dashes != std::string::npos) {
    if (auto kind = parse_document_kind(name.substr(0, dashes)))
      return kind;
  }
  if (path.parent_path().parent_path().filename() == "status")
    return DocumentKind::status;
  if (path.parent_path().filename() == "inspections")
    return DocumentKind::inspection;
  return std::nullopt;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

std::string describe(const LoadedDocument& d) {
  std::string out =
      fmt::format("loaded={} diagnostics={} plan={} units={} tasks={} report={} inspection={}",
                  d.loaded, d.diagnostics.size(), d.plan.has_value(), d.units.size(),
                  d.tasks.size(), d.report.has_value(), d.inspection.has_value());
  for (const Diagnostic& diagnostic : d.diagnostics) {
    out += fmt::format("\n      {}:{}:{} {} {} | {}", diagnostic.file, diagnostic.line,
                       diagnostic.column, diagnostic.code, diagnostic.message, diagnostic.hint);
  }
  if (d.report) {
    out += fmt::format("\n      report unit={} period={} records={}", d.report->unit,
                       d.report->period_text, d.report->records.size());
  }
  return out;
}

bool same(const LoadedDocument& a, const LoadedDocument& b) {
  return a.loaded == b.loaded && a.diagnostics == b.diagnostics && a.plan == b.plan &&
         a.units == b.units && a.tasks == b.tasks && a.report == b.report &&
         a.inspection == b.inspection;
}

// One random change to a document's text, line-based like the mistakes people make.
std::string mutate(const std::string& text, std::mt19937& random) {
  std::vector<std::string> lines;
  {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
      lines.push_back(line);
  }
  if (lines.empty())
    lines.push_back("");
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  static const std::vector<std::string> kValues = {"done",
                                                   "in_progress",
                                                   "not_started",
                                                   "not_applicable",
                                                   "Done",
                                                   "finished",
                                                   "\"40\"",
                                                   "40",
                                                   "0",
                                                   "1",
                                                   "99",
                                                   "100",
                                                   "101",
                                                   "-1",
                                                   "1.5",
                                                   "12.5",
                                                   "1e3",
                                                   "0x10",
                                                   "0o17",
                                                   ".nan",
                                                   ".inf",
                                                   "-.inf",
                                                   "1.0",
                                                   "\"1.1\"",
                                                   "1.1",
                                                   "1.10",
                                                   "\"10.12\"",
                                                   "\"0.1\"",
                                                   "2021-02-30",
                                                   "2021-03-15",
                                                   "\"2021-03-15\"",
                                                   "15/03/2021",
                                                   "2021-Q1",
                                                   "2021-Q5",
                                                   "\"2021\"",
                                                   "2021",
                                                   "null",
                                                   "~",
                                                   "",
                                                   "true",
                                                   "false",
                                                   "yes",
                                                   "[]",
                                                   "{}",
                                                   "[a, b]",
                                                   "{due: 2021-06-30}",
                                                   "ongoing",
                                                   "schools",
                                                   "schools:TH",
                                                   "schools:XX",
                                                   "pgd",
                                                   "PGD",
                                                   "\"\"",
                                                   "\"\\0\"",
                                                   "\"a\\0b\"",
                                                   "\"Việt\"",
                                                   "\"Vi\xE1\xBB\x87t\"",
                                                   "&a x",
                                                   "*a",
                                                   "!!str 40",
                                                   "!!int \"40\"",
                                                   "'single'",
                                                   "|\n      block",
                                                   "\"  \"",
                                                   "99999999999999999999",
                                                   "-0",
                                                   "+5"};
  static const std::vector<std::string> kKeys = {
      "task",           "state",      "progress", "completed", "evidence",  "reason",
      "note",           "staus",      "unit",     "period",    "submitted", "records",
      "schema_version", "id",         "name",     "kind",      "level",     "commune",
      "parent",         "area",       "title",    "product",   "lead",      "partners",
      "schedule",       "applies_to", "weight",   "due",       "extra"};
  const std::size_t at = pick(lines.size());
  std::string& line = lines[at];
  const auto colon = line.find(": ");
  switch (pick(10)) {
    case 0:
    case 1:
    case 2:  // another value
      if (colon != std::string::npos)
        line = line.substr(0, colon + 2) + kValues[pick(kValues.size())];
      break;
    case 3:  // a line less
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at));
      break;
    case 4:  // a line twice (a repeated key, or one more list item)
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), line);
      break;
    case 5: {  // another key, with the same indentation
      const auto indent = line.find_first_not_of(" -");
      if (colon != std::string::npos && indent != std::string::npos)
        line = line.substr(0, indent) + kKeys[pick(kKeys.size())] + line.substr(colon);
      break;
    }
    case 6: {  // a new field
      const auto indent = line.find_first_not_of(" -");
      std::string prefix(indent == std::string::npos ? 0 : indent, ' ');
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at + 1),
                   prefix + kKeys[pick(kKeys.size())] + ": " + kValues[pick(kValues.size())]);
      break;
    }
    case 7:  // broken indentation or syntax
      line = (pick(2) == 0 ? "\t" : " ") + line + (pick(2) == 0 ? "" : " ]");
      break;
    case 8:  // a second document, or a document marker
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), pick(2) ? "---" : "...");
      break;
    default:  // an anchor and an alias
      if (colon != std::string::npos)
        line = line.substr(0, colon + 2) + (pick(2) ? "&x " : "*x ") + line.substr(colon + 2);
      break;
  }
  std::string result;
  for (const std::string& l : lines)
    result += l + "\n";
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t mutations = 3000;
  std::vector<fs::path> folders;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--mutations" && i + 1 < argc) {
      mutations = std::stoul(argv[++i]);
    } else {
      folders.emplace_back(arg);
    }
  }
  std::vector<Sample> samples;
  for (const fs::path& folder : folders) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      if (entry.is_regular_file() && entry.path().extension() == ".yaml")
        paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      if (auto kind = kind_of(path))
        samples.push_back(Sample{*kind, path.string(), read_file(path)});
    }
  }
  if (samples.empty()) {
    std::fprintf(stderr, "no YAML files found\n");
    return 2;
  }

  std::size_t failed = 0;
  for (DocumentKind kind : kDocumentKinds) {
    if (!has_fast_schema(kind)) {
      // Still correct, but every file of this kind would take the slow path.
      std::printf("FAIL schemas/%s.schema.json uses a keyword FastSchema does not implement\n",
                  std::string(schema_name(kind)).c_str());
      ++failed;
    }
  }

  LoadOptions fast;
  LoadOptions full;
  full.fast_path = false;
  std::size_t passed = 0;
  std::size_t fast_loaded = 0;
  auto check = [&](const Sample& sample, const std::string& text, const std::string& label) {
    const LoadedDocument a = load_document(sample.kind, text, sample.name, 7, fast);
    const LoadedDocument b = load_document(sample.kind, text, sample.name, 7, full);
    if (same(a, b)) {
      ++passed;
      fast_loaded += a.loaded && a.diagnostics.empty() ? 1 : 0;
      return;
    }
    ++failed;
    std::printf("FAIL %s (%s)\n  fast: %s\n  full: %s\n--- text\n%s---\n", sample.name.c_str(),
                label.c_str(), describe(a).c_str(), describe(b).c_str(), text.c_str());
  };
  for (const Sample& sample : samples)
    check(sample, sample.text, "as is");
  std::mt19937 random(2021);
  for (std::size_t i = 0; i < mutations; ++i) {
    const Sample& sample = samples[i % samples.size()];
    std::string text = sample.text;
    const std::size_t changes = 1 + i % 3;
    for (std::size_t c = 0; c < changes; ++c)
      text = mutate(text, random);
    check(sample, text, fmt::format("mutation {}", i));
  }
  std::printf("%zu documents, %zu mutations, %zu loaded without problems\n", samples.size(),
              mutations, fast_loaded);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
