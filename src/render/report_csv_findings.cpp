#include <fmt/format.h>

#include "render/escape.h"
#include "render/report_inspections.h"

namespace papi {

std::string render_findings_csv(const PlanData& data, const InspectionSection* section) {
  std::string out = "inspection,unit,date,kind,finding,area,task,due,state,fixed,class\r\n";
  if (!section)
    return out;
  for (const CountedFinding& counted : section->findings) {
    const Inspection& inspection = data.inspections[counted.inspection];
    const Finding& finding = inspection.findings[counted.finding];
    out += fmt::format(
        "{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_text_field(inspection.id),
        csv_text_field(inspection.unit), inspection.date.to_string(), to_string(inspection.kind),
        finding.id, counted.area, csv_text_field(finding.task), finding.due.to_string(),
        to_string(finding.state), finding.fixed ? finding.fixed->to_string() : std::string{},
        to_string(counted.remediation));
  }
  return out;
}

}  // namespace papi
