// Date expressions: the DateLexicon loader and a left-to-right matcher over a sentence's tokens.
//
// The matcher works on "pieces" rather than tokens so that it does not depend on how the
// tokenizer treats '/', '-' and digits: «أكتوبر/تشرين» and «15/10/2025» give the same pieces
// whether they arrive as one token or several. A mention's token range covers every token any
// of its pieces came from.
#include "actorgraph/extract/date_expr.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "actorgraph/extract/tsv.h"

namespace actorgraph {

namespace {

using Kind = DateLexicon::Kind;
using Entry = DateLexicon::Entry;

struct ClassName { std::string_view name; Kind kind; };
constexpr std::array<ClassName, 20> kClasses = {{
    {"month", Kind::month},           {"weekday", Kind::weekday},     {"rel", Kind::rel},
    {"unit", Kind::unit},             {"word", Kind::word},           {"number", Kind::number},
    {"approx", Kind::approx},         {"before", Kind::before},       {"after", Kind::after},
    {"link", Kind::link},             {"filler", Kind::filler},       {"day_marker", Kind::day_marker},
    {"year_marker", Kind::year_marker}, {"month_marker", Kind::month_marker}, {"in", Kind::in},
    {"ad_suffix", Kind::ad_suffix},   {"of", Kind::of},               {"part", Kind::part},
    {"not_today", Kind::not_today},   {"ordinal", Kind::ordinal},
}};

std::string class_list() {
  std::string s;
  for (const ClassName& c : kClasses) {
    if (!s.empty()) s += ", ";
    s += c.name;
  }
  return "one of " + s;
}

bool parse_int(std::string_view s, int* out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// The range each class's value must lie in, as text for the error message; empty when any.
std::string_view value_range(Kind k, int v) {
  switch (k) {
    case Kind::month: return v >= 1 && v <= 12 ? "" : "1..12";
    case Kind::weekday: return v >= 0 && v <= 6 ? "" : "0 (Sunday)..6 (Saturday)";
    case Kind::rel: return v >= -1 && v <= 1 ? "" : "-1, 0 or 1";
    case Kind::unit: return v == 1 || v == 7 || v == 30 || v == 365 ? "" : "1, 7, 30 or 365 (days)";
    case Kind::word: return v >= -7 && v <= 7 ? "" : "a day offset in -7..7";
    case Kind::number: return v >= 0 && v <= 1000 ? "" : "0..1000";
    case Kind::part: return v >= 1 && v <= 31 ? "" : "a day of the month, 1..31";
    case Kind::ordinal: return v >= 1 && v <= 31 ? "" : "a day of the month, 1..31";
    case Kind::before: return v == 0 || v == 1 ? "" : "0 (before) or 1 (since)";
    default: return "";
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers

Date add_months(const Date& d, long n) {
  const long total = static_cast<long>(d.year) * 12 + (d.month - 1) + n;
  Date r;
  r.year = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  r.month = static_cast<int>(total - static_cast<long>(r.year) * 12 + 1);
  r.day = std::min(d.day, Date::days_in_month(r.year, r.month));
  return r;
}

// Subtracts `n` units (1 day, 7 week, 30 month, 365 year) from `ref`; months and years by the
// calendar, so «قبل شهرين» from 31 December is 31 October.
std::optional<Date> minus_units(const Date& ref, long n, int unit) {
  if (n < 0 || n > 5000) return std::nullopt;
  Date d;
  if (unit == 30) d = add_months(ref, -n);
  else if (unit == 365) d = add_months(ref, -12 * n);
  else d = ref.add_days(-n * unit);
  if (!d.valid()) return std::nullopt;
  return d;
}

// The year of month `m` as seen from `ref`: rel -1 strictly before ref's month, +1 strictly
// after, 0 ref's year, none (past-tense default) on or before.
int month_year(int m, std::optional<int> rel, const Date& ref) {
  if (!rel) return m <= ref.month ? ref.year : ref.year - 1;
  if (*rel < 0) return m < ref.month ? ref.year : ref.year - 1;
  if (*rel > 0) return m > ref.month ? ref.year : ref.year + 1;
  return ref.year;
}

// A day-month without a year: the most recent on or before ref (none), the next strictly after
// ref (+1), in the month's «last» occurrence (-1), or in ref's year (0: the explicit month wins
// over «الجاري»).
int day_month_year(int m, int d, std::optional<int> rel, const Date& ref) {
  const bool after_ref = m > ref.month || (m == ref.month && d > ref.day);
  if (!rel) return after_ref ? ref.year - 1 : ref.year;
  if (*rel > 0) return after_ref ? ref.year : ref.year + 1;
  return month_year(m, rel, ref);
}

// The weekday `wd` as seen from ref: rel none/0 on or before, -1 strictly before, +1 strictly after.
Date resolve_weekday(int wd, std::optional<int> rel, const Date& ref) {
  const int r = ref.weekday();
  if (rel && *rel > 0) {
    const int fwd = (wd - r + 7) % 7;
    return ref.add_days(fwd == 0 ? 7 : fwd);
  }
  int back = (r - wd + 7) % 7;
  if (rel && *rel < 0 && back == 0) back = 7;
  return ref.add_days(-back);
}

// The day with weekday `wd` nearest to `around` (within ±3): «أمس الأربعاء» trusts the weekday
// when the article was dated a day late.
Date nearest_weekday(int wd, const Date& around) {
  const int delta = ((wd - around.weekday() + 10) % 7) - 3;
  return around.add_days(delta);
}

// ---------------------------------------------------------------------------------------------
// Pieces

struct Piece {
  std::string_view key;
  uint32_t tok = 0;
};

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_date_sep(char c) { return c == '/' || c == '-' || c == '.'; }

constexpr std::string_view kMeem = "\xD9\x85";  // م, the AD suffix glued to a year: «2024م»
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

// The word without a leading conjunction و/ف («وأمس» → «أمس»), or "" when it has none. At least
// two letters must remain.
std::string_view strip_conj(std::string_view k) {
  if (k.size() < 6 || !(k.starts_with("\xD9\x88") || k.starts_with("\xD9\x81"))) return {};
  return k.substr(2);
}

// Splits a token key into pieces: around '/' always; around '-' and '.' when the token is digits
// and separators (a numeric date); digits + «م» into two.
void split_key(std::string_view key, uint32_t tok, std::vector<Piece>& out) {
  if (key.empty()) return;
  const bool numeric = is_ascii_digit(key.front()) &&
                       std::all_of(key.begin(), key.end(), [](char c) { return is_ascii_digit(c) || is_date_sep(c); });
  if (numeric) {
    size_t start = 0;
    for (size_t i = 0; i < key.size(); ++i) {
      if (!is_date_sep(key[i])) continue;
      if (i > start) out.push_back({key.substr(start, i - start), tok});
      out.push_back({key.substr(i, 1), tok});
      start = i + 1;
    }
    if (start < key.size()) out.push_back({key.substr(start), tok});
    return;
  }
  size_t digits = 0;
  while (digits < key.size() && is_ascii_digit(key[digits])) ++digits;
  if (digits > 0 && key.substr(digits) == kMeem) {
    out.push_back({key.substr(0, digits), tok});
    out.push_back({key.substr(digits), tok});
    return;
  }
  if (key.size() > 1 && key.find('/') != std::string_view::npos) {
    size_t start = 0;
    for (size_t i = 0; i < key.size(); ++i) {
      if (key[i] != '/') continue;
      if (i > start) out.push_back({key.substr(start, i - start), tok});
      out.push_back({key.substr(i, 1), tok});
      start = i + 1;
    }
    if (start < key.size()) out.push_back({key.substr(start), tok});
    return;
  }
  out.push_back({key, tok});
}

// ---------------------------------------------------------------------------------------------
// Matcher

struct Match {
  size_t begin = 0, end = 0;  // pieces
  Date date;
  DatePrecision precision = DatePrecision::day;
  bool anchor_after = false;
  bool skip = false;  // consumed, but not a date (an impossible day)
};

// A month name, its optional '/' partner, then «الجاري»-like word or a year.
struct MonthPhrase {
  int month = 0;
  size_t end = 0;
  bool ambiguous = false;
  bool confirmed = false;  // paired with another month name, a year or a rel word
  std::optional<int> rel;
  std::optional<int> year;
};

class Matcher {
 public:
  Matcher(const DateLexicon& lex, const std::vector<Piece>& pieces, const Date& ref)
      : lex_(lex), p_(pieces), ref_(ref) {}

  bool match_at(size_t i, Match& m) {
    if (!may_start(i)) return false;
    return numeric_date(i, m) || weekday_group(i, m) || word_group(i, m) || day_month(i, i, m) ||
           part_of_month(i, m) || marked_month(i, m) || bare_month(i, m) || unit_rel(i, m) ||
           year(i, m) || span(i, m);
  }

 private:
  struct Hit {
    const Entry* e = nullptr;
    size_t len = 0;  // pieces
    explicit operator bool() const { return e != nullptr; }
  };

  static const Entry* entry_of(const std::vector<Entry>* v, Kind k) {
    if (v == nullptr) return nullptr;
    for (const Entry& e : *v)
      if (e.kind == k) return &e;
    return nullptr;
  }

  // The longest lexicon form of class k starting at piece i; the first piece may carry the
  // conjunction و/ف («وأمس», «وفي»), tried only when the whole word is not a form of class k.
  Hit find(size_t i, Kind k) const {
    if (i >= p_.size()) return {};
    const size_t max_n = std::min<size_t>(static_cast<size_t>(lex_.max_tokens()), p_.size() - i);
    for (int strip = 0; strip < 2; ++strip) {
      const std::string_view first = strip ? strip_conj(p_[i].key) : p_[i].key;
      if (first.empty()) break;
      for (size_t n = max_n; n >= 1; --n) {
        const Entry* e = nullptr;
        if (n == 1) {
          e = entry_of(lex_.lookup(first), k);
        } else {
          buf_.assign(first);
          for (size_t j = 1; j < n; ++j) {
            buf_ += ' ';
            buf_ += p_[i + j].key;
          }
          e = entry_of(lex_.lookup(buf_), k);
        }
        if (e) return {e, n};
      }
    }
    return {};
  }

  // Cheap test that piece i can begin an expression: digits, a lexicon word or the first word of
  // a form (with or without a conjunction), or ال + a unit («الشهر»).
  bool may_start(size_t i) const {
    const std::string_view k = p_[i].key;
    if (k.empty()) return false;
    if (is_ascii_digit(k.front())) return true;
    if (lex_.lookup(k) || lex_.starts_form(k)) return true;
    if (const std::string_view s = strip_conj(k); !s.empty() && (lex_.lookup(s) || lex_.starts_form(s))) return true;
    return k.starts_with(kArticle) && lex_.lookup(k.substr(kArticle.size())) != nullptr;
  }

  bool key_is(size_t i, std::string_view s) const { return i < p_.size() && p_[i].key == s; }

  // ASCII digits only (the key folds Arabic-Indic digits); -1 otherwise. *ndigits gets the length.
  int digits_at(size_t i, size_t* ndigits = nullptr) const {
    if (i >= p_.size()) return -1;
    const std::string_view k = p_[i].key;
    if (k.empty() || k.size() > 9 || !std::all_of(k.begin(), k.end(), is_ascii_digit)) return -1;
    int v = 0;
    for (char c : k) v = v * 10 + (c - '0');
    if (ndigits) *ndigits = k.size();
    return v;
  }

  // A count: digits or number words («ثلاثة», «خمسة عشر»). *vague for «بضعة»/«عدة».
  bool number_at(size_t i, int* value, size_t* len, bool* vague) const {
    size_t nd = 0;
    const int d = digits_at(i, &nd);
    if (d >= 0 && nd <= 4) {
      *value = d, *len = 1, *vague = false;
      return true;
    }
    const Hit h = find(i, Kind::number);
    if (!h) return false;
    *value = h.e->value, *len = h.len, *vague = h.e->ambiguous;
    if (*value < 10) {  // «خمسة عشر» = 15
      const Hit ten = find(i + h.len, Kind::number);
      if (ten && ten.e->value == 10 && !ten.e->ambiguous) *value += 10, *len += ten.len;
    }
    return true;
  }

  // [year marker] NNNN [م]. Returns the end piece or 0.
  size_t year_spec(size_t i, bool need_marker, int* y) const {
    size_t k = i;
    if (const Hit mk = find(k, Kind::year_marker)) k += mk.len;
    else if (need_marker) return 0;
    size_t nd = 0;
    const int v = digits_at(k, &nd);
    if (nd != 4 || v < 1) return 0;
    ++k;
    if (const Hit ad = find(k, Kind::ad_suffix)) k += ad.len;
    *y = v;
    return k;
  }

  bool month_phrase(size_t i, MonthPhrase& mp) const {
    const Hit h = find(i, Kind::month);
    if (!h) return false;
    mp = MonthPhrase{};
    mp.month = h.e->value;
    mp.ambiguous = h.e->ambiguous;
    size_t k = i + h.len;
    if (key_is(k, "/")) {
      const Hit other = find(k + 1, Kind::month);
      if (other && other.e->value == mp.month) {
        k += 1 + other.len;
        mp.confirmed = true;
      }
    }
    int y = 0;
    if (size_t e = year_spec(k, false, &y)) {
      mp.year = y;
      mp.confirmed = true;
      k = e;
    } else if (const Hit r = find(k, Kind::rel)) {
      mp.rel = r.e->value;
      mp.confirmed = true;
      k += r.len;
    }
    mp.end = k;
    return true;
  }

  bool emit(Match& m, size_t begin, size_t end, const Date& d, DatePrecision p, bool anchor = false) const {
    if (!d.valid()) return false;
    m = Match{begin, end, d, p, anchor};
    return true;
  }

  // 15/10/2025, 2025-10-15, 15.10.2025, 2025/10/15.
  bool numeric_date(size_t i, Match& m) const {
    size_t na = 0, nb = 0, nc = 0;
    const int a = digits_at(i, &na);
    if (a < 0 || i + 4 >= p_.size()) return false;
    const std::string_view sep = p_[i + 1].key;
    if (sep.size() != 1 || !is_date_sep(sep[0]) || p_[i + 3].key != sep) return false;
    const int b = digits_at(i + 2, &nb), c = digits_at(i + 4, &nc);
    if (b < 0 || c < 0 || nb > 2) return false;
    if (key_is(i + 5, sep) && digits_at(i + 6) >= 0) return false;  // a longer run: not a date
    Date d;
    if (na == 4 && nc <= 2) d = Date{a, b, c};
    else if (nc == 4 && na <= 2) d = Date{c, b, a};  // day first, as Arabic text writes it
    else return false;
    return emit(m, i, i + 5, d, DatePrecision::day);
  }

  // [يوم] weekday [rel], or [يوم] weekday [،] day month..., or يوم day month...
  bool weekday_group(size_t i, Match& m) const {
    size_t k = i;
    const Hit marker = find(k, Kind::day_marker);
    if (marker) k += marker.len;
    const Hit wd = find(k, Kind::weekday);
    if (!wd || (wd.e->ambiguous && !marker)) {
      return marker && day_month(i, k, m);  // «يوم 15 أكتوبر»
    }
    k += wd.len;
    const size_t after_comma = key_is(k, "\xD8\x8C") || key_is(k, ",") ? k + 1 : k;
    if (day_month(i, after_comma, m)) return true;  // the explicit date wins over the weekday
    std::optional<int> rel;
    if (const Hit r = find(k, Kind::rel)) rel = r.e->value, k += r.len;
    return emit(m, i, k, resolve_weekday(wd.e->value, rel, ref_), DatePrecision::day);
  }

  // [يوم] أمس|اليوم|غدا|أول أمس [weekday].
  bool word_group(size_t i, Match& m) const {
    size_t k = i;
    const Hit marker = find(k, Kind::day_marker);
    Hit w = find(k, Kind::word);
    if (!w && marker) {
      k += marker.len;
      w = find(k, Kind::word);
    }
    if (!w) return false;
    k += w.len;
    if (find(k, Kind::not_today) || find(k, Kind::rel)) return false;  // «اليوم التالي»
    const Date around = ref_.add_days(w.e->value);
    if (const Hit wd = find(k, Kind::weekday); wd && !wd.e->ambiguous)
      return emit(m, i, k + wd.len, nearest_weekday(wd.e->value, around), DatePrecision::day);
    return emit(m, i, k, around, DatePrecision::day);
  }

  // day [من] month-phrase, starting the mention at `begin` (a weekday or «يوم» may precede).
  bool day_month(size_t begin, size_t i, Match& m) const {
    size_t nd = 0;
    int day = digits_at(i, &nd);
    size_t k = i + 1;
    if (day < 1 || day > 31 || nd > 2) {
      // «السابع من ديسمبر», «الحادي والعشرين من الشهر»? only an ordinal followed by «من» + month
      const Hit o = find(i, Kind::ordinal);
      if (!o) return false;
      k = i + o.len;
      const Hit of = find(k, Kind::of);
      if (!of) return false;
      day = o.e->value;
      k += of.len;
    } else if (const Hit of = find(k, Kind::of)) {
      k += of.len;
    }
    MonthPhrase mp;
    if (!month_phrase(k, mp)) {
      // «السابع من الشهر الجاري», «15 من الشهر الماضي»
      int rel = 0;
      if (!unit_with_article(k, 30, &rel)) return false;
      Date first = add_months(Date{ref_.year, ref_.month, 1}, rel);
      if (day > Date::days_in_month(first.year, first.month)) return false;
      return emit(m, begin, k + 2, Date{first.year, first.month, day}, DatePrecision::day);
    }
    Date d{mp.year ? *mp.year : day_month_year(mp.month, day, mp.rel, ref_), mp.month, day};
    // «29 فبراير» with no year: the most recent 29 February, not an invalid date this year.
    for (int back = 0; !mp.year && !mp.rel && !d.valid() && back < 8; ++back) --d.year;
    if (!d.valid()) {
      // «31 نوفمبر»: a broken date is not a month mention either; consume it silently.
      m = Match{begin, mp.end, d, DatePrecision::day, false, true};
      return true;
    }
    return emit(m, begin, mp.end, d, DatePrecision::day);
  }

  // The month of a month phrase without a day: the 1st, month precision.
  Date month_date(const MonthPhrase& mp) const {
    return Date{mp.year ? *mp.year : month_year(mp.month, mp.rel, ref_), mp.month, 1};
  }

  // مطلع/منتصف/أواخر + month phrase or «الشهر» + rel: approx.
  bool part_of_month(size_t i, Match& m) const {
    const Hit part = find(i, Kind::part);
    if (!part) return false;
    const size_t k = i + part.len;
    Date first;
    size_t end = 0;
    MonthPhrase mp;
    if (month_phrase(k, mp)) {
      first = month_date(mp);
      end = mp.end;
    } else if (int rel = 0; unit_with_article(k, 30, &rel)) {
      first = add_months(Date{ref_.year, ref_.month, 1}, rel);
      end = k + 2;
    } else {
      return false;
    }
    first.day = std::min(part.e->value, Date::days_in_month(first.year, first.month));
    return emit(m, i, end, first, DatePrecision::approx);
  }

  // شهر + month phrase.
  bool marked_month(size_t i, Match& m) const {
    const Hit mk = find(i, Kind::month_marker);
    MonthPhrase mp;
    if (!mk || !month_phrase(i + mk.len, mp)) return false;
    return emit(m, i, mp.end, month_date(mp), DatePrecision::month);
  }

  // A month phrase with context: confirmed by itself, or after «في»; an unambiguous month also
  // after «من» (an ordinal day: «الخامس عشر من أكتوبر») or «منذ».
  bool bare_month(size_t i, Match& m) const {
    MonthPhrase mp;
    if (!month_phrase(i, mp)) return false;
    bool ok = mp.confirmed;
    if (!ok && i > 0) {
      const size_t prev = i - 1;
      ok = find(prev, Kind::in).len == 1;
      if (!ok && !mp.ambiguous) {
        const Hit before = find(prev, Kind::before);
        ok = find(prev, Kind::of).len == 1 || (before.len == 1 && before.e->value == 1);
      }
    }
    if (!ok) return false;
    return emit(m, i, mp.end, month_date(mp), DatePrecision::month);
  }

  // «الشهر»/«الأسبوع»/«العام» followed by a rel word; *rel gets it.
  bool unit_with_article(size_t i, int unit, int* rel) const {
    if (i + 1 >= p_.size()) return false;
    std::string_view k = p_[i].key;
    if (!k.starts_with(kArticle)) return false;
    k.remove_prefix(kArticle.size());
    const Entry* u = entry_of(lex_.lookup(k), Kind::unit);
    if (!u || u->value != unit || u->count != 1) return false;
    const Hit r = find(i + 1, Kind::rel);
    if (!r || r.len != 1) return false;
    *rel = r.e->value;
    return true;
  }

  bool unit_rel(size_t i, Match& m) const {
    int rel = 0;
    if (unit_with_article(i, 30, &rel))
      return emit(m, i, i + 2, add_months(Date{ref_.year, ref_.month, 1}, rel), DatePrecision::month);
    if (unit_with_article(i, 365, &rel))
      return emit(m, i, i + 2, Date{ref_.year + rel, 1, 1}, DatePrecision::year);
    if (unit_with_article(i, 7, &rel))
      return emit(m, i, i + 2, ref_.add_days(7L * rel), DatePrecision::approx);
    return false;
  }

  // «عام 2024», «العام 2024م»; «في 2024», «منذ 2011» (the mention starts at the year).
  bool year(size_t i, Match& m) const {
    int y = 0;
    if (size_t e = year_spec(i, true, &y)) return emit(m, i, e, Date{y, 1, 1}, DatePrecision::year);
    const Hit in = find(i, Kind::in);
    const Hit since = find(i, Kind::before);
    size_t k = 0;
    if (in) k = i + in.len;
    else if (since && since.e->value == 1) k = i + since.len;
    else return false;
    size_t nd = 0;
    const int v = digits_at(k, &nd);
    if (nd != 4 || v < 1000) return false;
    size_t e = k + 1;
    if (const Hit ad = find(e, Kind::ad_suffix)) e += ad.len;
    return emit(m, k, e, Date{v, 1, 1}, DatePrecision::year);
  }

  // قبل|منذ [نحو] N unit; بعد [مرور] [نحو] N unit على|من (anchor_after).
  bool span(size_t i, Match& m) const {
    const Hit before = find(i, Kind::before);
    const Hit after = before ? Hit{} : find(i, Kind::after);
    if (!before && !after) return false;
    size_t k = i + (before ? before.len : after.len);
    if (const Hit f = find(k, Kind::filler)) k += f.len;
    bool approx = false;
    if (const Hit a = find(k, Kind::approx)) approx = true, k += a.len;
    int n = 0;
    size_t nlen = 0;
    bool vague = false;
    const bool has_number = number_at(k, &n, &nlen, &vague);
    if (has_number) k += nlen;
    const Hit unit = find(k, Kind::unit);
    if (!unit) return false;
    k += unit.len;
    if (!has_number) {
      if (digits_at(k) >= 0) return false;  // «قبل عام 2011» is a year, not a span
      n = unit.e->count;
      vague = unit.e->ambiguous;
      // «منذ سنوات» mostly tells how long something has lasted, not when it happened.
      if (vague && before && before.e->value == 1) return false;
    }
    const Hit link = find(k, Kind::link);
    if (before && link) return false;  // «قبل يومين من الانتخابات»: relative to another event
    if (after && !link) return false;  // «بعد يومين» alone: anchor unknown
    if (link) k += link.len;
    const std::optional<Date> d = minus_units(ref_, n, unit.e->value);
    if (!d) return false;
    const bool day_precise = unit.e->value == 1 && !approx && !vague;
    return emit(m, i, k, *d, day_precise ? DatePrecision::day : DatePrecision::approx,
                static_cast<bool>(after));
  }

  const DateLexicon& lex_;
  const std::vector<Piece>& p_;
  Date ref_;
  mutable std::string buf_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// DateLexicon

Status DateLexicon::load_file(const std::string& path) {
  static const std::vector<std::string> kColumns = {"form", "class", "value", "count", "ambiguous"};
  Expected<TsvFile> file = TsvFile::open(path, "dates", 1, kColumns);
  if (!file) return file.error();
  decltype(entries_) entries;
  decltype(first_words_) first_words;
  int max_tokens = 1;
  TsvRow row;
  while (file->next(row)) {
    const std::string key = normalize_key(row[0]);
    if (key.empty()) return file->error_at(row.line, "empty form", "a word or words");
    Entry e;
    e.cls = row[1];
    const auto cls = std::find_if(kClasses.begin(), kClasses.end(),
                                  [&](const ClassName& c) { return c.name == row[1]; });
    if (cls == kClasses.end()) return file->error_at(row.line, "unknown class \"" + row[1] + "\"", class_list());
    e.kind = cls->kind;
    if (!row[2].empty() && !parse_int(row[2], &e.value))
      return file->error_at(row.line, "bad value \"" + row[2] + "\"", "an integer");
    if (const std::string_view range = value_range(e.kind, e.value); !range.empty())
      return file->error_at(row.line, "value " + row[2] + " out of range for class " + e.cls, std::string(range));
    if (!row[3].empty() && (!parse_int(row[3], &e.count) || e.count < 1))
      return file->error_at(row.line, "bad count \"" + row[3] + "\"", "a positive integer");
    if (row[4] == "1") e.ambiguous = true;
    else if (!row[4].empty() && row[4] != "0")
      return file->error_at(row.line, "bad ambiguous flag \"" + row[4] + "\"", "0 or 1");
    std::vector<Entry>& list = entries[key];
    // Spelling variants that fold to one key (أبريل/إبريل) are the same entry.
    const bool dup = std::any_of(list.begin(), list.end(), [&](const Entry& x) {
      return x.kind == e.kind && x.value == e.value && x.count == e.count && x.ambiguous == e.ambiguous;
    });
    if (!dup) list.push_back(std::move(e));
    if (const size_t space = key.find(' '); space != std::string::npos) {
      first_words.insert(key.substr(0, space));
      max_tokens = std::max(max_tokens, 1 + static_cast<int>(std::count(key.begin(), key.end(), ' ')));
    }
  }
  if (!file->status()) return file->status().error();
  entries_ = std::move(entries);
  first_words_ = std::move(first_words);
  max_tokens_ = max_tokens;
  return Status::Ok();
}

const std::vector<DateLexicon::Entry>* DateLexicon::lookup(std::string_view key) const {
  const auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------------------------------------

std::vector<DateMention> find_dates(const DateLexicon& lex, const std::vector<Token>& tokens,
                                    uint32_t first, uint32_t end, const Date& reference) {
  std::vector<DateMention> out;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.size()));
  if (first >= end || !reference.valid() || lex.empty()) return out;

  // Pieces are views into the tokens' keys; reused per thread to spare an allocation per sentence.
  thread_local std::vector<Piece> pieces;
  pieces.clear();
  for (uint32_t t = first; t < end; ++t) split_key(tokens[t].key, t, pieces);

  Matcher matcher(lex, pieces, reference);
  Match m;
  for (size_t i = 0; i < pieces.size();) {
    if (!matcher.match_at(i, m)) {
      ++i;
      continue;
    }
    if (m.skip) {
      i = m.end;
      continue;
    }
    DateMention d;
    d.first_token = pieces[m.begin].tok;
    d.end_token = pieces[m.end - 1].tok + 1;
    d.date = m.date;
    d.precision = m.precision;
    d.anchor_after = m.anchor_after;
    if (!out.empty() && d.first_token < out.back().end_token) d.first_token = out.back().end_token;
    if (d.first_token < d.end_token) out.push_back(d);
    // Continue after the last token the mention touched.
    i = m.end;
    while (i < pieces.size() && pieces[i].tok < d.end_token) ++i;
  }
  return out;
}

}  // namespace actorgraph
