#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"
#include "model/period.h"

namespace papi {

// One file a workflow command writes: its path relative to the folder it belongs to, and its
// complete content.
struct GeneratedFile {
  std::string path;
  std::string content;
};

struct InitOptions {
  std::string id;      // slug
  std::string number;  // e.g. 15/KH-PGDĐT
  std::string title;
  std::string issuer;
  int year = 0;
  Date issued;
  Cadence reporting = Cadence::quarter;
  // report_deadlines: the reports of a period are due on this day of its last month (the last
  // day of a shorter month).
  int report_due_day = 20;
  // The schemas folder relative to the plan folder, ending in `/`: "../../schemas/".
  std::string schema_dir = "../../schemas/";
  // The folder as the user named it, for the commands shown in README.md.
  std::string folder = ".";
};

// Default title of a new plan of `year`.
std::string default_plan_title(int year);

// The files of a new plan folder in format v1: plan.yaml with the 8 PAPI areas, empty
// units.yaml and tasks.yaml with commented examples, a short README.md, and
// inspections/README.md with a commented example inspection. Pure: the same
// options give byte-identical files.
std::vector<GeneratedFile> new_plan_files(const InitOptions& options);

}  // namespace papi
