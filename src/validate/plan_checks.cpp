#include "validate/plan_checks.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "i18n/messages.h"
#include "model/plan_index.h"
#include "util/edit_distance.h"
#include "validate/check_context.h"
#include "validate/inspection_checks.h"
#include "validate/outcome_checks.h"

namespace papi {

namespace {

class Checker {
 public:
  explicit Checker(const PlanData& data)
      : data_(data),
        own_index_(std::in_place, data),
        index_(*own_index_),
        context_(data, diagnostics_) {}
  Checker(const PlanData& data, const PlanIndex& index, const std::vector<std::string>& files)
      : data_(data), index_(index), context_(data, files, diagnostics_) {}

  Diagnostics run() {
    if (data_.plan)
      check_plan_file(*data_.plan);
    for (Diagnostic& d : check_outcomes(data_))
      diagnostics_.push_back(std::move(d));
    check_units();
    check_tasks();
    check_reports();
    Diagnostics inspections = check_inspections(data_);
    diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(inspections.begin()),
                        std::make_move_iterator(inspections.end()));
    check_office_reports();
    return std::move(diagnostics_);
  }

  Diagnostics run_reports(const std::vector<StatusReport>& reports) {
    const Plan* plan = dated_plan();
    for (const StatusReport& report : reports)
      check_report(report, plan);
    return std::move(diagnostics_);
  }

 private:
  Diagnostic& add(const Location& where, Severity severity, std::string code,
                  std::string_view message, std::string_view hint = {}) {
    return context_.add(where, severity, std::move(code), std::move(message), std::move(hint));
  }

  void check_date(const Date& date, const Location& where, std::string_view field) {
    context_.check_date(date, where, field);
  }

  void check_plan_file(const Plan& plan) {
    check_date(plan.issued, plan.issued_location, "issued");
    check_report_deadlines(plan);
    std::map<int, const Area*> seen;
    for (const Area& area : plan.areas) {
      auto [it, inserted] = seen.emplace(area.id, &area);
      if (!inserted) {
        add(area.id_location, Severity::error, "duplicate-id",
            trf("area {} is listed twice (first on line {})", area.id,
                it->second->id_location.line),
            tr("give each area its own id"));
      }
    }
  }

  // Keys of `report_deadlines` are periods of the plan's cadence and year.
  void check_report_deadlines(const Plan& plan) {
    const Plan* dated = dated_plan();
    for (const ReportDeadline& entry : plan.report_deadlines.entries) {
      const std::string example =
          dated ? Period{dated->year, dated->reporting, 1}.to_string() : std::string("2021-Q1");
      if (!entry.period) {
        add(entry.key_location, Severity::error, "invalid-value",
            trf("`report_deadlines` has the key {}, which is not a period id",
                shown_value(entry.period_text)),
            trf("write a period of the plan's cadence, e.g. {}", example));
        continue;
      }
      if (dated && entry.period->year != dated->year) {
        add(entry.key_location, Severity::error, "period-outside-plan",
            trf("`report_deadlines` names period {}, outside the plan year {}", entry.period_text,
                dated->year),
            trf("write a period of the plan's cadence, e.g. {}", example));
      } else if (dated && entry.period->cadence != dated->reporting) {
        add(entry.key_location, Severity::error, "period-outside-plan",
            trf("`report_deadlines` names period {}, which does not fit the plan's reporting "
                "cadence `{}`",
                entry.period_text, cadence_name(dated->reporting)),
            trf("this plan is reported by {}: e.g. {}", cadence_name(dated->reporting), example));
      }
      check_date(entry.due, entry.due_location, "report_deadlines: " + entry.period_text);
    }
  }

  // `submitted` against the period's deadline and dates (docs/data-format.md, "Report
  // deadlines"). Only for a report whose period fits the plan.
  void check_submitted(const StatusReport& report, const Plan& plan, const Period& period) {
    if (!report.submitted) {
      if (const auto due = plan.report_deadlines.due(period)) {
        add(report.period_location, Severity::warning, "submitted-missing",
            trf("the report for {} has no `submitted` date, and the reports of {} are due on {}",
                period.to_string(), period.to_string(), due->to_string()),
            std::string(tr("add `submitted: YYYY-MM-DD`, the day the office received the report")));
      }
      return;
    }
    const Date submitted = *report.submitted;
    if (!submitted.is_valid())
      return;  // invalid-date said so
    const Date year_end = Period{plan.year, Cadence::year, 1}.last_day();
    if (submitted < period.first_day()) {
      add(report.submitted_location, Severity::warning, "submitted-before-period",
          trf("the report for {} was submitted on {}, before the period began on {}",
              period.to_string(), submitted.to_string(), period.first_day().to_string()),
          std::string(tr("check the date: a report is sent once its period has begun")));
    } else if (submitted > year_end) {
      add(report.submitted_location, Severity::warning, "submitted-after-year",
          trf("the report for {} was submitted on {}, after the end of the plan year ({}): no "
              "report of the plan counts it as sent",
              period.to_string(), submitted.to_string(), year_end.to_string()),
          std::string(tr("check the year of the date")));
    }
  }

