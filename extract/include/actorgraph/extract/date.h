// Calendar dates (proleptic Gregorian) and how precisely an event's date is known.
//
//   auto d = Date::parse_iso("2025-11-20T08:00:00Z");   // date part of a date-time
//   if (d) std::cout << d->iso() << " " << (d->to_days() - Date{2025, 10, 30}.to_days());
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace actorgraph {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // True when year/month/day name a real day (2025-02-29 is not one).
  bool valid() const;
  // "YYYY-MM-DD". Precondition: valid().
  std::string iso() const;
  // Days since 1970-01-01 (negative before); inverse of from_days.
  long to_days() const;
  static Date from_days(long days);
  Date add_days(long n) const { return from_days(to_days() + n); }
  // 0 = Sunday .. 6 = Saturday.
  int weekday() const;
  // Accepts "YYYY-MM-DD" and ISO 8601 date-times ("YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]"),
  // whose date part is used. Returns nullopt unless the date is real.
  static std::optional<Date> parse_iso(std::string_view text);
  static bool is_leap(int year);
  static int days_in_month(int year, int month);

  auto operator<=>(const Date&) const = default;
};

// How an event's date was obtained. `document` means the text gives no date for the event and
// the article's own date stands in for it.
enum class DatePrecision { day, month, year, approx, document };

std::string_view to_string(DatePrecision p);
std::optional<DatePrecision> precision_from_string(std::string_view s);

}  // namespace actorgraph
