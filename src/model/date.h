#pragma once

#include <compare>
#include <cstdint>
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
  // What people type, in options and spreadsheets alike: YYYY-MM-DD, or day first as
  // Vietnamese write it: D/M/YYYY, D.M.YYYY, D-M-YYYY. The shape only, like parse().
  static std::optional<Date> parse_written(std::string_view text);
  bool is_valid() const;
  std::string to_string() const;                      // 2021-02-23
  std::string to_vietnamese() const;                  // 23/02/2021
  int days_since_epoch() const;                       // for ordering and day arithmetic
  static Date from_days_since_epoch(long long days);  // the inverse: 0 is 1970-01-01

  auto operator<=>(const Date&) const = default;
};

int days_in_month(int year, int month);

// A std::optional<Date> in 4 bytes, for Record::completed (a country's reports hold millions
// of records; docs/performance.md). Dates of the form YYYY-MM-DD, as Date::parse gives them,
// are packed into the 4 bytes; any other Date is kept exactly too, in a table on the side.
// It reads like std::optional<Date>: `if (d)`, `*d`, `d->to_string()`, `d.value_or(...)`, and
// converts to std::optional<Date>. `*d` and `->` give a Date by value.
class OptionalDate {
 public:
  OptionalDate() noexcept = default;
  OptionalDate(std::nullopt_t) noexcept {}                                          // NOLINT
  OptionalDate(const Date& date) : bits_(pack(date)) {}                             // NOLINT
  OptionalDate(const std::optional<Date>& date) : bits_(date ? pack(*date) : 0) {}  // NOLINT

  bool has_value() const noexcept { return bits_ != 0; }
  explicit operator bool() const noexcept { return has_value(); }
  Date value() const;  // throws std::bad_optional_access when empty
  Date operator*() const { return unpack(bits_); }
  struct Arrow {
    Date date;
    const Date* operator->() const noexcept { return &date; }
  };
  Arrow operator->() const { return Arrow{unpack(bits_)}; }
  Date value_or(const Date& other) const { return has_value() ? unpack(bits_) : other; }
  void reset() noexcept { bits_ = 0; }
  std::optional<Date> get() const {
    return has_value() ? std::optional<Date>(unpack(bits_)) : std::nullopt;
  }
  operator std::optional<Date>() const { return get(); }  // NOLINT

  friend bool operator==(const OptionalDate& a, const OptionalDate& b) {
    return a.bits_ == b.bits_ || a.get() == b.get();
  }
  friend bool operator==(const OptionalDate& a, const Date& b) { return a.get() == b; }
  friend bool operator==(const OptionalDate& a, const std::optional<Date>& b) {
    return a.get() == b;
  }
  friend bool operator==(const OptionalDate& a, std::nullopt_t) noexcept { return !a; }
  friend std::strong_ordering operator<=>(const OptionalDate& a, const OptionalDate& b) {
    return a.get() <=> b.get();
  }
  friend std::strong_ordering operator<=>(const OptionalDate& a, const Date& b) {
    return a.get() <=> b;
  }

 private:
  static std::uint32_t pack(const Date& date);
  static Date unpack(std::uint32_t bits);

  std::uint32_t bits_ = 0;  // 0: no date
};

}  // namespace papi
