#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.h"
#include "i18n/messages.h"
#include "load/schema_location.h"
#include "model/date.h"
#include "render/new_plan.h"
#include "render/yaml_text.h"
#include "util/fatal.h"
#include "util/unicode_fold.h"
#include "validate/plan_scope.h"

namespace papi {

namespace fs = std::filesystem;

namespace {

bool is_slug(const std::string& text) {
  static const std::regex slug("[a-z0-9][a-z0-9-]*");
  return std::regex_match(text, slug);
}

// Writes every file into a fresh temporary folder, then moves it into place: renamed to
// `target` when that does not exist (the plan folder appears complete or not at all), or, when
// `target` is an existing empty folder (`papi init .`), each file renamed into it.
void write_folder(const fs::path& target, const std::vector<GeneratedFile>& files) {
  std::error_code ec;
  fs::path absolute = fs::absolute(target, ec).lexically_normal();
  if (!absolute.has_filename())
    absolute = absolute.parent_path();
  const bool exists = fs::is_directory(absolute, ec);
  const fs::path home = exists ? absolute : absolute.parent_path();
  fs::create_directories(home, ec);
  if (ec)
    throw Fatal(
        trf("{}: cannot create the folder: {}", home.string(), system_error_text(ec.message())));
  std::string temporary =
      (home /
       ("." + (exists ? std::string("papi-init") : absolute.filename().string()) + ".tmp-XXXXXX"))
          .string();
  if (::mkdtemp(temporary.data()) == nullptr) {
    throw Fatal(trf("{}: cannot create the folder: {}", target.string(),
                    system_error_text(std::strerror(errno))));
  }
  try {
    for (const GeneratedFile& file : files) {
      const fs::path path = fs::path(temporary) / file.path;
      fs::create_directories(path.parent_path(), ec);
      std::ofstream out(path, std::ios::binary);
      out.write(file.content.data(), static_cast<std::streamsize>(file.content.size()));
      out.flush();
      if (!out)
        throw Fatal(trf("{}: cannot write", (target / file.path).string()));
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (exists) {
      for (const GeneratedFile& file : files) {
        const fs::path from = fs::path(temporary) / file.path;
        fs::create_directories((absolute / file.path).parent_path(), ec);
        if (::rename(from.c_str(), (absolute / file.path).c_str()) != 0) {
          throw Fatal(trf("{}: cannot write: {}", (target / file.path).string(),
                          system_error_text(std::strerror(errno))));
        }
      }
      fs::remove_all(temporary, ec);  // empty by now, but for its subfolders
      return;
    }
    ::chmod(temporary.c_str(), 0777 & ~mask);
    if (::rename(temporary.c_str(), absolute.c_str()) != 0) {
      throw Fatal(trf("{}: cannot create the folder: {}", target.string(),
                      system_error_text(std::strerror(errno))));
    }
  } catch (...) {
    fs::remove_all(temporary, ec);
    throw;
  }
}

}  // namespace

int run_init(const InitCommand& command) {
  const fs::path target(command.directory);
  std::error_code ec;
  if (fs::exists(target, ec)) {
    if (!fs::is_directory(target, ec))
      throw Fatal(trf("{}: exists and is not a folder", command.directory));
    if (!fs::is_empty(target, ec)) {
      throw Fatal(
          trf("{}: the folder is not empty; papi init only creates a new plan folder (give a new "
              "name, e.g. plans/van-giang-2024)",
              command.directory));
    }
  }

  InitOptions options;
  options.folder = command.directory;
  const Date now = today();
  options.year = command.year != 0 ? command.year : now.year;
  if (options.year < 1900 || options.year > 2999)
    throw Fatal(trf("--year {}: a plan year is 1900..2999", options.year));
  if (command.issued.empty()) {
    options.issued = now;
  } else {
    options.issued = date_option("--issued", command.issued);
  }
  options.reporting = *parse_cadence(command.reporting);
  options.report_due_day = command.report_due_day;

  const fs::path absolute = fs::absolute(target, ec).lexically_normal();
  std::string name = absolute.has_filename() ? absolute.filename().string()
                                             : absolute.parent_path().filename().string();
  options.id = command.id.empty() ? slugify(name) : command.id;
  if (!is_slug(options.id)) {
    throw Fatal(
        trf("{}: `{}` is not a plan id (lower-case letters, digits and hyphens, e.g. "
            "van-giang-2024); give one with --id",
            command.id.empty() ? command.directory : "--id " + command.id, options.id));
  }
  options.number = command.number.empty() ? "(chưa có số)" : command.number;
  options.title = command.title.empty() ? default_plan_title(options.year) : command.title;
  options.issuer = command.issuer.empty() ? "(chưa có cơ quan ban hành)" : command.issuer;

  const std::optional<std::string> schema_dir = find_schema_dir(command.directory);
  if (schema_dir)
    options.schema_dir = *schema_dir;

  write_folder(target, new_plan_files(options));

  std::string message =
      trf("papi: created {0}: plan.yaml (the 8 PAPI areas), units.yaml and tasks.yaml (empty, with "
          "examples), README.md\n"
          "papi: next: fill in units.yaml and tasks.yaml, then run `papi validate {0}`\n",
          command.directory);
  if (!schema_dir) {
    message +=
        trf("papi: note: no schemas/ folder above {0}; the files point editors at {1}, which "
            "`papi schema NAME > FILE` can fill (plan, units, tasks, status)\n",
            command.directory,
            (fs::path(command.directory) / options.schema_dir).lexically_normal().generic_string());
  }
  std::fputs(message.c_str(), stderr);
  return kExitOk;
}

}  // namespace papi
