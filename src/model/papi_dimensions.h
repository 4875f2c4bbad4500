#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/plan.h"

namespace papi {

// The 8 dimensions of PAPI since 2018 (shared/domain.md): official Vietnamese and English
// names, by id 1..8.
struct PapiDimension {
  int id;
  std::string_view name;
  std::string_view name_en;
};
const std::vector<PapiDimension>& papi_dimensions();

// Score ranges of PAPI: each dimension 1..10, the total 10..80.
constexpr double kPapiAreaScoreMin = 1, kPapiAreaScoreMax = 10;
constexpr double kPapiTotalMin = 10, kPapiTotalMax = 80;

// True when the plan's areas are exactly the 8 PAPI dimensions: ids 1..8, each named with
// the official Vietnamese name (plans often shorten it: area 2 "Công khai, minh bạch" is the
// official name's beginning) or with the official English name (docs/rollup.md).
bool is_papi_dimension(const Area& area);
bool has_papi_areas(const std::vector<Area>& areas);

}  // namespace papi
