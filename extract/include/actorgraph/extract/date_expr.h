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
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/status.h"
#include "actorgraph/extract/text.h"

namespace actorgraph {

class DateLexicon {
 public:
  Status load_file(const std::string& path);
  // The class and value of a normalised word: month (1..12), weekday (0=Sunday..6), rel
  // (-1 last, 0 this, +1 next), unit (1 day, 7 week, 30 month, 365 year; dual/plural forms carry
  // their count in `count`), word (yesterday -1, today 0, tomorrow +1, day_before_yesterday -2),
  // approx (نحو, حوالي), before (قبل, منذ), after (بعد) ...
  struct Entry { std::string cls; int value = 0; int count = 1; bool ambiguous = false; };
  const std::vector<Entry>* lookup(std::string_view key) const;
  int max_tokens() const { return max_tokens_; }

 private:
  std::unordered_map<std::string, std::vector<Entry>> entries_;
  int max_tokens_ = 1;
};

struct DateMention {
  uint32_t first_token = 0, end_token = 0;  // token range of the expression
  Date date;
  DatePrecision precision = DatePrecision::day;
  // «بعد نحو 3 أسابيع على X» dates X (the event named right after), not the sentence's event:
  // anchor_after is true for such expressions, so the caller binds it to the following event noun.
  bool anchor_after = false;
};

// Date expressions among tokens [first, end), resolved against `reference` (the article date).
// A past-tense report is assumed: a bare weekday or a day-month without a year resolves to the most
// recent such date on or before the reference, «المقبل»/«القادم» to the next. An explicit month
// beats «الجاري» when they disagree («15 أكتوبر الجاري» in a November article → 15 October).
std::vector<DateMention> find_dates(const DateLexicon& lex, const std::vector<Token>& tokens,
                                    uint32_t first, uint32_t end, const Date& reference);

}  // namespace actorgraph
