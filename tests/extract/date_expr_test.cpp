#include "actorgraph/extract/date_expr.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

const DateLexicon& lexicon() {
  static const DateLexicon lex = [] {
    DateLexicon l;
    const Status s = l.load_file(ACTORGRAPH_TEST_DATA_DIR "/lexicons/ar/dates.tsv");
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message());
    return l;
  }();
  return lex;
}

// One found expression as the tests compare it: its original text (from its token range), date,
// precision and anchor flag.
struct Found {
  std::string text;
  std::string date;
  std::string precision;
  bool anchor = false;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.text << " → " << f.date << " " << f.precision << (f.anchor ? " anchor" : "") << "}";
}

std::vector<Found> find_in(const std::string& sentence, const Date& ref) {
  std::u32string text;
  EXPECT_TRUE(decode_utf8(sentence, text));
  const TextLayer layer = TextLayer::build(text);
  const auto& toks = layer.tokens();
  std::vector<Found> out;
  for (const DateMention& d : find_dates(lexicon(), toks, 0, static_cast<uint32_t>(toks.size()), ref)) {
    EXPECT_LT(d.first_token, d.end_token);
    const uint32_t s = toks[d.first_token].start, e = toks[d.end_token - 1].end;
    out.push_back({encode_utf8(std::u32string_view(text).substr(s, e - s)), d.date.iso(),
                   std::string(to_string(d.precision)), d.anchor_after});
  }
  return out;
}

constexpr Date kThu{2025, 11, 20};  // a Thursday, the reference of most cases

struct Case {
  const char* sentence;
  Date ref;
  std::vector<Found> expected;
};

void run(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(find_in(c.sentence, c.ref), c.expected) << c.sentence;
}

TEST(DateLexicon, LoadsTheArabicFile) {
  const DateLexicon& lex = lexicon();
  ASSERT_FALSE(lex.empty());
  EXPECT_GE(lex.max_tokens(), 2);  // «كانون الثاني»
  EXPECT_TRUE(lex.starts_form(normalize_key("كانون")));
  EXPECT_TRUE(lex.starts_form(normalize_key("أول")));  // «أول أمس»
  EXPECT_TRUE(lex.starts_form(normalize_key("الثاني")));   // «الثاني عشر», an ordinal day
  EXPECT_FALSE(lex.starts_form(normalize_key("الثالثة")));
  // أبريل / إبريل / ابريل fold to one key and one entry.
  const auto* april = lex.lookup(normalize_key("إبريل"));
  ASSERT_NE(april, nullptr);
  ASSERT_EQ(april->size(), 1u);
  EXPECT_EQ((*april)[0].cls, "month");
  EXPECT_EQ((*april)[0].value, 4);
  const auto* jan = lex.lookup(normalize_key("كانون الثاني"));
  ASSERT_NE(jan, nullptr);
  EXPECT_EQ((*jan)[0].value, 1);
  // «يوم» is both a unit and the marker before a weekday.
  const auto* day = lex.lookup(normalize_key("يوم"));
  ASSERT_NE(day, nullptr);
  EXPECT_EQ(day->size(), 2u);
  const auto* weeks = lex.lookup(normalize_key("أسبوعين"));
  ASSERT_NE(weeks, nullptr);
  EXPECT_EQ((*weeks)[0].value, 7);
  EXPECT_EQ((*weeks)[0].count, 2);
  const auto* aug = lex.lookup(normalize_key("آب"));
  ASSERT_NE(aug, nullptr);
  EXPECT_TRUE((*aug)[0].ambiguous);
  EXPECT_EQ(lex.lookup("no such word"), nullptr);
}

