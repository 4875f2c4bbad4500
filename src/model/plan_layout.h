#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/period.h"
#include "model/plan.h"

namespace papi {

// Where the files of a plan folder live (docs/data-format.md, "Folder layout").

// The files that define a plan, in the order the loader reads them: a loaded plan's `files`
// start with these three, whether they exist or not.
inline constexpr std::string_view kDefinitionFiles[] = {"plan.yaml", "units.yaml", "tasks.yaml"};

// The paths of plan.yaml, units.yaml and tasks.yaml of a loaded plan, as data.files shows them.
std::vector<std::string> definition_file_paths(const PlanData& data);

// The `$schema` target of a status file, as seen from status/<period>/<unit>.yaml, when
// nothing better is known.
inline constexpr const char* kDefaultStatusSchemaPath = "../../../../schemas/status.schema.json";

// The folder of status files in the plan folder `directory`, and the folder of one period in
// it, written the way the loader shows them (lexically normal, `/` separators).
std::string status_folder_path(const std::string& directory);
std::string status_period_path(const std::string& directory, std::string_view period);

// The path of the status file of `unit` for `period` inside the folder `directory`, written
// the way the loader shows it.
std::string status_file_path(const std::string& directory, const Period& period,
                             const std::string& unit);

}  // namespace papi
