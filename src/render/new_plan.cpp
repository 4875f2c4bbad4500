#include "render/new_plan.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/papi_dimensions.h"
#include "render/yaml_text.h"
#include "util/utf8.h"

namespace papi {

std::string default_plan_title(int year) {
  return fmt::format("Nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm {}",
                     year);
}

namespace {

std::string plan_yaml(const InitOptions& o) {
  std::string out;
  out += fmt::format("# yaml-language-server: $schema={}plan.schema.json\n", o.schema_dir);
  out +=
      "# Thông tin chung của kế hoạch: sửa theo văn bản đã ban hành (docs/data-format.md).\n"
      "# The plan's metadata: edit it to match the issued document (docs/data-format.md).\n";
  out += "schema_version: 1\n";
  out += fmt::format("id: {}\n", o.id);
  out += fmt::format("number: {}  # số hiệu văn bản / document number\n", yaml_quoted(o.number));
  out += fmt::format("title: {}\n", yaml_quoted(o.title));
  out += fmt::format("issuer: {}\n", yaml_quoted(o.issuer));
  out += "# signer: \"Họ và tên người ký\"  # người ký (không bắt buộc) / who signed (optional)\n";
  out += fmt::format("issued: {}  # ngày ban hành / date of issue, YYYY-MM-DD\n",
                     o.issued.to_string());
  out += fmt::format("year: {}\n", o.year);
  out +=
      fmt::format("reporting: {}  # kỳ báo cáo / reporting cadence: quarter, half, year, month\n",
                  cadence_name(o.reporting));
  out +=
      "# Hạn các đơn vị gửi báo cáo của từng kỳ về Phòng; sửa theo quy định của đơn vị.\n"
      "# When each unit's report for a period is due at the office; edit to the office's rules.\n";
  out += "report_deadlines:\n";
  for (int i = 1; i <= periods_per_year(o.reporting); ++i) {
    const Period period{o.year, o.reporting, i};
    const Date last = period.last_day();
    const Date due{last.year, last.month, std::min(o.report_due_day, last.day)};
    // A year id alone would read as a number.
    const std::string key =
        o.reporting == Cadence::year ? yaml_quoted(period.to_string()) : period.to_string();
    out += fmt::format("  {}: {}\n", key, due.to_string());
  }
  out +=
      "# purposes:      # I.1 Mục đích (không bắt buộc) / purposes (optional)\n"
      "#   - \"...\"\n"
      "# requirements:  # I.2 Yêu cầu (không bắt buộc) / requirements (optional)\n"
      "#   - \"...\"\n";
  out +=
      "# Tám lĩnh vực PAPI; có thể sửa `name` theo câu chữ của kế hoạch và thêm `objective`.\n"
      "# The 8 PAPI areas; `name` may follow the plan's own wording, `objective` may be added.\n";
  out += "areas:\n";
  for (const PapiDimension& area : papi_dimensions()) {
    out += fmt::format("  - id: {}\n    name: {}\n    name_en: {}\n", area.id,
                       yaml_quoted(area.name), yaml_quoted(area.name_en));
  }
  return out;
}

std::string units_yaml(const InitOptions& o) {
  std::string out;
  out += fmt::format("# yaml-language-server: $schema={}units.schema.json\n", o.schema_dir);
  out +=
      "# Các đơn vị: Phòng và các trường trực thuộc. Xoá \"[]\" khi thêm đơn vị đầu tiên, rồi bỏ\n"
      "# dấu \"# \" ở đầu các dòng ví dụ dưới đây và sửa lại.\n"
      "# The units: the office and its schools. Delete \"[]\" when adding the first unit, then\n"
      "# remove \"# \" from the example lines below and edit them.\n"
      "units: []\n"
      "  # - id: pgd                    # mã đơn vị: chữ thường không dấu, số, gạch nối / slug\n"
      "  #   name: \"Phòng Giáo dục và Đào tạo Văn Giang\"\n"
      "  #   kind: office               # office (Phòng), department (bộ phận), school (trường)\n"
      "  # - id: th-xuan-quan\n"
      "  #   name: \"Trường Tiểu học Xuân Quan\"\n"
      "  #   kind: school\n"
      "  #   level: TH                  # chỉ với trường / schools only: MN, TH, THCS\n"
      "  #   commune: \"Xuân Quan\"       # xã, thị trấn (không bắt buộc) / commune (optional)\n"
      "  #   parent: pgd                # đơn vị cấp trên (không bắt buộc) / parent (optional)\n";
  return out;
}

std::string tasks_yaml(const InitOptions& o) {
  std::string out;
  out += fmt::format("# yaml-language-server: $schema={}tasks.schema.json\n", o.schema_dir);
  out += fmt::format(
      "# Biểu tổng hợp nhiệm vụ, theo thứ tự của biểu. Xoá \"[]\" khi thêm nhiệm vụ đầu tiên, rồi\n"
      "# bỏ dấu \"# \" ở đầu các dòng ví dụ dưới đây và sửa lại.\n"
      "# The task table, in the order of the table. Delete \"[]\" when adding the first task,\n"
      "# then remove \"# \" from the example lines below and edit them.\n"
      "tasks: []\n"
      "  # - id: \"1.1\"                # số thứ tự, luôn trong ngoặc kép / number, always quoted\n"
      "  #   area: 1                  # lĩnh vực PAPI (plan.yaml) / PAPI area\n"
      "  #   title: \"Đẩy mạnh công tác thông tin, tuyên truyền ...\"\n"
      "  #   product: \"Văn bản chỉ đạo, hướng dẫn, đôn đốc, kiểm tra\"\n"
      "  #   lead: pgd                # cơ quan chủ trì / lead unit\n"
      "  #   partners: [schools]      # phối hợp / partners: schools, schools:MN, schools:TH, ...\n"
      "  #   schedule: ongoing        # Thường xuyên; hoặc / or {{due: {}-06-30}}\n"
      "  #   applies_to: [pgd, schools:TH]  # đơn vị báo cáo (không bắt buộc) / who reports\n"
      "  #   weight: 2                # trọng số (không bắt buộc, mặc định 1) / weight\n",
      o.year);
  return out;
}

std::string readme(const InitOptions& o, std::string_view folder) {
  const std::string period = Period{o.year, o.reporting, 1}.to_string();
  std::string out;
  out += fmt::format("# {}\n\n", comment_safe(o.title));
  out += fmt::format(
      "Kế hoạch số {} của {}, năm {}, lưu theo định dạng dữ liệu papi phiên bản 1.\n"
      "Plan {} of {}, year {}, kept in papi data format version 1.\n\n",
      comment_safe(o.number), comment_safe(o.issuer), o.year, comment_safe(o.number),
      comment_safe(o.issuer), o.year);
  out +=
      "| tệp / file | nội dung / content |\n"
      "|---|---|\n"
      "| `plan.yaml` | thông tin chung và 8 lĩnh vực PAPI / metadata and the 8 PAPI areas |\n"
      "| `units.yaml` | Phòng và các trường / the office and the schools |\n"
      "| `tasks.yaml` | biểu tổng hợp nhiệm vụ / the task table |\n"
      "| `status/<kỳ>/<đơn vị>.yaml` | báo cáo của đơn vị trong kỳ / one report per unit and "
      "period |\n\n";
  out += "Các bước tiếp theo / Next steps:\n\n";
  out += fmt::format(
      "1. Điền `units.yaml` và `tasks.yaml`, rồi kiểm tra / fill in the units and tasks, then "
      "check:\n   `papi validate {0}`\n"
      "2. Gửi mẫu báo cáo cho các trường / send the report forms:\n"
      "   `papi template {0} --period {1} --all -o mau-bao-cao/{1}`\n"
      "3. Nhập bảng tính các trường gửi về / import the spreadsheets that come back:\n"
      "   `papi import {0} --period {1} bao-cao.csv --write`\n"
      "4. Lập báo cáo / write the report: `papi report {0} -o bao-cao-{1}.md`\n\n",
      folder, period);
  out +=
      "Hướng dẫn đầy đủ / the whole workflow: docs/workflows.md of papi; the format: "
      "docs/data-format.md.\n";
  return out;
}

// inspections/README.md: what goes in the folder, and one inspection as a commented example.
// papi reads only the .yaml files there; the README is passed over.
std::string inspections_readme(const InitOptions& o) {
  std::string out;
  out +=
      "# Kiểm tra, giám sát / Inspections\n\n"
      "Mỗi cuộc kiểm tra là một tệp `<mã>.yaml` trong thư mục này: các tồn tại phát hiện, thời "
      "hạn khắc phục, ngày khắc phục và cuộc tái kiểm tra xác nhận. Tệp mẫu:\n"
      "`papi template . --inspection --unit <đơn vị>`.\n\n"
      "One file `<id>.yaml` per inspection: its findings, their remediation deadlines, when each "
      "was fixed and the follow-up that verified it (docs/inspections.md of papi). A blank file: "
      "`papi template . --inspection --unit <unit>`.\n\n";
  out +=
      fmt::format("Ví dụ / example, `inspections/{}-04-th-xuan-quan.yaml`:\n\n```yaml\n", o.year);
  out += fmt::format("# yaml-language-server: $schema=../{}inspection.schema.json\n", o.schema_dir);
  out += fmt::format(
      "schema_version: 1\n"
      "id: {0}-04-th-xuan-quan         # trùng tên tệp / equals the file name\n"
      "unit: th-xuan-quan              # đơn vị được kiểm tra / the unit inspected\n"
      "date: {0}-04-12\n"
      "kind: scheduled                 # scheduled (định kỳ), unannounced (đột xuất), follow_up "
      "(tái kiểm tra)\n"
      "# follows: ...                  # chỉ với follow_up: cuộc kiểm tra trước / follow_up only\n"
      "team: \"Đoàn kiểm tra Phòng GD&ĐT\"\n"
      "findings:\n"
      "  - id: 1\n"
      "    task: \"2.1\"                 # hoặc / or area: 2\n"
      "    finding: \"Chưa niêm yết công khai thủ tục hành chính.\"\n"
      "    remedy: \"Niêm yết tại bảng tin của trường.\"\n"
      "    due: {0}-05-12               # hạn khắc phục / remediation deadline\n"
      "    state: open                 # open, fixed (+ fixed), verified (+ fixed, verified_by)\n"
      "    # fixed: {0}-05-10\n"
      "    # verified_by: {0}-05-th-xuan-quan-tai-kiem-tra\n"
      "```\n",
      o.year);
  return out;
}

}  // namespace

std::vector<GeneratedFile> new_plan_files(const InitOptions& options) {
  return {
      {"README.md", readme(options, options.folder)},
      {"inspections/README.md", inspections_readme(options)},
      {"plan.yaml", plan_yaml(options)},
      {"tasks.yaml", tasks_yaml(options)},
      {"units.yaml", units_yaml(options)},
  };
}

}  // namespace papi