TEST(FindDates, ExplicitDates) {
  run({
      {"وصل الوفد إلى موسكو في 15 أكتوبر 2025 في زيارة رسمية", kThu, {{"15 أكتوبر 2025", "2025-10-15", "day"}}},
      {"وفي 15 أكتوبر/تشرين الأول الجاري أجرى الرئيس زيارة", kThu,
       {{"15 أكتوبر/تشرين الأول الجاري", "2025-10-15", "day"}}},
      {"وفي 15 أكتوبر / تشرين الأول الجاري أجرى الرئيس زيارة", kThu,
       {{"15 أكتوبر / تشرين الأول الجاري", "2025-10-15", "day"}}},
      {"التقى الوزيران في 15 تشرين الأول/أكتوبر في دمشق", kThu, {{"15 تشرين الأول/أكتوبر", "2025-10-15", "day"}}},
      {"وقع الاتفاق في ١٥ أكتوبر ٢٠٢٤ في أنقرة", kThu, {{"١٥ أكتوبر ٢٠٢٤", "2024-10-15", "day"}}},
      {"وقع الاتفاق في 15 أكتوبر 2024م في أنقرة", kThu, {{"15 أكتوبر 2024م", "2024-10-15", "day"}}},
      {"وقع الاتفاق في 15 من أكتوبر عام 2024 في أنقرة", kThu, {{"15 من أكتوبر عام 2024", "2024-10-15", "day"}}},
      {"جرت الانتخابات في 3 كانون الثاني الماضي", kThu, {{"3 كانون الثاني الماضي", "2025-01-03", "day"}}},
      {"جرت الانتخابات وكانون الثاني 2024 يقترب", kThu, {{"وكانون الثاني 2024", "2024-01-01", "month"}}},
      {"وصل المبعوث يوم 5 جوان 2024 إلى الجزائر", kThu, {{"يوم 5 جوان 2024", "2024-06-05", "day"}}},
      {"أعلنت الحكومة في 2 فيفري الماضي عن خطة", kThu, {{"2 فيفري الماضي", "2025-02-02", "day"}}},
      // The explicit month beats «الجاري»; a day-month without a year is on or before the reference.
      {"التقى الرئيسان في 15 أكتوبر الجاري", kThu, {{"15 أكتوبر الجاري", "2025-10-15", "day"}}},
      {"التقى الرئيسان في 20 نوفمبر", kThu, {{"20 نوفمبر", "2025-11-20", "day"}}},
      {"التقى الرئيسان في 25 نوفمبر", kThu, {{"25 نوفمبر", "2024-11-25", "day"}}},
      {"يعقد المؤتمر في 25 نوفمبر المقبل", kThu, {{"25 نوفمبر المقبل", "2025-11-25", "day"}}},
      {"يعقد المؤتمر في 3 ديسمبر المقبل", kThu, {{"3 ديسمبر المقبل", "2025-12-03", "day"}}},
      {"يعقد المؤتمر في 10 نوفمبر القادم", kThu, {{"10 نوفمبر القادم", "2026-11-10", "day"}}},
      // Year roll-over: in a January article, 15 December is last year's.
      {"وكان الوزير قد زار أنقرة في 15 ديسمبر", Date{2026, 1, 10}, {{"15 ديسمبر", "2025-12-15", "day"}}},
      {"وكان الوزير قد زار أنقرة في ديسمبر الماضي", Date{2026, 1, 10}, {{"ديسمبر الماضي", "2025-12-01", "month"}}},
      {"وكان الوزير قد زار أنقرة الشهر الماضي", Date{2026, 1, 10}, {{"الشهر الماضي", "2025-12-01", "month"}}},
      {"وكان الوزير قد زار أنقرة العام الماضي", Date{2026, 1, 10}, {{"العام الماضي", "2025-01-01", "year"}}},
  });
}

