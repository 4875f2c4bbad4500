#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compute/outcomes.h"
#include "render/report_render.h"

namespace papi {

// The outcomes beside completion, for one plan: row a of `areas` is summary.areas[a].
struct OutcomeRows {
  struct Row {
    int area_id = 0;
    std::string name;     // in the report's language
    std::string name_vi;  // CSV and JSON
    std::string name_en;
    std::optional<double> completion;
  };
  std::vector<Row> areas;
  std::optional<double> overall;
};

// The rows of a plan's report.
OutcomeRows outcome_rows(const PlanData& data, const Report& report, Language language);

// A score as published, to at most 4 decimals ("45,366" in Vietnamese, "45.366" in English).
std::string format_score(double score, Language language);
// A change with its sign: "+3,196", "-0,5", "0".
std::string format_score_change(double change, Language language);

// The report's outcomes section, in each format; all empty when the plan has no outcomes.
std::string outcomes_markdown(const OutcomeSummary& summary, const OutcomeRows& rows,
                              Language language);
// `papi report --by outcome --format csv`: one row per area, then one for the total.
std::string outcomes_csv(const OutcomeSummary& summary, const OutcomeRows& rows);
// The "outcomes" member of the report's JSON: null when the plan has no outcomes.
nlohmann::ordered_json outcomes_json(const OutcomeSummary& summary, const OutcomeRows& rows);
nlohmann::ordered_json outcome_json(const std::optional<Outcome>& outcome);

}  // namespace papi
