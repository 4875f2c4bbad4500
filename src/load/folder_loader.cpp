#include "load/folder_loader.h"

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <variant>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/fast_document.h"
#include "load/model_builder.h"
#include "load/schema_check.h"
#include "load/schema_registry.h"
#include "load/source_text.h"
#include "model/plan_layout.h"
#include "util/fatal.h"
#include "util/utf8.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

struct FileJob {
  std::string path;  // as shown to the user
  DocumentKind kind = DocumentKind::status;
  std::string folder_period;
  std::string file_unit;
};

Diagnostic file_problem(const std::string& path, std::string code, std::string_view message,
                        std::string_view hint = {}) {
  Diagnostic d;
  d.file = path;
  d.code = std::move(code);
  d.message = message;
  d.hint = hint;
  return d;
}

// The common case in one open, one fstat and one read: a regular, non-empty file within the
// limit. Anything else (or any failure) returns nothing and read_bytes takes the long way,
// which says what is wrong.
std::optional<std::string> read_plain_file(const std::string& path, std::uintmax_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return std::nullopt;
  std::optional<std::string> bytes;
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
      static_cast<std::uintmax_t>(info.st_size) <= limit) {
    std::string text(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t done = 0;
    while (done < text.size()) {
      const ssize_t got = ::read(fd, text.data() + done, text.size() - done);
      if (got <= 0)
        break;
      done += static_cast<std::size_t>(got);
    }
    char extra = 0;
    if (done == text.size() && ::read(fd, &extra, 1) == 0)
      bytes = std::move(text);  // read whole, and the file did not grow meanwhile
  }
  ::close(fd);
  return bytes;
}

std::optional<std::string> read_bytes(const std::string& path, std::uintmax_t limit,
                                      Diagnostics& diagnostics) {
  if (auto bytes = read_plain_file(path, limit))
    return bytes;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    diagnostics.push_back(file_problem(path, "missing-file", tr("the file does not exist")));
    return std::nullopt;
  }
  if (!fs::is_regular_file(status)) {
    diagnostics.push_back(file_problem(
        path, "not-a-file",
        fs::is_directory(status) ? tr("this is a folder, but a YAML file is expected here")
                                 : tr("this is not a regular file"),
        tr("a plan folder holds plan.yaml, units.yaml, tasks.yaml and "
           "status/<period>/<unit>.yaml")));
    return std::nullopt;
  }
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limit) {
    diagnostics.push_back(file_problem(
        path, "file-too-large",
        trf("the file is {} bytes, more than the limit of {} bytes", size, limit),
        tr("a report file is a few kilobytes; check that this is the right file, or raise "
           "--max-file-size")));
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
    diagnostics.push_back(file_problem(path, "unreadable-file", tr("the file cannot be read")));
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
  if (!version.is_number() ||
      (version.is_number_float() && !std::isfinite(version.get<double>()))) {
    return true;  // the schema reports the wrong type or value
  }
  const SourceNode* where = document.source.member("schema_version");
  Diagnostic d;
  d.file = path;
  d.line = where ? where->line : 0;
  d.column = where ? where->column : 0;
  if (version.is_number_float() && version.get<double>() == 1.0) {
    // 1.0 is version 1 written as a decimal, not a newer format.
    d.code = "wrong-type";
    d.message = tr("`schema_version` must be a whole number, not the number 1.0");
    d.hint = tr("write `schema_version: 1`");
  } else {
    d.code = "unsupported-schema-version";
    d.message =
        trf("schema_version {} is not supported: this papi reads format version 1", version.dump());
    d.hint = tr("use a newer papi for this file, or write it in format version 1");
  }
  diagnostics.push_back(std::move(d));
  return false;
}

LoadedDocument load_file(const FileJob& job, std::uint32_t file_index, const LoadOptions& options) {
  LoadedDocument outcome = load_document_file(job.kind, job.path, options, file_index);
  if (outcome.report) {
    outcome.report->folder_period = job.folder_period;
    outcome.report->file_unit = job.file_unit;
  }
  if (outcome.inspection)
    outcome.inspection->file_id = job.file_unit;
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
    diagnostics.push_back(
        file_problem(shown, "unreadable-file",
                     trf("the folder cannot be read: {}", system_error_text(ec.message()))));
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  return entries;
}

