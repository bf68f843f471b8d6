// Layout of a scraped news item (see preprocess.h): wire marker, URL line, dateline, boilerplate.
// Every rule here is deliberately conservative: a missed dateline or boilerplate line costs little
// (the text is still read), while a false one hides article prose.
#include "actorgraph/extract/preprocess.h"

#include <algorithm>
#include <array>
#include <type_traits>

#include <unicode/uchar.h>

#include "actorgraph/extract/text.h"

namespace actorgraph {

namespace {

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

char32_t ascii_lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

bool real_date(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[static_cast<size_t>(m - 1)] + (m == 2 && leap ? 1 : 0);
}

// Reads N ASCII digits at s[i]; returns -1 if they are not all digits.
template <typename View>
int read_digits(View s, size_t i, size_t count) {
  if (s.size() < i + count) return -1;
  int v = 0;
  for (size_t k = 0; k < count; ++k) {
    const auto c = static_cast<char32_t>(static_cast<std::make_unsigned_t<typename View::value_type>>(s[i + k]));
    if (!is_ascii_digit(c)) return -1;
    v = v * 10 + static_cast<int>(c - U'0');
  }
  return v;
}

// The marker on any code-unit view (UTF-8 bytes or code points: the marker itself is ASCII).
// skip is the length of a leading BOM, if any.
template <typename View>
WireMarker parse_marker(View s, size_t skip) {
  WireMarker m;
  size_t i = skip;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  static constexpr std::string_view kDate = "date";
  for (char want : kDate) {
    if (i >= s.size() || ascii_lower(static_cast<char32_t>(s[i])) != static_cast<char32_t>(want)) return m;
    ++i;
  }
  const size_t before_spaces = i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i == before_spaces) return m;
  const int y = read_digits(s, i, 4);
  if (y < 0 || s.size() < i + 10 || s[i + 4] != '-' || s[i + 7] != '-') return m;
  const int mo = read_digits(s, i + 5, 2);
  const int d = read_digits(s, i + 8, 2);
  if (mo < 0 || d < 0) return m;
  if (read_digits(s, i + 10, 1) >= 0) return m;  // a longer number is not a date
  m.present = true;
  m.byte_end = i + 10;
  if (real_date(y, mo, d)) m.date = Date{y, mo, d};
  return m;
}

struct Line {
  uint32_t start = 0, end = 0;    // without the line break
  uint32_t tstart = 0, tend = 0;  // trimmed of white space
  uint32_t next = 0;              // start of the following line
};

bool is_hspace(char32_t c) { return is_space(c) && !is_line_break(c); }

// Invisible controls that scrapers leave around lines (bidi marks, BOM).
bool is_invisible(char32_t c) {
  return c == 0xFEFF || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
}

Line line_at(const std::u32string& t, uint32_t start) {
  const auto n = static_cast<uint32_t>(t.size());
  Line l;
  l.start = start;
  uint32_t i = start;
  while (i < n && !is_line_break(t[i])) ++i;
  l.end = i;
  if (i < n) {
    // CR LF is one break.
    l.next = (t[i] == U'\r' && i + 1 < n && t[i + 1] == U'\n') ? i + 2 : i + 1;
  } else {
    l.next = n;
  }
  l.tstart = l.start;
  l.tend = l.end;
  while (l.tstart < l.tend && (is_hspace(t[l.tstart]) || is_invisible(t[l.tstart]))) ++l.tstart;
  while (l.tend > l.tstart && (is_hspace(t[l.tend - 1]) || is_invisible(t[l.tend - 1]))) --l.tend;
  return l;
}

std::u32string_view view(const std::u32string& t, uint32_t a, uint32_t b) {
  return std::u32string_view(t).substr(a, b - a);
}

bool starts_with_ci(std::u32string_view s, std::string_view ascii_lower_prefix) {
  if (s.size() < ascii_lower_prefix.size()) return false;
  for (size_t i = 0; i < ascii_lower_prefix.size(); ++i)
    if (ascii_lower(s[i]) != static_cast<char32_t>(ascii_lower_prefix[i])) return false;
  return true;
}

size_t find_ci(std::u32string_view s, std::string_view ascii_lower_needle) {
  const auto first = static_cast<char32_t>(ascii_lower_needle.front());
  for (size_t i = 0; i + ascii_lower_needle.size() <= s.size(); ++i)
    if (ascii_lower(s[i]) == first && starts_with_ci(s.substr(i), ascii_lower_needle)) return i;
  return std::u32string_view::npos;
}

bool is_url(std::u32string_view s) {
  if (!(starts_with_ci(s, "http://") || starts_with_ci(s, "https://") || starts_with_ci(s, "www.")))
    return false;
  return std::none_of(s.begin(), s.end(), [](char32_t c) { return is_space(c); });
}

// YYYY-MM-DD[T ]HH:MM[:SS][.fff][Z|±HH[:]MM], the whole line.
bool is_iso_timestamp(std::u32string_view s) {
  if (read_digits(s, 0, 4) < 0 || s.size() < 16 || s[4] != '-' || read_digits(s, 5, 2) < 0 ||
      s[7] != '-' || read_digits(s, 8, 2) < 0 || (s[10] != 'T' && s[10] != ' ') ||
      read_digits(s, 11, 2) < 0 || s[13] != ':' || read_digits(s, 14, 2) < 0)
    return false;
  size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    if (read_digits(s, i + 1, 2) < 0) return false;
    i += 3;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && is_ascii_digit(s[i])) ++i;
    }
  }
  if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
    ++i;
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    if (read_digits(s, i + 1, 2) < 0) return false;
    i += 3;
    if (i < s.size() && s[i] == ':') ++i;
    if (read_digits(s, i, 2) < 0) return false;
    i += 2;
  }
  return i == s.size();
}

