#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "load/schema_check.h"
#include "load/yaml_reader.h"
#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

struct LoadOptions {
  YamlLimits limits;
  std::uintmax_t max_file_bytes = 16u * 1024 * 1024;
  unsigned jobs = 1;  // files parsed in parallel
  // Well-formed files that surely satisfy their schema take the fast path (FastDocument,
  // FastSchema; docs/performance.md). false sends every file down the full path, which the
  // tests use to check that both give the same result.
  bool fast_path = true;
};

// Which reader a file went through: the fast path (a well-formed file that surely satisfies
// its schema), the full path (everything else, with its diagnostics), or neither (the bytes
// could not be read or decoded).
enum class LoadPath { none, fast, full };

// One file, loaded: its problems and whatever model it yielded.
struct LoadedDocument {
  Diagnostics diagnostics;
  std::optional<Plan> plan;
  std::vector<Unit> units;
  std::vector<Task> tasks;
  std::optional<StatusReport> report;
  std::optional<Inspection> inspection;
  std::optional<OfficeReport> office_report;
  bool loaded = false;  // parsed into a document (possibly with schema errors)
  LoadPath path = LoadPath::none;
};

// Decodes, parses, schema-checks and builds one document from its bytes; `file` is the path
// shown in diagnostics. Reads no file, so tests can feed it strings.
LoadedDocument load_document(DocumentKind kind, std::string bytes, const std::string& file,
                             std::uint32_t file_index, const LoadOptions& options);

// Reads the file at `path` and loads it as above (missing, folder, too large: diagnostics).
LoadedDocument load_document_file(DocumentKind kind, const std::string& path,
                                  const LoadOptions& options, std::uint32_t file_index = 0);

struct LoadResult {
  PlanData data;
  Diagnostics diagnostics;      // problems of single files: syntax, schema, encoding
  std::vector<LoadPath> paths;  // the path each of data.files took, in the same order
};

// Loads plan.yaml, units.yaml, tasks.yaml, status/<period>/<unit>.yaml, the office's
// reports/<period>.yaml and inspections/<id>.yaml of one plan folder.
// Every file is read even when others are broken. Throws Fatal when `directory` is not a
// readable folder.
LoadResult load_plan_folder(const std::string& directory, const LoadOptions& options = {});

// Fills Diagnostic::source_line from the files, for the caret display.
void attach_source_lines(Diagnostics& diagnostics);

}  // namespace papi
