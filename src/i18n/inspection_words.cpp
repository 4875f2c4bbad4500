#include "i18n/inspection_words.h"

namespace papi {

namespace {

const InspectionLabels kVietnamese{
    "Kiểm tra, giám sát",
    "Tính các cuộc kiểm tra trong kỳ, các tồn tại phát hiện qua các cuộc kiểm tra đó và mọi tồn "
    "tại chưa được tái kiểm tra xác nhận đến ngày {}.",
    "Các cuộc kiểm tra trong kỳ",
    "Hình thức",
    "Số cuộc",
    "Tổng cộng",
    "Tồn tại theo lĩnh vực và tình trạng khắc phục",
    "Lĩnh vực",
    "Số tồn tại",
    "Đã tái kiểm tra",
    "Tồn tại quá hạn khắc phục",
    "Đơn vị",
    "Tồn tại",
    "Nhiệm vụ / lĩnh vực",
    "Nhiệm vụ {}",
    "Lĩnh vực {}",
    "Hạn khắc phục",
    "Số ngày quá hạn",
    "Đơn vị cần tái kiểm tra",
    "Đã khắc phục, chưa tái kiểm tra",
    "Quá hạn",
    "Lần kiểm tra gần nhất",
    "Không có.",
    "Tồn tại phát hiện qua kiểm tra (inspections/)",
    "Cuộc kiểm tra",
    "Thay đổi",
};

const InspectionLabels kEnglish{
    "Inspection and supervision",
    "Counts the inspections held in the period, their findings, and every finding not yet "
    "verified by a follow-up as of {}.",
    "Inspections held in the period",
    "Kind",
    "Inspections",
    "Total",
    "Findings by area and remediation class",
    "Area",
    "Findings",
    "Verified",
    "Overdue findings",
    "Unit",
    "Finding",
    "Task or area",
    "Task {}",
    "Area {}",
    "Due",
    "Days overdue",
    "Units due for re-inspection",
    "Fixed, not verified",
    "Overdue",
    "Last inspection",
    "None.",
    "Inspection findings (inspections/)",
    "Inspection",
    "Change",
};

}  // namespace

const InspectionLabels& inspection_labels(Language language) {
  return language == Language::en ? kEnglish : kVietnamese;
}

std::string_view remediation_label(RemediationClass value, Language language) {
  const bool en = language == Language::en;
  switch (value) {
    case RemediationClass::fixed_on_time:
      return en ? "Fixed on time" : "Đã khắc phục đúng hạn";
    case RemediationClass::fixed_late:
      return en ? "Fixed late" : "Đã khắc phục quá hạn";
    case RemediationClass::open:
      return en ? "Not fixed, within the deadline" : "Chưa khắc phục, trong hạn";
    case RemediationClass::open_overdue:
      return en ? "Not fixed, overdue" : "Chưa khắc phục, quá hạn";
  }
  return "";
}

std::string_view inspection_kind_label(InspectionKind kind, Language language) {
  const bool en = language == Language::en;
  switch (kind) {
    case InspectionKind::scheduled:
      return en ? "Scheduled" : "Định kỳ";
    case InspectionKind::unannounced:
      return en ? "Unannounced" : "Đột xuất";
    case InspectionKind::follow_up:
      return en ? "Follow-up" : "Tái kiểm tra";
  }
  return "";
}

std::string_view finding_change_label(std::string_view kind, Language language) {
  const bool en = language == Language::en;
  if (kind == "added")
    return en ? "added" : "thêm mới";
  if (kind == "removed")
    return en ? "removed" : "bị xoá";
  if (kind == "fixed")
    return en ? "fixed" : "đã khắc phục";
  return en ? "verified" : "đã tái kiểm tra xác nhận";
}

}  // namespace papi
