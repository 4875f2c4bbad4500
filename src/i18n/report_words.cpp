#include "i18n/report_words.h"

#include <fmt/format.h>

namespace papi {

namespace {

const ReportLabels kVietnamese{
    "Báo cáo kết quả thực hiện Kế hoạch",
    "Kỳ báo cáo",
    "Số liệu tính đến ngày",
    "Cơ quan ban hành kế hoạch",
    "Tổng quan",
    "Mức độ hoàn thành chung",
    "Đơn vị đã báo cáo",
    "Số lượt nhiệm vụ được tính",
    "Kết quả theo lĩnh vực PAPI",
    "Lĩnh vực",
    "Hoàn thành",
    "Tiến độ",
    "Biểu đồ mức độ hoàn thành theo lĩnh vực",
    "Diễn biến qua các kỳ báo cáo",
    "Chung",
    "Xếp hạng đơn vị theo mức độ hoàn thành",
    "Hạng",
    "Đơn vị",
    "Cấp học",
    "Xã, thị trấn",
    "Đã báo cáo",
    "Có",
    "Chưa",
    "Kết quả theo cấp học",
    "Số đơn vị",
    "Kết quả theo xã, thị trấn",
    "(không thuộc xã)",
    "Nhiệm vụ quá hạn và hoàn thành quá hạn",
    "Nhiệm vụ",
    "Hạn",
    "Tình trạng",
    "Phân loại",
    "Không có.",
    "Đơn vị chưa gửi báo cáo",
    "Số lượt nhiệm vụ theo tình trạng thực hiện",
    "Phòng GD&ĐT",
    "Mỗi lượt nhiệm vụ là một nhiệm vụ của Kế hoạch giao cho một đơn vị: một nhiệm vụ giao cho "
    "10 trường là 10 lượt. Các bảng dưới đây đếm số lượt nhiệm vụ.",
    "Viết tắt: HT – hoàn thành; TH – thực hiện; BC – báo cáo; AD – áp dụng. Các cột đếm số lượt "
    "nhiệm vụ.",
    "Chỉ xếp hạng các trường; Phòng GD&ĐT không xếp hạng cùng các trường. Các đơn vị có cùng tỷ lệ "
    "hoàn thành (làm tròn đến 0,1%) cùng một hạng.",
    "—",
};

const ReportLabels kEnglish{
    "Progress report on plan",
    "Period",
    "Figures as of",
    "Issued by",
    "Summary",
    "Overall completion",
    "Units reported",
    "Task assignments counted",
    "Completion by PAPI area",
    "Area",
    "Completion",
    "Progress",
    "Chart of completion by area",
    "Trend across reporting periods",
    "Overall",
    "Units ranked by completion",
    "Rank",
    "Unit",
    "Level",
    "Commune",
    "Reported",
    "yes",
    "no",
    "Completion by school level",
    "Units",
    "Completion by commune",
    "(no commune)",
    "Overdue and late tasks",
    "Task",
    "Due",
    "State",
    "Class",
    "None.",
    "Units that have not reported",
    "Task assignments by deadline class",
    "Office",
    "A task assignment is one task of the plan given to one unit: a task given to 10 schools is 10 "
    "assignments. The tables below count task assignments.",
    "N/A: not applicable. The count columns are task assignments.",
    "Only schools are ranked; the office is not ranked among its schools. Units whose completion "
    "is the same (rounded to 0.1%) share a rank.",
    "—",
};

}  // namespace

const ReportLabels& report_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

std::string_view deadline_label(DeadlineClass value, Language language) {
  const bool vi = language == Language::vi;
  switch (value) {
    case DeadlineClass::done_on_time:
      return vi ? "Hoàn thành đúng hạn" : "Done on time";
    case DeadlineClass::done_late:
      return vi ? "Hoàn thành quá hạn" : "Done late";
    case DeadlineClass::pending:
      return vi ? "Chưa hoàn thành, trong hạn" : "Not done, within the deadline";
    case DeadlineClass::overdue:
      return vi ? "Chưa hoàn thành, quá hạn" : "Not done, overdue";
    case DeadlineClass::not_reported:
      return vi ? "Chưa báo cáo" : "Not reported";
    case DeadlineClass::not_applicable:
      return vi ? "Không áp dụng" : "Not applicable";
  }
  return "";
}

std::string_view deadline_short_label(DeadlineClass value, Language language) {
  const bool vi = language == Language::vi;
  switch (value) {
    case DeadlineClass::done_on_time:
      return vi ? "HT đúng hạn" : "On time";
    case DeadlineClass::done_late:
      return vi ? "HT quá hạn" : "Late";
    case DeadlineClass::pending:
      return vi ? "Chưa HT, trong hạn" : "Not done, in time";
    case DeadlineClass::overdue:
      return vi ? "Chưa HT, quá hạn" : "Not done, overdue";
    case DeadlineClass::not_reported:
      return vi ? "Chưa BC" : "Not reported";
    case DeadlineClass::not_applicable:
      return vi ? "Không AD" : "N/A";
  }
  return "";
}

std::string_view state_label(TaskState state, Language language) {
  const bool vi = language == Language::vi;
  switch (state) {
    case TaskState::done:
      return vi ? "Đã hoàn thành" : "Done";
    case TaskState::in_progress:
      return vi ? "Đang thực hiện" : "In progress";
    case TaskState::not_started:
      return vi ? "Chưa thực hiện" : "Not started";
    case TaskState::not_applicable:
      return vi ? "Không áp dụng" : "Not applicable";
  }
  return "";
}

std::string level_label(std::string_view level_key, Language language) {
  const bool vi = language == Language::vi;
  if (level_key == "MN")
    return vi ? "Mầm non (MN)" : "Kindergarten (MN)";
  if (level_key == "TH")
    return vi ? "Tiểu học (TH)" : "Primary (TH)";
  if (level_key == "THCS")
    return vi ? "THCS" : "Lower secondary (THCS)";
  return std::string(report_labels(language).office_level);
}

std::string period_label(const Period& period, Language language) {
  static constexpr const char* kRoman[] = {"I", "II", "III", "IV"};
  const bool vi = language == Language::vi;
  switch (period.cadence) {
    case Cadence::year:
      return vi ? fmt::format("Năm {}", period.year) : fmt::format("Year {}", period.year);
    case Cadence::half:
      if (vi) {
        return fmt::format("6 tháng {} năm {}", period.index == 1 ? "đầu" : "cuối", period.year);
      }
      return fmt::format("{} half of {}", period.index == 1 ? "First" : "Second", period.year);
    case Cadence::quarter:
      return vi ? fmt::format("Quý {} năm {}", kRoman[period.index - 1], period.year)
                : fmt::format("Q{} {}", period.index, period.year);
    case Cadence::month:
      return vi ? fmt::format("Tháng {:02}/{}", period.index, period.year)
                : fmt::format("{}-{:02}", period.year, period.index);
  }
  return period.to_string();
}

std::string date_label(const Date& date, Language language) {
  return language == Language::vi ? date.to_vietnamese() : date.to_string();
}

std::string area_name(const Area& area, Language language) {
  return language == Language::en && !area.name_en.empty() ? area.name_en : area.name;
}

}  // namespace papi
