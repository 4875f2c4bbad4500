#pragma once

#include <string>

#include "model/period.h"

namespace papi {

// Where the files of a plan folder live (docs/data-format.md, "Folder layout").

// The `$schema` target of a status file, as seen from status/<period>/<unit>.yaml, when
// nothing better is known.
inline constexpr const char* kDefaultStatusSchemaPath = "../../../../schemas/status.schema.json";

// The path of the status file of `unit` for `period` inside the folder `directory`, written
// the way the loader shows it.
std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit);

}  // namespace papi
