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
    // Inspections (validate/inspection_checks.cpp, docs/inspections.md).
    {"use the id of a file in inspections/ (its name without .yaml)",
     "dùng mã của một tệp trong inspections/ (tên tệp, bỏ .yaml)"},
    {"`{}` {} is outside the plan year {}", "`{}` {} nằm ngoài năm kế hoạch {}"},
    {"check the year of the date", "kiểm tra lại năm của ngày này"},
    {"the inspection says id `{}` but the file is named {}.yaml",
     "cuộc kiểm tra ghi mã `{}` nhưng tệp lại tên là {}.yaml"},
    {"name each inspection file after its id, or fix `id`",
     "đặt tên tệp theo mã cuộc kiểm tra, hoặc sửa `id`"},
    {"finding {} is listed twice in this file (first on line {})",
     "tồn tại {} được ghi hai lần trong tệp (lần đầu ở dòng {})"},
    {"number the findings of an inspection 1, 2, 3, ...",
     "đánh số các tồn tại của một cuộc kiểm tra 1, 2, 3, ..."},
    {"`follows` names inspection `{}`, which inspections/ does not hold",
     "`follows` ghi cuộc kiểm tra `{}`, không có trong inspections/"},
    {"`follows` names inspection `{}` of unit `{}`, but this inspection is of `{}`",
     "`follows` ghi cuộc kiểm tra `{}` của đơn vị `{}`, nhưng cuộc kiểm tra này là của `{}`"},
    {"a follow-up checks an earlier inspection of the same unit",
     "tái kiểm tra là kiểm tra lại một cuộc kiểm tra trước đó của cùng đơn vị"},
    {"`follows` names inspection `{}` of {}, which is not before this one ({})",
     "`follows` ghi cuộc kiểm tra `{}` ngày {}, không trước cuộc này ({})"},
    {"a follow-up comes after the inspection it checks; check both dates",
     "tái kiểm tra diễn ra sau cuộc kiểm tra được kiểm tra lại; kiểm tra lại cả hai ngày"},
    {"finding {} names both task {} and area {}", "tồn tại {} ghi cả nhiệm vụ {} lẫn lĩnh vực {}"},
    {"give one of them: `task` for a task of the table, or else `area`",
     "chỉ ghi một trong hai: `task` cho một nhiệm vụ của biểu, nếu không thì `area`"},
    {"finding {} names neither a task nor an area",
     "tồn tại {} không ghi nhiệm vụ cũng không ghi lĩnh vực"},
    {"add `task: \"N.M\"` (a task of tasks.yaml) or `area: N` (an area of plan.yaml)",
     "thêm `task: \"N.M\"` (một nhiệm vụ trong tasks.yaml) hoặc `area: N` (một lĩnh vực trong "
     "plan.yaml)"},
    {"finding {} is in area {}, which plan.yaml does not list",
     "tồn tại {} thuộc lĩnh vực {}, không có trong plan.yaml"},
    {"finding {} is due on {}, before the inspection of {}",
     "tồn tại {} có hạn khắc phục {}, trước ngày kiểm tra {}"},
    {"the remediation deadline is on or after the day of the inspection",
     "thời hạn khắc phục không được trước ngày kiểm tra"},
    {"finding {} was fixed on {}, before the inspection of {}",
     "tồn tại {} được khắc phục ngày {}, trước ngày kiểm tra {}"},
    {"a shortcoming is fixed on or after the day it was found; check the date",
     "tồn tại chỉ được khắc phục từ ngày phát hiện trở đi; kiểm tra lại ngày"},
    {"`verified_by` names inspection `{}`, which inspections/ does not hold",
     "`verified_by` ghi cuộc kiểm tra `{}`, không có trong inspections/"},
    {"name the follow_up inspection of `{}` whose `follows` leads back to `{}`",
     "ghi cuộc tái kiểm tra (follow_up) của `{}` có `follows` dẫn về `{}`"},
    {"`verified_by` names inspection `{}`, which is {}, not a follow_up",
     "`verified_by` ghi cuộc kiểm tra `{}` thuộc loại {}, không phải tái kiểm tra (follow_up)"},
    {"`verified_by` names inspection `{}` of unit `{}`, not of `{}`",
     "`verified_by` ghi cuộc kiểm tra `{}` của đơn vị `{}`, không phải của `{}`"},
    {"`verified_by` names follow-up `{}`, which does not follow inspection `{}`",
     "`verified_by` ghi cuộc tái kiểm tra `{}`, không phải tái kiểm tra của cuộc `{}`"},
    {"finding {} was fixed on {}, but `{}` verified it on {}, before",
     "tồn tại {} được khắc phục ngày {}, nhưng `{}` xác nhận ngày {}, trước đó"},
    {"a remedy is verified on or after the day it was fixed; check both dates",
     "việc khắc phục chỉ được xác nhận từ ngày khắc phục trở đi; kiểm tra lại cả hai ngày"},
};

}  // namespace

std::span<const MessageEntry> vietnamese_messages() {
  return kVietnamese;
}

}  // namespace papi
