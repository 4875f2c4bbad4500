#include "i18n/messages.h"

namespace papi {

// English format string → Vietnamese format string, with the same `{}` placeholders.
// Keep the entries in the order of the English text.
namespace {

constexpr MessageEntry kVietnamese[] = {
    {"--format {} writes a file: give -o FILE.{} (or -o - for standard output)",
     "--format {} ghi ra file: hãy cho -o FILE.{} (hoặc -o - để ghi ra đầu ra chuẩn)"},
    {"a comment must be separated from the value by a space",
     "chú thích phải cách giá trị bằng một dấu cách"},
    {"cannot write to standard output", "không ghi được ra đầu ra chuẩn"},
    {"cannot write to standard output: {}", "không ghi được ra đầu ra chuẩn: {}"},
    {"name the file after its period, or fix `period`",
     "đặt tên file theo kỳ báo cáo của nó, hoặc sửa `period`"},
    {"the office reports on periods of the plan's cadence or coarser: e.g. {} or {}",
     "Phòng báo cáo theo kỳ của kế hoạch hoặc kỳ dài hơn: ví dụ {} hoặc {}"},
    {"the office's report says period {} but the file is named {}.yaml",
     "báo cáo của Phòng ghi kỳ {} nhưng file có tên {}.yaml"},
    {"the plan cannot report on period {}: it is finer than the plan's reporting cadence `{}`",
     "kế hoạch không báo cáo được kỳ {}: kỳ này ngắn hơn chu kỳ báo cáo `{}` của kế hoạch"},
    {"write a space before `#`; if the `#` belongs to the text, put it inside the quotes",
     "thêm một dấu cách trước `#`; nếu `#` thuộc về nội dung, hãy đặt nó trong dấu ngoặc kép"},
};

}  // namespace

std::span<const MessageEntry> vietnamese_messages() {
  return kVietnamese;
}

}  // namespace papi
