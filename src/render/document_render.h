#pragma once

#include <string>

#include "compute/report.h"
#include "model/document.h"
#include "model/plan.h"
#include "render/report_render.h"

namespace papi {

// The documents the office issues (docs/documents.md): `style` is plan.yaml's `document`,
// `office` the reports/<period>.yaml of the reported period; either may be null.

// The report as a Word document in the layout of Decree 30/2020/NĐ-CP.
std::string render_report_docx(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language);
// The report as one self-contained HTML page (inline CSS and chart, no script).
std::string render_report_html(const PlanData& data, const Report& report,
                               const DocumentStyle* style, const OfficeReport* office,
                               Language language);
// The plan as a "Kế hoạch", its task table as the landscape appendix.
std::string render_plan_docx(const PlanData& data, const DocumentStyle* style, Language language);
std::string render_plan_html(const PlanData& data, const DocumentStyle* style, Language language);

}  // namespace papi
