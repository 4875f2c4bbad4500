#include <catch2/catch.hpp>

#include "model/date.h"
#include "model/period.h"
#include "model/plan.h"

using namespace papi;

TEST_CASE("Date::parse reads YYYY-MM-DD and is_valid checks the calendar", "[date]") {
  auto date = Date::parse("2021-02-23");
  REQUIRE(date);
  CHECK(date->year == 2021);
  CHECK(date->month == 2);
  CHECK(date->day == 23);
  CHECK(date->is_valid());
  CHECK(date->to_string() == "2021-02-23");
  CHECK(date->to_vietnamese() == "23/02/2021");

  CHECK_FALSE(Date::parse("2021-2-23"));
  CHECK_FALSE(Date::parse("23/02/2021"));
  CHECK_FALSE(Date::parse("2021-02-2x"));
  CHECK_FALSE(Date::parse(""));

  CHECK_FALSE(Date::parse("2021-02-30")->is_valid());
  CHECK_FALSE(Date::parse("2021-02-29")->is_valid());
  CHECK(Date::parse("2020-02-29")->is_valid());
  CHECK_FALSE(Date::parse("1900-02-29")->is_valid());
  CHECK(Date::parse("2000-02-29")->is_valid());
  CHECK_FALSE(Date::parse("2021-13-01")->is_valid());
  CHECK_FALSE(Date::parse("2021-04-31")->is_valid());
  CHECK_FALSE(Date::parse("2021-00-10")->is_valid());
}

TEST_CASE("Date ordering and day arithmetic", "[date]") {
  CHECK(*Date::parse("2021-03-31") < *Date::parse("2021-04-01"));
  CHECK(Date::parse("2021-03-01")->days_since_epoch() -
            Date::parse("2021-02-28")->days_since_epoch() ==
        1);
  CHECK(Date::parse("1970-01-01")->days_since_epoch() == 0);
  CHECK(Date::parse("2021-01-01")->days_since_epoch() == 18628);
}

TEST_CASE("Period::parse accepts year, half, quarter and month ids", "[period]") {
  auto year = Period::parse("2021");
  REQUIRE(year);
  CHECK(year->cadence == Cadence::year);
  CHECK(year->first_day().to_string() == "2021-01-01");
  CHECK(year->last_day().to_string() == "2021-12-31");

  auto half = Period::parse("2021-H1");
  REQUIRE(half);
  CHECK(half->cadence == Cadence::half);
  CHECK(half->last_day().to_string() == "2021-06-30");

  auto quarter = Period::parse("2021-Q1");
  REQUIRE(quarter);
  CHECK(quarter->cadence == Cadence::quarter);
  CHECK(quarter->first_day().to_string() == "2021-01-01");
  CHECK(quarter->last_day().to_string() == "2021-03-31");
  CHECK(Period::parse("2021-Q4")->first_day().to_string() == "2021-10-01");

  auto february = Period::parse("2020-02");
  REQUIRE(february);
  CHECK(february->cadence == Cadence::month);
  CHECK(february->last_day().to_string() == "2020-02-29");

  for (const char* bad : {"2021-Q5", "2021-Q0", "2021-H3", "2021-13", "2021-00", "21-Q1", "2021Q1",
                          "2021-q1", "2021-", ""}) {
    INFO(bad);
    CHECK_FALSE(Period::parse(bad));
  }
  CHECK(Period::parse("2021-Q3")->to_string() == "2021-Q3");
  CHECK(Period::parse("2021-07")->to_string() == "2021-07");
}

TEST_CASE("Period::contains tells a finer period inside a coarser one", "[period]") {
  CHECK(Period::parse("2021-H1")->contains(*Period::parse("2021-Q2")));
  CHECK_FALSE(Period::parse("2021-H1")->contains(*Period::parse("2021-Q3")));
  CHECK(Period::parse("2021")->contains(*Period::parse("2021-Q4")));
  CHECK_FALSE(Period::parse("2021")->contains(*Period::parse("2022-Q1")));
  CHECK(Period::parse("2021-Q1")->contains(*Period::parse("2021-03")));
}

TEST_CASE("task_id_less orders task numbers numerically", "[task]") {
  CHECK(task_id_less("1.2", "1.10"));
  CHECK_FALSE(task_id_less("1.10", "1.2"));
  CHECK(task_id_less("2.1", "10.1"));
  CHECK(task_id_less("8.8", "10.1"));
  CHECK_FALSE(task_id_less("1.1", "1.1"));
  CHECK(task_id_less("9.9", "x"));
}
