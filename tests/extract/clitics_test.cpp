// Proclitic readings: listed longest prefix first, never the whole word, stems of ≥ 2 letters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

// "conj|prep|article|stem": empty conj/prep print as nothing, article as "ال" or "-".
std::string show(const CliticSplit& s) {
  return std::string(s.conj) + "|" + std::string(s.prep) + "|" + (s.article ? "ال" : "-") + "|" +
         std::string(s.stem);
}

std::vector<std::string> readings(const std::string& word) {
  const std::string key = normalize_key(std::string_view(word));
  std::vector<CliticSplit> out;
  proclitic_splits(key, out);
  std::vector<std::string> shown;
  for (const CliticSplit& s : out) shown.push_back(show(s));
  return shown;
}

TEST(ProcliticSplits, Table) {
  struct Case {
    std::string word;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"وبالرئيس", {"و|ب|ال|رئيس", "و|ب|-|الرئيس", "و||-|بالرئيس"}},
      {"للرئيس", {"|ل|ال|رئيس", "|ل|-|لرئيس"}},
      {"فللرئيس", {"ف|ل|ال|رئيس", "ف|ل|-|لرئيس", "ف||-|للرئيس"}},
      {"فالوزير", {"ف||ال|وزير", "ف||-|الوزير"}},
      {"والشرع", {"و||ال|شرع", "و||-|الشرع"}},
      {"بدمشق", {"|ب|-|دمشق"}},
      {"لموسكو", {"|ل|-|موسكو"}},
      {"كالأسد", {"|ك|ال|اسد", "|ك|-|الاسد"}},
      {"الرئيس", {"||ال|رئيس"}},
      {"للبنان", {"|ل|ال|بنان", "|ل|-|لبنان"}},
      // Names that start with a clitic letter: readings exist, the caller tries the whole word
      // first, and the whole word itself is never listed.
      {"وليد", {"و|ل|-|يد", "و||-|ليد"}},
      {"بشار", {"|ب|-|شار"}},
      {"لبنان", {"|ل|-|بنان"}},
      // Stems must keep two letters; nothing to split otherwise.
      {"وب", {}},
      {"بل", {}},
      {"دمشق", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(readings(c.word), c.want) << "word: " << c.word;
  }
}

TEST(ProcliticSplits, StemViewsIntoTheKeyAndOutputIsCleared) {
  const std::string key = normalize_key(std::string_view("والشرع"));
  std::vector<CliticSplit> out(3);
  proclitic_splits(key, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].stem.data(), key.data() + key.size() - out[0].stem.size());
  for (const CliticSplit& s : out) EXPECT_NE(s.stem, key);
}

TEST(WithArticle, PrefixesAl) {
  EXPECT_EQ(with_article("رئيس"), "الرئيس");
  EXPECT_EQ(with_article(""), "ال");
}

}  // namespace
}  // namespace actorgraph
