#include "test_support.h"

namespace papi::test {

LoadedPlan load_texts(const PlanTexts& texts) {
  LoadedPlan loaded;
  LoadOptions options;
  auto take = [&](DocumentKind kind, const std::string& text, const std::string& path) {
    const auto index = static_cast<std::uint32_t>(loaded.data.files.size());
    loaded.data.files.push_back(path);
    LoadedDocument document = load_document(kind, text, path, index, options);
    loaded.diagnostics.insert(loaded.diagnostics.end(), document.diagnostics.begin(),
                              document.diagnostics.end());
    return document;
  };
  loaded.data.directory = "p";
  if (auto plan = take(DocumentKind::plan, texts.plan, "p/plan.yaml"); plan.plan) {
    loaded.data.plan = plan.plan;
  }
  auto units = take(DocumentKind::units, texts.units, "p/units.yaml");
  loaded.data.units = units.units;
  loaded.data.has_units_file = units.loaded;
  auto tasks = take(DocumentKind::tasks, texts.tasks, "p/tasks.yaml");
  loaded.data.tasks = tasks.tasks;
  loaded.data.has_tasks_file = tasks.loaded;
  for (const auto& status : texts.reports) {
    const std::string path = "p/status/" + status.period + "/" + status.unit + ".yaml";
    auto report = take(DocumentKind::status, status.text, path);
    loaded.data.status_files.push_back(StatusFile{status.period, status.unit, path});
    if (report.report) {
      report.report->folder_period = status.period;
      report.report->file_unit = status.unit;
      loaded.data.reports.push_back(*report.report);
    }
  }
  for (const auto& inspection : texts.inspections) {
    const std::string path = "p/inspections/" + inspection.id + ".yaml";
    auto document = take(DocumentKind::inspection, inspection.text, path);
    if (document.inspection) {
      document.inspection->file_id = inspection.id;
      loaded.data.inspections.push_back(*document.inspection);
    }
  }
  return loaded;
}

PlanTexts small_plan() {
  PlanTexts texts;
  texts.plan = R"(schema_version: 1
id: test-2021
number: "1/KH-TEST"
title: Kế hoạch thử
issuer: Phòng Giáo dục và Đào tạo
issued: 2021-02-23
year: 2021
reporting: quarter
areas:
  - id: 1
    name: Tham gia của người dân ở cấp cơ sở
    name_en: Participation at local levels
  - id: 2
    name: Công khai, minh bạch
    name_en: Transparency
)";
  texts.units = R"(units:
  - id: pgd
    name: Phòng Giáo dục và Đào tạo
    kind: office
  - id: mn-a
    name: Trường Mầm non A
    kind: school
    level: MN
    commune: Xã A
  - id: th-a
    name: Trường Tiểu học A
    kind: school
    level: TH
    commune: Xã A
  - id: th-b
    name: Trường Tiểu học B
    kind: school
    level: TH
    commune: Xã B
)";
  texts.tasks = R"(tasks:
  - id: "1.1"
    area: 1
    title: Tuyên truyền
    product: Văn bản
    lead: pgd
    partners: [schools]
    schedule: ongoing
  - id: "1.2"
    area: 1
    title: Tập huấn
    product: Báo cáo
    lead: pgd
    partners: [schools:TH]
    schedule:
      due: 2021-03-15
    weight: 2
  - id: "2.1"
    area: 2
    title: Công khai
    product: Bản công bố
    lead: pgd
    partners: []
    applies_to: [schools]
    schedule: ongoing
)";
  return texts;
}

}  // namespace papi::test
