#include "i18n/messages.h"

namespace papi {

// English format string → Vietnamese format string, with the same `{}` placeholders.
// Keep the entries in the order of the English text.
namespace {

constexpr MessageEntry kVietnamese[] = {
    {"--format {} writes a file: give -o FILE.{} (or -o - for standard output)",
     "--format {} ghi ra file: hãy cho -o FILE.{} (hoặc -o - để ghi ra đầu ra chuẩn)"},
    {"`report_deadlines` has the key {}, which is not a period id",
     "`report_deadlines` có khoá {}, không phải là mã kỳ báo cáo"},
    {"`report_deadlines` names period {}, outside the plan year {}",
     "`report_deadlines` ghi kỳ {}, nằm ngoài năm kế hoạch {}"},
    {"`report_deadlines` names period {}, which does not fit the plan's reporting cadence `{}`",
     "`report_deadlines` ghi kỳ {}, không đúng chu kỳ báo cáo `{}` của kế hoạch"},
    {"a comment must be separated from the value by a space",
     "chú thích phải cách giá trị bằng một dấu cách"},
    {"add `submitted: YYYY-MM-DD`, the day the office received the report",
     "thêm `submitted: YYYY-MM-DD`, ngày Phòng nhận được báo cáo"},
    {"cannot write to standard output", "không ghi được ra đầu ra chuẩn"},
    {"cannot write to standard output: {}", "không ghi được ra đầu ra chuẩn: {}"},
    {"check the date: a report is sent once its period has begun",
     "kiểm tra lại ngày: báo cáo chỉ được gửi khi kỳ báo cáo đã bắt đầu"},
    {"check the year of the date", "kiểm tra lại năm của ngày"},
    {"name the file after its period, or fix `period`",
     "đặt tên file theo kỳ báo cáo của nó, hoặc sửa `period`"},
    {"the office reports on periods of the plan's cadence or coarser: e.g. {} or {}",
     "Phòng báo cáo theo kỳ của kế hoạch hoặc kỳ dài hơn: ví dụ {} hoặc {}"},
    {"the office's report says period {} but the file is named {}.yaml",
     "báo cáo của Phòng ghi kỳ {} nhưng file có tên {}.yaml"},
    {"the plan cannot report on period {}: it is finer than the plan's reporting cadence `{}`",
     "kế hoạch không báo cáo được kỳ {}: kỳ này ngắn hơn chu kỳ báo cáo `{}` của kế hoạch"},
    {"the report for {} has no `submitted` date, and the reports of {} are due on {}",
     "báo cáo kỳ {} không có ngày gửi (`submitted`), mà hạn gửi báo cáo kỳ {} là {}"},
    {"the report for {} was submitted on {}, after the end of the plan year ({}): no report of the "
     "plan counts it as sent",
     "báo cáo kỳ {} gửi ngày {}, sau khi hết năm kế hoạch ({}): không báo cáo nào của kế hoạch "
     "tính là đã gửi"},
    {"the report for {} was submitted on {}, before the period began on {}",
     "báo cáo kỳ {} gửi ngày {}, trước khi kỳ bắt đầu ({})"},
    {"this plan is reported by {}: e.g. {}", "kế hoạch này báo cáo theo {}: ví dụ {}"},
    {"write a period of the plan's cadence, e.g. {}",
     "ghi một kỳ theo chu kỳ báo cáo của kế hoạch, ví dụ {}"},
    {"write a space before `#`; if the `#` belongs to the text, put it inside the quotes",
     "thêm một dấu cách trước `#`; nếu `#` thuộc về nội dung, hãy đặt nó trong dấu ngoặc kép"},
};

}  // namespace

std::span<const MessageEntry> vietnamese_messages() {
  return kVietnamese;
}

}  // namespace papi
