#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/document_kind.h"
#include "load/yaml_reader.h"
#include "model/diagnostic.h"

namespace papi {

// Validates a document against its embedded JSON Schema (valijson) and turns each failure
// into a located diagnostic in plain words. Only leaf failures are reported: valijson repeats
// every failure once per enclosing object and array.
Diagnostics check_against_schema(DocumentKind kind, const YamlDocument& document,
                                 const std::string& file);

}  // namespace papi
