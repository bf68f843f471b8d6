#include "actorgraph/extract/date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actorgraph {
namespace {

TEST(Date, LeapYears) {
  struct Case { int year; bool leap; };
  const std::vector<Case> cases = {{2024, true}, {2025, false}, {1900, false}, {2000, true},
                                   {2100, false}, {2400, true}, {1996, true}, {1, false}};
  for (const Case& c : cases) EXPECT_EQ(Date::is_leap(c.year), c.leap) << c.year;
}

TEST(Date, DaysInMonth) {
  struct Case { int year, month, days; };
  const std::vector<Case> cases = {{2025, 1, 31}, {2025, 2, 28}, {2024, 2, 29}, {1900, 2, 28},
                                   {2000, 2, 29}, {2025, 4, 30}, {2025, 6, 30}, {2025, 9, 30},
                                   {2025, 11, 30}, {2025, 12, 31}, {2025, 0, 0}, {2025, 13, 0}};
  for (const Case& c : cases)
    EXPECT_EQ(Date::days_in_month(c.year, c.month), c.days) << c.year << "-" << c.month;
}

TEST(Date, Valid) {
  EXPECT_TRUE((Date{2024, 2, 29}).valid());
  EXPECT_FALSE((Date{2025, 2, 29}).valid());
  EXPECT_FALSE((Date{1900, 2, 29}).valid());
  EXPECT_TRUE((Date{2000, 2, 29}).valid());
  EXPECT_FALSE((Date{2025, 4, 31}).valid());
  EXPECT_FALSE((Date{2025, 13, 1}).valid());
  EXPECT_FALSE((Date{2025, 1, 0}).valid());
  EXPECT_FALSE((Date{0, 1, 1}).valid());
  EXPECT_FALSE(Date{}.valid());
}

TEST(Date, DaysRoundTrip) {
  struct Case { Date date; long days; int weekday; };
  const std::vector<Case> cases = {
      {{1970, 1, 1}, 0, 4},       {{1969, 12, 31}, -1, 3},   {{2000, 1, 1}, 10957, 6},
      {{2000, 3, 1}, 11017, 3},   {{2024, 2, 29}, 19782, 4}, {{2025, 11, 20}, 20412, 4},
      {{2025, 10, 15}, 20376, 3}, {{1900, 1, 1}, -25567, 1}, {{1, 1, 1}, -719162, 1},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.date.to_days(), c.days) << c.date.iso();
    EXPECT_EQ(Date::from_days(c.days), c.date) << c.days;
    EXPECT_EQ(c.date.weekday(), c.weekday) << c.date.iso();
  }
  // Every day of four centuries (leap rules included) round-trips and advances by one.
  Date prev = Date::from_days(Date{1899, 12, 31}.to_days());
  for (long z = Date{1900, 1, 1}.to_days(); z <= Date{2300, 12, 31}.to_days(); ++z) {
    const Date d = Date::from_days(z);
    ASSERT_TRUE(d.valid()) << z;
    ASSERT_EQ(d.to_days(), z);
    ASSERT_GT(d, prev);
    ASSERT_EQ(d.weekday(), (prev.weekday() + 1) % 7);
    prev = d;
  }
}

TEST(Date, AddDaysAcrossBoundaries) {
  EXPECT_EQ((Date{2025, 11, 20}).add_days(-21), (Date{2025, 10, 30}));
  EXPECT_EQ((Date{2025, 1, 3}).add_days(-5), (Date{2024, 12, 29}));
  EXPECT_EQ((Date{2024, 2, 28}).add_days(1), (Date{2024, 2, 29}));
  EXPECT_EQ((Date{2025, 2, 28}).add_days(1), (Date{2025, 3, 1}));
}

TEST(Date, Iso) {
  EXPECT_EQ((Date{2025, 3, 7}).iso(), "2025-03-07");
  EXPECT_EQ((Date{987, 12, 31}).iso(), "0987-12-31");
}

TEST(Date, ParseIsoAccepts) {
  struct Case { const char* text; Date date; };
  const std::vector<Case> cases = {
      {"2025-11-20", {2025, 11, 20}},
      {"2024-02-29", {2024, 2, 29}},
      {"2025-11-20T08:00", {2025, 11, 20}},
      {"2025-11-20T08:00:00Z", {2025, 11, 20}},
      {"2025-11-20T23:59:59.123Z", {2025, 11, 20}},
      {"2025-10-28T16:32+0000", {2025, 10, 28}},
      {"2025-10-28T16:32:05+03:00", {2025, 10, 28}},
      {"2025-10-28T16:32:05-05", {2025, 10, 28}},
      {"2025-10-28T16:32:05,5+03:00", {2025, 10, 28}},
  };
  for (const Case& c : cases) {
    const auto d = Date::parse_iso(c.text);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(*d, c.date) << c.text;
  }
}

TEST(Date, ParseIsoRejects) {
  const std::vector<const char*> bad = {
      "",                       "2025",                  "2025-11",
      "2025-2-3",               "2025/11/20",            "20-11-2025",
      "2025-11-20 ",            " 2025-11-20",           "2025-11-20x",
      "2025-02-29",             "1900-02-29",            "2025-04-31",
      "2025-13-01",             "2025-00-10",            "2025-11-00",
      "0000-01-01",             "2025-11-20T",           "2025-11-20T8:00",
      "2025-11-20T24:00",       "2025-11-20T12:60",      "2025-11-20T12:00:61",
      "2025-11-20T12:00:00.Z",  "2025-11-20T12:00Zjunk", "2025-11-20T12:00+3",
      "2025-11-20T12:00+03:0",  "2025-11-20 12:00",      "٢٠٢٥-١١-٢٠",
      "+2025-11-20",            "2025-11-20T12:00+25:00",
  };
  for (const char* s : bad) EXPECT_FALSE(Date::parse_iso(s).has_value()) << '"' << s << '"';
}

TEST(DatePrecision, StringsRoundTrip) {
  struct Case { DatePrecision p; const char* s; };
  const std::vector<Case> cases = {{DatePrecision::day, "day"},
                                   {DatePrecision::month, "month"},
                                   {DatePrecision::year, "year"},
                                   {DatePrecision::approx, "approx"},
                                   {DatePrecision::document, "document"}};
  for (const Case& c : cases) {
    EXPECT_EQ(to_string(c.p), c.s);
    EXPECT_EQ(precision_from_string(c.s), c.p);
  }
  EXPECT_FALSE(precision_from_string("Day").has_value());
  EXPECT_FALSE(precision_from_string("").has_value());
  EXPECT_FALSE(precision_from_string("exact").has_value());
}

}  // namespace
}  // namespace actorgraph