// "— Name (@handle) Month D, YYYY": the signature of an embedded post.
bool has_post_signature(std::u32string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t at = s.find(U"(@"); at != std::u32string_view::npos; at = s.find(U"(@", at + 2)) {
    size_t i = at + 2;
    const size_t handle = i;
    while (i < s.size() && (is_ascii_digit(s[i]) || s[i] == '_' ||
                            (ascii_lower(s[i]) >= 'a' && ascii_lower(s[i]) <= 'z')))
      ++i;
    if (i == handle || i >= s.size() || s[i] != ')') continue;
    ++i;
    while (i < s.size() && is_hspace(s[i])) ++i;
    const std::u32string_view rest = s.substr(i);
    for (std::string_view month : kMonths) {
      if (!starts_with_ci(rest, month)) continue;
      size_t j = month.size();
      if (j >= rest.size() || !is_hspace(rest[j])) continue;
      while (j < rest.size() && is_hspace(rest[j])) ++j;
      const size_t day = j;
      while (j < rest.size() && is_ascii_digit(rest[j]) && j - day < 2) ++j;
      if (j == day || j >= rest.size() || rest[j] != ',') continue;
      ++j;
      while (j < rest.size() && is_hspace(rest[j])) ++j;
      if (read_digits(rest, j, 4) >= 0) return true;
    }
  }
  return false;
}

bool ends_sentence(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == 0x061F || c == 0x06D4 || c == 0x2026;
}

bool starts_with_word(std::string_view key, std::string_view word) {
  if (!key.starts_with(word)) return false;
  if (key.size() == word.size()) return true;
  const char next = key[word.size()];
  return next == ' ' || next == ':' || next == '-' || next == '|';
}

