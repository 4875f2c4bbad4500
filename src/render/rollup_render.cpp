#include "render/rollup_render.h"

namespace papi {

std::string render_rollup(const Rollup& rollup, const RollupRenderOptions& options) {
  switch (options.format) {
    case ReportFormat::markdown:
      return render_rollup_markdown(rollup, options.language);
    case ReportFormat::csv:
      return (options.bom ? "\xEF\xBB\xBF" : "") + render_rollup_csv(rollup);
    case ReportFormat::json:
      return render_rollup_json(rollup);
    case ReportFormat::docx:
    case ReportFormat::html:
    case ReportFormat::xlsx:
      break;  // papi rollup offers md, csv and json only (cli/app.cpp)
  }
  return {};
}

}  // namespace papi
