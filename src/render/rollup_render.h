#pragma once

#include <string>

#include "compute/rollup.h"
#include "render/report_render.h"

namespace papi {

struct RollupRenderOptions {
  ReportFormat format = ReportFormat::markdown;
  Language language = Language::vi;
  bool bom = false;  // CSV: a UTF-8 BOM first, for Excel
};

// The one place that picks the renderer of a rollup.
std::string render_rollup(const Rollup& rollup, const RollupRenderOptions& options);

std::string render_rollup_markdown(const Rollup& rollup, Language language);
// Starts with plan,area,completion: one row per plan and area, then one per area for the
// plans together (plan `total`); docs/rollup.md.
std::string render_rollup_csv(const Rollup& rollup);
std::string render_rollup_json(const Rollup& rollup);

}  // namespace papi
