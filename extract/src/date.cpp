// Proleptic Gregorian calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days,
// public-domain algorithms) and the ISO 8601 subset that article dates arrive in.
#include "actorgraph/extract/date.h"

#include <array>
#include <cassert>

namespace actorgraph {

namespace {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;  // iso() writes four digits

// Parses exactly `n` ASCII digits at s[pos..pos+n) into *out.
bool digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    const char c = s[i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// "HH:MM[:SS][.fff][Z|±HH:MM|±HHMM]" — validated only so that garbage after a date is rejected.
bool valid_time(std::string_view t) {
  int hh = 0, mm = 0;
  if (!digits(t, 0, 2, &hh) || t.size() < 5 || t[2] != ':' || !digits(t, 3, 2, &mm)) return false;
  if (hh > 23 || mm > 59) return false;
  size_t pos = 5;
  if (pos < t.size() && t[pos] == ':') {
    int ss = 0;
    if (!digits(t, pos + 1, 2, &ss) || ss > 60) return false;  // 60: leap second
    pos += 3;
    if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
      size_t end = pos + 1;
      while (end < t.size() && t[end] >= '0' && t[end] <= '9') ++end;
      if (end == pos + 1) return false;
      pos = end;
    }
  }
  if (pos == t.size()) return true;  // local time without offset
  if (t[pos] == 'Z') return pos + 1 == t.size();
  if (t[pos] != '+' && t[pos] != '-') return false;
  int oh = 0, om = 0;
  if (!digits(t, pos + 1, 2, &oh) || oh > 23) return false;
  pos += 3;
  if (pos == t.size()) return true;  // ±HH
  if (t[pos] == ':') ++pos;
  if (!digits(t, pos, 2, &om) || om > 59) return false;
  return pos + 2 == t.size();
}

}  // namespace

bool Date::is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int Date::days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

bool Date::valid() const {
  return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::string Date::iso() const {
  assert(valid());
  std::string s = "0000-00-00";
  auto put = [&s](size_t pos, int v, int width) {
    for (int i = width - 1; i >= 0; --i, v /= 10) s[pos + static_cast<size_t>(i)] = static_cast<char>('0' + v % 10);
  };
  put(0, year, 4);
  put(5, month, 2);
  put(8, day, 2);
  return s;
}

long Date::to_days() const {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;                                          // [0, 399]
  const long mp = (month + 9) % 12;                                        // March = 0
  const long doy = (153 * mp + 2) / 5 + day - 1;                           // [0, 365]
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                  // [0, 146096]
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;                                       // [0, 146096]
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const long mp = (5 * doy + 2) / 153;                                     // [0, 11]
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int Date::weekday() const {
  const long z = to_days();  // 1970-01-01 was a Thursday (4)
  const long w = (z + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  Date d;
  if (s.size() < 10 || !digits(s, 0, 4, &d.year) || s[4] != '-' || !digits(s, 5, 2, &d.month) ||
      s[7] != '-' || !digits(s, 8, 2, &d.day))
    return std::nullopt;
  if (s.size() > 10 && (s[10] != 'T' || !valid_time(s.substr(11)))) return std::nullopt;
  if (!d.valid()) return std::nullopt;
  return d;
}

std::string_view to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::day: return "day";
    case DatePrecision::month: return "month";
    case DatePrecision::year: return "year";
    case DatePrecision::approx: return "approx";
    case DatePrecision::document: return "document";
  }
  return "document";
}

std::optional<DatePrecision> precision_from_string(std::string_view s) {
  for (DatePrecision p : {DatePrecision::day, DatePrecision::month, DatePrecision::year,
                          DatePrecision::approx, DatePrecision::document})
    if (to_string(p) == s) return p;
  return std::nullopt;
}

}  // namespace actorgraph
