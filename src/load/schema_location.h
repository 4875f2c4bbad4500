#pragma once

#include <optional>
#include <string>

namespace papi {

// Where the JSON Schemas of a plan folder are, for the `$schema` lines of the files papi
// writes.

// The folder `schemas/` (holding plan.schema.json) nearest above `folder`, as a path relative to
// `folder` ending in `/` ("../../schemas/"); nothing when there is none. `folder` need not exist.
std::optional<std::string> find_schema_dir(const std::string& folder);

// The `$schema` target for status files of the plan in `plan_folder`, relative to
// status/<period>/: from the schemas/ folder above the plan, else from the `$schema` line of
// its plan.yaml, else the usual "../../../../schemas/status.schema.json".
std::string status_schema_path(const std::string& plan_folder);

// The same for inspection files, relative to inspections/ ("../../schemas/inspection.schema.json").
std::string inspection_schema_path(const std::string& plan_folder);

}  // namespace papi
