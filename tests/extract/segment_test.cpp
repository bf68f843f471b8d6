// Tokens and sentences of TextLayer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

std::string span(const std::u32string& text, uint32_t start, uint32_t end) {
  return encode_utf8(std::u32string_view(text).substr(start, end - start));
}

std::vector<std::string> sentence_texts(const std::u32string& text, uint32_t body_start = 0) {
  const TextLayer layer = TextLayer::build(text, body_start);
  std::vector<std::string> out;
  for (const Sentence& s : layer.sentences()) out.push_back(span(text, s.start, s.end));
  return out;
}

struct TokenWant {
  std::string text;
  TokenKind kind;
  std::string key;
};

TEST(Tokens, WordsNumbersAndSinglePunctuation) {
  const std::u32string text = U"التقى د. أحمد «الوزيرَ»، في 12/10/2023!";
  const std::vector<TokenWant> want = {
      {"التقى", TokenKind::word, "التقي"},  {"د", TokenKind::word, "د"},
      {".", TokenKind::punct, "."},         {"أحمد", TokenKind::word, "احمد"},
      {"«", TokenKind::punct, "«"},         {"الوزيرَ", TokenKind::word, "الوزير"},
      {"»", TokenKind::punct, "»"},         {"،", TokenKind::punct, "،"},
      {"في", TokenKind::word, "في"},        {"12", TokenKind::number, "12"},
      {"/", TokenKind::punct, "/"},         {"10", TokenKind::number, "10"},
      {"/", TokenKind::punct, "/"},         {"2023", TokenKind::number, "2023"},
      {"!", TokenKind::punct, "!"},
  };
  const TextLayer layer = TextLayer::build(text);
  ASSERT_EQ(layer.tokens().size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Token& t = layer.tokens()[i];
    SCOPED_TRACE("token " + std::to_string(i));
    EXPECT_EQ(span(text, t.start, t.end), want[i].text);
    EXPECT_EQ(t.kind, want[i].kind);
    EXPECT_EQ(t.key, want[i].key);
    EXPECT_FALSE(t.newline_before);
  }
}

