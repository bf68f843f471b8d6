// Unknown actors (unknown_actors.h): aggregation over articles, the example sentence (an event's
// evidence, else the sentence around a mention), the actor-base output, and that the output loads
// back into the gazetteer as new actors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/eval/unknown_actors.h"
#include "actorgraph/extract/gazetteer.h"

namespace actorgraph::eval {
namespace {

EntityRecord person(std::string id, std::string label, std::string ar, bool known = false, std::string country = "") {
  EntityRecord e;
  e.id = std::move(id);
  e.type = EntityType::person;
  e.label = std::move(label);
  e.name_ar = std::move(ar);
  e.country = std::move(country);
  e.in_gazetteer = known;
  return e;
}

Mention mention(uint32_t start, uint32_t end, std::string text, std::string entity) {
  return {start, end, std::move(text), EntityType::person, std::move(entity)};
}

// Article 1: the unknown analyst is in no event: the example is the sentence of the first mention.
ArticleResult article1() {
  ArticleResult r;
  r.document.id = "d1";
  //                   0         1         2         3
  //                   0123456789012345678901234567890123456789
  r.document.text = "First sentence here. Then Ali Nasser spoke at length!\nNext line.";
  EntityRecord ali = person("person/ali-nasser", "Ali Nasser", "علي ناصر");
  ali.aliases = {"علي ناصر", "ناصر"};
  ali.roles = {Role{"Political analyst", "المحلل السياسي", "", std::nullopt, std::nullopt, false, ""}};
  r.entities = {ali, person("person/vladimir-putin", "Vladimir Putin", "فلاديمير بوتين", true),
                {"loc/nowhere", EntityType::location, "Nowhere", "", "", {}, {}, "", false}};
  r.mentions = {mention(26, 36, "Ali Nasser", "person/ali-nasser"), mention(0, 5, "First", "person/vladimir-putin"),
                mention(54, 58, "Next", "person/ali-nasser")};
  return r;
}

// Article 2: the analyst again (a new role, a country) and an unknown deputy minister in a meeting:
// its example is the meeting's evidence sentence.
ArticleResult article2() {
  ArticleResult r;
  r.document.id = "d2";
  r.document.text = "Ali Nasser said so. The deputy\tminister met\nthe envoy.";
  EntityRecord ali = person("person/ali-nasser", "Ali Nasser", "علي ناصر", false, "state/SY");
  ali.aliases = {"ناصر", "Nasser|Ali"};
  ali.roles = {Role{"Political analyst", "المحلل السياسي", "", std::nullopt, std::nullopt, false, ""},
               Role{"Researcher", "", "", std::nullopt, std::nullopt, true, ""}};
  EntityRecord dep = person("person/yusuf-karim", "Yusuf Karim", "يوسف كريم", false, "state/RU");
  dep.roles = {Role{"Deputy Minister of Defence", "نائب وزير الدفاع الروسي", "org/ru-ministry-of-defence",
                    std::nullopt, std::nullopt, false, ""}};
  r.entities = {ali, dep};
  r.mentions = {mention(0, 10, "Ali Nasser", "person/ali-nasser"), mention(24, 30, "deputy", "person/yusuf-karim")};
  Event meeting;
  meeting.type = "meeting";
  meeting.source = "person/yusuf-karim";
  meeting.target = "person/vladimir-putin";
  meeting.evidence = {"d2", "The deputy\tminister met\nthe envoy.", 20, 54};
  r.events = {meeting};
  return r;
}

TEST(UnknownActors, CountsArticlesAndMentionsAndKeepsTheFirstExample) {
  UnknownActors u;
  u.add(article1());
  u.add(article2());
  const std::vector<UnknownActor> all = u.actors();
  ASSERT_EQ(all.size(), 2u);  // the known person and the location are not listed
  const UnknownActor& ali = all[0];
  EXPECT_EQ(ali.id, "person/ali-nasser");
  EXPECT_EQ(ali.articles, 2);
  EXPECT_EQ(ali.mentions, 3);
  EXPECT_EQ(ali.country, "state/SY");  // the first country given
  EXPECT_EQ(ali.aliases, (std::vector<std::string>{"ناصر", "Nasser|Ali"}));  // the Arabic name itself is not an alias
  ASSERT_EQ(ali.roles.size(), 2u);
  EXPECT_EQ(ali.roles[1].title, "Researcher");
  EXPECT_EQ(ali.example, "Then Ali Nasser spoke at length!");
  EXPECT_EQ(ali.example_document, "d1");
  const UnknownActor& dep = all[1];
  EXPECT_EQ(dep.id, "person/yusuf-karim");
  EXPECT_EQ(dep.articles, 1);
  EXPECT_EQ(dep.mentions, 1);
  EXPECT_EQ(dep.example, "The deputy minister met the envoy.");  // one line
  EXPECT_EQ(dep.example_document, "d2");

  EXPECT_EQ(u.actors(2).size(), 1u);
  EXPECT_TRUE(u.actors(3).empty());
}

const char* const kHeader =
    "#!actorgraph gazetteer 1\n"
    "# Actors found through their titles but absent from the actor base (actorgraph actors --unknown).\n"
    "# Review every entry before appending it to a --gazetteer file: the id, the English name (a\n"
    "# transliteration), the aliases and the country are proposals. Roles are comments: write them in a\n"
    "# file of KIND roles (data/README.md) with the role key and the dates you are sure of.\n"
    "id\ttype\ten\tar\taliases\tattributes\twikidata\n";

TEST(UnknownActors, ActorBaseFormat) {
  UnknownActors u;
  u.add(article1());
  u.add(article2());
  std::ostringstream out;
  write_actor_base(out, u.actors(), nullptr);
  EXPECT_EQ(out.str(), std::string(kHeader) +
                           "\n# 2 articles, 3 mentions\n"
                           "# role: Political analyst «المحلل السياسي»\n"
                           "# role: Researcher (former)\n"
                           "# country: state/SY\n"
                           "# example (d1): Then Ali Nasser spoke at length!\n"
                           "person/ali-nasser\tperson\tAli Nasser\tعلي ناصر\tناصر|NasserAli\t-\t-\n"
                           "\n# 1 article, 1 mention\n"
                           "# role: Deputy Minister of Defence of org/ru-ministry-of-defence «نائب وزير الدفاع الروسي»\n"
                           "# country: state/RU\n"
                           "# example (d2): The deputy minister met the envoy.\n"
                           "person/yusuf-karim\tperson\tYusuf Karim\tيوسف كريم\t-\t-\t-\n");
  std::ostringstream none;
  write_actor_base(none, {}, nullptr);
  EXPECT_EQ(none.str(), kHeader);
}

class UnknownActorsGazetteer : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(base_.load_dir(std::string(ACTORGRAPH_TEST_DATA_DIR) + "/gazetteer").ok());
    ASSERT_TRUE(base_.finish().ok());
    path_ = std::filesystem::temp_directory_path() / ("unknown_actors_test_" + std::to_string(::getpid()) + ".tsv");
  }
  void TearDown() override { std::filesystem::remove(path_); }
  Gazetteer base_;
  std::filesystem::path path_;
};

