#include "i18n/messages.h"

namespace papi {

// English format string → Vietnamese format string, with the same `{}` placeholders.
// Keep the entries in the order of the English text.
namespace {

constexpr MessageEntry kVietnamese[] = {
    {"cannot write to standard output", "không ghi được ra đầu ra chuẩn"},
    {"cannot write to standard output: {}", "không ghi được ra đầu ra chuẩn: {}"},
};

}  // namespace

std::span<const MessageEntry> vietnamese_messages() {
  return kVietnamese;
}

}  // namespace papi