std::string shown_path(const fs::path& directory, const fs::path& relative) {
  return (directory / relative).lexically_normal().generic_string();
}

// The words for the entries of a folder of YAML files that are not read.
struct EntryWords {
  std::string_view folder_message;  // a folder named *.yaml (`not-a-file`); empty: a stray entry
  std::string_view folder_hint;
  std::string_view stray_message;  // anything else that does not end in .yaml (`stray-file`)
  std::string_view stray_hint;
};

// Whether `entry` (shown as `shown`) is a YAML file to read; else says why, the same way in
// every folder, and returns false.
bool is_yaml_file(const fs::directory_entry& entry, const std::string& shown,
                  const EntryWords& words, Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::path name = entry.path().filename();
  const bool is_folder = entry.is_directory(ec);
  if (is_folder && name.extension() == ".yaml" && !words.folder_message.empty()) {
    diagnostics.push_back(
        file_problem(shown, "not-a-file", words.folder_message, words.folder_hint));
    return false;
  }
  if (name.extension() != ".yaml" || is_folder) {
    diagnostics.push_back(file_problem(
        shown, "stray-file", words.stray_message,
        name.extension() == ".yml" ? tr("rename it to end in .yaml") : words.stray_hint));
    diagnostics.back().severity = Severity::warning;
    return false;
  }
  return true;
}

// The entries of the optional folder `name` of a plan folder (inspections/, reports/): none
// when it does not exist, and `not-a-folder` when it is a file.
std::vector<fs::directory_entry> optional_folder_entries(const fs::path& directory,
                                                         std::string_view name,
                                                         std::string_view not_a_folder,
                                                         Diagnostics& diagnostics) {
  const fs::path folder = directory / name;
  std::error_code ec;
  if (!fs::exists(folder, ec))
    return {};
  const std::string shown_folder = shown_path(directory, name);
  if (!fs::is_directory(folder, ec)) {
    diagnostics.push_back(file_problem(shown_folder, "not-a-folder", not_a_folder));
    return {};
  }
  return sorted_entries(folder, diagnostics, shown_folder);
}

void collect_status_jobs(const fs::path& directory, std::vector<FileJob>& jobs,
                         Diagnostics& diagnostics) {
  const fs::path status_dir = directory / "status";
  std::error_code ec;
  if (!fs::exists(status_dir, ec))
    return;
  const std::string shown_status = status_folder_path(directory.string());
  if (!fs::is_directory(status_dir, ec)) {
    diagnostics.push_back(file_problem(shown_status, "not-a-folder",
                                       tr("`status` must be a folder of period folders")));
    return;
  }
  for (const auto& period_entry : sorted_entries(status_dir, diagnostics, shown_status)) {
    const std::string period_name = period_entry.path().filename().string();
    const std::string shown_period = status_period_path(directory.string(), period_name);
    if (!period_entry.is_directory(ec)) {
      diagnostics.push_back(file_problem(shown_period, "stray-file",
                                         tr("a file directly in status/ is not read"),
                                         tr("put reports in status/<period>/<unit>.yaml")));
      diagnostics.back().severity = Severity::warning;
      continue;
    }
    const EntryWords words{tr("this is a folder, but a report file is expected here"),
                           tr("a report is a file status/<period>/<unit>.yaml"),
                           tr("this is not a report and is not read"),
                           tr("reports are files named <unit>.yaml")};
    for (const auto& file_entry : sorted_entries(period_entry.path(), diagnostics, shown_period)) {
      const fs::path name = file_entry.path().filename();
      const std::string shown = shown_path(directory, fs::path("status") / period_name / name);
      if (!is_yaml_file(file_entry, shown, words, diagnostics))
        continue;
      jobs.push_back(FileJob{shown, DocumentKind::status, period_name, name.stem().string()});
    }
  }
}

