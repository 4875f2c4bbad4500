#include "i18n/outcome_words.h"

namespace papi {

namespace {

const OutcomeLabels kVietnamese{
    "Chỉ số PAPI: kết quả và mục tiêu",
    "Kết quả {}",
    "Mục tiêu {}",
    "Thay đổi",
    "Tổng điểm",
    "Xếp hạng",
    "Nguồn số liệu",
    "Tổng hợp kết quả thực hiện các kế hoạch",
    "Số kế hoạch",
    "Kế hoạch",
    "Kỳ báo cáo",
    "Tổng",
    "Kết quả theo lĩnh vực PAPI, các kế hoạch cộng lại",
    "Kết quả theo kế hoạch",
    "Đơn vị đã báo cáo",
    "Số lượt nhiệm vụ được tính",
    "Hoàn thành",
    "Lĩnh vực",
    "Chỉ số PAPI theo kế hoạch (kết quả mới nhất)",
    "Năm",
};

const OutcomeLabels kEnglish{
    "PAPI scores: results and targets",
    "Result {}",
    "Target {}",
    "Change",
    "Total score",
    "Rank",
    "Sources",
    "Combined progress of the plans",
    "Plans",
    "Plan",
    "Period",
    "Total",
    "Completion by PAPI area, all plans together",
    "Completion by plan",
    "Units reported",
    "Task assignments counted",
    "Completion",
    "Area",
    "PAPI scores by plan (latest result)",
    "Year",
};

}  // namespace

const OutcomeLabels& outcome_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

}  // namespace papi
