#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/fast_document.h"
#include "load/yaml_reader.h"
#include "model/diagnostic.h"

namespace papi {

enum class DocumentKind { plan, units, tasks, status, report };

std::string_view schema_name(DocumentKind kind);
std::optional<DocumentKind> parse_document_kind(std::string_view name);

// Validates a document against its embedded JSON Schema (valijson) and turns each failure
// into a located diagnostic in plain words. Only leaf failures are reported: valijson repeats
// every failure once per enclosing object and array.
Diagnostics check_against_schema(DocumentKind kind, const YamlDocument& document,
                                 const std::string& file);

// The loader's fast path: true only when the document surely satisfies its schema (FastSchema,
// compiled once from the same embedded schema). False means "ask valijson", not "invalid".
bool surely_valid(DocumentKind kind, const FastDocument& document);
// False when the schema uses a keyword FastSchema does not implement: then every document of
// this kind takes the full path (correct, but slower).
bool has_fast_schema(DocumentKind kind);

}  // namespace papi
