#include "i18n/remind_words.h"

namespace papi {

namespace {

const RemindLabels kVietnamese{
    "Danh sách đơn vị cần đôn đốc",
    "Tính đến ngày",
    "Kỳ báo cáo",
    "Đã quá hạn",
    "Chưa đến hạn hoặc không quy định hạn",
    "Không có đơn vị nào cần đôn đốc.",
    "Đơn vị",
    "Nội dung",
    "Hạn",
    "Số ngày quá hạn",
    "Nội dung gửi đơn vị",
    "{} đơn vị, {} nội dung cần đôn đốc.",
    "báo cáo {}",
    "nhiệm vụ {}",
    "hạn {}",
    "đã quá hạn {} ngày",
    "còn {} ngày",
    "không quy định hạn",
    "Kính gửi: {}.",
    "{} đề nghị đơn vị {}gửi {} theo Kế hoạch số {}.",
    "{} đề nghị đơn vị {}hoàn thành và báo cáo {} theo Kế hoạch số {}.",
    "{} đề nghị đơn vị {}gửi {}; hoàn thành và báo cáo {} theo Kế hoạch số {}.",
    "khẩn trương ",
    "Trân trọng cảm ơn.",
    "; ",
    "khắc phục tồn tại {} (kiểm tra ngày {})",
    "tồn tại {} «{}» của cuộc kiểm tra ngày {}",
    "{} đề nghị đơn vị {}khắc phục các tồn tại đã quá thời hạn khắc phục: {}.",
    "Đề nghị đơn vị {}khắc phục các tồn tại đã quá thời hạn khắc phục: {}.",
};

const RemindLabels kEnglish{
    "Units to remind",
    "As of",
    "Periods",
    "Past due",
    "Not yet due, or no deadline",
    "Nothing is owed.",
    "Unit",
    "Owes",
    "Due",
    "Days overdue",
    "Message to send",
    "{} unit(s), {} item(s) to chase.",
    "the report for {}",
    "task {}",
    "due {}",
    "{} day(s) overdue",
    "{} day(s) left",
    "no deadline",
    "To: {}.",
    "{} asks your unit to {}send {} under plan {}.",
    "{} asks your unit to {}complete and report on {} under plan {}.",
    "{} asks your unit to {}send {}, and to complete and report on {}, under plan {}.",
    "promptly ",
    "Thank you.",
    "; ",
    "remedy finding {} (inspection of {})",
    "finding {} \"{}\" of the inspection of {}",
    "{} asks your unit to {}remedy the findings past their remediation deadline: {}.",
    "Please also {}remedy the findings past their remediation deadline: {}.",
};

}  // namespace

const RemindLabels& remind_labels(Language language) {
  return language == Language::vi ? kVietnamese : kEnglish;
}

}  // namespace papi