// inspections/<id>.yaml (docs/inspections.md). The README.md that `papi init` writes there is
// not an inspection and is passed over without a word.
void collect_inspection_jobs(const fs::path& directory, std::vector<FileJob>& jobs,
                             Diagnostics& diagnostics) {
  const EntryWords words{tr("this is a folder, but an inspection file is expected here"),
                         tr("an inspection is a file inspections/<id>.yaml"),
                         tr("this is not an inspection file and is not read"),
                         tr("inspection files are named <id>.yaml")};
  std::error_code ec;
  for (const auto& entry : optional_folder_entries(
           directory, "inspections", tr("`inspections` must be a folder of inspection files"),
           diagnostics)) {
    const fs::path name = entry.path().filename();
    const std::string shown = shown_path(directory, fs::path("inspections") / name);
    if (name == "README.md" && !entry.is_directory(ec))
      continue;
    if (!is_yaml_file(entry, shown, words, diagnostics))
      continue;
    jobs.push_back(FileJob{shown, DocumentKind::inspection, {}, name.stem().string()});
  }
}

// The office's own reports, reports/<period>.yaml: a handful of files, read after the others
// (their file indexes follow), one after another.
void load_office_reports(const fs::path& directory, const LoadOptions& options, PlanData& data,
                         std::vector<LoadPath>& paths, Diagnostics& diagnostics) {
  // A folder named *.yaml here is a stray entry like any other (no `not-a-file`).
  const EntryWords words{{},
                         {},
                         tr("this is not an office report and is not read"),
                         tr("the office's reports are files reports/<period>.yaml")};
  for (const auto& entry : optional_folder_entries(
           directory, "reports", tr("`reports` must be a folder of <period>.yaml files"),
           diagnostics)) {
    const fs::path name = entry.path().filename();
    const std::string shown = shown_path(directory, fs::path("reports") / name);
    if (!is_yaml_file(entry, shown, words, diagnostics))
      continue;
    const auto index = static_cast<std::uint32_t>(data.files.size());
    data.files.push_back(shown);
    LoadedDocument outcome = load_document_file(DocumentKind::report, shown, options, index);
    paths.push_back(outcome.path);
    diagnostics.insert(diagnostics.end(), outcome.diagnostics.begin(), outcome.diagnostics.end());
    if (outcome.office_report) {
      outcome.office_report->file_period = name.stem().string();
      data.office_reports.push_back(std::move(*outcome.office_report));
    }
  }
}

// Fills the model of `kind` from either kind of parsed document (FastDocument or YamlDocument).
template <class Document>
void build_model(DocumentKind kind, const Document& document, BuildContext context,
                 LoadedDocument& outcome) {
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
    case DocumentKind::inspection:
      outcome.inspection = build_inspection(document, context);
      break;
    case DocumentKind::report:
      outcome.office_report = build_office_report(document, context);
      break;
  }
}

// The fast path (docs/performance.md): a well-formed file that surely satisfies its schema is
// read into the thread's FastDocument and built from there, with no JSON value, SourceNode
// tree or valijson run. Anything else returns false, and load_document takes the full path,
// which finds and explains the problems exactly as it always did.
thread_local FastDocument t_document;  // kept from file to file by each loading thread

// The loading thread's buffers, given back when it has no more files to load.
void release_thread_buffers() {
  t_document = FastDocument{};
}

