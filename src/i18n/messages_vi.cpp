#include "i18n/messages.h"

namespace papi {

// English format string → Vietnamese format string, with the same `{}` placeholders.
// Keep the entries in the order of the English text.
namespace {

constexpr MessageEntry kVietnamese[] = {
    {"a comment must be separated from the value by a space",
     "chú thích phải cách giá trị bằng một dấu cách"},
    {"cannot write to standard output", "không ghi được ra đầu ra chuẩn"},
    {"cannot write to standard output: {}", "không ghi được ra đầu ra chuẩn: {}"},
    {"write a space before `#`; if the `#` belongs to the text, put it inside the quotes",
     "thêm một dấu cách trước `#`; nếu `#` thuộc về nội dung, hãy đặt nó trong dấu ngoặc kép"},
};

}  // namespace

std::span<const MessageEntry> vietnamese_messages() {
  return kVietnamese;
}

}  // namespace papi