  static bool present(const Location& where) { return CheckContext::present(where); }

  void check_ref(std::string_view ref, const Location& where, std::string_view field) {
    // Without a readable units.yaml every reference would look unknown.
    if (!data_.has_units_file || !present(where) || index_.is_known_ref(ref))
      return;
    add(where, Severity::error, "unknown-unit",
        trf("`{}` names unit `{}`, which units.yaml does not list", field, shown_value(ref)),
        suggestion_for_unit(ref));
  }

  std::string suggestion_for_unit(std::string_view ref) const {
    return context_.suggestion_for_unit(ref);
  }

  // A valid plan that cannot be what was meant: nothing would ever be reported.
  void warn_if_empty(bool present_file, bool empty, std::string_view name, std::string code,
                     std::string_view message, std::string_view hint) {
    if (!present_file || !empty)
      return;
    for (std::uint32_t file = 0; file < data_.files.size(); ++file) {
      const std::string& path = data_.files[file];
      if (path.size() >= name.size() &&
          path.compare(path.size() - name.size(), name.size(), name) == 0 &&
          (path.size() == name.size() || path[path.size() - name.size() - 1] == '/')) {
        add(Location{file, 0, 0}, Severity::warning, std::move(code), message, hint);
        return;
      }
    }
  }

  void check_units() {
    warn_if_empty(data_.has_units_file, data_.units.empty(), "units.yaml", "no-units",
                  tr("units.yaml lists no unit: no one can report on the plan"),
                  tr("add the office and its schools (the file's comments show an example)"));
    std::unordered_map<std::string, const Unit*> seen;
    for (const Unit& unit : data_.units) {
      auto [it, inserted] = seen.emplace(unit.id, &unit);
      if (!inserted) {
        add(unit.id_location, Severity::error, "duplicate-id",
            trf("unit `{}` is listed twice (first on line {})", shown_value(unit.id),
                it->second->id_location.line),
            tr("give each unit its own id"));
      }
      if (!unit.parent.empty() && present(unit.parent_location) && !index_.unit(unit.parent)) {
        add(unit.parent_location, Severity::error, "unknown-unit",
            trf("`parent` names unit `{}`, which units.yaml does not list",
                shown_value(unit.parent)),
            suggestion_for_unit(unit.parent));
      }
    }
  }

  void check_tasks() {
    warn_if_empty(data_.has_tasks_file, data_.tasks.empty(), "tasks.yaml", "no-tasks",
                  tr("tasks.yaml lists no task: there is nothing to report on"),
                  tr("add the tasks of the plan's table (the file's comments show an example)"));
    std::unordered_map<std::string, const Task*> seen;
    for (const Task& task : data_.tasks) {
      auto [it, inserted] = seen.emplace(task.id, &task);
      if (!inserted) {
        add(task.id_location, Severity::error, "duplicate-id",
            trf("task {} is listed twice (first on line {})", shown_value(task.id),
                it->second->id_location.line),
            tr("give each task its own number"));
      }
      if (!present(task.area_location)) {
        // `area` is missing or not a number: the schema said so.
      } else if (data_.plan && !index_.area(task.area)) {
        std::vector<int> ids;
        for (const Area& area : data_.plan->areas)
          ids.push_back(area.id);
        add(task.area_location, Severity::error, "unknown-area",
            trf("task {} is in area {}, which plan.yaml does not list", shown_value(task.id),
                task.area),
            trf("the plan's areas are {}", fmt::join(ids, ", ")));
      } else {
        const std::string prefix = task.id.substr(0, task.id.find('.'));
        if (prefix != std::to_string(task.area)) {
          add(task.id_location, Severity::error, "task-area-mismatch",
              trf("task {} is numbered under area {} but `area` is {}", shown_value(task.id),
                  shown_value(prefix), task.area),
              tr("the number before the dot must equal `area`"));
        }
      }
      check_ref(task.lead, task.lead_location, "lead");
      for (const UnitRef& ref : task.partners)
        check_ref(ref.text, ref.location, "partners");
      for (const UnitRef& ref : task.applies_to)
        check_ref(ref.text, ref.location, "applies_to");
      if (task.due)
        check_date(*task.due, task.due_location, "due");
    }
  }

