#include "render/status_file.h"

#include <fmt/format.h>

#include "i18n/plan_words.h"
#include "i18n/report_words.h"
#include "model/plan_index.h"
#include "model/status_columns.h"
#include "render/escape.h"
#include "render/yaml_text.h"
#include "util/numbers.h"
#include "util/utf8.h"

namespace papi {

namespace {

constexpr std::size_t kCommentWidth = 92;

}  // namespace

std::string status_template_yaml(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                 const Period& period, const TemplateOptions& options) {
  const Unit& u = data.units[unit];
  std::string out;
  out += fmt::format("# yaml-language-server: $schema={}\n", options.schema_path);
  if (data.plan) {
    out += fmt::format("# Báo cáo kết quả thực hiện Kế hoạch số {}, kỳ {} ({}).\n",
                       comment_safe(data.plan->number), period.to_string(),
                       period_label(period, Language::vi));
  }
  out += fmt::format("# Đơn vị: {} ({}).\n", comment_safe(u.name), u.id);
  out +=
      "#\n"
      "# Cách điền: giữ nguyên các dòng `task`; với mỗi nhiệm vụ sửa `state` và thêm các\n"
      "# trường cần thiết ngay dưới dòng `state`, thụt đầu dòng như `state`:\n"
      "#   state:     tình trạng: done (đã hoàn thành), in_progress (đang thực hiện),\n"
      "#              not_started (chưa thực hiện), not_applicable (không áp dụng với đơn vị)\n"
      "#   progress:  tỷ lệ hoàn thành (%), bắt buộc khi in_progress, từ 1 đến 99; ví dụ: 40\n"
      "#   completed: ngày hoàn thành, chỉ khi done, dạng năm-tháng-ngày; ví dụ: 2021-03-15\n"
      "#   evidence:  minh chứng: số văn bản, đường dẫn; ví dụ: \"Công văn số 12/PGDĐT\"\n"
      "#   reason:    lý do không áp dụng, bắt buộc khi not_applicable\n"
      "#   note:      ghi chú (không bắt buộc)\n"
      "# Văn bản đặt trong ngoặc kép \"...\". Lưu tệp dạng UTF-8. Kiểm tra: papi validate.\n"
      "schema_version: 1\n";
  out += fmt::format("unit: {}\n", u.id);
  out += fmt::format("period: {}\n", yaml_period(period.to_string()));
  out += fmt::format("# submitted: {}  # ngày gửi báo cáo: bỏ dấu # và sửa ngày\n",
                     period.last_day().to_string());
  const std::vector<std::size_t> tasks = tasks_for_unit(data, index, unit);
  if (tasks.empty()) {
    out += "records: []  # không có nhiệm vụ nào áp dụng cho đơn vị\n";
    return out;
  }
  out += "records:\n";
  for (std::size_t t : tasks) {
    const Task& task = data.tasks[t];
    const std::string heading = comment_safe(fmt::format("{}. {}", task.id, task.title));
    bool first = true;
    for (const std::string& line : wrap_words(heading, kCommentWidth)) {
      out += fmt::format("  # {}{}\n", first ? "" : "  ", line);
      first = false;
    }
    const std::string details = comment_safe(
        fmt::format("Sản phẩm: {}. Thời gian: {}.", task.product, schedule_label_vi(task)));
    for (const std::string& line : wrap_words(details, kCommentWidth))
      out += fmt::format("  #   {}\n", line);
    out += fmt::format("  - task: {}\n    state: not_started\n", yaml_quoted(task.id));
  }
  return out;
}

std::string status_template_csv(const PlanData& data, const PlanIndex& index, std::size_t unit,
                                char separator) {
  const Unit& u = data.units[unit];
  const std::string sep(1, separator);
  std::string out = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < kColumnCount; ++i)
    out += (i ? sep : "") + std::string(column_name(static_cast<Column>(i)));
  out += "\r\n";
  for (std::size_t t : tasks_for_unit(data, index, unit)) {
    const Task& task = data.tasks[t];
    out += csv_text_field(u.id, separator) + sep + csv_text_field(task.id, separator) + sep +
           csv_text_field(comment_safe(task.title), separator) + sep + "not_started" + sep + sep +
           sep + sep + sep + "\r\n";
  }
  return out;
}

std::string imported_status_yaml(const StatusFileHead& head,
                                 const std::vector<StatusFileRecord>& records,
                                 std::vector<StatusLine>& lines) {
  std::string out;
  auto emit = [&](const std::string& text) {
    out += text;
    out += '\n';
    lines.push_back(StatusLine{});
  };
  // `key` and `value` on one line; the value's column is where the loader will find it.
  auto emit_value = [&](std::string_view key, const std::string& value, StatusField field,
                        std::size_t record = 0) {
    out.append(key).append(value) += '\n';
    lines.push_back(StatusLine{record, field, static_cast<unsigned>(key.size() + 1)});
  };
  emit(fmt::format("# yaml-language-server: $schema={}", head.schema_path));
  emit(fmt::format("# Nhập từ {0} bằng papi import. / Imported from {0} by papi import.",
                   comment_safe(head.source)));
  emit_value("schema_version: ", "1", StatusField::schema_version);
  emit_value("unit: ", head.unit, StatusField::unit);
  emit_value("period: ", yaml_period(head.period), StatusField::period);
  if (head.submitted)
    emit_value("submitted: ", head.submitted->to_string(), StatusField::submitted);
  emit("records:");
  for (std::size_t i = 0; i < records.size(); ++i) {
    const StatusFileRecord& r = records[i];
    emit_value("  - task: ", yaml_quoted(r.task), StatusField::task, i);
    emit_value("    state: ", std::string(to_string(r.state)), StatusField::state, i);
    if (r.progress)
      emit_value("    progress: ", format_number(*r.progress), StatusField::progress, i);
    if (r.completed)
      emit_value("    completed: ", r.completed->to_string(), StatusField::completed, i);
    if (!r.evidence.empty())
      emit_value("    evidence: ", yaml_quoted(r.evidence), StatusField::evidence, i);
    if (!r.reason.empty())
      emit_value("    reason: ", yaml_quoted(r.reason), StatusField::reason, i);
    if (!r.note.empty())
      emit_value("    note: ", yaml_quoted(r.note), StatusField::note, i);
  }
  return out;
}

}  // namespace papi
