#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// What `papi rollup` must know of each plan before it may put them in one table.
struct RollupMember {
  std::string directory;
  std::string plan_file;  // the path of its plan.yaml, for locations
  std::string id;
  std::vector<Area> areas;
  Location id_location;
};

// Plans are matched by area id, which is only right when their areas are the same
// dimensions: the same ids with the same Vietnamese names (NFC, as loaded), or, in both,
// the 8 PAPI dimensions (model/papi_dimensions.h). Each member is compared with the first;
// a difference is an error located in the member's plan.yaml that names both plans. Two
// members with the same plan id are an error too (their rows could not be told apart).
Diagnostics check_rollup_members(const std::vector<RollupMember>& members);

}  // namespace papi
