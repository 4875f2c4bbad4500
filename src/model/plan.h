#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/date.h"
#include "model/inspection.h"
#include "model/document.h"
#include "model/location.h"
#include "model/outcome.h"
#include "model/period.h"
#include "model/report_deadlines.h"
#include "model/text.h"

namespace papi {

// Plain data of format v1 (docs/data-format.md). No I/O here: the loader fills these structs
// and keeps the source location of every entity and of the fields that checks point at.

struct Area {
  int id = 0;
  std::string name;  // as the plan writes it
  std::string name_en;
  std::string objective;
  Location location;
  Location id_location;

  bool operator==(const Area&) const = default;
};

struct Section {
  std::string title;
  std::vector<std::string> items;

  bool operator==(const Section&) const = default;
};

struct Plan {
  int schema_version = 1;
  std::string id;
  std::string number;
  std::string title;
  std::string issuer;
  std::string signer;  // empty when absent
  Date issued;
  int year = 0;
  Cadence reporting = Cadence::quarter;
  ReportDeadlines report_deadlines;  // empty when absent
  std::vector<std::string> purposes;
  std::vector<std::string> requirements;
  std::vector<Area> areas;
  std::vector<Outcome> outcomes;  // the published index (model/outcome.h)
  std::vector<Section> sections;
  std::vector<std::string> recipients;
  std::optional<DocumentStyle> document;  // plan.yaml `document` (docs/documents.md)
  Location location;
  Location id_location;
  Location issued_location;
  Location year_location;
  Location reporting_location;
  Location schema_version_location;

  bool operator==(const Plan&) const = default;
};

enum class UnitKind { office, department, school };
enum class SchoolLevel { none, MN, TH, THCS };

struct Unit {
  std::string id;
  std::string name;
  UnitKind kind = UnitKind::school;
  SchoolLevel level = SchoolLevel::none;
  std::string commune;  // empty when absent
  std::string parent;   // empty when absent
  Location location;
  Location id_location;
  Location parent_location;

  bool operator==(const Unit&) const = default;
};

// A reference to units in a task: a unit id or a group such as `schools` or `schools:TH`.
struct UnitRef {
  std::string text;
  Location location;

  bool operator==(const UnitRef&) const = default;
};

struct Task {
  std::string id;  // "1.2"
  int area = 0;
  std::string title;
  std::string product;
  std::string lead;
  std::vector<UnitRef> partners;
  std::optional<Date> due;          // absent: ongoing ("Thường xuyên")
  std::vector<UnitRef> applies_to;  // empty: the lead and every partner
  bool has_applies_to = false;
  double weight = 1.0;
  std::string note;
  Location location;
  Location id_location;
  Location area_location;
  Location lead_location;
  Location due_location;

  bool operator==(const Task&) const = default;
};

enum class TaskState : std::uint8_t { done, in_progress, not_started, not_applicable };

// A province's reports hold about 120,000 records and the country's about 5 million, so a
// record is kept small (docs/performance.md): 56 bytes, its texts as Text (4 bytes, in the
// text pool), its completion date as OptionalDate (4 bytes), and its fields ordered so that
// nothing is padded. (It keeps no location of its own: task_location marks it.)
struct Record {
  double progress = 0;  // meaningful for in_progress
  Text task;
  Text evidence;
  Text reason;
  Text note;
  OptionalDate completed;
  Location task_location;
  Location completed_location;
  TaskState state = TaskState::not_started;

  bool operator==(const Record&) const = default;
};

// One per status file: 3,800 of them in a province, 150,000 in the country; kept small like
// Record (texts as Text, dates as OptionalDate).
struct StatusReport {
  int schema_version = 1;
  Text unit;
  Period period;
  Text period_text;
  OptionalDate submitted;
  std::vector<Record> records;
  Text folder_period;  // name of the status/<period>/ folder it was read from
  Text file_unit;      // its file name without .yaml
  Location location;
  Location unit_location;
  Location period_location;
  Location submitted_location;
  Location schema_version_location;

  bool operator==(const StatusReport&) const = default;
};

// A status file found on disk, whether or not it could be read.
struct StatusFile {
  Text folder_period;
  Text unit;  // file name without .yaml
  Text path;

  bool operator==(const StatusFile&) const = default;
};

// One plan folder, loaded. `files` maps Location::file to a path as the user gave it.
struct PlanData {
  std::string directory;
  std::vector<std::string> files;
  std::optional<Plan> plan;
  std::vector<Unit> units;
  std::vector<Task> tasks;
  std::vector<StatusReport> reports;
  std::vector<StatusFile> status_files;
  std::vector<Inspection> inspections;  // inspections/<id>.yaml, in file name order
  std::vector<OfficeReport> office_reports;  // reports/<period>.yaml, by file name
  bool has_units_file = false;
  bool has_tasks_file = false;
};

std::string_view to_string(UnitKind kind);
std::string_view to_string(SchoolLevel level);
std::string_view to_string(TaskState state);
std::optional<UnitKind> parse_unit_kind(std::string_view text);
std::optional<SchoolLevel> parse_school_level(std::string_view text);
std::optional<TaskState> parse_task_state(std::string_view text);

// The group of a unit in the tables by school level: its level (MN, TH, THCS), or "office" for
// a unit that is not a school.
std::string_view level_key(const Unit& unit);

// Whether status files of `period` belong to `plan`: a period of the plan's year, of its
// reporting cadence.
bool period_fits_plan(const Plan& plan, const Period& period);

// Task ids compare numerically: 1.2 before 1.10.
bool task_id_less(std::string_view a, std::string_view b);

}  // namespace papi
