#include "i18n/plan_words.h"

#include "model/plan_index.h"

namespace papi {

std::string unit_ref_label_vi(std::string_view ref, const PlanData& data) {
  if (ref == "schools")
    return "Các nhà trường";
  if (ref == "schools:MN")
    return "Các trường mầm non";
  if (ref == "schools:TH")
    return "Các trường tiểu học";
  if (ref == "schools:THCS")
    return "Các trường THCS";
  return unit_name(ref, data);
}

std::string schedule_label_vi(const Task& task) {
  if (!task.due)
    return "Thường xuyên";
  return "Hạn " + task.due->to_vietnamese();
}

}  // namespace papi
