#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"
#include "model/plan_index.h"
#include "model/plan_layout.h"

namespace papi {

// The status files papi writes: the report form of `papi template` (YAML, and the same form
// as a spreadsheet) and the files of `papi import`.

struct TemplateOptions {
  std::string schema_path = kDefaultStatusSchemaPath;
};

// The report form of one unit for one period, as the status file it will become
// (status/<period>/<unit>.yaml): every task that applies to the unit with `state:
// not_started`, the task's text as a comment above it, and Vietnamese comments explaining each
// field. It is a valid report as it stands. `data` must have passed validation.
std::string status_template_yaml(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                 const Period& period, const TemplateOptions& options = {});

// The same form as a spreadsheet for `papi import`: columns unit, task, title, state,
// progress, completed, evidence, reason, note; one row per task with state not_started.
// UTF-8 with a byte order mark and CRLF line ends, as Excel expects; `separator` is `,` or `;`.
std::string status_template_csv(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                char separator = ',');

// The head of a status file written by `papi import`.
struct StatusFileHead {
  std::string schema_path = kDefaultStatusSchemaPath;  // for the $schema line
  std::string source;                                  // the spreadsheet's name, for a comment
  std::string unit;
  std::string period;
  std::optional<Date> submitted;  // written as `submitted:` when set
};

// One record of a status file written by `papi import`.
struct StatusFileRecord {
  std::string task;
  TaskState state = TaskState::not_started;
  std::optional<double> progress;
  std::optional<Date> completed;
  std::string evidence;
  std::string reason;
  std::string note;
};

// What a line of a written file holds: a line of the head without a value (a comment,
// `records:`), a value of the head, or one field of records[record]; `value_column` is the
// 1-based column where the value starts (0 on a line without one), as the loader locates it.
enum class StatusField {
  head,
  schema_version,
  unit,
  period,
  submitted,
  task,
  state,
  progress,
  completed,
  evidence,
  reason,
  note
};
struct StatusLine {
  std::size_t record = 0;
  StatusField field = StatusField::head;
  unsigned value_column = 0;
};

// The status file of `papi import`; `lines` gets one entry per line written, so that a finding
// on a line can be shown at the spreadsheet cell it came from.
std::string imported_status_yaml(const StatusFileHead& head,
                                 const std::vector<StatusFileRecord>& records,
                                 std::vector<StatusLine>& lines);

}  // namespace papi
