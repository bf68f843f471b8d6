// Gold files (gold.h): reading, every malformed shape reported with the file's name, and the lookup
// of one article's gold file in a gold directory.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actorgraph/eval/gold.h"

namespace actorgraph::eval {
namespace {

const std::string kGoldDir = std::string(ACTORGRAPH_EVAL_FIXTURES) + "/gold_dir";

TEST(Gold, ReadsEveryField) {
  auto g = parse_gold(R"({"version": 1, "articles": [{"id": "t", "lang": "ar", "date": "2025-11-20",
    "entities": [{"en": "Murhaf Abu Qasra", "type": "person", "ar": ["مرهف أبو قصرة", 3], "surface": ["Abu Qasra"]},
                 {"en": "Golan Heights", "type": "location", "optional": true}],
    "events": [{"type": "visit", "a": "Murhaf Abu Qasra", "b": "Moscow", "alt_b": ["Russia"], "date": "2025-10-30",
                "precision": "approx", "place": "Moscow", "via": "RIA", "note": "ignored"},
               {"type": "statement", "a": "Murhaf Abu Qasra", "b": null, "optional": true}]}]})",
                      "g.json");
  ASSERT_TRUE(g.ok()) << g.error().message();
  ASSERT_EQ(g->size(), 1u);
  const GoldArticle& a = g->front();
  EXPECT_EQ(a.id, "t");
  EXPECT_EQ(a.lang, "ar");
  EXPECT_EQ(a.date->iso(), "2025-11-20");
  ASSERT_EQ(a.entities.size(), 2u);
  EXPECT_EQ(a.entities[0].ar, std::vector<std::string>{"مرهف أبو قصرة"});  // non-strings skipped
  EXPECT_EQ(a.entities[0].surface, std::vector<std::string>{"Abu Qasra"});
  EXPECT_FALSE(a.entities[0].optional);
  EXPECT_TRUE(a.entities[1].optional);
  ASSERT_EQ(a.events.size(), 2u);
  const GoldEvent& v = a.events[0];
  EXPECT_EQ(v.type, "visit");
  EXPECT_EQ(v.b, "Moscow");
  EXPECT_EQ(v.alt_b, std::vector<std::string>{"Russia"});
  EXPECT_EQ(v.date->iso(), "2025-10-30");
  EXPECT_EQ(v.precision, "approx");
  EXPECT_EQ(v.place, "Moscow");
  EXPECT_EQ(v.via, "RIA");
  EXPECT_EQ(a.events[1].b, "");
  EXPECT_FALSE(a.events[1].date.has_value());
  EXPECT_TRUE(a.events[1].optional);
}

struct BadCase {
  const char* json;
  const char* message;
};

TEST(Gold, MalformedFilesAreReportedWithTheirName) {
  const std::string tail = " (expected a gold file of the shape of seed-gold.json)";
  const BadCase cases[] = {
      {"{\"version\": 1, \"articles\": [", "g.json: malformed JSON: Invalid value. at byte 28"},
      {"[]", "g.json: the top level is not an object"},
      {R"({"version": 2, "articles": []})", "g.json: missing or unknown \"version\""},
      {R"({"version": 1})", "g.json: no \"articles\" array"},
      {R"({"version": 1, "articles": [1]})", "g.json: an article is not an object"},
      {R"({"version": 1, "articles": [{"entities": [], "events": []}]})", "g.json: an article has no \"id\""},
      {R"({"version": 1, "articles": [{"id": "x", "date": "2025-02-30", "entities": [], "events": []}]})",
       "g.json: article x: bad date \"2025-02-30\""},
      {R"({"version": 1, "articles": [{"id": "x", "entities": []}]})",
       "g.json: article x: no \"entities\" or \"events\" array"},
      {R"({"version": 1, "articles": [{"id": "x", "entities": [{"en": "A"}], "events": []}]})",
       "g.json: article x: an entity lacks \"en\" or \"type\""},
      {R"({"version": 1, "articles": [{"id": "x", "entities": [], "events": [{"type": "meeting"}]}]})",
       "g.json: article x: an event lacks \"type\" or \"a\""},
      {R"({"version": 1, "articles": [{"id": "x", "entities": [], "events": [{"type": "call", "a": "A", "date": "soon"}]}]})",
       "g.json: article x: bad event date \"soon\""},
  };
  for (const auto& c : cases) {
    auto g = parse_gold(c.json, "g.json");
    ASSERT_FALSE(g.ok()) << c.json;
    EXPECT_EQ(g.error().message(), c.message + tail);
  }
  auto d = load_gold_file("no/such/gold.json");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().message(), "no/such/gold.json: cannot open the gold file");
}

TEST(Gold, OneArticlesGoldFileInAGoldDirectory) {
  auto a = load_gold_for(kGoldDir, "a1");
  ASSERT_TRUE(a.ok()) << a.error().message();
  ASSERT_TRUE(a->has_value());
  EXPECT_EQ((*a)->id, "a1");
  EXPECT_EQ((*a)->entities.size(), 2u);

  for (const char* id : {"missing", "", ".", "..", "../gold_dir/a1"}) {
    auto m = load_gold_for(kGoldDir, id);
    ASSERT_TRUE(m.ok()) << id << ": " << m.error().message();
    EXPECT_FALSE(m->has_value()) << id;  // no gold file: the caller skips the article
  }

  auto w = load_gold_for(kGoldDir, "wrong_id");
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().message(),
            kGoldDir + "/wrong_id.json: no article \"wrong_id\" in the gold file (expected the gold article of the file's name)");
  auto b = load_gold_for(kGoldDir, "broken");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.error().message(), kGoldDir +
                                     "/broken.json: malformed JSON: Missing a colon after a name of object member. at "
                                     "byte 26 (expected a gold file of the shape of seed-gold.json)");
}

}  // namespace
}  // namespace actorgraph::eval
