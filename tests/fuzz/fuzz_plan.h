#pragma once

#include "load/folder_loader.h"
#include "model/plan.h"

// The small plan the fuzz targets load their inputs into: two areas, the office and two
// schools, three tasks (one with a deadline, one for every school).
namespace papi::fuzz {

inline constexpr const char* kPlan = R"(schema_version: 1
id: fuzz
number: "1/KH"
title: t
issuer: i
issued: 2021-01-01
year: 2021
reporting: quarter
areas:
  - {id: 1, name: a, name_en: a}
  - {id: 2, name: b, name_en: b}
)";

inline constexpr const char* kUnits = R"(units:
  - {id: pgd, name: Phòng, kind: office}
  - {id: mn-a, name: MN A, kind: school, level: MN, commune: A}
  - {id: th-a, name: TH A, kind: school, level: TH, commune: A, parent: pgd}
)";

inline constexpr const char* kTasks = R"(tasks:
  - {id: "1.1", area: 1, title: t, product: p, lead: pgd, partners: [schools], schedule: ongoing}
  - {id: "1.2", area: 1, title: t, product: p, lead: pgd, partners: [schools:TH], schedule: {due: 2021-03-15}, weight: 2}
  - {id: "2.1", area: 2, title: t, product: p, lead: pgd, partners: [], applies_to: [schools], schedule: ongoing}
)";

// The plan above, loaded as a plan folder would be (without reports).
inline PlanData small_plan() {
  PlanData data;
  LoadOptions options;
  data.directory = "plan";
  data.files = {"plan/plan.yaml", "plan/units.yaml", "plan/tasks.yaml"};
  data.plan = load_document(DocumentKind::plan, kPlan, data.files[0], 0, options).plan;
  data.units = load_document(DocumentKind::units, kUnits, data.files[1], 1, options).units;
  data.tasks = load_document(DocumentKind::tasks, kTasks, data.files[2], 2, options).tasks;
  data.has_units_file = data.has_tasks_file = true;
  return data;
}

}  // namespace papi::fuzz
