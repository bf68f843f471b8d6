// report_json (score.h): the JSON figures of `actorgraph eval --format json`.
#include <gtest/gtest.h>

#include <string>

#include "actorgraph/eval/score.h"

namespace actorgraph::eval {
namespace {

const std::string kGoldDir = std::string(ACTORGRAPH_EVAL_FIXTURES) + "/gold_dir";

// a1's gold: Putin and al-Sharaa, their meeting on 2025-10-15. The extraction finds both, invents
// a third person and dates the meeting a day late.
ArticleResult a1() {
  ArticleResult r;
  r.document.id = "a1";
  r.entities = {{"person/vladimir-putin", EntityType::person, "Vladimir Putin", "", "", {}, {}, "", true},
                {"person/ahmed-al-sharaa", EntityType::person, "Ahmed al-Sharaa", "", "", {}, {}, "", true},
                {"person/x", EntityType::person, "X Y", "", "", {}, {}, "", false}};
  Event m;
  m.type = "meeting";
  m.source = "person/vladimir-putin";
  m.target = "person/ahmed-al-sharaa";
  m.date = Date{2025, 10, 16};
  m.precision = DatePrecision::day;
  m.evidence = {"a1", "s", 0, 1};
  r.events = {m};
  return r;
}

TEST(Report, Figures) {
  Evaluator ev(kGoldDir);
  ASSERT_TRUE(ev.add(a1()).ok());
  ArticleResult other;
  other.document.id = "b2";
  ASSERT_TRUE(ev.add(other).ok());
  const std::string zero = R"({"tp":0,"pred":0,"gold":0,"precision":0.0,"recall":0.0,"f1":0.0})";
  const std::string one = R"({"tp":1,"pred":1,"gold":1,"precision":1.0,"recall":1.0,"f1":1.0})";
  const std::string persons = R"({"tp":2,"pred":3,"gold":2,"precision":0.6666666666666666,"recall":1.0,"f1":0.8})";
  EXPECT_EQ(report_json(ev, false),
            R"({"articles":1,"skipped":["b2"],"entities":{"all":)" + persons + R"(,"person":)" + persons +
                R"(,"state":)" + zero + R"(,"organization":)" + zero + R"(,"military_base":)" + zero +
                R"(,"location":)" + zero + R"(,"media":)" + zero + R"(},"events":{"meeting":)" + one +
                R"(,"visit":)" + zero + R"(,"call":)" + zero + R"(,"statement":)" + zero +
                R"(},"meeting_visit":)" + one + R"(,"dates":{"right":0,"total":1,"share":0.0}})");
}

TEST(Report, PerArticleListsWhatWasMissedAndInvented) {
  Evaluator ev(kGoldDir);
  ASSERT_TRUE(ev.add(a1()).ok());
  const std::string j = report_json(ev, true);
  const std::string per = j.substr(j.find(R"("per_article":[{"id":"a1",)"));
  EXPECT_NE(per.find(R"j("dates":{"right":0,"total":1,"share":0.0},"missed":{},"invented":{"entities":["person X Y (person/x)"]}}]})j"),
            std::string::npos)
      << per;
  Evaluator empty(kGoldDir);
  EXPECT_NE(report_json(empty, true).find(R"("dates":{"right":0,"total":0,"share":null},"per_article":[]})"),
            std::string::npos);
}

}  // namespace
}  // namespace actorgraph::eval
