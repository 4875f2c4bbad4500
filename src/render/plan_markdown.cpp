#include <fmt/format.h>

#include "i18n/plan_words.h"
#include "model/plan_index.h"
#include "render/escape.h"
#include "render/plan_render.h"

namespace papi {

namespace {

std::string letter_list(const std::vector<std::string>& items) {
  std::string out;
  char letter = 'a';
  for (const std::string& item : items) {
    out += fmt::format("{}) {}\n\n", letter, markdown_text(item));
    letter = letter == 'z' ? 'a' : static_cast<char>(letter + 1);
  }
  return out;
}

std::string joined_partners(const Task& task, const PlanData& data) {
  std::string out;
  for (const UnitRef& ref : task.partners) {
    if (!out.empty())
      out += "; ";
    out += unit_ref_label_vi(ref.text, data);
  }
  return out;
}

}  // namespace

std::string render_plan_markdown(const PlanData& data) {
  const Plan& plan = *data.plan;
  std::string out;
  out += fmt::format("**{}**  \nSố: {}  \nNgày {:02} tháng {:02} năm {:04}\n\n",
                     markdown_text(plan.issuer), markdown_text(plan.number), plan.issued.day,
                     plan.issued.month, plan.issued.year);
  out += "# KẾ HOẠCH\n\n";
  out += fmt::format("**{}**\n\n", markdown_text(plan.title));

  if (!plan.purposes.empty() || !plan.requirements.empty()) {
    out += "## I. MỤC ĐÍCH, YÊU CẦU\n\n";
    if (!plan.purposes.empty())
      out += "### 1. Mục đích\n\n" + letter_list(plan.purposes);
    if (!plan.requirements.empty())
      out += "### 2. Yêu cầu\n\n" + letter_list(plan.requirements);
  }

  out += "## II. NỘI DUNG\n\n";
  out += "### 1. Các lĩnh vực của Chỉ số PAPI\n\n";
  for (const Area& area : plan.areas) {
    out += fmt::format("{}. **{}**", area.id, markdown_text(area.name));
    if (!area.objective.empty())
      out += fmt::format(": {}", markdown_text(area.objective));
    out += "\n";
  }
  out += "\nBiểu tổng hợp nhiệm vụ: xem phụ lục cuối văn bản.\n\n";

  for (const Section& section : plan.sections) {
    out += fmt::format("### {}\n\n", markdown_text(section.title));
    for (const std::string& item : section.items)
      out += fmt::format("- {}\n", markdown_text(item));
    out += "\n";
  }

  if (!plan.recipients.empty()) {
    out += "**Nơi nhận:**\n\n";
    for (const std::string& recipient : plan.recipients) {
      out += fmt::format("- {}\n", markdown_text(recipient));
    }
    out += "\n";
  }
  if (!plan.signer.empty())
    out += fmt::format("**{}**\n\n", markdown_text(plan.signer));

  out += "## BIỂU TỔNG HỢP NHIỆM VỤ\n\n";
  out += fmt::format("(Kèm theo Kế hoạch số {} ngày {} của {})\n\n", markdown_text(plan.number),
                     plan.issued.to_vietnamese(), markdown_text(plan.issuer));
  out += "| TT | Nhiệm vụ | Sản phẩm | Chủ trì | Phối hợp | Thời gian |\n";
  out += "|---|---|---|---|---|---|\n";
  for (const Area& area : plan.areas) {
    out += fmt::format("| **{}** | **{}** | | | | |\n", area.id, markdown_cell(area.name));
    for (const Task& task : data.tasks) {
      if (task.area != area.id)
        continue;
      out += fmt::format(
          "| {} | {} | {} | {} | {} | {} |\n", markdown_cell(task.id), markdown_cell(task.title),
          markdown_cell(task.product), markdown_cell(unit_ref_label_vi(task.lead, data)),
          markdown_cell(joined_partners(task, data)), markdown_cell(schedule_label_vi(task)));
    }
  }
  bool any_note = false;
  for (const Task& task : data.tasks) {
    if (task.note.empty())
      continue;
    if (!any_note)
      out += "\nGhi chú:\n\n";
    any_note = true;
    out += fmt::format("- {}: {}\n", markdown_text(task.id), markdown_text(task.note));
  }
  return out;
}

}  // namespace papi
