#include <catch2/catch.hpp>

#include "load/folder_loader.h"
#include "render/new_plan.h"
#include "validate/plan_checks.h"

using namespace papi;

namespace {

InitOptions options() {
  InitOptions o;
  o.id = "van-giang-2024";
  o.number = "15/KH-PGDĐT";
  o.title = "Nâng cao chỉ số PAPI năm 2024";
  o.issuer = "Phòng Giáo dục và Đào tạo Văn Giang";
  o.year = 2024;
  o.issued = Date{2024, 2, 1};
  o.folder = "plans/van-giang-2024";
  return o;
}

const std::string& content(const std::vector<GeneratedFile>& files, const std::string& path) {
  for (const GeneratedFile& file : files) {
    if (file.path == path)
      return file.content;
  }
  FAIL("no file " << path);
  static const std::string none;
  return none;
}

PlanData load(const std::vector<GeneratedFile>& files, Diagnostics& diagnostics) {
  PlanData data;
  data.directory = "p";
  const std::pair<DocumentKind, std::string> kinds[] = {{DocumentKind::plan, "plan.yaml"},
                                                        {DocumentKind::units, "units.yaml"},
                                                        {DocumentKind::tasks, "tasks.yaml"}};
  for (const auto& [kind, name] : kinds) {
    const auto index = static_cast<std::uint32_t>(data.files.size());
    data.files.push_back("p/" + name);
    LoadedDocument loaded = load_document(kind, content(files, name), "p/" + name, index, {});
    diagnostics.insert(diagnostics.end(), loaded.diagnostics.begin(), loaded.diagnostics.end());
    if (loaded.plan)
      data.plan = loaded.plan;
    if (kind == DocumentKind::units) {
      data.units = loaded.units;
      data.has_units_file = loaded.loaded;
    }
    if (kind == DocumentKind::tasks) {
      data.tasks = loaded.tasks;
      data.has_tasks_file = loaded.loaded;
    }
  }
  return data;
}

}  // namespace

TEST_CASE("init: a valid plan with the 8 PAPI areas and empty lists", "[init]") {
  const std::vector<GeneratedFile> files = new_plan_files(options());
  REQUIRE(files.size() == 5);
  Diagnostics diagnostics;
  const PlanData data = load(files, diagnostics);
  for (const Diagnostic& d : check_plan(data))
    diagnostics.push_back(d);
  for (const Diagnostic& d : diagnostics) {
    INFO(d.file << ":" << d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  REQUIRE(data.plan);
  CHECK(data.plan->id == "van-giang-2024");
  CHECK(data.plan->number == "15/KH-PGDĐT");
  CHECK(data.plan->year == 2024);
  CHECK(data.plan->issued == Date{2024, 2, 1});
  CHECK(data.plan->reporting == Cadence::quarter);
  REQUIRE(data.plan->areas.size() == 8);
  CHECK(data.plan->areas[1].name == "Công khai, minh bạch trong việc ra quyết định ở địa phương");
  CHECK(data.plan->areas[7].name_en == "E-governance");
  CHECK(data.units.empty());
  CHECK(data.tasks.empty());

  CHECK(content(files, "plan.yaml")
            .rfind("# yaml-language-server: $schema=../../schemas/plan.schema.json\n", 0) == 0);
  CHECK(content(files, "units.yaml")
            .rfind("# yaml-language-server: $schema=../../schemas/units.schema.json\n", 0) == 0);
  CHECK(content(files, "README.md").find("papi validate plans/van-giang-2024") !=
        std::string::npos);
  CHECK(new_plan_files(options())[1].content == files[1].content);  // stable
}

TEST_CASE("init: the commented examples are valid once uncommented", "[init]") {
  const std::vector<GeneratedFile> files = new_plan_files(options());
  auto uncomment = [](std::string text, const std::string& list) {
    const std::string empty = list + ": []";
    text.replace(text.find(empty), empty.size(), list + ":");
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      std::string line = text.substr(start, end - start);
      if (line.rfind("  # ", 0) == 0)
        line = "  " + line.substr(4);
      out += line + "\n";
      start = end + 1;
    }
    return out;
  };
  std::vector<GeneratedFile> edited = files;
  for (GeneratedFile& file : edited) {
    if (file.path == "units.yaml")
      file.content = uncomment(file.content, "units");
    if (file.path == "tasks.yaml")
      file.content = uncomment(file.content, "tasks");
  }
  Diagnostics diagnostics;
  const PlanData data = load(edited, diagnostics);
  for (const Diagnostic& d : check_plan(data))
    diagnostics.push_back(d);
  for (const Diagnostic& d : diagnostics) {
    INFO(d.file << ":" << d.line << ": " << d.code << ": " << d.message);
    CHECK(d.severity != Severity::error);
  }
  CHECK(data.units.size() == 2);
  REQUIRE(data.tasks.size() == 1);
  CHECK(data.tasks[0].weight == 2);
}

TEST_CASE("init: values from the command line stay values", "[init]") {
  InitOptions o = options();
  o.title = "Kế hoạch \"PAPI\"\nreporting: month";
  o.number = "# 15";
  o.schema_dir = "../schemas/";
  o.reporting = Cadence::half;
  const std::vector<GeneratedFile> files = new_plan_files(o);
  Diagnostics diagnostics;
  const PlanData data = load(files, diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(data.plan);
  CHECK(data.plan->title == o.title);
  CHECK(data.plan->number == "# 15");
  CHECK(data.plan->reporting == Cadence::half);
  CHECK(content(files, "tasks.yaml")
            .rfind("# yaml-language-server: $schema=../schemas/tasks.schema.json\n", 0) == 0);
  CHECK(content(files, "README.md").find("--period 2024-H1") != std::string::npos);
}

TEST_CASE("init: the example of inspections/README.md is a valid inspection", "[init]") {
  const std::vector<GeneratedFile> files = new_plan_files(options());
  const std::string& readme = content(files, "inspections/README.md");
  const std::size_t begin = readme.find("```yaml\n");
  const std::size_t end = readme.find("```\n", begin + 8);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string example = readme.substr(begin + 8, end - begin - 8);
  LoadedDocument loaded = load_document(DocumentKind::inspection, example,
                                        "inspections/2024-04-th-xuan-quan.yaml", 0, {});
  for (const Diagnostic& d : loaded.diagnostics)
    INFO(d.line << ":" << d.column << ": " << d.code << ": " << d.message);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.inspection);
  CHECK(loaded.inspection->id == "2024-04-th-xuan-quan");
  REQUIRE(loaded.inspection->findings.size() == 1);
  CHECK(loaded.inspection->findings[0].task == "2.1");
}
