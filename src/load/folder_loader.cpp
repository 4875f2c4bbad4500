#include "load/folder_loader.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <variant>

#include <fmt/format.h>

#include "load/model_builder.h"
#include "load/schema_check.h"
#include "load/source_text.h"
#include "model/fatal.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

struct FileJob {
  std::string path;  // as shown to the user
  DocumentKind kind = DocumentKind::status;
  std::string folder_period;
  std::string file_unit;
};

Diagnostic file_problem(const std::string& path, std::string code, std::string message,
                        std::string hint = {}) {
  Diagnostic d;
  d.file = path;
  d.code = std::move(code);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

std::optional<std::string> read_bytes(const std::string& path, std::uintmax_t limit,
                                      Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diagnostics.push_back(file_problem(path, "missing-file", "the file does not exist"));
    return std::nullopt;
  }
  if (!fs::is_regular_file(status)) {
    diagnostics.push_back(file_problem(
        path, "not-a-file",
        fs::is_directory(status) ? "this is a folder, but a YAML file is expected here"
                                 : "this is not a regular file",
        "a plan folder holds plan.yaml, units.yaml, tasks.yaml and status/<period>/<unit>.yaml"));
    return std::nullopt;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    diagnostics.push_back(file_problem(
        path, "file-too-large",
        fmt::format("the file is {} bytes, more than the limit of {} bytes", size, limit),
        "a report file is a few kilobytes; check that this is the right file, or raise "
        "--max-file-size"));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes;
  if (in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = std::move(buffer).str();
  }
  if (!in && !in.eof()) {
    diagnostics.push_back(file_problem(path, "unreadable-file", "the file cannot be read"));
    return std::nullopt;
  }
  return bytes;
}

// A newer format may mean anything: say so instead of listing every field as unknown.
bool supported_version(const YamlDocument& document, const std::string& path,
                       Diagnostics& diagnostics) {
  if (!document.value.is_object() || !document.value.contains("schema_version"))
    return true;
  const nlohmann::json& version = document.value["schema_version"];
  if (version.is_number_integer() && version.get<long long>() == 1)
    return true;
  if (!version.is_number())
    return true;  // the schema reports the wrong type
  const SourceNode* where = document.source.member("schema_version");
  Diagnostic d;
  d.file = path;
  d.line = where ? where->line : 0;
  d.column = where ? where->column : 0;
  d.code = "unsupported-schema-version";
  d.message = fmt::format("schema_version {} is not supported: this papi reads format version 1",
                          version.dump());
  d.hint = "use a newer papi for this file, or write it in format version 1";
  diagnostics.push_back(std::move(d));
  return false;
}

LoadedDocument load_file(const FileJob& job, std::uint32_t file_index, const LoadOptions& options) {
  LoadedDocument outcome = load_document_file(job.kind, job.path, options, file_index);
  if (outcome.report) {
    outcome.report->folder_period = job.folder_period;
    outcome.report->file_unit = job.file_unit;
  }
  return outcome;
}

std::vector<fs::directory_entry> sorted_entries(const fs::path& folder, Diagnostics& diagnostics,
                                                const std::string& shown) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    diagnostics.push_back(file_problem(shown, "unreadable-file",
                                       fmt::format("the folder cannot be read: {}", ec.message())));
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return entries;
}

std::string shown_path(const fs::path& directory, const fs::path& relative) {
  return (directory / relative).lexically_normal().generic_string();
}

void collect_status_jobs(const fs::path& directory, std::vector<FileJob>& jobs,
                         Diagnostics& diagnostics) {
  const fs::path status_dir = directory / "status";
  std::error_code ec;
  if (!fs::exists(status_dir, ec))
    return;
  const std::string shown_status = shown_path(directory, "status");
  if (!fs::is_directory(status_dir, ec)) {
    diagnostics.push_back(
        file_problem(shown_status, "not-a-folder", "`status` must be a folder of period folders"));
    return;
  }
  for (const auto& period_entry : sorted_entries(status_dir, diagnostics, shown_status)) {
    const std::string period_name = period_entry.path().filename().string();
    const std::string shown_period = shown_path(directory, fs::path("status") / period_name);
    if (!period_entry.is_directory(ec)) {
      diagnostics.push_back(file_problem(shown_period, "stray-file",
                                         "a file directly in status/ is not read",
                                         "put reports in status/<period>/<unit>.yaml"));
      diagnostics.back().severity = Severity::warning;
      continue;
    }
    for (const auto& file_entry : sorted_entries(period_entry.path(), diagnostics, shown_period)) {
      const fs::path name = file_entry.path().filename();
      const std::string shown = shown_path(directory, fs::path("status") / period_name / name);
      if (file_entry.is_directory(ec) && name.extension() == ".yaml") {
        diagnostics.push_back(file_problem(shown, "not-a-file",
                                           "this is a folder, but a report file is expected here",
                                           "a report is a file status/<period>/<unit>.yaml"));
        continue;
      }
      if (name.extension() != ".yaml" || file_entry.is_directory(ec)) {
        diagnostics.push_back(
            file_problem(shown, "stray-file", "this is not a report and is not read",
                         name.extension() == ".yml" ? "rename it to end in .yaml"
                                                    : "reports are files named <unit>.yaml"));
        diagnostics.back().severity = Severity::warning;
        continue;
      }
      jobs.push_back(FileJob{shown, DocumentKind::status, period_name, name.stem().string()});
    }
  }
}

}  // namespace