TEST(FindDates, NumericDates) {
  run({
      {"صدر البيان بتاريخ 15/10/2025 عن الوزارة", kThu, {{"15/10/2025", "2025-10-15", "day"}}},
      {"صدر البيان بتاريخ 2025-10-15 عن الوزارة", kThu, {{"2025-10-15", "2025-10-15", "day"}}},
      {"رويترز 28.10.2025", kThu, {{"28.10.2025", "2025-10-28", "day"}}},
      {"صدر البيان بتاريخ ١/٩/٢٠٢٥ عن الوزارة", kThu, {{"١/٩/٢٠٢٥", "2025-09-01", "day"}}},
      {"صدر البيان بتاريخ 31/11/2025 عن الوزارة", kThu, {}},  // not a real date
      {"رقم الهاتف 12/10/2025/44", kThu, {}},
      {"النتيجة 3/1 في المباراة", kThu, {}},
  });
}

TEST(FindDates, LeapYears) {
  run({
      {"وقع الاتفاق في 29 فبراير 2024", kThu, {{"29 فبراير 2024", "2024-02-29", "day"}}},
      {"وقع الاتفاق في 29 فبراير 2025", kThu, {}},
      {"وقع الاتفاق في 31 نوفمبر الماضي ثم في 2 ديسمبر 2024", kThu, {{"2 ديسمبر 2024", "2024-12-02", "day"}}},
      {"وقع الاتفاق في 29/2/2023", kThu, {}},
      {"وقع الاتفاق في 29/2/2000", kThu, {{"29/2/2000", "2000-02-29", "day"}}},
      {"وقع الاتفاق في 29 فبراير", kThu, {{"29 فبراير", "2024-02-29", "day"}}},  // the most recent one
  });
}

TEST(FindDates, MonthAndYearPrecision) {
  run({
      {"زار الوزير موسكو في أكتوبر الماضي", kThu, {{"أكتوبر الماضي", "2025-10-01", "month"}}},
      {"زار الوزير موسكو في أكتوبر الماضي", Date{2025, 10, 20}, {{"أكتوبر الماضي", "2024-10-01", "month"}}},
      {"زار الوزير موسكو في أكتوبر", kThu, {{"أكتوبر", "2025-10-01", "month"}}},
      {"زار الوزير موسكو في ديسمبر", kThu, {{"ديسمبر", "2024-12-01", "month"}}},
      {"يزور الوزير موسكو في ديسمبر المقبل", kThu, {{"ديسمبر المقبل", "2025-12-01", "month"}}},
      {"زار الوزير موسكو خلال شهر أغسطس", kThu, {{"شهر أغسطس", "2025-08-01", "month"}}},
      {"زار الوزير موسكو في شباط 2024", kThu, {{"شباط 2024", "2024-02-01", "month"}}},
      {"زار الوزير موسكو في كانون الأول الماضي", kThu, {{"كانون الأول الماضي", "2024-12-01", "month"}}},
      {"وفي جويلية الماضي زار الوزير الجزائر", kThu, {{"جويلية الماضي", "2025-07-01", "month"}}},
      {"في الخامس عشر من أكتوبر", kThu, {{"الخامس عشر من أكتوبر", "2025-10-15", "day"}}},
      {"في السابع من الشهر الجاري", kThu, {{"السابع من الشهر الجاري", "2025-11-07", "day"}}},
      {"الأول أن الوفد", kThu, {}},  // an ordinal without «من» + month is no date
      {"عقدت القمة عام 2024 في الرياض", kThu, {{"عام 2024", "2024-01-01", "year"}}},
      {"عقدت القمة العام 2019م في الرياض", kThu, {{"العام 2019م", "2019-01-01", "year"}}},
      {"عقدت القمة في 2024 في الرياض", kThu, {{"2024", "2024-01-01", "year"}}},
      {"اندلعت الأزمة منذ 2011 في البلاد", kThu, {{"2011", "2011-01-01", "year"}}},
      {"اندلعت الأزمة قبل عام 2011 في البلاد", kThu, {{"عام 2011", "2011-01-01", "year"}}},
      {"تنتهي الولاية السنة المقبلة", kThu, {{"السنة المقبلة", "2026-01-01", "year"}}},
      {"ارتفعت الصادرات العام الجاري", kThu, {{"العام الجاري", "2025-01-01", "year"}}},
      {"وصل الوفد الشهر الماضي", kThu, {{"الشهر الماضي", "2025-10-01", "month"}}},
      {"يصل الوفد الشهر المقبل", kThu, {{"الشهر المقبل", "2025-12-01", "month"}}},
      {"وصل الوفد الأسبوع الماضي", kThu, {{"الأسبوع الماضي", "2025-11-13", "approx"}}},
      {"وصل الوفد في منتصف أكتوبر", kThu, {{"منتصف أكتوبر", "2025-10-15", "approx"}}},
      {"وصل الوفد أواخر الشهر الماضي", kThu, {{"أواخر الشهر الماضي", "2025-10-25", "approx"}}},
      {"وصل الوفد مطلع فبراير", kThu, {{"مطلع فبراير", "2025-02-03", "approx"}}},
  });
}

