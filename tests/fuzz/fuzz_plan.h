#pragma once

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

}  // namespace papi::fuzz
