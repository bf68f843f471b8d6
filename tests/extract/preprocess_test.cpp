// Wire marker, URL line, dateline and boilerplate lines.
#include "actorgraph/extract/preprocess.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

std::u32string u32(const std::string& s) {
  std::u32string out;
  EXPECT_TRUE(decode_utf8(s, out));
  return out;
}

TEST(WireMarker, Table) {
  struct Case {
    const char* name;
    std::string text;
    bool present;
    std::optional<Date> date;
    size_t byte_end;
  };
  const std::vector<Case> cases = {
      {"leading_space", " date 2025-11-20 دمشق- في", true, Date{2025, 11, 20}, 16},
      {"no_leading_space", "date 2025-11-20\nنص", true, Date{2025, 11, 20}, 15},
      {"several_spaces_and_tab", "  \tdate \t 2024-02-29", true, Date{2024, 2, 29}, 20},
      {"bom", "\xEF\xBB\xBF" "date 2025-01-05", true, Date{2025, 1, 5}, 18},
      {"upper_case", "Date 2025-01-05", true, Date{2025, 1, 5}, 15},
      {"not_a_real_day", "date 2025-02-30 نص", true, std::nullopt, 15},
      {"not_a_leap_year", "date 2023-02-29", true, std::nullopt, 15},
      {"month_13", " date 2025-13-01", true, std::nullopt, 16},
      {"no_space_after_date", "date2025-11-20", false, std::nullopt, 0},
      {"dated", "dated 2025-11-20", false, std::nullopt, 0},
      {"short_month", "date 2025-1-20", false, std::nullopt, 0},
      {"longer_number", "date 2025-11-201", false, std::nullopt, 0},
      {"not_at_start", "the date 2025-11-20", false, std::nullopt, 0},
      {"arabic_first", "دمشق date 2025-11-20", false, std::nullopt, 0},
      {"truncated", "date 2025-11", false, std::nullopt, 0},
      {"empty", "", false, std::nullopt, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const WireMarker m = parse_wire_marker(c.text);
    EXPECT_EQ(m.present, c.present);
    EXPECT_EQ(m.date, c.date);
    EXPECT_EQ(m.byte_end, c.byte_end);
  }
}

TEST(Layout, MarkerThenDatelineOnTheSameLine) {
  const std::u32string text = U" date 2025-11-20 دمشق- في الوقت الذي وصل فيه الوفد، بدأ الاجتماع.";
  const Layout l = analyse_layout(text);
  EXPECT_EQ(l.marker_date, (Date{2025, 11, 20}));
  EXPECT_FALSE(l.marker_invalid);
  EXPECT_EQ(l.dateline_place, U"دمشق");
  EXPECT_EQ(l.dateline_start, 17u);
  EXPECT_EQ(l.dateline_end, 21u);
  EXPECT_EQ(l.body_start, 23u);
  EXPECT_EQ(text.substr(l.body_start, 2), U"في");
  EXPECT_TRUE(l.boilerplate.empty());
}

TEST(Layout, InvalidMarkerDate) {
  const Layout l = analyse_layout(U"date 2025-02-30\nوصل الوفد.");
  EXPECT_FALSE(l.marker_date.has_value());
  EXPECT_TRUE(l.marker_invalid);
  EXPECT_EQ(l.body_start, 16u);
  EXPECT_TRUE(l.dateline_place.empty());
}

TEST(Layout, NoMarker) {
  const Layout l = analyse_layout(U"\n  وصل الوفد إلى دمشق.");
  EXPECT_FALSE(l.marker_date.has_value());
  EXPECT_FALSE(l.marker_invalid);
  EXPECT_EQ(l.body_start, 3u);
  EXPECT_EQ(l.dateline_start, l.dateline_end);
}

TEST(Layout, UrlLineAfterMarkerIsSkipped) {
  const std::u32string text =
      U"date 2025-10-28\nhttps://example.com/news/2025/10/28/item\nموسكو (رويترز) - قال الكرملين إن المحادثات ستستمر.";
  const Layout l = analyse_layout(text);
  EXPECT_EQ(l.marker_date, (Date{2025, 10, 28}));
  EXPECT_EQ(l.dateline_place, U"موسكو");
  EXPECT_EQ(l.dateline_start, text.find(U"موسكو"));
  EXPECT_EQ(l.body_start, text.find(U"قال"));
  // The URL line is boilerplate too.
  EXPECT_TRUE(l.is_boilerplate(static_cast<uint32_t>(text.find(U"https"))));
  EXPECT_FALSE(l.is_boilerplate(l.body_start));
}

TEST(Layout, DatelineVariants) {
  struct Case {
    const char* name;
    std::u32string text;
    std::u32string place;  // empty: no dateline
    std::u32string body;   // what the body starts with
  };
  const std::vector<Case> cases = {
      {"dash_attached", U"دمشق- قال الوزير", U"دمشق", U"قال الوزير"},
      {"gulf_agency_between_slashes", U"أبوظبي في 19 مارس / وام / استقبل الشيخ", U"أبوظبي", U"استقبل الشيخ"},
      {"gulf_agency_tight_slashes", U"طهران في 28 مايو /العمانية/ بدأ السلطان", U"طهران", U"بدأ السلطان"},
      {"agency_in_parens", U"موسكو (رويترز) - أعلن الكرملين", U"موسكو", U"أعلن الكرملين"},
      {"agency_between_dashes", U"باريس - أ ف ب - قال الرئيس", U"باريس", U"قال الرئيس"},
      {"two_words_em_dash", U"القدس المحتلة — أفادت مصادر", U"القدس المحتلة", U"أفادت مصادر"},
      {"en_dash_parens_after", U"أبو ظبي – (وام) – أعلنت الوزارة", U"أبو ظبي", U"أعلنت الوزارة"},
      {"no_space_after_dash", U"بيروت-أكد المتحدث", U"بيروت", U"أكد المتحدث"},
      {"latin", U"MOSCOW (Reuters) - The Kremlin said", U"MOSCOW", U"The Kremlin said"},
      {"four_words_before_dash", U"قال الوزير إن الاتفاق - وهو الأول - سيوقع", U"", U"قال الوزير"},
      {"nothing_after_dash", U"دمشق -\nقال الوزير", U"", U"دمشق"},
      {"latin_hyphenated_name", U"Al-Hasakah is a city", U"", U"Al-Hasakah"},
      {"digit_before_dash", U"في 12 - 10 وصل الوفد", U"", U"في 12"},
      {"comma_before_dash", U"الرئيس الروسي، بوتين - قال", U"", U"الرئيس الروسي"},
      {"colon_before_dash", U"عاجل: دمشق - وصل الوفد", U"", U"عاجل"},
      {"question_before_dash", U"لماذا؟ - سؤال", U"", U"لماذا"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Layout l = analyse_layout(c.text);
    EXPECT_EQ(encode_utf8(l.dateline_place), encode_utf8(c.place));
    EXPECT_EQ(l.dateline_end - l.dateline_start, c.place.size());
    EXPECT_EQ(encode_utf8(c.text.substr(l.body_start, c.body.size())), encode_utf8(c.body));
  }
}

TEST(Layout, BoilerplateLines) {
  struct LineCase {
    std::string text;
    bool boilerplate;
  };
  const std::vector<LineCase> lines = {
      {"date 2025-10-15", false},
      {"وصل الرئيس إلى موسكو في زيارة رسمية تستمر يومين.", false},
      {"", false},
      {"زيارة تاريخية للرئيس إلى موسكو pic.twitter.com/AbCdEf123 — قناة إخبارية (@SomeNews) October 15, 2025", true},
      {"\u2014 Some Person (@some_one) March 3, 2024", true},
      {"مقطع من المؤتمر الصحفي في الكرملين", false},
      {"", false},
      {"اقرأ أيضاً:", true},
      {"الرئيس يستقبل وفدا من الخليج", true},
      {"اجتماع لوزراء الخارجية في أنقرة", true},
      {"", false},
      {"وأكد الوزير أن العلاقات بين البلدين متينة", false},
      {"https://example.com/a/b", true},
      {"2025-10-28T16:32+0000", true},
      {"جميع الحقوق محفوظة © 2025", true},
      {"شارك", true},
      {"شارك الوزير في الاجتماع الطارئ", false},
      {"تابعونا على تيليغرام", true},
      {"Copyright (Reuters) 2025", true},
      {"مواضيع إضافية", true},
      {"قصة قصيرة عن موضوع آخر", true},
      {"وقال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل في العاصمة.", false},
      {"وفي اليوم التالي عاد الوفد", false},
  };
  std::string joined;
  std::vector<std::pair<uint32_t, uint32_t>> want;
  std::vector<std::pair<uint32_t, uint32_t>> all;
  uint32_t offset = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto len = static_cast<uint32_t>(u32(lines[i].text).size());
    all.emplace_back(offset, offset + len);
    if (lines[i].boilerplate) want.emplace_back(offset, offset + len);
    joined += lines[i].text;
    if (i + 1 < lines.size()) joined += "\n";
    offset += len + 1;
  }
  const Layout l = analyse_layout(u32(joined));
  EXPECT_EQ(l.boilerplate, want);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (all[i].first == all[i].second) continue;
    SCOPED_TRACE(lines[i].text);
    EXPECT_EQ(l.is_boilerplate(all[i].first), lines[i].boilerplate);
    EXPECT_EQ(l.is_boilerplate(all[i].second - 1), lines[i].boilerplate);
  }
}

