#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/report.h"
#include "i18n/document_words.h"
#include "model/date.h"
#include "model/document.h"
#include "model/plan.h"

namespace papi {

// The words around the body of a document the office issues, resolved from plan.yaml's
// `document`, the office's reports/<period>.yaml and the plan; the Word and the HTML renderers
// lay out the same words (docs/documents.md).
struct OfficialText {
  std::string parent_body;
  std::string issuer;
  std::string number_line;     // "Số: 05/BC-PGDĐT", or "Số:       /BC-PGDĐT" without a number
  std::string letter_subject;  // a letter's "V/v ..."
  std::string place_date;      // "Văn Giang, ngày 05 tháng 7 năm 2021", blanks without a date
  std::string kind;            // BÁO CÁO, KẾ HOẠCH; empty for a letter
  std::string subject;
  std::vector<std::string> recipients;  // "Kính gửi"
  std::vector<std::string> copies;      // "Nơi nhận", as printed: "- Như trên;"
  std::vector<std::string> signer_title;
  std::string signer;
  std::string attached_to;  // the appendices' "(Kèm theo Báo cáo số ... ngày ... của ...)"
  std::string closing_sentence;
};

OfficialText report_official_text(const PlanData& data, const Report& report,
                                  const DocumentStyle* style, const OfficeReport* office,
                                  Language language);
OfficialText plan_official_text(const PlanData& data, const DocumentStyle* style,
                                Language language);

// "Văn Giang, ngày 05 tháng 7 năm 2021": a day below 10 and the months 1 and 2 take a leading
// zero, as the decree writes them; without a date the day, month and year are left blank.
std::string place_and_date(const std::string& place, const std::optional<Date>& date,
                           Language language);
// "05/BC-PGDĐT" from the number as the office writes it: "05" gets the document code and the
// issuer's code, a number with a slash is printed as it is.
std::string full_number(const std::string& number, std::string_view code,
                        const std::string& issuer_code);
// "I", "II", ... for the sections of the body and the appendices.
std::string roman(int number);
// Text in capitals, Vietnamese letters included.
std::string upper(const std::string& text);
// The first letter in lower case unless the first word is an abbreviation ("Quý II" → "quý II").
std::string lower_first(const std::string& text);
// The lines of a text: paragraphs separated by line ends, blank lines dropped.
std::vector<std::string> text_paragraphs(const std::string& text);

}  // namespace papi
