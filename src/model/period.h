#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "model/date.h"

namespace papi {

// Reporting cadence of a plan; the order is from coarse to fine.
enum class Cadence { year, half, quarter, month };

std::optional<Cadence> parse_cadence(std::string_view text);
std::string_view cadence_name(Cadence cadence);
int periods_per_year(Cadence cadence);

// A reporting period: 2021, 2021-H1, 2021-Q3, 2021-07.
struct Period {
  int year = 0;
  Cadence cadence = Cadence::year;
  int index = 1;  // 1-based within the year; always 1 for a year

  static std::optional<Period> parse(std::string_view text);
  std::string to_string() const;
  Date first_day() const;
  Date last_day() const;
  // True when `other` lies entirely inside this period (a quarter inside its half-year).
  bool contains(const Period& other) const;

  auto operator<=>(const Period&) const = default;
};

}  // namespace papi