  const Plan* dated_plan() const { return context_.dated_plan(); }

  // reports/<period>.yaml: named after its period, which the plan can report on (its cadence
  // or a coarser one, in its year; docs/documents.md).
  void check_office_reports() {
    const Plan* plan = dated_plan();
    for (const OfficeReport& report : data_.office_reports) {
      if (!present(report.period_location))
        continue;  // the schema reported the missing period
      const auto period = Period::parse(report.period_text);
      if (report.period_text != report.file_period) {
        add(report.period_location, Severity::error, "period-mismatch",
            trf("the office's report says period {} but the file is named {}.yaml",
                report.period_text, report.file_period),
            std::string(tr("name the file after its period, or fix `period`")));
      } else if (period && plan && period->year != plan->year) {
        add(report.period_location, Severity::error, "period-outside-plan",
            fmt::format("period {} is outside the plan year {}", report.period_text, plan->year));
      } else if (period && plan && period->cadence > plan->reporting) {
        add(report.period_location, Severity::error, "period-outside-plan",
            trf("the plan cannot report on period {}: it is finer than the plan's reporting "
                "cadence `{}`",
                report.period_text, cadence_name(plan->reporting)),
            trf("the office reports on periods of the plan's cadence or coarser: e.g. {} or {}",
                Period{plan->year, plan->reporting, 1}.to_string(), plan->year));
      }
      if (report.date)
        check_date(*report.date, report.date_location, "date");
      if (report.as_of)
        check_date(*report.as_of, report.as_of_location, "as_of");
    }
  }

  void check_reports() {
    const Plan* plan = dated_plan();
    for (const StatusReport& report : data_.reports)
      check_report(report, plan);
    // period folder -> units with a file there (readable or not), to find who did not report.
    std::map<std::string, std::set<std::string>> reported;
    std::map<std::string, std::string> folder_path;
    for (const StatusFile& file : data_.status_files) {
      reported[file.folder_period].insert(file.unit);
      folder_path.try_emplace(file.folder_period, file.path.substr(0, file.path.rfind('/')));
    }
    if (!data_.has_units_file)
      return;
    for (const auto& [period, units] : reported) {
      if (!text_period_fits_plan(period))
        continue;  // the folder itself is the problem, reported on each file in it
      std::vector<std::string> missing;
      for (std::size_t u = 0; u < data_.units.size(); ++u) {
        if (index_.unit_has_tasks(u) && !units.count(data_.units[u].id)) {
          missing.push_back(data_.units[u].id);
        }
      }
      if (missing.empty())
        continue;
      const std::string& folder = folder_path[period];
      for (const std::string& unit : missing) {
        // The file is not there: the diagnostic points at the folder it belongs in (a GitHub
        // notice on a file that does not exist would show nowhere).
        Diagnostic d;
        d.file = folder;
        d.severity = Severity::note;
        d.code = "missing-report";
        d.message = trf("unit `{}` has no report for {} ({}.yaml) while {} other units have one",
                        shown_value(unit), period, shown_value(unit), units.size());
        d.hint = tr("its tasks count as not reported (0%) until the report arrives in this folder");
        diagnostics_.push_back(std::move(d));
      }
    }
  }

  bool text_period_fits_plan(const std::string& text) const {
    const auto period = Period::parse(text);
    if (!period)
      return false;
    const Plan* plan = dated_plan();
    if (!plan)
      return true;
    return papi::period_fits_plan(*plan, *period);
  }