TEST(FindDates, AmbiguousMonthWordsNeedContext) {
  run({
      // Without a day, a year, «شهر» or «في», these are ordinary words.
      {"ورث المزرعة عن آب له", kThu, {}},
      {"مارس الوزير ضغوطا على الحكومة", kThu, {}},
      {"اشترى سيارة نيسان جديدة", kThu, {}},
      {"قال ماي إن الحزب سيفوز", kThu, {}},
      {"من مارس السياسة يعرف ذلك", kThu, {}},
      // A bare unambiguous month is not enough either («حرب أكتوبر» is a war, not a date).
      {"في ذكرى حرب أكتوبر", kThu, {}},
      // With context they are months.
      {"وقع الهجوم في آب", kThu, {{"آب", "2025-08-01", "month"}}},
      {"وقع الهجوم في 14 تموز", kThu, {{"14 تموز", "2025-07-14", "day"}}},
      {"وقع الهجوم في شهر نيسان", kThu, {{"شهر نيسان", "2025-04-01", "month"}}},
      {"وقع الهجوم في آذار/مارس 2024", kThu, {{"آذار/مارس 2024", "2024-03-01", "month"}}},
      {"وقع الهجوم مارس الماضي", kThu, {{"مارس الماضي", "2025-03-01", "month"}}},
      {"وقع الهجوم 8 ماي 2024", kThu, {{"8 ماي 2024", "2024-05-08", "day"}}},
      {"وقع الهجوم في أوت", kThu, {{"أوت", "2025-08-01", "month"}}},
  });
}

TEST(FindDates, Weekdays) {
  // kThu is a Thursday.
  run({
      {"التقى الوزيران الثلاثاء في دمشق", kThu, {{"الثلاثاء", "2025-11-18", "day"}}},
      {"التقى الوزيران يوم الثلاثاء في دمشق", kThu, {{"يوم الثلاثاء", "2025-11-18", "day"}}},
      {"التقى الوزيران الخميس في دمشق", kThu, {{"الخميس", "2025-11-20", "day"}}},
      {"التقى الوزيران الخميس الماضي في دمشق", kThu, {{"الخميس الماضي", "2025-11-13", "day"}}},
      {"التقى الوزيران الثلاثاء الماضي في دمشق", kThu, {{"الثلاثاء الماضي", "2025-11-18", "day"}}},
      {"يلتقي الوزيران الأحد المقبل في دمشق", kThu, {{"الأحد المقبل", "2025-11-23", "day"}}},
      {"يلتقي الوزيران الخميس القادم في دمشق", kThu, {{"الخميس القادم", "2025-11-27", "day"}}},
      {"والتقى الوزيران يوم الإثنين", kThu, {{"يوم الإثنين", "2025-11-17", "day"}}},
      {"والتقى الوزيران يوم أحد", kThu, {{"يوم أحد", "2025-11-16", "day"}}},
      {"وقال أحد المسؤولين إن الاجتماع انتهى", kThu, {}},  // «أحد» is "one"
      {"والتقيا الاثنين، 17 نوفمبر في أنقرة", kThu, {{"الاثنين، 17 نوفمبر", "2025-11-17", "day"}}},
      {"والتقيا يوم السبت 15 نوفمبر في أنقرة", kThu, {{"يوم السبت 15 نوفمبر", "2025-11-15", "day"}}},
  });
}