bool load_fast(DocumentKind kind, std::string_view text, const std::string& file,
               std::uint32_t file_index, const LoadOptions& options, LoadedDocument& outcome) {
  FastDocument& document = t_document;
  struct Release {
    // A large file (units.yaml of a country) does not keep its arrays for the next ones.
    FastDocument& document;
    ~Release() {
      if (document.nodes.capacity() > (1u << 16) || document.text.capacity() > (1u << 20))
        document = FastDocument{};
    }
  } release{document};
  if (!read_yaml_fast(text, options.limits, document))
    return false;
  if (const FastNode* version = document.member(document.root(), "schema_version")) {
    if (version->kind != FastNode::Kind::integer || version->integer != 1)
      return false;  // unsupported or mistyped: the full path says which
  }
  if (!surely_valid(kind, document))
    return false;
  build_model(kind, document, BuildContext{file_index, file, outcome.diagnostics}, outcome);
  if (!outcome.diagnostics.empty()) {
    outcome = LoadedDocument{};
    return false;
  }
  outcome.loaded = true;
  return true;
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
  if (options.fast_path && load_fast(kind, decoded.text, file, file_index, options, outcome)) {
    outcome.path = LoadPath::fast;
    return outcome;
  }
  outcome.path = LoadPath::full;
  YamlReadResult yaml = read_yaml(decoded.text, file, options.limits);
  outcome.diagnostics = std::move(yaml.diagnostics);
  if (yaml.empty) {
    outcome.diagnostics.push_back(
        file_problem(file, "empty-file", tr("the file is empty"),
                     trf("fill it in as described by schemas/{}.schema.json", schema_name(kind))));
    return outcome;
  }
  if (!yaml.document)
    return outcome;
  const YamlDocument& document = *yaml.document;
  if (!supported_version(document, file, outcome.diagnostics))
    return outcome;
  Diagnostics schema = check_against_schema(kind, document, file);
  outcome.diagnostics.insert(outcome.diagnostics.end(), schema.begin(), schema.end());

  build_model(kind, document, BuildContext{file_index, file, outcome.diagnostics}, outcome);
  sort_diagnostics(outcome.diagnostics);
  // The schema and the model builder may both say that a number is not finite.
  outcome.diagnostics.erase(std::unique(outcome.diagnostics.begin(), outcome.diagnostics.end(),
                                        [](const Diagnostic& a, const Diagnostic& b) {
                                          return a.line == b.line && a.column == b.column &&
                                                 a.code == b.code && a.message == b.message;
                                        }),
                            outcome.diagnostics.end());
  outcome.loaded = true;
  return outcome;
}