  void check_report(const StatusReport& report, const Plan* plan) {
    if (!present(report.unit_location) || !present(report.period_location))
      return;  // the schema reported the missing field; comparisons would only add noise
    if (report.unit != report.file_unit) {
      add(report.unit_location, Severity::error, "unit-mismatch",
          trf("the report says unit `{}` but the file is named {}.yaml", shown_value(report.unit),
              report.file_unit),
          tr("name each report after its unit id, or fix `unit`"));
    }
    const bool unit_known = index_.unit(report.unit).has_value();
    if (!unit_known && report.unit == report.file_unit && data_.has_units_file) {
      add(report.unit_location, Severity::error, "unknown-unit",
          trf("unit `{}` is not listed in units.yaml", shown_value(report.unit)),
          suggestion_for_unit(report.unit));
    }
    const auto period = Period::parse(report.period_text);
    // A period that is no period is the schema's error alone; one the plan does not have makes
    // the dates of the records incomparable (no warning per record for one wrong line).
    bool period_trusted = period.has_value() && report.period_text == report.folder_period;
    if (period && report.period_text != report.folder_period) {
      add(report.period_location, Severity::error, "period-mismatch",
          trf("the report says period {} but it is in folder status/{}/",
              shown_value(report.period_text), report.folder_period),
          tr("move the file to the folder of its period, or fix `period`"));
    } else if (period && plan) {
      if (period->year != plan->year) {
        period_trusted = false;
        add(report.period_location, Severity::error, "period-outside-plan",
            trf("period {} is outside the plan year {}", shown_value(report.period_text),
                plan->year));
      } else if (period->cadence != plan->reporting) {
        period_trusted = false;
        add(report.period_location, Severity::error, "period-outside-plan",
            trf("period {} does not fit the plan's reporting cadence `{}`",
                shown_value(report.period_text), cadence_name(plan->reporting)),
            trf("this plan is reported by {}: e.g. {}", cadence_word(plan->reporting),
                Period{plan->year, plan->reporting, 1}.to_string()));
      }
    }
    if (report.submitted)
      check_date(*report.submitted, report.submitted_location, "submitted");
    if (period && plan && report.period_text == report.folder_period &&
        papi::period_fits_plan(*plan, *period))
      check_submitted(report, *plan, *period);
    const bool untouched =
        std::all_of(report.records.begin(), report.records.end(),
                    [](const Record& r) { return r.state == TaskState::not_started; });
    if (!report.records.empty() && untouched && !report.submitted) {
      // Valid, but most likely a blank form copied in: it would count as a report.
      add(Location{report.unit_location.file, 0, 0}, Severity::warning, "unfilled-report",
          tr("every task of this report is not_started and it has no `submitted` date: is it a "
             "form that was never filled in?"),
          tr("fill in the states and `submitted:` (the day the report was sent), or remove the "
             "file until the unit sends its report"));
    }

    std::unordered_map<std::string, const Record*> seen;
    const auto unit_index = index_.unit(report.unit);
    for (const Record& record : report.records) {
      auto [it, inserted] = seen.emplace(record.task, &record);
      if (!inserted) {
        add(record.task_location, Severity::error, "duplicate-id",
            trf("task {} is reported twice in this file (first on line {})",
                shown_value(record.task), it->second->task_location.line),
            tr("keep one record per task"));
      }
      const auto task_index = index_.task(record.task);
      if (!task_index) {
        if (data_.has_tasks_file) {
          add(record.task_location, Severity::error, "unknown-task",
              trf("task {} is not in tasks.yaml", shown_value(record.task)),
              tr("use a task number of the plan's table, e.g. \"1.1\""));
        }
      } else if (unit_index && !index_.applies(*task_index, *unit_index)) {
        add(record.task_location, Severity::warning, "task-not-applicable",
            trf("task {} does not apply to unit `{}`; this record is not counted",
                shown_value(record.task), shown_value(report.unit)),
            tr("see `partners` and `applies_to` of the task in tasks.yaml"));
      }
      if (record.completed) {
        check_date(*record.completed, record.completed_location, "completed");
        if (record.completed->is_valid())
          check_completed(report, record, plan, period_trusted ? period : std::nullopt);
      }
    }
  }

  void check_completed(const StatusReport& report, const Record& record, const Plan* plan,
                       const std::optional<Period>& period) {
    const Date& completed = *record.completed;
    if (report.submitted && report.submitted->is_valid() && completed > *report.submitted) {
      add(record.completed_location, Severity::warning, "completed-after-submitted",
          trf("task {} was completed on {}, after the report was submitted on {}",
              shown_value(record.task), completed.to_string(), report.submitted->to_string()),
          tr("check the date: a report cannot tell of work done after it was sent"));
    } else if (plan && completed.year != plan->year) {
      add(record.completed_location, Severity::warning, "completed-outside-year",
          trf("task {} was completed on {}, outside the plan year {}", shown_value(record.task),
              completed.to_string(), plan->year),
          tr("check the year of the date"));
    } else if (period && completed > period->last_day()) {
      add(record.completed_location, Severity::warning, "completed-after-period",
          trf("task {} was completed on {}, after the end of period {} ({})",
              shown_value(record.task), completed.to_string(), period->to_string(),
              period->last_day().to_string()),
          tr("report it in the period in which it was completed"));
    }
  }

  const PlanData& data_;
  std::optional<PlanIndex> own_index_;
  const PlanIndex& index_;
  Diagnostics diagnostics_;
  CheckContext context_;
};

}  // namespace

Diagnostics check_plan(const PlanData& data) {
  return Checker(data).run();
}

Diagnostics check_status_reports(const PlanData& data, const PlanIndex& index,
                                 const std::vector<StatusReport>& reports,
                                 const std::vector<std::string>& files) {
  return Checker(data, index, files).run_reports(reports);
}

}  // namespace papi