TEST(FindDates, DayWords) {
  run({
      {"أعلنت الوزارة أمس عن الاتفاق", kThu, {{"أمس", "2025-11-19", "day"}}},
      {"وأمس أعلنت الوزارة عن الاتفاق", kThu, {{"وأمس", "2025-11-19", "day"}}},
      {"أعلنت الوزارة بالأمس عن الاتفاق", kThu, {{"بالأمس", "2025-11-19", "day"}}},
      {"أعلنت الوزارة يوم أمس عن الاتفاق", kThu, {{"يوم أمس", "2025-11-19", "day"}}},
      {"أعلنت الوزارة البارحة عن الاتفاق", kThu, {{"البارحة", "2025-11-19", "day"}}},
      {"أعلنت الوزارة أول أمس عن الاتفاق", kThu, {{"أول أمس", "2025-11-18", "day"}}},
      {"أعلنت الوزارة اليوم عن الاتفاق", kThu, {{"اليوم", "2025-11-20", "day"}}},
      {"تعلن الوزارة غدا عن الاتفاق", kThu, {{"غدا", "2025-11-21", "day"}}},
      {"أعلنت الوزارة اليوم الخميس عن الاتفاق", kThu, {{"اليوم الخميس", "2025-11-20", "day"}}},
      {"أعلنت الوزارة أمس الأربعاء عن الاتفاق", kThu, {{"أمس الأربعاء", "2025-11-19", "day"}}},
      // The weekday wins when the article is dated a day late.
      {"أعلنت الوزارة أمس الأربعاء عن الاتفاق", Date{2025, 11, 21}, {{"أمس الأربعاء", "2025-11-19", "day"}}},
      {"وفي اليوم التالي غادر الوفد", kThu, {}},
      {"وفي اليوم نفسه غادر الوفد", kThu, {}},
  });
}

TEST(FindDates, RelativeSpans) {
  run({
      {"زار الوزير موسكو قبل أسبوعين", kThu, {{"قبل أسبوعين", "2025-11-06", "approx"}}},
      {"زار الوزير موسكو قبل 3 أيام", kThu, {{"قبل 3 أيام", "2025-11-17", "day"}}},
      {"زار الوزير موسكو قبل نحو 3 أيام", kThu, {{"قبل نحو 3 أيام", "2025-11-17", "approx"}}},
      {"زار الوزير موسكو قبل يومين", kThu, {{"قبل يومين", "2025-11-18", "day"}}},
      {"زار الوزير موسكو قبل يوم", kThu, {{"قبل يوم", "2025-11-19", "day"}}},
      {"زار الوزير موسكو منذ ثلاثة أشهر", kThu, {{"منذ ثلاثة أشهر", "2025-08-20", "approx"}}},
      {"زار الوزير موسكو قبل عامين", kThu, {{"قبل عامين", "2023-11-20", "approx"}}},
      {"زار الوزير موسكو قبل حوالي ٣ أسابيع", kThu, {{"قبل حوالي ٣ أسابيع", "2025-10-30", "approx"}}},
      {"زار الوزير موسكو منذ خمسة عشر يوما", kThu, {{"منذ خمسة عشر يوما", "2025-11-05", "day"}}},
      {"زار الوزير موسكو قبل أيام", kThu, {{"قبل أيام", "2025-11-17", "approx"}}},
      {"زار الوزير موسكو قبل بضعة أسابيع", kThu, {{"قبل بضعة أسابيع", "2025-10-30", "approx"}}},
      {"زار الوزير موسكو قبل شهرين", Date{2025, 12, 31}, {{"قبل شهرين", "2025-10-31", "approx"}}},
      {"زار الوزير موسكو قبل عام", Date{2024, 2, 29}, {{"قبل عام", "2023-02-28", "approx"}}},
      // «بعد … على X» dates X, which is N units before the event reported at the reference.
      {"ويأتي اللقاء بعد نحو 3 أسابيع على زيارة الوزير", kThu,
       {{"بعد نحو 3 أسابيع على", "2025-10-30", "approx", true}}},
      {"ويأتي اللقاء بعد مرور شهرين على الزيارة", kThu, {{"بعد مرور شهرين على", "2025-09-20", "approx", true}}},
      {"ويأتي اللقاء بعد يومين من الزيارة", kThu, {{"بعد يومين من", "2025-11-18", "day", true}}},
      // Relative to an event we cannot date: nothing.
      {"ويأتي اللقاء بعد يومين", kThu, {}},
      {"جرت المحادثات قبل يومين من الانتخابات", kThu, {}},
      {"يعيش في المدينة منذ سنوات", kThu, {}},
  });
}