TEST(Tokens, TableOfTokenTexts) {
  struct Case {
    std::u32string text;
    std::vector<std::string> tokens;
  };
  const std::vector<Case> cases = {
      {U"القـــدس الرئيسُ", {"القـــدس", "الرئيسُ"}},  // tatweel and harakat inside a word
      {U"٣٫٥ و٣.٥", {"٣", "٫", "٥", "و", "٣", ".", "٥"}},
      {U"S-400 Putin's", {"S", "-", "400", "Putin", "'", "s"}},
      {U"ﻻ شيء", {"ﻻ", "شيء"}},
      {U"مي\u200Cخواهم", {"مي\u200Cخواهم"}},  // ZWNJ between letters stays inside the word
      {U"\u200Fدمشق\u200F -", {"دمشق", "-"}},  // bidi marks are no tokens
      {U"😀😀 سوريا", {"😀", "😀", "سوريا"}},
      {U"  \n ", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(encode_utf8(c.text));
    const TextLayer layer = TextLayer::build(c.text);
    std::vector<std::string> got;
    for (const Token& t : layer.tokens()) got.push_back(span(c.text, t.start, t.end));
    EXPECT_EQ(got, c.tokens);
  }
}

TEST(Tokens, NewlineBeforeMarksTheFirstTokenOfALine) {
  const std::u32string text = U"عاجل\nدمشق وموسكو\r\n\r\nتتفقان";
  const TextLayer layer = TextLayer::build(text);
  ASSERT_EQ(layer.tokens().size(), 4u);
  EXPECT_FALSE(layer.tokens()[0].newline_before);
  EXPECT_TRUE(layer.tokens()[1].newline_before);
  EXPECT_FALSE(layer.tokens()[2].newline_before);
  EXPECT_TRUE(layer.tokens()[3].newline_before);
}

TEST(Tokens, OffsetsAreCodePointsAfterAstralCharacters) {
  const std::u32string text = U"😀 🇸🇾 وصل";
  const TextLayer layer = TextLayer::build(text);
  ASSERT_EQ(layer.tokens().size(), 4u);
  EXPECT_EQ(layer.tokens()[3].start, 5u);
  EXPECT_EQ(layer.tokens()[3].end, 8u);
  EXPECT_EQ(layer.tokens()[3].key, "وصل");
}

TEST(Tokens, StartAtBodyStart) {
  const std::u32string text = U"دمشق- قال الوزير.";
  const TextLayer layer = TextLayer::build(text, 6);
  ASSERT_EQ(layer.tokens().size(), 3u);
  EXPECT_EQ(layer.tokens()[0].key, "قال");
  EXPECT_EQ(layer.tokens()[0].start, 6u);
  EXPECT_FALSE(layer.tokens()[0].newline_before);
  EXPECT_EQ(sentence_texts(text, 6), std::vector<std::string>{"قال الوزير."});
}

TEST(Sentences, Table) {
  struct Case {
    const char* name;
    std::u32string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"abbreviation_dal", U"قال د. أحمد إن الوفد وصل. ثم غادر الوفد.",
       {"قال د. أحمد إن الوفد وصل.", "ثم غادر الوفد."}},
      // A word that merely ends in د is no abbreviation (ICU's suffix filter gets this wrong).
      {"word_ending_in_dal", U"وصل الوفد. وغادر بعد ساعة", {"وصل الوفد.", "وغادر بعد ساعة"}},
      {"word_ending_in_mim", U"انتهى الاجتماع اليوم. وقال الوزير", {"انتهى الاجتماع اليوم.", "وقال الوزير"}},
      {"two_abbreviations", U"التقى أ. د. خالد بالوزير. ثم عاد.", {"التقى أ. د. خالد بالوزير.", "ثم عاد."}},
      {"abbreviation_mim_before_name", U"قال م. سمير إن العمل بدأ.", {"قال م. سمير إن العمل بدأ."}},
      {"year_suffix_mim_ends", U"وُلد عام 1990 م. ثم انتقل إلى حلب.", {"وُلد عام 1990 م.", "ثم انتقل إلى حلب."}},
      {"abbreviation_without_space", U"قال د.أحمد إن", {"قال د.أحمد إن"}},
      {"arabic_question_mark", U"هل وصل الوفد؟ نعم وصل", {"هل وصل الوفد؟", "نعم وصل"}},
      {"exclamation", U"يا له من يوم! بدأ الاجتماع", {"يا له من يوم!", "بدأ الاجتماع"}},
      {"decimal_point", U"بلغ النمو 3.5 بالمئة. وقال", {"بلغ النمو 3.5 بالمئة.", "وقال"}},
      {"arabic_indic_decimal", U"بلغ النمو ٣.٥ بالمئة", {"بلغ النمو ٣.٥ بالمئة"}},
      {"line_break_ends", U"عنوان الخبر بلا نقطة\nالنص الأول يبدأ هنا", {"عنوان الخبر بلا نقطة", "النص الأول يبدأ هنا"}},
      {"form_feed_ends", U"سطر\fآخر", {"سطر", "آخر"}},
      {"line_break_after_abbreviation", U"قال د.\nثم عاد", {"قال د.", "ثم عاد"}},
      {"quote_then_question", U"قال: «هل وصل الوفد؟» وأضاف أنه غادر.",
       {"قال: «هل وصل الوفد؟»", "وأضاف أنه غادر."}},
      {"ellipsis", U"الوضع صعب… وأضاف أنه متفائل", {"الوضع صعب…", "وأضاف أنه متفائل"}},
      {"latin_initial", U"J. Smith met the minister. Then he left.", {"J. Smith met the minister.", "Then he left."}},
      {"blank_lines_skipped", U"\n\n  أولا.\n \n\nثانيا  \n", {"أولا.", "ثانيا"}},
      {"only_space", U" \n\t ", {}},
      {"emoji_before_arabic", U"😀😀 وصل الوفد. 🇸🇾 وغادر.", {"😀😀 وصل الوفد.", "🇸🇾 وغادر."}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(sentence_texts(c.text), c.sentences);
  }
}

TEST(Sentences, CarryTokenRangesAndCodePointOffsets) {
  const std::u32string text = U"😀 قال الوزير. وغادر\nأمس";
  const TextLayer layer = TextLayer::build(text);
  ASSERT_EQ(layer.sentences().size(), 3u);
  const auto& s = layer.sentences();
  EXPECT_EQ(s[0].start, 0u);
  EXPECT_EQ(s[0].end, 13u);  // after the full stop: 😀=1 code point
  EXPECT_EQ(s[0].first_token, 0u);
  EXPECT_EQ(s[0].end_token, 4u);  // 😀 قال الوزير .
  EXPECT_EQ(s[1].start, 14u);
  EXPECT_EQ(s[1].end, 19u);
  EXPECT_EQ(s[1].first_token, 4u);
  EXPECT_EQ(s[1].end_token, 5u);
  EXPECT_EQ(s[2].first_token, 5u);
  EXPECT_EQ(s[2].end_token, 6u);
  EXPECT_EQ(s[2].end, text.size());
  EXPECT_TRUE(layer.tokens()[5].newline_before);
}

TEST(Sentences, BodyStartPastTheEndGivesNothing) {
  const std::u32string text = U"قال";
  const TextLayer layer = TextLayer::build(text, 99);
  EXPECT_TRUE(layer.tokens().empty());
  EXPECT_TRUE(layer.sentences().empty());
}

}  // namespace
}  // namespace actorgraph
