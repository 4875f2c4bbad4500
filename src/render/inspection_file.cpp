#include "render/inspection_file.h"

#include <fmt/format.h>

#include "render/yaml_text.h"
#include "util/utf8.h"

namespace papi {

namespace {

constexpr std::size_t kCommentWidth = 92;

}  // namespace

std::string inspection_id(const Unit& unit, const Date& date) {
  return date.to_string() + "-" + unit.id;
}

std::string inspection_template_yaml(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                     const Date& date, const std::string& schema_path) {
  const Unit& u = data.units[unit];
  std::string out;
  out += fmt::format("# yaml-language-server: $schema={}\n", comment_safe(schema_path));
  if (data.plan) {
    out += fmt::format("# Biên bản kiểm tra, giám sát theo Kế hoạch số {}.\n",
                       comment_safe(data.plan->number));
  }
  out += fmt::format("# Đơn vị được kiểm tra: {} ({}).\n", comment_safe(u.name), u.id);
  out +=
      "#\n"
      "# Cách điền: sửa `date` và `kind`; mỗi tồn tại phát hiện là một mục của `findings`\n"
      "# (xoá \"[]\" khi thêm mục đầu tiên, bỏ dấu \"# \" ở ví dụ bên dưới và sửa lại):\n"
      "#   kind:        scheduled (định kỳ), unannounced (đột xuất), follow_up (tái kiểm tra;\n"
      "#                cần follows: mã cuộc kiểm tra trước đó của đơn vị)\n"
      "#   task / area: nhiệm vụ (\"N.M\", xem danh sách bên dưới) hoặc lĩnh vực; chỉ ghi một\n"
      "#   due:         thời hạn khắc phục, không trước ngày kiểm tra; ví dụ: 2021-05-15\n"
      "#   state:       open (chưa khắc phục), fixed (đã khắc phục, cần fixed),\n"
      "#                verified (đã tái kiểm tra xác nhận, cần fixed và verified_by)\n"
      "# Đổi `id` thì đổi cả tên tệp cho trùng. Kiểm tra: papi validate.\n"
      "schema_version: 1\n";
  out += fmt::format("id: {}\n", inspection_id(u, date));
  out += fmt::format("unit: {}\n", u.id);
  out += fmt::format("date: {}\n", date.to_string());
  out += "kind: scheduled\n";
  out +=
      "# follows: ...              # chỉ khi kind là follow_up\n"
      "# team: \"Đoàn kiểm tra Phòng GD&ĐT\"\n"
      "# document: \".../BB-PGDĐT\"  # số biên bản\n"
      "findings: []\n";
  out += fmt::format(
      "  # - id: 1\n"
      "  #   task: \"1.1\"              # hoặc area: 1\n"
      "  #   finding: \"Nội dung tồn tại\"\n"
      "  #   remedy: \"Kiến nghị khắc phục\"\n"
      "  #   due: {}\n"
      "  #   state: open\n",
      date.to_string());
  const std::vector<std::size_t> tasks = tasks_for_unit(data, index, unit);
  if (tasks.empty())
    return out;
  out += "#\n# Nhiệm vụ của kế hoạch áp dụng cho đơn vị:\n";
  for (std::size_t t : tasks) {
    const Task& task = data.tasks[t];
    bool first = true;
    for (const std::string& line :
         wrap_words(comment_safe(fmt::format("\"{}\" {}", task.id, task.title)), kCommentWidth)) {
      out += fmt::format("#   {}{}\n", first ? "" : "  ", line);
      first = false;
    }
  }
  return out;
}

}  // namespace papi