size_t word_count(std::string_view key) {
  if (key.empty()) return 0;
  return static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

// Headings of "read also" lists of other stories, as normalised keys.
constexpr std::array<std::string_view, 8> kListHeadings = {
    "\u0627\u0642\u0631\u0627 \u0627\u064a\u0636\u0627",                    // اقرأ أيضا
    "\u0645\u0648\u0627\u0636\u064a\u0639 \u0627\u0636\u0627\u0641\u064a\u0647",  // مواضيع إضافية
    "\u0627\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0647",      // أخبار ذات صلة
    "\u0645\u0642\u0627\u0644\u0627\u062a \u0630\u0627\u062a \u0635\u0644\u0647",  // مقالات ذات صلة
    "read more",
    "read also",
    "related articles",
    "related stories"};

constexpr std::string_view kAllRightsReserved =
    "\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0647";
constexpr std::string_view kShare = "\u0634\u0627\u0631\u0643";  // شارك
constexpr std::array<std::string_view, 6> kShareObjects = {
    "\u0647\u0630\u0627",                          // هذا
    "\u0647\u0630\u0647",                          // هذه
    "\u0627\u0644\u062e\u0628\u0631",              // الخبر
    "\u0627\u0644\u0645\u0642\u0627\u0644",        // المقال
    "\u0639\u0628\u0631",                          // عبر
    "\u0639\u0644\u064a"};                         // على (folded)
constexpr std::array<std::string_view, 2> kFollowUs = {
    "\u062a\u0627\u0628\u0639\u0648\u0646\u0627",  // تابعونا
    "follow us"};

bool is_share_line(std::string_view key) {
  if (starts_with_word(key, "share")) return word_count(key) <= 6;
  for (std::string_view f : kFollowUs)
    if (starts_with_word(key, f)) return word_count(key) <= 12;
  if (!starts_with_word(key, kShare)) return false;
  // «شارك» alone or «شارك هذا/الخبر/عبر …»; «شارك الوزير في …» is prose.
  if (key.size() == kShare.size() || word_count(key) <= 1) return true;
  std::string_view rest = key.substr(kShare.size());
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
  if (rest.empty()) return true;
  for (std::string_view w : kShareObjects)
    if (starts_with_word(rest, w)) return word_count(key) <= 8;
  return false;
}

bool is_dash(char32_t c) { return c == U'-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015; }

bool is_word_char(char32_t c) {
  // Letters (Arabic, Latin...) and combining marks; digits and punctuation are not place names.
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const auto uc = static_cast<UChar32>(c);
  return u_isalpha(uc) || (U_GET_GC_MASK(uc) & U_GC_M_MASK) != 0;
}

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads up to max_words words of letters separated by horizontal space, from i, stopping at
// limit. Returns the number of words; end receives the end of the last word.
size_t read_words(const std::u32string& t, uint32_t& i, uint32_t limit, size_t max_words, size_t max_len,
                  uint32_t& end) {
  size_t words = 0;
  uint32_t j = i;
  while (j < limit && words < max_words) {
    uint32_t k = j;
    while (k < limit && is_hspace(t[k])) ++k;
    if (k >= limit || !is_word_char(t[k])) break;
    const uint32_t w = k;
    while (k < limit && is_word_char(t[k])) ++k;
    if (k - w > max_len) break;
    ++words;
    end = k;
    j = k;
  }
  i = j;
  return words;
}

// «(رويترز)», «(أ ف ب)»: up to three short words in parentheses. i is at '('.
bool read_agency_parens(const std::u32string& t, uint32_t& i, uint32_t limit) {
  if (i >= limit || t[i] != U'(') return false;
  uint32_t j = i + 1, end = 0;
  const size_t words = read_words(t, j, limit, 3, 12, end);
  while (j < limit && is_hspace(t[j])) ++j;
  if (words == 0 || j >= limit || t[j] != U')') return false;
  i = j + 1;
  return true;
}

void skip_hspace(const std::u32string& t, uint32_t& i, uint32_t limit) {
  while (i < limit && is_hspace(t[i])) ++i;
}

// «أبوظبي في 19 مارس / وام /», «طهران في 28 مايو /العمانية/»: the Gulf agencies' dateline, a place
// of one or two words, «في» and a day-month, then the agency between slashes.
bool read_slash_dateline(const std::u32string& t, uint32_t p, uint32_t line_end, Layout& l) {
  for (size_t place_words = 1; place_words <= 2; ++place_words) {
    uint32_t i = p, place_end = p;
    if (read_words(t, i, line_end, place_words, 20, place_end) != place_words) return false;
    skip_hspace(t, i, line_end);
    if (!(i + 2 < line_end && t[i] == U'\u0641' && t[i + 1] == U'\u064A' && is_hspace(t[i + 2]))) continue;  // «في»
    i += 2;
    uint32_t end = 0;
    // «19 مارس»: a day number and a month word (runs of non-space characters before the slash)
    size_t date_words = 0;
    while (i < line_end && t[i] != U'/' && date_words <= 3) {
      if (is_hspace(t[i])) { ++i; continue; }
      while (i < line_end && !is_hspace(t[i]) && t[i] != U'/') ++i;
      ++date_words;
    }
    if (date_words < 2 || date_words > 3) continue;
    skip_hspace(t, i, line_end);
    if (i >= line_end || t[i] != U'/') continue;
    ++i;
    skip_hspace(t, i, line_end);
    if (read_words(t, i, line_end, 3, 16, end) == 0) continue;  // the agency
    skip_hspace(t, i, line_end);
    if (i >= line_end || t[i] != U'/') continue;
    ++i;
    skip_hspace(t, i, line_end);
    if (i >= line_end) return false;
    l.dateline_start = p;
    l.dateline_end = place_end;
    l.dateline_place.assign(t, p, place_end - p);
    l.body_start = i;
    return true;
  }
  return false;
}

// Tries to read a dateline at p (the start of the body). line_end is the end of p's line.
bool read_dateline(const std::u32string& t, uint32_t p, uint32_t line_end, Layout& l) {
  if (read_slash_dateline(t, p, line_end, l)) return true;
  uint32_t i = p, place_end = p;
  const size_t words = read_words(t, i, line_end, 3, 20, place_end);
  if (words == 0) return false;
  skip_hspace(t, i, line_end);
  if (i < line_end && t[i] == U'(') {
    if (!read_agency_parens(t, i, line_end)) return false;
    skip_hspace(t, i, line_end);
  }
  if (i >= line_end || !is_dash(t[i])) return false;
  // "Al-Hasakah": a hyphen between two Latin letters joins a name, it is no dateline dash.
  if (t[i] == U'-' && i > p && is_latin_letter(t[i - 1]) && i + 1 < line_end &&
      is_latin_letter(t[i + 1]))
    return false;
  ++i;
  skip_hspace(t, i, line_end);
  // An agency after the dash: «باريس - أ ف ب -», «دمشق - (سانا) -».
  {
    uint32_t j = i, end = 0;
    bool agency = false;
    if (j < line_end && t[j] == U'(') {
      agency = read_agency_parens(t, j, line_end);
    } else {
      agency = read_words(t, j, line_end, 3, 8, end) > 0;
    }
    if (agency) {
      skip_hspace(t, j, line_end);
      if (j < line_end && is_dash(t[j])) {
        i = j + 1;
        skip_hspace(t, i, line_end);
      }
    }
  }
  // The article must go on on the same line.
  if (i >= line_end) return false;
  l.dateline_start = p;
  l.dateline_end = place_end;
  l.dateline_place.assign(t, p, place_end - p);
  l.body_start = i;
  return true;
}

}  // namespace

WireMarker parse_wire_marker(std::string_view utf8_text) {
  const size_t bom = utf8_text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  return parse_marker(utf8_text, bom);
}

bool Layout::is_boilerplate(uint32_t offset) const {
  auto it = std::upper_bound(boilerplate.begin(), boilerplate.end(), offset,
                             [](uint32_t o, const std::pair<uint32_t, uint32_t>& r) { return o < r.first; });
  if (it == boilerplate.begin()) return false;
  --it;
  return offset >= it->first && offset < it->second;
}

Layout analyse_layout(const std::u32string& text) {
  Layout l;
  const auto n = static_cast<uint32_t>(text.size());
  const std::u32string_view all(text);
  const WireMarker m = parse_marker(all, !text.empty() && text[0] == 0xFEFF ? 1 : 0);
  uint32_t p = 0;
  if (m.present) {
    l.marker_date = m.date;
    l.marker_invalid = !m.date.has_value();
    p = static_cast<uint32_t>(m.byte_end);
  }
  // Skip white space and blank lines, then a URL line (the page address scrapers put first).
  const auto skip_blank = [&](uint32_t& q) {
    while (q < n && (is_space(text[q]) || is_invisible(text[q]))) ++q;
  };
  skip_blank(p);
  const bool line_start = p == 0 || is_line_break(text[p - 1]) || !m.present;
  if (p < n && line_start) {
    const Line first = line_at(text, p);
    if (is_url(view(text, first.tstart, first.tend))) {
      p = first.next;
      skip_blank(p);
    }
  }
  l.body_start = p;
  if (p < n) read_dateline(text, p, line_at(text, p).end, l);

  // Boilerplate, line by line.
  bool in_list = false;
  std::string key;
  for (uint32_t s = 0; s < n;) {
    const Line line = line_at(text, s);
    s = line.next > s ? line.next : n;
    // Scraped lists often put a blank line between items: only a line of prose ends a list.
    if (line.tstart == line.tend) continue;
    const std::u32string_view v = view(text, line.tstart, line.tend);
    const auto len = static_cast<uint32_t>(v.size());
    key.clear();
    append_key(v.size() <= 300 ? v : v.substr(0, 200), key);
    bool bp = false;
    if (find_ci(v, "pic.twitter.com") != std::u32string_view::npos || has_post_signature(v)) {
      bp = true;
    } else if (std::any_of(kListHeadings.begin(), kListHeadings.end(),
                           [&](std::string_view h) { return starts_with_word(key, h); }) &&
               len <= 200) {
      bp = true;
      in_list = true;
    } else if (in_list) {
      // Items of the list: other stories' headlines, short and without a final full stop. A line
      // opening with the conjunction «و» and running on is the article's prose again.
      bool prose = key.rfind("\u0648", 0) == 0 && word_count(key) >= 5;
      bp = len <= 150 && !ends_sentence(v.back()) && !prose;
      if (!bp) in_list = false;
    }
    if (!bp && len <= 300 &&
        (key.find(kAllRightsReserved) != std::string::npos || v.find(U'\u00A9') != std::u32string_view::npos ||
         find_ci(v, "copyright") != std::u32string_view::npos)) {
      bp = true;
    }
    if (!bp && len <= 120 && is_share_line(key)) bp = true;
    if (!bp && (is_url(v) || is_iso_timestamp(v))) bp = true;
    if (bp) l.boilerplate.emplace_back(line.start, line.end);
  }
  return l;
}

}  // namespace actorgraph
