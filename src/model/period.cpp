#include "model/period.h"

#include <fmt/format.h>

namespace papi {

std::optional<Cadence> parse_cadence(std::string_view text) {
  if (text == "year")
    return Cadence::year;
  if (text == "half")
    return Cadence::half;
  if (text == "quarter")
    return Cadence::quarter;
  if (text == "month")
    return Cadence::month;
  return std::nullopt;
}

std::string_view cadence_name(Cadence cadence) {
  switch (cadence) {
    case Cadence::year:
      return "year";
    case Cadence::half:
      return "half";
    case Cadence::quarter:
      return "quarter";
    case Cadence::month:
      return "month";
  }
  return "year";
}

int periods_per_year(Cadence cadence) {
  switch (cadence) {
    case Cadence::year:
      return 1;
    case Cadence::half:
      return 2;
    case Cadence::quarter:
      return 4;
    case Cadence::month:
      return 12;
  }
  return 1;
}

namespace {
int months_per_period(Cadence cadence) {
  return 12 / periods_per_year(cadence);
}

bool all_digits(std::string_view text) {
  if (text.empty())
    return false;
  for (char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits)
    value = value * 10 + (c - '0');
  return value;
}
}  // namespace

std::optional<Period> Period::parse(std::string_view text) {
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) {
    return std::nullopt;
  }
  Period period;
  period.year = to_int(text.substr(0, 4));
  if (text.size() == 4) {
    return period;
  }
  if (text[4] != '-') {
    return std::nullopt;
  }
  std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'Q') && all_digits(rest.substr(1))) {
    period.cadence = rest[0] == 'H' ? Cadence::half : Cadence::quarter;
    period.index = to_int(rest.substr(1));
  } else if (rest.size() == 2 && all_digits(rest)) {
    period.cadence = Cadence::month;
    period.index = to_int(rest);
  } else {
    return std::nullopt;
  }
  if (period.index < 1 || period.index > periods_per_year(period.cadence)) {
    return std::nullopt;
  }
  return period;
}

std::string Period::to_string() const {
  switch (cadence) {
    case Cadence::year:
      return fmt::format("{:04}", year);
    case Cadence::half:
      return fmt::format("{:04}-H{}", year, index);
    case Cadence::quarter:
      return fmt::format("{:04}-Q{}", year, index);
    case Cadence::month:
      return fmt::format("{:04}-{:02}", year, index);
  }
  return {};
}

Date Period::first_day() const {
  return Date{year, (index - 1) * months_per_period(cadence) + 1, 1};
}

Date Period::last_day() const {
  const int month = index * months_per_period(cadence);
  return Date{year, month, days_in_month(year, month)};
}

bool Period::contains(const Period& other) const {
  return first_day() <= other.first_day() && other.last_day() <= last_day();
}

}  // namespace papi
