#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "load/fast_document.h"
#include "load/yaml_reader.h"
#include "model/diagnostic.h"
#include "model/plan.h"

namespace papi {

// Builds model structs from a document that passed (or mostly passed) its schema. Values of
// the wrong type are skipped rather than trusted: the schema check has already reported them.
struct BuildContext {
  std::uint32_t file_index = 0;
  const std::string& file;
  Diagnostics& diagnostics;
};

std::optional<Plan> build_plan(const YamlDocument& document, BuildContext& context);
std::vector<Unit> build_units(const YamlDocument& document, BuildContext& context);
std::vector<Task> build_tasks(const YamlDocument& document, BuildContext& context);
std::optional<StatusReport> build_status(const YamlDocument& document, BuildContext& context);
std::optional<Inspection> build_inspection(const YamlDocument& document, BuildContext& context);
std::optional<OfficeReport> build_office_report(const YamlDocument& document,
                                                BuildContext& context);

// The same from the loader's fast path.
std::optional<Plan> build_plan(const FastDocument& document, BuildContext& context);
std::vector<Unit> build_units(const FastDocument& document, BuildContext& context);
std::vector<Task> build_tasks(const FastDocument& document, BuildContext& context);
std::optional<StatusReport> build_status(const FastDocument& document, BuildContext& context);
std::optional<Inspection> build_inspection(const FastDocument& document, BuildContext& context);
std::optional<OfficeReport> build_office_report(const FastDocument& document,
                                                BuildContext& context);

}  // namespace papi
