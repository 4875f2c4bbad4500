#include "i18n/form_words.h"

namespace papi {

namespace {

const FormTitleLabels kVietnamese{
    "BÁO CÁO THỰC HIỆN KẾ HOẠCH: {}",
    "BÁO CÁO THỰC HIỆN KẾ HOẠCH SỐ {}: {}",
    "Đơn vị:",
    "Kỳ báo cáo:",
    "Hạn nộp báo cáo:",
    "Báo cáo {} — {}",
};

const FormTitleLabels kEnglish{
    "REPORT ON THE PLAN: {}", "REPORT ON PLAN NO. {}: {}", "Unit:", "Period:", "Report due:",
    "Report {} — {}",
};

}  // namespace

const FormTitleLabels& form_title_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

}  // namespace papi
