#include "model/date.h"

#include <deque>
#include <mutex>
#include <stdexcept>

#include <fmt/format.h>

namespace papi {

namespace {
bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}
}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    return 0;
  }
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  auto year = parse_digits(text.substr(0, 4));
  auto month = parse_digits(text.substr(5, 2));
  auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day) {
    return std::nullopt;
  }
  return Date{*year, *month, *day};
}

std::optional<Date> Date::parse_written(std::string_view text) {
  if (auto iso = Date::parse(text))
    return iso;
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  std::size_t part = 0;
  char separator = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      parts[part] = parts[part] * 10 + (c - '0');
      if (++digits[part] > 4)
        return std::nullopt;
    } else if ((c == '/' || c == '.' || c == '-') && part < 2 && digits[part] > 0 &&
               (separator == 0 || separator == c)) {
      separator = c;
      ++part;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4)
    return std::nullopt;
  return Date{parts[2], parts[1], parts[0]};
}

bool Date::is_valid() const {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string Date::to_string() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string Date::to_vietnamese() const {
  return fmt::format("{:02}/{:02}/{:04}", day, month, year);
}

int Date::days_since_epoch() const {
  // Howard Hinnant's days_from_civil.
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days_since_epoch(long long days) {
  // Howard Hinnant's civil_from_days.
  const long long z = days + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long y = yoe + era * 400;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

namespace {

// Dates that do not fit the packed form (a year past 65535, a negative month, ...): rare, so
// a locked table is enough.
struct OddDates {
  std::mutex mutex;
  std::deque<Date> dates;
};

OddDates& odd_dates() {
  static OddDates instance;
  return instance;
}

}  // namespace

// Packed: bit 0 set, day in bits 1-7, month in bits 8-14, year in bits 15-30; or bit 31 set and
// the rest an index into the table of odd dates.
std::uint32_t OptionalDate::pack(const Date& date) {
  if (date.year >= 0 && date.year < (1 << 16) && date.month >= 0 && date.month < (1 << 7) &&
      date.day >= 0 && date.day < (1 << 7)) {
    return 1u | static_cast<std::uint32_t>(date.day) << 1 |
           static_cast<std::uint32_t>(date.month) << 8 |
           static_cast<std::uint32_t>(date.year) << 15;
  }
  OddDates& odd = odd_dates();
  std::lock_guard lock(odd.mutex);
  if (odd.dates.size() >= 0x7FFFFFFFu)
    throw std::length_error("papi: too many dates");
  odd.dates.push_back(date);
  return 0x80000000u | static_cast<std::uint32_t>(odd.dates.size() - 1);
}

Date OptionalDate::unpack(std::uint32_t bits) {
  if (bits & 0x80000000u) {
    OddDates& odd = odd_dates();
    std::lock_guard lock(odd.mutex);
    return odd.dates[bits & 0x7FFFFFFFu];
  }
  return Date{static_cast<int>(bits >> 15 & 0xFFFFu), static_cast<int>(bits >> 8 & 0x7Fu),
              static_cast<int>(bits >> 1 & 0x7Fu)};
}

Date OptionalDate::value() const {
  if (!has_value())
    throw std::bad_optional_access();
  return unpack(bits_);
}

}  // namespace papi
