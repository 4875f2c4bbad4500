#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/terminal.h"
#include "i18n/messages.h"
#include "render/diagnostics_render.h"
#include "util/fatal.h"
#include "validate/validate_folder.h"

namespace papi {

namespace {

std::size_t count(const Diagnostics& diagnostics, Severity severity) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

bool shown_in_text(const Diagnostic& d, const ValidateCommand& command) {
  switch (d.severity) {
    case Severity::error:
      return true;
    case Severity::warning:
      return !command.quiet || command.strict;
    case Severity::note:
      return command.verbose;
  }
  return true;
}

}  // namespace

int run_validate(const ValidateCommand& command) {
  const auto format = parse_diagnostic_format(command.format);
  Diagnostics all;
  std::size_t files = 0;
  const auto single_kind = parse_document_kind(command.schema);
  for (const std::string& directory : command.directories) {
    if (single_kind) {
      LoadedDocument loaded =
          load_document_file(*single_kind, directory, command.common.load_options());
      ++files;
      sort_diagnostics(loaded.diagnostics);
      all.insert(all.end(), std::make_move_iterator(loaded.diagnostics.begin()),
                 std::make_move_iterator(loaded.diagnostics.end()));
      continue;
    }
    CheckedPlan checked = load_and_check(directory, command.common.load_options());
    files += checked.data.files.size();
    all.insert(all.end(), std::make_move_iterator(checked.diagnostics.begin()),
               std::make_move_iterator(checked.diagnostics.end()));
  }
  const std::size_t errors = count(all, Severity::error);
  const std::size_t warnings = count(all, Severity::warning);
  const std::size_t notes = count(all, Severity::note);

  if (*format == DiagnosticFormat::text) {
    Diagnostics shown;
    std::copy_if(all.begin(), all.end(), std::back_inserter(shown),
                 [&](const Diagnostic& d) { return shown_in_text(d, command); });
    attach_source_lines(shown);
    std::fputs(render_diagnostics_text(shown, use_color(stderr)).c_str(), stderr);
    if (!command.quiet) {
      std::string summary =
          trf("papi: {} file(s) checked: {} error(s), {} warning(s)", files, errors, warnings);
      if (notes > 0 && !command.verbose) {
        summary += trf("; {} report(s) not yet in (--verbose lists them)", notes);
      }
      std::fputs((summary + "\n").c_str(), stderr);
    }
  } else {
    write_standard_output(render_diagnostics(all, *format, false));
  }
  if (errors > 0 || (command.strict && warnings > 0))
    return kExitDataErrors;
  return kExitOk;
}

}  // namespace papi