TEST(Layout, CrLfLinesAndListEndingAtProse) {
  const std::u32string text =
      U"وصل الوفد.\r\nاقرأ أيضا\r\nعنوان قصة أخرى\r\nوقال المصدر إن الزيارة ناجحة.\r\n";
  const Layout l = analyse_layout(text);
  const auto at = [&](const char32_t* s) { return static_cast<uint32_t>(text.find(s)); };
  EXPECT_FALSE(l.is_boilerplate(0));
  EXPECT_TRUE(l.is_boilerplate(at(U"اقرأ")));
  EXPECT_TRUE(l.is_boilerplate(at(U"عنوان")));
  EXPECT_FALSE(l.is_boilerplate(at(U"وقال")));
  ASSERT_EQ(l.boilerplate.size(), 2u);
  EXPECT_EQ(l.boilerplate[0].second, at(U"\r\nعنوان"));  // the line break is not part of the line
}

TEST(Layout, IsBoilerplateBinarySearchBounds) {
  Layout l;
  EXPECT_FALSE(l.is_boilerplate(0));
  l.boilerplate = {{5, 10}, {20, 30}};
  const std::vector<std::pair<uint32_t, bool>> cases = {
      {0, false}, {4, false}, {5, true}, {9, true}, {10, false},
      {19, false}, {20, true}, {29, true}, {30, false}, {1000, false}};
  for (const auto& [offset, want] : cases) EXPECT_EQ(l.is_boilerplate(offset), want) << offset;
}

}  // namespace
}  // namespace actorgraph
