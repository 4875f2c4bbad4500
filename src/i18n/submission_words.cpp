#include "i18n/submission_words.h"

#include <fmt/format.h>

namespace papi {

namespace {

const SubmissionLabels kVietnamese{
    "Tình hình gửi báo cáo của các đơn vị",
    "Hạn gửi",
    "không quy định hạn gửi",
    "Ngày gửi",
    "Tình hình gửi",
    "Chung",
    "Tình hình gửi báo cáo qua các kỳ",
    "Đúng hạn / đến hạn",
    "Đơn vị không gửi đúng hạn",
    "Mọi đơn vị đều gửi đúng hạn.",
    "Theo cấp học",
    "Theo xã, thị trấn",
    "Số lượt nhiệm vụ",
    "Không nhiệm vụ nào của kế hoạch có thời hạn (tất cả đều thực hiện thường xuyên), nên báo "
    "cáo không có cột phân loại theo thời hạn, chỉ có tình trạng thực hiện.",
    "sau ngày tính số liệu",
    "trong đó {0} đơn vị gửi báo cáo sau ngày tính số liệu: số liệu của đơn vị vẫn được tính, "
    "nhưng về thời hạn thì tính là chưa gửi (xem mục Tình hình gửi báo cáo)",
};

const SubmissionLabels kEnglish{
    "Report submission by the units",
    "Due",
    "no deadline set",
    "Submitted",
    "Submission",
    "All units",
    "Report submission across periods",
    "On time / due",
    "Units that did not report on time",
    "Every unit reported on time.",
    "By school level",
    "By commune",
    "Task assignments",
    "No task of the plan has a due date (all are ongoing), so the report shows the state of the "
    "work and no deadline columns.",
    "after the as-of date",
    "{0} of them sent the report after the as-of date: the figures count, but for the "
    "deadline the report counts as not sent (see Report submission)",
};

}  // namespace

const SubmissionLabels& submission_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

std::string_view submission_label(SubmissionClass value, Language language) {
  const bool vi = language == Language::vi;
  switch (value) {
    case SubmissionClass::on_time:
      return vi ? "Gửi đúng hạn" : "Sent on time";
    case SubmissionClass::late:
      return vi ? "Gửi quá hạn" : "Sent late";
    case SubmissionClass::undated:
      return vi ? "Không rõ ngày gửi" : "Date not given";
    case SubmissionClass::overdue:
      return vi ? "Quá hạn chưa gửi" : "Overdue, not sent";
    case SubmissionClass::not_due:
      return vi ? "Chưa đến hạn" : "Not yet due";
    case SubmissionClass::submitted:
      return vi ? "Đã gửi" : "Sent";
    case SubmissionClass::missing:
      return vi ? "Chưa gửi" : "Not sent";
  }
  return "";
}

std::string submission_cell(SubmissionClass value, const std::optional<int>& days,
                            Language language) {
  const bool vi = language == Language::vi;
  switch (value) {
    case SubmissionClass::on_time:
      return vi ? "Đúng hạn" : "On time";
    case SubmissionClass::late:
      return vi ? fmt::format("Muộn {} ngày", days.value_or(0))
                : fmt::format("{} day(s) late", days.value_or(0));
    case SubmissionClass::undated:
      return vi ? "Không rõ ngày" : "Undated";
    case SubmissionClass::overdue:
      return vi ? fmt::format("Chưa gửi, quá {} ngày", days.value_or(0))
                : fmt::format("Not sent, {} day(s) over", days.value_or(0));
    case SubmissionClass::not_due:
      return vi ? "Chưa đến hạn" : "Not yet due";
    case SubmissionClass::submitted:
      return vi ? "Đã gửi" : "Sent";
    case SubmissionClass::missing:
      return vi ? "Chưa gửi" : "Not sent";
  }
  return "";
}

std::string_view pair_state_label(PairState state, Language language) {
  const bool vi = language == Language::vi;
  switch (state) {
    case PairState::done:
      return vi ? "Đã hoàn thành" : "Done";
    case PairState::in_progress:
      return vi ? "Đang thực hiện" : "In progress";
    case PairState::not_started:
      return vi ? "Chưa thực hiện" : "Not started";
    case PairState::not_reported:
      return vi ? "Chưa báo cáo" : "Not reported";
    case PairState::not_applicable:
      return vi ? "Không áp dụng" : "Not applicable";
  }
  return "";
}

std::string_view pair_state_short_label(PairState state, Language language) {
  const bool vi = language == Language::vi;
  switch (state) {
    case PairState::done:
      return vi ? "Đã HT" : "Done";
    case PairState::in_progress:
      return vi ? "Đang TH" : "In progress";
    case PairState::not_started:
      return vi ? "Chưa TH" : "Not started";
    case PairState::not_reported:
      return vi ? "Chưa BC" : "Not reported";
    case PairState::not_applicable:
      return vi ? "Không AD" : "N/A";
  }
  return "";
}

}  // namespace papi
