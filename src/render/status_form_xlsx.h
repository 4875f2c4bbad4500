#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/language.h"
#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"
#include "model/plan_index.h"
#include "model/status_form.h"

namespace papi {

// What the xlsx report form of one unit shows; filled by the template command from the plan
// and, when there is one, the unit's report on file.
struct StatusFormRow {
  std::string task;
  std::string title;
  std::optional<TaskState> state;  // empty: the clerk chooses
  std::optional<double> progress;
  std::optional<Date> completed;
  std::string evidence;
  std::string reason;
  std::string note;
};

struct StatusForm {
  Language language = Language::vi;  // of the title block; the table stays Vietnamese
  std::string plan_id;
  std::string plan_number;
  std::string plan_title;
  int year = 0;
  std::string unit_id;
  std::string unit_name;
  std::string period;            // 2021-Q1
  std::string period_label;      // Quý 1 năm 2021
  std::optional<Date> deadline;  // report_deadlines of plan.yaml, when it names the period
  std::vector<StatusFormRow> rows;
};

// The form of unit `unit` (an index into data.units) for `period`: every task that applies to
// it, in the order of tasks.yaml, pre-filled from the unit's report for the period when there
// is one on file, with the period's report deadline when the plan sets one. `data` must have
// passed validation.
StatusForm make_status_form(const PlanData& data, const PlanIndex& index, std::size_t unit,
                            const Period& period, Language language = Language::vi);

// The workbook's bytes: sheet "Báo cáo" (title block in the form's language: plan, unit,
// period and report deadline; then the table with a drop-down list of
// states, validated progress and dates, only the input cells unlocked, A4 landscape fitted to
// the page width), sheet "Hướng dẫn", and a hidden sheet "papi" with the unit, period, plan
// and form version (also as defined names papi_unit, papi_period, papi_plan,
// papi_form_version). Deterministic: the same form gives the same bytes. libxlsxwriter writes
// only to a file, so the workbook passes through a temporary file, removed before returning.
std::string status_form_xlsx(const StatusForm& form);

}  // namespace papi
