// UTF-8 codec, fold_char, normalize_key and NormalizedText offsets.
#include "actorgraph/extract/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actorgraph {
namespace {

struct DecodeCase {
  const char* name;
  std::string bytes;
  bool ok;
  size_t bad_byte;  // when !ok
  std::u32string expected;  // when ok
};

TEST(DecodeUtf8, TableOfValidAndInvalidSequences) {
  const std::vector<DecodeCase> cases = {
      {"ascii", "abc", true, 0, U"abc"},
      {"arabic", "دمشق", true, 0, U"دمشق"},
      {"emoji_astral", "\xF0\x9F\x98\x80x", true, 0, U"\U0001F600x"},
      {"max_code_point", "\xF4\x8F\xBF\xBF", true, 0, U"\U0010FFFF"},
      {"empty", "", true, 0, U""},
      {"lone_continuation", "\x80", false, 0, U""},
      {"overlong_2byte_c0", "ab\xC0\x80", false, 2, U""},
      {"overlong_3byte", "x\xE0\x80\x80", false, 1, U""},
      {"overlong_4byte", "\xF0\x82\x82\xAC", false, 0, U""},
      {"surrogate_high", "ok\xED\xA0\x80", false, 2, U""},
      {"surrogate_low", "\xED\xBF\xBF", false, 0, U""},
      {"above_10ffff", "\xF4\x90\x80\x80", false, 0, U""},
      {"f5_lead", "\xF5\x80\x80\x80", false, 0, U""},
      {"truncated_at_end", "abc\xE2\x82", false, 3, U""},
      {"truncated_before_ascii", "\xD8(", false, 0, U""},
      {"after_arabic", "سوريا\xFF", false, 10, U""},
  };
  for (const DecodeCase& c : cases) {
    SCOPED_TRACE(c.name);
    std::u32string out = U"stale";
    size_t bad = 12345;
    const bool ok = decode_utf8(c.bytes, out, &bad);
    EXPECT_EQ(ok, c.ok);
    if (c.ok) {
      EXPECT_EQ(out, c.expected);
      EXPECT_EQ(bad, 12345u) << "bad_byte must stay untouched on success";
    } else {
      EXPECT_EQ(bad, c.bad_byte);
    }
  }
}

TEST(DecodeUtf8, NullBadBytePointerIsAllowed) {
  std::u32string out;
  EXPECT_FALSE(decode_utf8("\xC1\xBF", out));
}

TEST(EncodeUtf8, RoundTripsAllLengths) {
  const std::u32string text = U"a\u00E9\u0627\u20AC\U0001F600\U0010FFFF";
  const std::string bytes = encode_utf8(text);
  EXPECT_EQ(bytes, "a\xC3\xA9\xD8\xA7\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
  std::u32string back;
  ASSERT_TRUE(decode_utf8(bytes, back));
  EXPECT_EQ(back, text);
  std::string appended = "x";
  append_utf8(appended, U'\u0644');
  EXPECT_EQ(appended, "x\xD9\x84");
}

TEST(FoldChar, Table) {
  const std::vector<std::pair<char32_t, char32_t>> cases = {
      {U'\u064E', 0},        // fatha dropped
      {U'\u0651', 0},        // shadda dropped
      {U'\u065F', 0},        // last of the harakat range
      {U'\u0670', 0},        // superscript alef
      {U'\u0640', 0},        // tatweel
      {U'\u0622', U'\u0627'},  // آ
      {U'\u0623', U'\u0627'},  // أ
      {U'\u0625', U'\u0627'},  // إ
      {U'\u0671', U'\u0627'},  // ٱ
      {U'\u0649', U'\u064A'},  // ى → ي
      {U'\u0629', U'\u0647'},  // ة → ه
      {U'\u0626', U'\u0626'},  // ئ kept
      {U'\u0624', U'\u0624'},  // ؤ kept
      {U'\u0621', U'\u0621'},  // ء kept
      {U'\u0660', U'0'},
      {U'\u0669', U'9'},
      {U'\u06F4', U'4'},
      {U'A', U'a'},
      {U'z', U'z'},
      {U'\u00C9', U'\u00E9'},  // É
      {U'\u0416', U'\u0436'},  // Cyrillic Ж
      {U'\u200F', 0},          // RLM
      {U'\u200C', 0},          // ZWNJ
      {U'\U0001F600', U'\U0001F600'},
  };
  for (const auto& [in, want] : cases) {
    EXPECT_EQ(static_cast<uint32_t>(fold_char(in)), static_cast<uint32_t>(want))
        << "U+" << std::hex << static_cast<uint32_t>(in);
  }
}

struct KeyCase {
  const char* in;
  const char* want;
};

TEST(NormalizeKey, Table) {
  const std::vector<KeyCase> cases = {
      {"الرئيسُ السوريّ", "الرئيس السوري"},
      {"رئيس", "رئيس"},                  // hamza on ya kept
      {"مسؤول", "مسؤول"},                // hamza on waw kept
      {"سماء", "سماء"},                  // bare hamza kept
      {"أحمد", "احمد"},
      {"إيران", "ايران"},
      {"آب", "اب"},
      {"مستشفى", "مستشفي"},
      {"وزارة الخارجية", "وزاره الخارجيه"},
      {"القـــدس", "القدس"},
      {"مُحَمَّدٌ", "محمد"},
      {"عام ٢٠٢٥", "عام 2025"},
      {"۱۴۰۳", "1403"},
      {"Sergei LAVROV", "sergei lavrov"},
      {"ÉLYSÉE", "élysée"},
      {"E\u0301", "\u00E9"},               // composed like NFKC
      {"\u0648\u0654", "\u0624"},          // decomposed hamza on waw → ؤ
      {"\u064A\u0654", "\u0626"},          // decomposed hamza on ya → ئ
      {"\u0627\u0653", "\u0627"},          // alef + madda → آ → ا
      {"ﻻ", "لا"},                         // presentation-form ligature (NFKC)
      {"ﺩﻣﺸﻖ", "دمشق"},                    // isolated/initial/medial/final forms
      {"ﷲ", "الله"},
      {"\uFF32\uFF35\uFF33", "rus"},       // full-width Latin
      {"  دمشق \t\n  وموسكو  ", "دمشق وموسكو"},
      {"دمشق\u00A0موسكو", "دمشق موسكو"},   // NBSP is a space
      {"بشار\u200F", "بشار"},               // bidi mark dropped
      {"ک ی", "ك ي"},                       // Persian letters folded
      {"😀 سوريا", "😀 سوريا"},
      {"", ""},
      {"\u064E\u0640", ""},                // only dropped code points
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},  // invalid byte → U+FFFD
  };
  for (const KeyCase& c : cases) {
    EXPECT_EQ(normalize_key(std::string_view(c.in)), c.want) << "input: " << c.in;
  }
}

TEST(NormalizeKey, Utf32OverloadAndAppendAgree) {
  EXPECT_EQ(normalize_key(std::u32string_view(U"الرئيسُ  أحمد")), "الرئيس احمد");
  std::string out = "x:";
  append_key(U" إدلب ", out);
  EXPECT_EQ(out, "x:ادلب");
}

TEST(NormalizedText, MapsKeyBackToOriginalOffsets) {
  // Emoji first: one code point (two UTF-16 units) must count as one offset.
  const std::u32string text = U"😀 الرئيسُ أحمد";
  const NormalizedText n = NormalizedText::build(text);
  EXPECT_EQ(n.key(), U"😀 الرئيس احمد");
  // Key: 😀(0) ' '(1) ا(2) ل(3) ر(4) ئ(5) ي(6) س(7) ' '(8) ا(9) ح(10) م(11) د(12)
  // Text: 😀(0) ' '(1) ا(2) ل(3) ر(4) ئ(5) ي(6) س(7) ُ(8) ' '(9) أ(10) ح(11) م(12) د(13)
  const std::vector<uint32_t> want = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14};
  ASSERT_EQ(n.key().size() + 1, want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(n.to_original(i), want[i]) << "key pos " << i;
  // The span of «الرئيس» in the key covers the dropped damma in the original.
  EXPECT_EQ(text.substr(n.to_original(2), n.to_original(8) - n.to_original(2)), U"الرئيسُ");
}

TEST(NormalizedText, ExpandedLigatureMapsEveryOutputToItsSource) {
  const std::u32string text = U"aﻻb";
  const NormalizedText n = NormalizedText::build(text);
  EXPECT_EQ(n.key(), U"a\u0644\u0627b");
  const std::vector<uint32_t> want = {0, 1, 1, 2, 3};
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(n.to_original(i), want[i]) << "key pos " << i;
}

TEST(NormalizedText, WhitespaceRunsKeepLineBreaks) {
  const std::u32string text = U" دمشق \n\n موسكو\t\tكييف ";
  const NormalizedText n = NormalizedText::build(text);
  EXPECT_EQ(n.key(), U" دمشق\nموسكو كييف ");
  EXPECT_EQ(n.to_original(0), 0u);
  EXPECT_EQ(n.to_original(5), 5u);    // the '\n' of the key stands for the run starting at 5
  EXPECT_EQ(n.to_original(6), 9u);    // م
  EXPECT_EQ(n.to_original(11), 14u);  // the tab run
  EXPECT_EQ(n.to_original(n.key().size()), text.size());
}

}  // namespace
}  // namespace actorgraph