TEST(FindDates, NotDates) {
  run({
      {"قال الأمين العام للأمم المتحدة إن الوضع خطير", kThu, {}},
      {"التقى الرئيس السابق بالوفد", kThu, {}},
      {"أصيب 15 شخصا في الهجوم", kThu, {}},
      {"تضم القائمة 2024 اسما", kThu, {}},
      {"", kThu, {}},
  });
}

TEST(FindDates, SeveralMentionsInTokenOrder) {
  run({{"أعلن الوزير أمس أن اللقاء الذي جرى في 15 أكتوبر الجاري كان مثمرا وأنه سيزور أنقرة الأحد المقبل", kThu,
        {{"أمس", "2025-11-19", "day"},
         {"15 أكتوبر الجاري", "2025-10-15", "day"},
         {"الأحد المقبل", "2025-11-23", "day"}}}});
}

TEST(FindDates, RespectsTheTokenRangeAndBadArguments) {
  std::u32string text;
  ASSERT_TRUE(decode_utf8("أعلن أمس أن اللقاء جرى الثلاثاء", text));
  const TextLayer layer = TextLayer::build(text);
  const auto& toks = layer.tokens();
  ASSERT_EQ(toks.size(), 6u);
  // Only tokens [2, 6): «أمس» is outside.
  auto found = find_dates(lexicon(), toks, 2, 6, kThu);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first_token, 5u);
  EXPECT_EQ(found[0].end_token, 6u);
  EXPECT_EQ(found[0].date, (Date{2025, 11, 18}));
  // An end past the tokens is clamped; an empty or inverted range, an invalid reference and an
  // empty lexicon give nothing.
  EXPECT_EQ(find_dates(lexicon(), toks, 0, 1000, kThu).size(), 2u);
  EXPECT_TRUE(find_dates(lexicon(), toks, 3, 3, kThu).empty());
  EXPECT_TRUE(find_dates(lexicon(), toks, 5, 2, kThu).empty());
  EXPECT_TRUE(find_dates(lexicon(), toks, 0, 6, Date{2025, 2, 30}).empty());
  EXPECT_TRUE(find_dates(DateLexicon{}, toks, 0, 6, kThu).empty());
}

// ---------------------------------------------------------------------------------------------
// Loader errors

