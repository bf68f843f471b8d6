// Lexicons: loading the real data/lexicons/ar files (titles, triggers, words; dates skipped),
// lookups by normalised key, longest-first candidates, and load errors with file:line.
#include "actorgraph/extract/lexicon.h"

#include <gtest/gtest.h>

#include <ostream>

#include <algorithm>
#include <string>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

const std::string kData = std::string(ACTORGRAPH_TEST_DATA_DIR) + "/lexicons/ar";
const std::string kBad = std::string(ACTORGRAPH_TESTS_DIR) + "/bad_inputs/data/";

class RealLexicons : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    lex_ = new Lexicons;
    Status s = lex_->load_dir(kData);
    ASSERT_TRUE(s) << s.error().message();
  }
  static void TearDownTestSuite() { delete lex_; }
  static const Title* title(const std::string& form, const std::string& role) {
    std::string key = normalize_key(form);
    for (const Title* t : lex_->titles_starting_with(key.substr(0, key.find(' ')))) {
      if (t->key == key && t->role == role) return t;
    }
    return nullptr;
  }
  static Lexicons* lex_;
};
Lexicons* RealLexicons::lex_ = nullptr;

TEST_F(RealLexicons, Titles) {
  struct Case { const char* form; const char* role; const char* scope; char number; bool definite; };
  for (const Case& c : {Case{"الرئيس", "president", "state", 's', true}, Case{"رئيس", "president", "state", 's', false},
                        Case{"رئيس الوزراء", "prime_minister", "state", 's', true},
                        Case{"وزير", "minister", "ministry", 's', false}, Case{"الوزير", "minister", "ministry", 's', true},
                        Case{"وزيرا", "minister", "ministry", 'd', false}, Case{"وزراء", "minister", "ministry", 'p', false},
                        Case{"نائب وزير", "deputy_minister", "ministry", 's', false},
                        Case{"المحلل السياسي", "analyst", "none", 's', true},
                        Case{"الخبير العسكري", "military_expert", "none", 's', true},
                        Case{"العقيد", "colonel", "rank", 's', true}, Case{"ولي العهد", "crown_prince", "state", 's', true},
                        Case{"المرشد الأعلى", "supreme_leader", "state", 's', true},
                        Case{"الأمين العام", "secretary_general", "org", 's', true}}) {
    const Title* t = title(c.form, c.role);
    ASSERT_NE(t, nullptr) << c.form;
    EXPECT_EQ(t->scope, c.scope) << c.form;
    EXPECT_EQ(t->number, c.number) << c.form;
    EXPECT_EQ(t->definite, c.definite) << c.form;
  }
  EXPECT_EQ(title("وزير", "minister")->en, "Minister of {portfolio}");
  const Title* envoy = title("المبعوث الأممي", "envoy");
  ASSERT_NE(envoy, nullptr);
  EXPECT_EQ(envoy->of, "org/un");
  const Title* honorific = title("الشيخ", "");
  ASSERT_NE(honorific, nullptr);
  EXPECT_EQ(honorific->scope, "rank");
}

TEST_F(RealLexicons, TitleCandidatesLongestFirst) {
  const auto& cands = lex_->titles_starting_with(normalize_key("نائب"));
  ASSERT_GE(cands.size(), 3u);
  for (size_t i = 1; i < cands.size(); ++i) {
    auto tokens = [](const std::string& k) { return std::count(k.begin(), k.end(), ' '); };
    EXPECT_GE(tokens(cands[i - 1]->key), tokens(cands[i]->key));
  }
  EXPECT_TRUE(lex_->titles_starting_with("no-such-word").empty());
  EXPECT_GE(lex_->max_title_tokens(), 4);
}

