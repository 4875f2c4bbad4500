#pragma once

#include <string>
#include <vector>

#include "load/folder_loader.h"
#include "model/plan.h"

namespace papi::test {

// A plan folder held in strings, loaded the way load_plan_folder loads files.
struct PlanTexts {
  std::string plan;
  std::string units;
  std::string tasks;
  struct Status {
    std::string period;
    std::string unit;
    std::string text;
  };
  std::vector<Status> reports;
  struct InspectionText {
    std::string id;  // the file name without .yaml
    std::string text;
  };
  std::vector<InspectionText> inspections;
};

struct LoadedPlan {
  PlanData data;
  Diagnostics diagnostics;
};

LoadedPlan load_texts(const PlanTexts& texts);

// A minimal valid plan: two areas, three tasks, the office and three schools.
PlanTexts small_plan();

}  // namespace papi::test