namespace {

bool holds_plan(const fs::path& folder) {
  std::error_code ec;
  for (const char* name : {"plan.yaml", "units.yaml", "tasks.yaml"}) {
    if (fs::exists(folder / name, ec))
      return true;
  }
  return false;
}

// A folder with none of the plan's files (its status/ folder, a period folder, the folder of
// all plans) is a wrong argument, not a plan with three missing files: one message, with the
// plan folder it may have meant.
void require_plan_folder(const std::string& directory_text) {
  const fs::path directory(directory_text);
  if (holds_plan(directory))
    return;
  const std::string reason =
      trf("{}: not a plan folder (it has no plan.yaml, units.yaml or tasks.yaml)", directory_text);
  fs::path above = directory;
  for (int level = 0; level < 3; ++level) {
    above = (above / "..").lexically_normal();
    if (holds_plan(above)) {
      std::string shown = above.generic_string();
      if (shown.size() > 1 && shown.back() == '/')
        shown.pop_back();
      throw Fatal(trf("{}; the plan folder is {}", reason, shown));
    }
  }
  std::vector<std::string> inside;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_directory(ec) && fs::exists(it->path() / "plan.yaml", ec))
      inside.push_back(it->path().lexically_normal().generic_string());
    if (it.depth() >= 1)
      it.disable_recursion_pending();  // two levels: plans/<plan>, or <repository>/plans/<plan>
  }
  std::sort(inside.begin(), inside.end());
  if (inside.size() > 5)
    inside.resize(5);
  if (!inside.empty())
    throw Fatal(trf("{}; the plan folders inside it are {}", reason, fmt::join(inside, ", ")));
  throw Fatal(trf("{}; give the plan folder, e.g. plans/van-giang-2021", reason));
}

}  // namespace

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
    throw Fatal(trf("{}: no such folder", directory_text));
  }
  if (!fs::is_directory(directory, ec)) {
    throw Fatal(
        trf("{}: not a folder (give the plan folder, e.g. plans/van-giang-2021)", directory_text));
  }
  require_plan_folder(directory_text);
  LoadResult result;
  result.data.directory = directory_text;

  std::vector<FileJob> jobs = {
      {shown_path(directory, kDefinitionFiles[0]), DocumentKind::plan, {}, {}},
      {shown_path(directory, kDefinitionFiles[1]), DocumentKind::units, {}, {}},
      {shown_path(directory, kDefinitionFiles[2]), DocumentKind::tasks, {}, {}},
  };
  collect_inspection_jobs(directory, jobs, result.diagnostics);
  // plan.yaml, units.yaml, tasks.yaml and the inspections: a few dozen files at most
  const std::size_t heads = jobs.size();
  collect_status_jobs(directory, jobs, result.diagnostics);

  // Each worker takes the next file, loads it and keeps only the model and the problems: the
  // status reports go straight into their final places, so that no more than one document
  // per thread is ever held as a tree (docs/performance.md).
  std::vector<LoadedDocument> head_outcomes(heads);
  std::vector<StatusReport> reports(jobs.size() - heads);
  std::vector<unsigned char> has_report(jobs.size() - heads, 0);
  std::vector<Diagnostics> problems(jobs.size());
  result.paths.resize(jobs.size(), LoadPath::none);
  const unsigned threads =
      std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(jobs.size())));
  std::atomic<std::size_t> next{0};
  // A failure in a worker (out of memory) stops every worker and is rethrown here, so that
  // main reports it instead of std::terminate.
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto worker = [&] {
    try {
      for (std::size_t i = next++; i < jobs.size(); i = next++) {
        LoadedDocument outcome = load_file(jobs[i], static_cast<std::uint32_t>(i), options);
        problems[i] = std::move(outcome.diagnostics);
        result.paths[i] = outcome.path;
        if (i < heads) {
          head_outcomes[i] = std::move(outcome);
        } else if (outcome.report) {
          reports[i - heads] = std::move(*outcome.report);
          has_report[i - heads] = 1;
        }
      }
    } catch (...) {
      next = jobs.size();
      const std::lock_guard lock(failure_mutex);
      if (!failure)
        failure = std::current_exception();
    }
    release_thread_buffers();
  };
  if (threads == 1) {
    worker();
  } else {
    std::vector<std::jthread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(worker);
  }
  if (failure)
    std::rethrow_exception(failure);

  PlanData& data = result.data;
  data.files.reserve(jobs.size());
  data.status_files.reserve(jobs.size() - heads);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    result.diagnostics.insert(result.diagnostics.end(),
                              std::make_move_iterator(problems[i].begin()),
                              std::make_move_iterator(problems[i].end()));
    Diagnostics().swap(problems[i]);
    if (i < heads) {
      LoadedDocument& outcome = head_outcomes[i];
      if (outcome.plan)
        data.plan = std::move(outcome.plan);
      if (jobs[i].kind == DocumentKind::units) {
        data.has_units_file = outcome.loaded;
        data.units = std::move(outcome.units);
      }
      if (outcome.inspection)
        data.inspections.push_back(std::move(*outcome.inspection));
      if (jobs[i].kind == DocumentKind::tasks) {
        data.has_tasks_file = outcome.loaded;
        data.tasks = std::move(outcome.tasks);
      }
    } else {
      data.status_files.push_back(
          StatusFile{std::move(jobs[i].folder_period), std::move(jobs[i].file_unit), jobs[i].path});
      if (has_report[i - heads]) {
        if (kept != i - heads)
          reports[kept] = std::move(reports[i - heads]);
        ++kept;
      }
    }
    data.files.push_back(std::move(jobs[i].path));
  }
  reports.erase(reports.begin() + static_cast<std::ptrdiff_t>(kept), reports.end());
  data.reports = std::move(reports);
  jobs = {};
  load_office_reports(directory, options, data, result.paths, result.diagnostics);
  // What the parser and the builders freed lies in holes between the models: give the whole
  // pages among them back, so that the peak memory is the models' (docs/performance.md).
  // Under AddressSanitizer the allocator is ASan's, and glibc's malloc_trim, called from the
  // threads of `papi rollup`, walks arenas glibc never set up.
#if !defined(__SANITIZE_ADDRESS__)
  malloc_trim(0);
#endif
  return result;
}

namespace {

// One file's text the way the loader sees it (BOM dropped, NFC); empty when unreadable.
std::string read_source_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return {};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  DecodedText decoded = decode_source(std::move(buffer).str(), path);
  return decoded.error ? std::string{} : std::move(decoded.text);
}

}  // namespace

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