TEST_F(RealLexicons, Triggers) {
  struct Case { const char* form; const char* event; const char* frame; const char* tense; char gender; };
  for (const Case& c : {Case{"التقى", "meeting", "subj_obj", "past", 'm'}, Case{"التقت", "meeting", "subj_obj", "past", 'f'},
                        Case{"استقبل", "meeting", "host_guest", "past", 'm'},
                        Case{"سيلتقي", "meeting", "subj_obj", "future", 'm'},
                        Case{"زار", "visit", "visitor_dest", "past", 'm'}, Case{"سيزور", "visit", "visitor_dest", "future", 'm'},
                        Case{"زيارة", "visit", "visitor_dest", "past", '-'},
                        Case{"لقاء", "meeting", "noun_parties", "past", '-'},
                        Case{"اتصال هاتفي", "call", "noun_parties", "past", '-'},
                        Case{"اتصالاً هاتفياً", "call", "noun_parties", "past", '-'},
                        Case{"قال", "statement", "speaker", "past", 'm'}, Case{"أكدت", "statement", "speaker", "past", 'f'},
                        Case{"مؤكداً", "statement", "speaker_carry", "past", 'm'},
                        Case{"نقلت", "report", "speaker", "past", 'f'}, Case{"بحث مع", "meeting", "subj_obj", "past", 'm'}}) {
    const Trigger* t = lex_->trigger(normalize_key(c.form));
    ASSERT_NE(t, nullptr) << c.form;
    EXPECT_EQ(t->event, c.event) << c.form;
    EXPECT_EQ(t->frame, c.frame) << c.form;
    EXPECT_EQ(t->tense, c.tense) << c.form;
    EXPECT_EQ(t->gender, c.gender) << c.form;
  }
  // «بين» is a preposition far more often than the verb بيّن: not a trigger.
  EXPECT_EQ(lex_->trigger(normalize_key("بين")), nullptr);
  const auto& cands = lex_->triggers_starting_with(normalize_key("أجرى"));
  ASSERT_FALSE(cands.empty());
  EXPECT_GE(lex_->max_trigger_tokens(), 4);  // من المقرر أن يلتقي
}

TEST_F(RealLexicons, WordClasses) {
  EXPECT_TRUE(lex_->is(normalize_key("مرهف"), "given_name"));
  EXPECT_TRUE(lex_->is(normalize_key("أندريه"), "given_name"));
  EXPECT_FALSE(lex_->is(normalize_key("غير"), "given_name"));
  EXPECT_TRUE(lex_->is(normalize_key("في"), "stop"));
  EXPECT_TRUE(lex_->is(normalize_key("خلالها"), "adverbial"));
  EXPECT_TRUE(lex_->is(normalize_key("مصادر"), "source_noun"));
  EXPECT_TRUE(lex_->is(normalize_key("وفدا"), "delegation"));
  EXPECT_TRUE(lex_->is(normalize_key("برئاسة"), "headed_by"));
  EXPECT_TRUE(lex_->is(normalize_key("نظيره"), "counterpart"));
  EXPECT_TRUE(lex_->is(normalize_key("المخلوع"), "former"));
  EXPECT_FALSE(lex_->is(normalize_key("في"), "no_such_class"));
}

struct ErrorCase {
  const char* file;
  const char* message;  // after "<bad dir>/<file>"
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.file; }

class LexiconError : public testing::TestWithParam<ErrorCase> {};

TEST_P(LexiconError, ReportsFileLine) {
  Lexicons lex;
  Status s = lex.load_file(kBad + GetParam().file);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message(), kBad + GetParam().file + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, LexiconError,
    testing::Values(
        ErrorCase{"titles_unknown_scope.tsv", ":3: unknown scope \"country\" (expected state, ministry, org, none or rank)"},
        ErrorCase{"triggers_unknown_event.tsv", ":3: unknown event \"meet\" (expected meeting, visit, call, statement or report)"},
        ErrorCase{"triggers_bad_gender.tsv", ":3: unknown gender \"x\" (expected m, f or -)"},
        ErrorCase{"triggers_wrong_header.tsv",
                  ":2: wrong header \"form event pos frame tense\" (expected columns \"form event pos frame tense gender\")"},
        ErrorCase{"words_bad_class.tsv", ":3: bad class \"given-name\" (expected a class name of a-z, 0-9 and _)"},
        ErrorCase{"gazetteer_unknown_kind.tsv", ":1: unknown kind \"countries\" (expected titles, triggers, words or dates)"}),
    [](const testing::TestParamInfo<ErrorCase>& i) {
      std::string n = i.param.file;
      return n.substr(0, n.size() - 4);
    });

TEST(LexiconErrors, DuplicatesNameTheFirstDefinition) {
  Lexicons lex;
  Status s = lex.load_file(kBad + "titles_duplicate.tsv");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message(), kBad + "titles_duplicate.tsv:4: duplicate title \"الرئيس\" for role president (expected "
                                        "each form and role once; first at " + kBad + "titles_duplicate.tsv:3)");
  Lexicons lex2;
  s = lex2.load_file(kBad + "triggers_duplicate.tsv");
  ASSERT_FALSE(s);
  // التقى and إلتقى fold to the same key on one line.
  EXPECT_EQ(s.error().message(), kBad + "triggers_duplicate.tsv:3: duplicate trigger \"إلتقى\" (expected each form once; "
                                        "first at " + kBad + "triggers_duplicate.tsv:3)");
}

TEST(LexiconErrors, MissingDirectory) {
  Lexicons lex;
  Status s = lex.load_dir(kBad + "no_such_dir");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().file, kBad + "no_such_dir");
}

}  // namespace
}  // namespace actorgraph
