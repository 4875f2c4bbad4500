#pragma once

#include <nlohmann/json_fwd.hpp>

#include "load/document_kind.h"
#include "load/fast_document.h"

namespace valijson {
class Schema;
}

namespace papi {

// The JSON Schemas compiled into the binary (cmake/embed_schemas.cmake), each compiled once,
// on first use, for both loading paths: valijson for the full path, FastSchema for the fast
// one. Safe to use from many threads.

// The schema of `kind` as JSON, and compiled by valijson.
const nlohmann::json& schema_document(DocumentKind kind);
const valijson::Schema& valijson_schema(DocumentKind kind);

// The loader's fast path: true only when the document surely satisfies its schema (FastSchema,
// compiled once from the same embedded schema). False means "ask valijson", not "invalid".
bool surely_valid(DocumentKind kind, const FastDocument& document);
// False when the schema uses a keyword FastSchema does not implement: then every document of
// this kind takes the full path (correct, but slower).
bool has_fast_schema(DocumentKind kind);

}  // namespace papi
