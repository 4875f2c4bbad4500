#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace papi {

// A calendar date. Parsing checks the YYYY-MM-DD shape only; is_valid() checks the calendar,
// so that the validator can tell "not a date" from "2021-02-30".
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  static std::optional<Date> parse(std::string_view text);
  bool is_valid() const;
  std::string to_string() const;      // 2021-02-23
  std::string to_vietnamese() const;  // 23/02/2021
  int days_since_epoch() const;       // for ordering and day arithmetic

  auto operator<=>(const Date&) const = default;
};

int days_in_month(int year, int month);

}  // namespace papi
