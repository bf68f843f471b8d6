// Finds date expressions in a sentence's tokens and resolves them against a reference date
// (the article's date): explicit dates with Gregorian, Levantine and Maghreb month names and the
// combined «أكتوبر/تشرين الأول»; numeric dates (15/10/2025); weekdays («الثلاثاء الماضي», «يوم
// الأحد»); this/last/next («الجاري»، «الماضي»، «المقبل»); «أمس»، «اليوم»، «غدا»; relative spans
// («قبل أسبوعين»، «بعد نحو 3 أسابيع على …»). Month names, weekdays and relative words come from
// data/lexicons/<lang>/dates.tsv.
//
//   DateLexicon lex;  lex.load_file("data/lexicons/ar/dates.tsv");
//   for (const DateMention& d : find_dates(lex, layer.tokens(), s.first_token, s.end_token, article_date))
//     std::cout << d.date.iso() << " " << to_string(d.precision);
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/status.h"
#include "actorgraph/extract/text.h"

namespace actorgraph {

// The date words of one language, loaded from a data file
// ("#!actorgraph dates 1", columns form/class/value/count/ambiguous; the classes are documented
// at the top of data/lexicons/ar/dates.tsv). Forms are folded with normalize_key; a form of
// several words matches that many tokens. Immutable after loading, so it can be shared by threads.
class DateLexicon {
 public:
  // Replaces the entries with those of `path`. On error (reported as file:line) the lexicon is
  // left unchanged.
  Status load_file(const std::string& path);

  // The word classes, parsed once from `Entry::cls` so that matching compares integers.
  enum class Kind : uint8_t {
    other, month, weekday, rel, unit, word, number, approx, before, after, link, filler,
    day_marker, year_marker, month_marker, in, ad_suffix, of, part, not_today, ordinal
  };
  // The class and value of a normalised word: month (1..12), weekday (0=Sunday..6), rel
  // (-1 last, 0 this, +1 next), unit (1 day, 7 week, 30 month, 365 year; dual/plural forms carry
  // their count in `count`), word (yesterday -1, today 0, tomorrow +1, day_before_yesterday -2),
  // approx (نحو, حوالي), before (قبل, منذ), after (بعد) ... `ambiguous` marks a word that needs
  // context: a month name that is also a common word (آب, مارس), a weekday without ال, a
  // plural unit or vague number with no exact count (أيام, بضعة).
  struct Entry {
    std::string cls;
    int value = 0;
    int count = 1;
    bool ambiguous = false;
    Kind kind = Kind::other;
  };
  // The entries of a normalised key (several words joined by one space), or nullptr.
  const std::vector<Entry>* lookup(std::string_view key) const;
  int max_tokens() const { return max_tokens_; }
  bool empty() const { return entries_.empty(); }
  // True when `word` is the first word of a form of several words («كانون» of «كانون الثاني»):
  // lets the matcher skip, with one lookup, the many tokens that cannot start a date.
  bool starts_form(std::string_view word) const { return first_words_.count(word) > 0; }

 private:
  // Transparent hashing: lookups by string_view do not allocate.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, KeyHash, std::equal_to<>> entries_;
  std::unordered_set<std::string, KeyHash, std::equal_to<>> first_words_;
  int max_tokens_ = 1;
};

struct DateMention {
  uint32_t first_token = 0, end_token = 0;  // token range of the expression
  Date date;
  DatePrecision precision = DatePrecision::day;
  // «بعد نحو 3 أسابيع على X» dates X (the event named right after), not the sentence's event:
  // anchor_after is true for such expressions, so the caller binds it to the following event noun;
  // the range then ends after «على»/«من», so X starts at end_token.
  bool anchor_after = false;
};

// Date expressions among tokens [first, end), resolved against `reference` (the article date).
// A past-tense report is assumed: a bare weekday or a day-month without a year resolves to the most
// recent such date on or before the reference, «المقبل»/«القادم» to the next. An explicit month
// beats «الجاري» when they disagree («15 أكتوبر الجاري» in a November article → 15 October).
// Month precision dates are the 1st of the month, year precision dates 1 January. Mentions come
// in token order and do not overlap. Never throws; an invalid reference gives no mentions.
std::vector<DateMention> find_dates(const DateLexicon& lex, const std::vector<Token>& tokens,
                                    uint32_t first, uint32_t end, const Date& reference);

}  // namespace actorgraph
