#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/document_words.h"
#include "model/date.h"
#include "render/docx_document.h"
#include "render/official_text.h"

namespace papi::docx {

// The parts every document the office issues shares, laid out as Decree 30/2020/NĐ-CP
// (Appendix I) asks: the two-column header, the title and subject, "Kính gửi", the closing
// with "Nơi nhận" and the signing block, and the heading of an appendix.

// Body text sizes of the decree: 14 pt text, 13 pt header, 12 pt and 11 pt for "Nơi nhận".
constexpr int kBodySize = 28;
constexpr int kHeaderSize = 26;
constexpr int kSmallSize = 24;
constexpr int kListSize = 22;
constexpr int kTableSize = 24;

void add_head(Document& document, const OfficialText& text, const DocumentLabels& labels);
void add_closing(Document& document, const OfficialText& text, const DocumentLabels& labels);
// "Phụ lục I", its title in capitals and the "(Kèm theo ...)" line, on a new page in
// `orientation`.
void add_appendix_heading(Document& document, Orientation orientation, int index,
                          const std::string& title, const std::string& attached_to,
                          const DocumentLabels& labels);

// A body paragraph: justified, first line indented 1.27 cm.
Paragraph body_paragraph(const std::string& text);
// A numbered heading of the body ("I. KẾT QUẢ", "1. Tổng quan"), bold, in Heading<level>.
Paragraph body_heading(const std::string& text, int level);
// A table cell with one paragraph.
Cell text_cell(const std::string& text, Align align = Align::left, bool bold = false);
// A header row of `titles`, bold, centred, shaded, repeated on every page.
Row header_row(const std::vector<std::string>& titles);

}  // namespace papi::docx