// The output is a valid --gazetteer file: loaded after the actor base, the actors are in it, an id
// the base already has gets a suffix, and the country becomes in= only when it is a known state.
TEST_F(UnknownActorsGazetteer, OutputLoadsBackAsNewActors) {
  UnknownActors u;
  u.add(article1());
  u.add(article2());
  ArticleResult clash;
  clash.document.id = "d3";
  clash.entities = {person("person/vladimir-putin", "Vladimir Putin", "فلاديمير بوتين الآخر", false, "state/ZZ")};
  u.add(clash);
  {
    std::ofstream out(path_);
    write_actor_base(out, u.actors(), &base_);
  }
  Gazetteer g;
  ASSERT_TRUE(g.load_dir(std::string(ACTORGRAPH_TEST_DATA_DIR) + "/gazetteer").ok());
  const Status loaded = g.load_file(path_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  const Status finished = g.finish();
  ASSERT_TRUE(finished.ok()) << finished.error().message();

  const Entity* ali = g.find("person/ali-nasser");
  ASSERT_NE(ali, nullptr);
  EXPECT_EQ(ali->type, EntityType::person);
  EXPECT_EQ(ali->name_en, "Ali Nasser");
  EXPECT_EQ(ali->name_ar, "علي ناصر");
  EXPECT_EQ(ali->in, "state/SY");
  const Entity* dep = g.find("person/yusuf-karim");
  ASSERT_NE(dep, nullptr);
  EXPECT_EQ(dep->in, "state/RU");
  const Entity* other = g.find("person/vladimir-putin-2");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->name_ar, "فلاديمير بوتين الآخر");
  EXPECT_EQ(other->in, "");  // state/ZZ is no state
  bool found = false;
  for (const NameRef& r : g.lookup("علي ناصر")) found = found || r.entity == ali;
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace actorgraph::eval