std::string write_file(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

constexpr const char* kHead = "#!actorgraph dates 1\nform\tclass\tvalue\tcount\tambiguous\n";

TEST(DateLexicon, LoaderErrorsNameFileAndLine) {
  struct ErrCase {
    const char* name;
    std::string content;
    long line;
    std::string what;
    std::string expected;
  };
  const std::vector<ErrCase> cases = {
      {"bad_class.tsv", std::string(kHead) + "# months\nيناير\tmonht\t1\t1\t0\n", 4, "unknown class \"monht\"",
       "one of month, weekday, rel, unit, word, number, approx, before, after, link, filler, day_marker, "
       "year_marker, month_marker, in, ad_suffix, of, part, not_today, ordinal"},
      {"bad_value.tsv", std::string(kHead) + "يناير\tmonth\tone\t1\t0\n", 3, "bad value \"one\"", "an integer"},
      {"month_range.tsv", std::string(kHead) + "يناير\tmonth\t1\t1\t0\n\nفبراير\tmonth\t13\t1\t0\n", 5,
       "value 13 out of range for class month", "1..12"},
      {"unit_range.tsv", std::string(kHead) + "يوم\tunit\t2\t1\t0\n", 3, "value 2 out of range for class unit",
       "1, 7, 30 or 365 (days)"},
      {"bad_count.tsv", std::string(kHead) + "يومين\tunit\t1\t0\t0\n", 3, "bad count \"0\"", "a positive integer"},
      {"bad_flag.tsv", std::string(kHead) + "آب\tmonth\t8\t1\tyes\n", 3, "bad ambiguous flag \"yes\"", "0 or 1"},
      {"empty_form.tsv", std::string(kHead) + "\u064E\tmonth\t1\t1\t0\n", 3, "empty form", "a word or words"},
  };
  for (const ErrCase& c : cases) {
    const std::string path = write_file(c.name, c.content);
    DateLexicon lex;
    const Status s = lex.load_file(path);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.error().file, path);
    EXPECT_EQ(s.error().line, c.line) << c.name;
    EXPECT_EQ(s.error().what, c.what) << c.name;
    EXPECT_EQ(s.error().expected, c.expected) << c.name;
    EXPECT_EQ(s.error().message(),
              path + ":" + std::to_string(c.line) + ": " + c.what + " (expected " + c.expected + ")");
    EXPECT_TRUE(lex.empty()) << c.name;
  }
}

TEST(DateLexicon, FileFormatErrorsComeWithTheirLine) {
  struct ErrCase { const char* name; std::string content; long line; };
  const std::vector<ErrCase> cases = {
      {"wrong_kind.tsv", "#!actorgraph triggers 1\nform\tclass\tvalue\tcount\tambiguous\n", 1},
      {"no_magic.tsv", "form\tclass\tvalue\tcount\tambiguous\n", 1},
      {"wrong_header.tsv", "#!actorgraph dates 1\n# comment\nform\tclass\tvalue\n", 3},
      {"few_fields.tsv", std::string(kHead) + "يناير\tmonth\t1\n", 3},
  };
  for (const ErrCase& c : cases) {
    const std::string path = write_file(c.name, c.content);
    DateLexicon lex;
    const Status s = lex.load_file(path);
    ASSERT_FALSE(s.ok()) << c.name;
    EXPECT_EQ(s.error().file, path) << c.name;
    EXPECT_EQ(s.error().line, c.line) << c.name << ": " << s.error().message();
  }
  DateLexicon lex;
  const Status missing = lex.load_file(::testing::TempDir() + "/no_such_dates.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().line, 0);
}

TEST(DateLexicon, FailedLoadKeepsPreviousEntries) {
  DateLexicon lex;
  ASSERT_TRUE(lex.load_file(write_file("good.tsv", std::string(kHead) + "كانون الثاني\tmonth\t1\t-\t\n")).ok());
  EXPECT_EQ(lex.max_tokens(), 2);
  const auto* jan = lex.lookup(normalize_key("كانون الثاني"));
  ASSERT_NE(jan, nullptr);
  EXPECT_EQ((*jan)[0].count, 1);  // "-" and "" take the defaults
  EXPECT_FALSE((*jan)[0].ambiguous);
  ASSERT_FALSE(lex.load_file(write_file("bad.tsv", std::string(kHead) + "x\tmonth\t0\t1\t0\n")).ok());
  EXPECT_NE(lex.lookup(normalize_key("كانون الثاني")), nullptr);
  EXPECT_EQ(lex.max_tokens(), 2);
}

}  // namespace
}  // namespace actorgraph
