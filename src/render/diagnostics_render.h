#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace papi {

enum class DiagnosticFormat { text, json, github };

std::optional<DiagnosticFormat> parse_diagnostic_format(std::string_view text);

// `path:line:col: error[code]: message`, the source line with a caret, and the hint.
std::string render_diagnostics_text(const Diagnostics& diagnostics, bool color);
// A JSON array of {file, line, column, severity, code, message, hint}.
std::string render_diagnostics_json(const Diagnostics& diagnostics);
// GitHub Actions workflow commands: ::error file=…,line=…,col=…,title=…::message
std::string render_diagnostics_github(const Diagnostics& diagnostics);

std::string render_diagnostics(const Diagnostics& diagnostics, DiagnosticFormat format, bool color);

std::string_view severity_name(Severity severity);

}  // namespace papi