LoadedDocument load_document(DocumentKind kind, std::string bytes, const std::string& file,
                             std::uint32_t file_index, const LoadOptions& options) {
  LoadedDocument outcome;
  DecodedText decoded = decode_source(std::move(bytes), file);
  if (decoded.error) {
    outcome.diagnostics.push_back(std::move(*decoded.error));
    return outcome;
  }
  YamlReadResult yaml = read_yaml(decoded.text, file, options.limits);
  outcome.diagnostics = std::move(yaml.diagnostics);
  if (yaml.empty) {
    outcome.diagnostics.push_back(file_problem(
        file, "empty-file", "the file is empty",
        fmt::format("fill it in as described by schemas/{}.schema.json", schema_name(kind))));
    return outcome;
  }
  if (!yaml.document)
    return outcome;
  const YamlDocument& document = *yaml.document;
  if (!supported_version(document, file, outcome.diagnostics))
    return outcome;
  Diagnostics schema = check_against_schema(kind, document, file);
  outcome.diagnostics.insert(outcome.diagnostics.end(), schema.begin(), schema.end());

  BuildContext context{file_index, file, outcome.diagnostics};
  switch (kind) {
    case DocumentKind::plan:
      outcome.plan = build_plan(document, context);
      break;
    case DocumentKind::units:
      outcome.units = build_units(document, context);
      break;
    case DocumentKind::tasks:
      outcome.tasks = build_tasks(document, context);
      break;
    case DocumentKind::status:
      outcome.report = build_status(document, context);
      break;
  }
  sort_diagnostics(outcome.diagnostics);
  outcome.loaded = true;
  return outcome;
}

LoadedDocument load_document_file(DocumentKind kind, const std::string& path,
                                  const LoadOptions& options, std::uint32_t file_index) {
  Diagnostics problems;
  auto bytes = read_bytes(path, options.max_file_bytes, problems);
  if (!bytes) {
    LoadedDocument outcome;
    outcome.diagnostics = std::move(problems);
    return outcome;
  }
  return load_document(kind, std::move(*bytes), path, file_index, options);
}

LoadResult load_plan_folder(const std::string& directory_text, const LoadOptions& options) {
  const fs::path directory(directory_text);
  std::error_code ec;
  if (!fs::exists(directory, ec)) {
    throw Fatal(fmt::format("{}: no such folder", directory_text));
  }
  if (!fs::is_directory(directory, ec)) {
    throw Fatal(fmt::format("{}: not a folder (give the plan folder, e.g. plans/van-giang-2021)",
                            directory_text));
  }
  LoadResult result;
  result.data.directory = directory_text;

  std::vector<FileJob> jobs = {
      {shown_path(directory, "plan.yaml"), DocumentKind::plan, {}, {}},
      {shown_path(directory, "units.yaml"), DocumentKind::units, {}, {}},
      {shown_path(directory, "tasks.yaml"), DocumentKind::tasks, {}, {}},
  };
  collect_status_jobs(directory, jobs, result.diagnostics);

  std::vector<LoadedDocument> outcomes(jobs.size());
  const unsigned threads =
      std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(jobs.size())));
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      outcomes[i] = load_file(jobs[i], static_cast<std::uint32_t>(i), options);
    }
  };
  if (threads == 1) {
    worker();
  } else {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(worker);
  }

  PlanData& data = result.data;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    data.files.push_back(jobs[i].path);
    LoadedDocument& outcome = outcomes[i];
    result.diagnostics.insert(result.diagnostics.end(),
                              std::make_move_iterator(outcome.diagnostics.begin()),
                              std::make_move_iterator(outcome.diagnostics.end()));
    if (outcome.plan)
      data.plan = std::move(outcome.plan);
    if (jobs[i].kind == DocumentKind::units) {
      data.has_units_file = outcome.loaded;
      data.units = std::move(outcome.units);
    }
    if (jobs[i].kind == DocumentKind::tasks) {
      data.has_tasks_file = outcome.loaded;
      data.tasks = std::move(outcome.tasks);
    }
    if (jobs[i].kind == DocumentKind::status) {
      data.status_files.push_back(
          StatusFile{jobs[i].folder_period, jobs[i].file_unit, jobs[i].path});
    }
    if (outcome.report)
      data.reports.push_back(std::move(*outcome.report));
  }
  return result;
}

std::string read_source_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return {};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  DecodedText decoded = decode_source(std::move(buffer).str(), path);
  return decoded.error ? std::string{} : std::move(decoded.text);
}

void attach_source_lines(Diagnostics& diagnostics) {
  std::map<std::string, std::string> texts;
  for (Diagnostic& d : diagnostics) {
    if (d.line == 0 || !d.source_line.empty() || d.file.empty())
      continue;
    auto found = texts.find(d.file);
    if (found == texts.end())
      found = texts.emplace(d.file, read_source_text(d.file)).first;
    d.source_line = std::string(line_of(found->second, d.line));
  }
}

}  // namespace papi
