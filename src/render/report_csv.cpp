#include <fmt/format.h>

#include "render/escape.h"
#include "render/outcomes_render.h"
#include "render/report_inspections.h"
#include "render/report_render.h"
#include "render/submission_render.h"

namespace papi {

namespace {

// The states not_reported and not_applicable are the classes of the same names.
constexpr PairState kStates[] = {PairState::done, PairState::in_progress, PairState::not_started};

std::string class_columns() {
  std::string out;
  for (DeadlineClass value : kDeadlineClasses)
    out += fmt::format(",{}", to_string(value));
  for (PairState value : kStates)
    out += fmt::format(",{}", to_string(value));
  return out;
}

// completion (two decimals, empty when there is no value), pairs, then one count per class.
std::string completion_cells(const Completion& completion) {
  const auto percent = completion.percent();
  std::string out = percent ? fmt::format("{:.2f}", round_half_up(*percent, 2)) : std::string{};
  out += fmt::format(",{}", completion.pairs);
  for (DeadlineClass value : kDeadlineClasses)
    out += fmt::format(",{}", completion.count(value));
  for (PairState value : kStates)
    out += fmt::format(",{}", completion.state(value));
  return out;
}

}  // namespace

std::string render_report_csv(const PlanData& data, const Report& report, ReportTable table) {
  const Plan& plan = *data.plan;
  std::string out;
  const std::string classes = class_columns();
  switch (table) {
    case ReportTable::submission:
      out += submission_table_csv(data, report);
      break;
    case ReportTable::area:
      out += "area_id,area_name,area_name_en,completion,pairs" + classes + "\r\n";
      for (const AreaResult& area : report.areas) {
        const Area& a = plan.areas[area.area];
        out += fmt::format("{},{},{},{}\r\n", a.id, csv_text_field(a.name),
                           csv_text_field(a.name_en), completion_cells(area.completion));
      }
      break;
    case ReportTable::unit:
      out += "unit_id,unit_name,level,commune,reported,report_period,completion,pairs" + classes +
             "\r\n";
      for (const UnitResult& result : report.units) {
        const Unit& unit = data.units[result.unit];
        out += fmt::format("{},{},{},{},{},{},{}\r\n", csv_text_field(unit.id),
                           csv_text_field(unit.name), level_key(unit), csv_text_field(unit.commune),
                           result.report ? "yes" : "no",
                           result.report ? result.report->period.to_string() : std::string{},
                           completion_cells(result.completion));
      }
      break;
    case ReportTable::level:
      out += "level,units,completion,pairs" + classes + "\r\n";
      for (const GroupResult& level : report.levels) {
        out +=
            fmt::format("{},{},{}\r\n", level.key, level.units, completion_cells(level.completion));
      }
      break;
    case ReportTable::commune:
      out += "commune,units,completion,pairs" + classes + "\r\n";
      for (const GroupResult& commune : report.communes) {
        out += fmt::format("{},{},{}\r\n", csv_text_field(commune.key), commune.units,
                           completion_cells(commune.completion));
      }
      break;
    case ReportTable::task:
      out += "task_id,area_id,title,weight,due,completion,pairs" + classes + "\r\n";
      for (const TaskResult& result : report.tasks) {
        const Task& task = data.tasks[result.task];
        out += fmt::format("{},{},{},{},{},{}\r\n", csv_text_field(task.id), task.area,
                           csv_text_field(task.title), task.weight,
                           task.due ? task.due->to_string() : std::string{},
                           completion_cells(result.completion));
      }
      break;
    case ReportTable::finding:
      out += render_findings_csv(data, report.inspections ? &*report.inspections : nullptr);
      break;
    case ReportTable::outcome:
      out += outcomes_csv(report.outcomes, outcome_rows(data, report, Language::vi));
      break;
    case ReportTable::record:
      out +=
          "unit_id,unit_name,level,commune,task_id,area_id,report_period,state,progress,value,"
          "class,due,completed,evidence,reason\r\n";
      for (const PairResult& pair : report.pairs) {
        const Unit& unit = data.units[pair.unit];
        const Task& task = data.tasks[pair.task];
        const Record* record = pair.record;
        std::string progress;
        if (record && record->state == TaskState::in_progress) {
          progress = fmt::format("{}", record->progress);
        }
        out += fmt::format(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", csv_text_field(unit.id),
            csv_text_field(unit.name), level_key(unit), csv_text_field(unit.commune),
            csv_text_field(task.id), task.area,
            pair.report ? pair.report->period.to_string() : std::string{},
            record ? to_string(record->state) : std::string_view("not_reported"), progress,
            pair.deadline_class == DeadlineClass::not_applicable ? std::string{}
                                                                 : fmt::format("{}", pair.value),
            to_string(pair.deadline_class), task.due ? task.due->to_string() : std::string{},
            record && record->completed ? record->completed->to_string() : std::string{},
            record ? csv_text_field(record->evidence) : std::string{},
            record ? csv_text_field(record->reason) : std::string{});
      }
      break;
  }
  return out;
}

}  // namespace papi
