#pragma once

#include <string_view>

namespace papi {

// The JSON Schemas of schemas/, compiled in (see cmake/embed_schemas.cmake).
// `name` is one of plan, units, tasks, status, report; unknown names give an empty view.
std::string_view embedded_schema(std::string_view name);

}  // namespace papi
