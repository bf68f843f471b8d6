#include "actorgraph/graph/actor_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

#include "test_articles.h"

namespace actorgraph::graph {
namespace {

using namespace actorgraph::testing;

constexpr Date kOct15{2025, 10, 15};
constexpr Date kNov20{2025, 11, 20};

const EdgeProps& only_edge(const ActorGraph& g) {
  EXPECT_EQ(g.num_edges(), 1u);
  return g.edge(g.edge_at(0));
}

TEST(ActorGraph, MergesNodesAcrossArticles) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  EntityRecord p1 = putin();
  p1.name_en.clear();
  p1.roles.push_back(Role{"President", "رئيس", "state/RU", Date{2012, 5, 7}, std::nullopt, false, ""});
  a.entities = {p1, russia()};
  ArticleResult b = article("b1", kNov20);
  EntityRecord p2 = putin();
  p2.aliases = {"الرئيس الروسي", "بوتين"};
  p2.roles.push_back(Role{"President", "", "state/RU", std::nullopt, std::nullopt, false, ""});
  p2.country = "state/RU";
  b.entities = {p2};
  g.add(a);
  g.add(b);

  ASSERT_EQ(g.num_nodes(), 2u);
  auto v = g.find_node("person/vladimir-putin");
  ASSERT_TRUE(v);
  const NodeProps& n = g.node(*v);
  EXPECT_EQ(n.name_en, "Vladimir Putin");  // filled from the second article
  EXPECT_EQ(n.country, "state/RU");
  EXPECT_EQ(n.aliases, (std::vector<std::string>{"بوتين", "الرئيس الروسي"}));
  ASSERT_EQ(n.roles.size(), 1u);
  EXPECT_EQ(n.roles[0].from, (Date{2012, 5, 7}));
  EXPECT_EQ(n.roles[0].title_ar, "رئيس");
  ASSERT_EQ(g.documents().size(), 2u);
  EXPECT_TRUE(g.documents()[0].text.empty());
  EXPECT_FALSE(g.find_node("state/XX"));
}

TEST(ActorGraph, SameEventFromTwoArticlesIsOneEdgeWithTwoEvidenceItems) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, DatePrecision::day, "a1", 10, 40)};
  a.events[0].place = "place/moscow";
  ArticleResult b = article("b1", kNov20);
  b.entities = {putin(), sharaa()};
  // reported the other way round: a meeting is symmetric
  b.events = {event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", kOct15, DatePrecision::day, "b1", 5, 30)};
  b.events[0].attributes["host"] = "person/vladimir-putin";
  g.add(a);
  g.add(b);

  const EdgeProps& e = only_edge(g);
  EXPECT_EQ(e.id, "e1");
  ASSERT_EQ(e.evidence.size(), 2u);
  EXPECT_EQ(e.evidence[0].document, "a1");
  EXPECT_EQ(e.evidence[1].document, "b1");
  EXPECT_EQ(e.evidence[1].start, 5u);
  EXPECT_EQ(e.sources, (std::set<std::string>{"a1", "b1"}));
  EXPECT_EQ(e.attributes.at("host"), "person/vladimir-putin");
  EXPECT_EQ(e.place, "place/moscow");
  EXPECT_TRUE(g.find_node("place/moscow"));  // a place only named in an event still gets a node
}

TEST(ActorGraph, SameArticleAddedTwiceDoesNotDuplicateEvidence) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, DatePrecision::day, "a1", 10, 40)};
  g.add(a);
  g.add(a);
  EXPECT_EQ(only_edge(g).evidence.size(), 1u);
  EXPECT_EQ(g.documents().size(), 1u);
}

struct DateCase {
  const char* name;
  std::optional<Date> d1;
  DatePrecision p1;
  std::optional<Date> d2;
  DatePrecision p2;
  bool same_article;
  size_t edges;
  std::optional<Date> kept;
  DatePrecision kept_precision;
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const DateCase& c, std::ostream* os) { *os << c.name; }

class DateMerge : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateMerge, MergesOnlyCompatibleDates) {
  const DateCase& c = GetParam();
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), sharaa()};
  a.events.push_back(event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", c.d1, c.p1, "a1", 0, 10));
  if (c.same_article) {
    a.events.push_back(event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", c.d2, c.p2, "a1", 20, 30));
    g.add(a);
  } else {
    ArticleResult b = article("b1", kNov20);
    b.events.push_back(event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", c.d2, c.p2, "b1", 20, 30));
    g.add(a);
    g.add(b);
  }
  ASSERT_EQ(g.num_edges(), c.edges) << c.name;
  if (c.edges == 1) {
    const EdgeProps& e = g.edge(g.edge_at(0));
    EXPECT_EQ(e.date, c.kept) << c.name;
    EXPECT_EQ(e.precision, c.kept_precision) << c.name;
    EXPECT_EQ(e.evidence.size(), 2u) << c.name;
  }
}

using P = DatePrecision;
INSTANTIATE_TEST_SUITE_P(
    Table, DateMerge,
    ::testing::Values(
        DateCase{"different days", kOct15, P::day, Date{2025, 10, 16}, P::day, false, 2, {}, P::day},
        DateCase{"different days, one article", kOct15, P::day, Date{2025, 10, 16}, P::day, true, 2, {}, P::day},
        DateCase{"same day", kOct15, P::day, kOct15, P::day, false, 1, kOct15, P::day},
        DateCase{"approx within 7 days", Date{2025, 10, 20}, P::approx, kOct15, P::day, false, 1, kOct15, P::day},
        DateCase{"day inside approx window", Date{2025, 10, 12}, P::approx, kOct15, P::day, false, 1, kOct15, P::day},
        DateCase{"approx 8 days off", Date{2025, 10, 23}, P::approx, kOct15, P::day, false, 2, {}, P::day},
        DateCase{"approx across new year", Date{2025, 1, 2}, P::approx, Date{2024, 12, 28}, P::day, false, 1,
                 Date{2024, 12, 28}, P::day},
        DateCase{"month contains day", Date{2025, 10, 1}, P::month, kOct15, P::day, false, 1, kOct15, P::day},
        DateCase{"same pair two months apart", kOct15, P::day, Date{2025, 12, 15}, P::day, false, 2, {}, P::day},
        DateCase{"other month", Date{2025, 9, 1}, P::month, kOct15, P::day, false, 2, {}, P::day},
        DateCase{"year contains month", Date{2025, 1, 1}, P::year, Date{2025, 10, 1}, P::month, false, 1,
                 Date{2025, 10, 1}, P::month},
        DateCase{"document then day, one article", kNov20, P::document, kOct15, P::day, true, 1, kOct15, P::day},
        DateCase{"day then document, one article", kOct15, P::day, kNov20, P::document, true, 1, kOct15, P::day},
        DateCase{"document vs day across articles", kNov20, P::document, kOct15, P::day, false, 2, {}, P::day},
        DateCase{"document vs same day across articles", kNov20, P::document, kNov20, P::day, false, 1, kNov20, P::day},
        DateCase{"document vs approx window across articles", kNov20, P::document, Date{2025, 11, 18}, P::approx,
                 false, 2, {}, P::day},
        DateCase{"undated, one article", std::nullopt, P::document, std::nullopt, P::document, true, 1,
                 std::nullopt, P::document},
        DateCase{"undated across articles", std::nullopt, P::document, std::nullopt, P::document, false, 2, {},
                 P::day}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& ch : n)
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(ActorGraph, VisitIsDirectedMeetingIsNot) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {russia(), syria()};
  a.events = {event("visit", "state/SY", "state/RU", kOct15, P::day, "a1", 0, 5),
              event("visit", "state/RU", "state/SY", kOct15, P::day, "a1", 6, 9),
              event("call", "state/RU", "state/SY", kOct15, P::day, "a1", 10, 15),
              event("call", "state/SY", "state/RU", kOct15, P::day, "a1", 16, 20)};
  g.add(a);
  EXPECT_EQ(g.num_edges(), 3u);
}

TEST(ActorGraph, RelationsMergeOnTypeEndsAndTitle) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), russia()};
  Event president = event("holds_role", "person/vladimir-putin", "state/RU", kNov20, P::document, "a1", 0, 5);
  president.attributes["title"] = "President";
  Event other = president;
  other.attributes["title"] = "Prime Minister";
  other.evidence.start = 6;
  a.events = {president, other};
  ArticleResult b = article("b1", Date{2024, 1, 3});
  Event again = president;
  again.date = Date{2024, 1, 3};  // relations ignore dates
  again.evidence.document = "b1";
  b.events = {again};
  g.add(a);
  g.add(b);
  ASSERT_EQ(g.num_edges(), 2u);
  const EdgeProps& e = g.edge(g.edge_at(0));
  EXPECT_EQ(e.attributes.at("title"), "President");
  EXPECT_EQ(e.evidence.size(), 2u);
  EXPECT_EQ(e.sources.size(), 2u);
  EXPECT_EQ(g.edge(g.edge_at(1)).id, "e2");
}

TEST(ActorGraph, StatementsMergeOnlyOnSameQuoteAndDate) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin()};
  Event s1 = event("statement", "person/vladimir-putin", "", kNov20, P::document, "a1", 0, 5);
  s1.attributes["quote"] = "لا تغيير";
  Event s2 = s1;  // another quote
  s2.attributes["quote"] = "تعاون";
  s2.evidence.start = 10;
  a.events = {s1, s2};
  ArticleResult b = article("b1", kNov20);
  Event s3 = s1;  // the first quote, reported again
  s3.evidence.document = "b1";
  Event s4 = s1;  // the first quote on another day
  s4.date = kOct15;
  s4.evidence.document = "b1";
  s4.evidence.start = 30;
  b.events = {s3, s4};
  g.add(a);
  g.add(b);
  ASSERT_EQ(g.num_edges(), 3u);
  Edge first = g.edge_at(0);
  EXPECT_EQ(boost::source(first, g.graph()), boost::target(first, g.graph()));  // no target: a loop
  EXPECT_EQ(g.edge(first).evidence.size(), 2u);
}

TEST(ActorGraph, InsertedEdgesKeepIdsUniqueAndMergeLaterArticles) {
  ActorGraph g;
  NodeProps a;
  a.id = "person/ahmed-al-sharaa";
  NodeProps b;
  b.id = "person/vladimir-putin";
  Vertex va = g.insert_node(a), vb = g.insert_node(b);
  EdgeProps p;
  p.id = "e7";
  p.type = "meeting";
  p.date = kOct15;
  p.precision = P::day;
  p.evidence.push_back(Evidence{"old", "s", 0, 1});
  p.sources = {"old"};
  g.insert_edge(va, vb, p);
  ArticleResult r = article("new", kNov20);
  r.events = {event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", kOct15, P::day, "new", 0, 3),
              event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", kNov20, P::day, "new", 4, 8)};
  g.add(r);
  ASSERT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(g.edge(g.edge_at(0)).evidence.size(), 2u);
  EXPECT_EQ(g.edge(g.edge_at(1)).id, "e8");
}

TEST(ActorGraph, ACopyKeepsMergingIntoItsOwnEdges) {
  ActorGraph original;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  original.add(a);
  ActorGraph copy = original;
  ArticleResult b = article("b1", kNov20);
  b.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, P::day, "b1", 0, 9)};
  copy.add(b);
  EXPECT_EQ(copy.edge(copy.edge_at(0)).evidence.size(), 2u);
  EXPECT_EQ(original.edge(original.edge_at(0)).evidence.size(), 1u);
}

// Moving is O(1) (the adjacency list is swapped, not copied); the moved-to graph owns the edges.
TEST(ActorGraph, AMovedGraphKeepsMergingIntoItsOwnEdges) {
  ActorGraph original;
  ArticleResult a = article("a1", kNov20);
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  original.add(a);
  ActorGraph moved = std::move(original);
  ArticleResult b = article("b1", kNov20);
  b.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, P::day, "b1", 0, 9)};
  moved.add(b);
  EXPECT_EQ(moved.num_nodes(), 2u);
  EXPECT_EQ(only_edge(moved).evidence.size(), 2u);
  ActorGraph assigned;
  assigned.add(article("c1", kNov20));
  assigned = std::move(moved);
  EXPECT_EQ(assigned.num_nodes(), 2u);
  EXPECT_EQ(assigned.documents().size(), 2u);
  EXPECT_EQ(only_edge(assigned).evidence.size(), 2u);
  EXPECT_EQ(assigned.node(*assigned.find_node("person/vladimir-putin")).label, "Vladimir Putin");
}

// ---- resolution of persons across articles -------------------------------------------------------

EntityRecord text_person(std::string id, std::string ar, std::string country = "", std::string label = "") {
  EntityRecord e = entity(std::move(id), EntityType::person, label.empty() ? "x" : label, std::move(ar));
  e.name_en.clear();
  e.country = std::move(country);
  e.in_gazetteer = false;
  return e;
}

EntityRecord gazetteer_person(EntityRecord e) {
  e.in_gazetteer = true;
  return e;
}

struct PersonCase {
  const char* name;
  EntityRecord first, second;
  bool merged;
};
void PrintTo(const PersonCase& c, std::ostream* os) { *os << c.name; }

class PersonMerge : public ::testing::TestWithParam<PersonCase> {};

// Each article reports a meeting of its person with Putin on the same day, from another outlet:
// merged persons make one edge, persons kept apart two.
TEST_P(PersonMerge, MergesSpellingVariantsOnly) {
  const PersonCase& c = GetParam();
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.document.url = "https://www.aljazeera.net/news/1";
  a.entities = {c.first, gazetteer_person(putin())};
  a.events = {event("meeting", c.first.id, "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  ArticleResult b = article("b1", kNov20);
  b.document.url = "https://arabic.rt.com/world/2";
  b.entities = {c.second, gazetteer_person(putin())};
  b.events = {event("meeting", c.second.id, "person/vladimir-putin", kOct15, P::day, "b1", 0, 9)};
  b.events[0].attributes["host"] = c.second.id;
  g.add(a);
  g.add(b);

  auto first = g.find_node(c.first.id);
  ASSERT_TRUE(first);
  const std::optional<Vertex> second = g.find_node(c.second.id);
  ASSERT_TRUE(second);
  if (c.merged) {
    EXPECT_EQ(g.num_nodes(), 2u) << c.name;
    EXPECT_EQ(*second, *first) << c.name;
    const NodeProps& n = g.node(*first);
    EXPECT_EQ(n.id, c.first.id);
    if (c.second.id != c.first.id) {
      EXPECT_EQ(n.merged_ids, std::vector<std::string>{c.second.id});
    }
    if (!c.second.name_ar.empty() && c.second.name_ar != c.first.name_ar) {
      EXPECT_NE(std::find(n.aliases.begin(), n.aliases.end(), c.second.name_ar), n.aliases.end())
          << "the other spelling is an alias";
    }
    const EdgeProps& e = only_edge(g);
    EXPECT_EQ(e.evidence.size(), 2u);
    EXPECT_EQ(e.sources, (std::set<std::string>{"aljazeera.net", "arabic.rt.com"}));
    EXPECT_EQ(e.attributes.at("host"), c.first.id) << "attribute ids follow the merged node";
  } else {
    EXPECT_EQ(g.num_nodes(), 3u) << c.name;
    if (c.second.id != c.first.id) {  // else the id names the first node
      EXPECT_NE(*second, *first) << c.name;
    }
    ASSERT_EQ(g.num_edges(), 2u);
    // each meeting stays on its own person
    EXPECT_EQ(boost::source(g.edge_at(0), g.graph()), *first);
    const Vertex second_node = boost::source(g.edge_at(1), g.graph());
    EXPECT_NE(second_node, *first);
    EXPECT_EQ(g.edge(g.edge_at(1)).attributes.at("host"), g.node(second_node).id);
  }
}

Role role(const char* title, const char* of) { return Role{title, "", of, std::nullopt, std::nullopt, false, ""}; }

EntityRecord with_role(EntityRecord e, Role r) {
  e.roles.push_back(std::move(r));
  return e;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PersonMerge,
    ::testing::Values(
        PersonCase{"article dropped", text_person("person/mstfa-al-frhat", "مصطفى الفرحات", "state/SY"),
                   text_person("person/mstfa-frhat", "مصطفى فرحات", "state/SY"), true},
        PersonCase{"ya and waw letters, one country unknown",
                   text_person("person/yuns-bk-yfkirwf", "يونس بك يفكيروف", "state/RU"),
                   text_person("person/yuns-bk-yifkwrwf", "يونس بك ييفكوروف"), true},
        PersonCase{"country from a role", with_role(text_person("person/smyr-hdad", "سمير حداد"), role("Governor", "state/LB")),
                   text_person("person/smyr-al-hdad", "سمير الحداد", "state/LB"), true},
        PersonCase{"english spelling meets the transliterated label",
                   text_person("person/mstfa-al-frhat", "مصطفى الفرحات", "state/SY", "Mstfa al-Frhat"),
                   [] {
                     EntityRecord e = text_person("person/mustafa-farhat", "", "state/SY", "Mustafa Farhat");
                     e.name_en = "Mustafa Farhat";
                     return e;
                   }(),
                   true},
        PersonCase{"same id from the same spelling", text_person("person/mstfa-frhat", "مصطفى فرحات", "state/SY"),
                   text_person("person/mstfa-frhat", "مصطفى فرحات"), true},
        PersonCase{"shared surname, other given name", text_person("person/mstfa-al-frhat", "مصطفى الفرحات", "state/SY"),
                   text_person("person/mhmd-al-frhat", "محمد الفرحات", "state/SY"), false},
        PersonCase{"different middle names", text_person("person/mstfa-mhmd-frhat", "مصطفى محمد الفرحات"),
                   text_person("person/mstfa-ali-frhat", "مصطفى علي الفرحات"), false},
        PersonCase{"different countries", text_person("person/mstfa-al-frhat", "مصطفى الفرحات", "state/SY"),
                   text_person("person/mstfa-frhat", "مصطفى فرحات", "state/IQ"), false},
        PersonCase{"same id, different countries", text_person("person/mstfa-frhat", "مصطفى فرحات", "state/SY"),
                   text_person("person/mstfa-frhat", "مصطفى فرحات", "state/IQ"), false},
        PersonCase{"same title for different states",
                   with_role(text_person("person/smyr-hdad", "سمير حداد"), role("Minister of Defence", "state/LB")),
                   with_role(text_person("person/smyr-al-hdad", "سمير الحداد"), role("Minister of Defence", "state/JO")),
                   false},
        PersonCase{"single word", text_person("person/frhat", "فرحات", "state/SY"),
                   text_person("person/al-frhat", "الفرحات", "state/SY"), false}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& ch : n)
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(ActorGraph, NamesakeWithTheSameIdGetsASuffixedIdAndItsOwnEvents) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {text_person("person/mstfa-frhat", "مصطفى فرحات", "state/SY"), gazetteer_person(putin())};
  a.events = {event("meeting", "person/mstfa-frhat", "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  ArticleResult b = article("b1", kNov20);
  b.entities = {text_person("person/mstfa-frhat", "مصطفى فرحات", "state/IQ"), gazetteer_person(putin())};
  b.events = {event("meeting", "person/mstfa-frhat", "person/vladimir-putin", kOct15, P::day, "b1", 0, 9)};
  ArticleResult c = article("c1", kNov20);  // the Iraqi one again
  c.entities = {text_person("person/mstfa-frhat", "مصطفى فرحات", "state/IQ")};
  c.events = {event("meeting", "person/mstfa-frhat", "person/vladimir-putin", kOct15, P::day, "c1", 0, 9)};
  g.add(a);
  g.add(b);
  g.add(c);
  auto iraqi = g.find_node("person/mstfa-frhat-2");
  ASSERT_TRUE(iraqi);
  EXPECT_EQ(g.node(*iraqi).country, "state/IQ");
  ASSERT_EQ(g.num_edges(), 2u);
  EXPECT_EQ(boost::source(g.edge_at(1), g.graph()), *iraqi);
  EXPECT_EQ(g.edge(g.edge_at(1)).evidence.size(), 2u);  // b1 and c1
  EXPECT_EQ(g.edge(g.edge_at(0)).evidence.size(), 1u);
}

TEST(ActorGraph, ATextPersonJoinsAGazetteerPersonOnlyOnTheExactName) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {gazetteer_person(putin())};
  ArticleResult b = article("b1", kNov20);
  // «فلاديمير بوتن» has Putin's skeleton but not his name: a namesake or a typo, kept apart
  b.entities = {text_person("person/fladimir-bwtyn", "فلاديمير بوتين", "state/RU"),
                text_person("person/fladimir-bwtn", "فلاديمير بوتن", "state/RU")};
  g.add(a);
  g.add(b);
  auto putin_node = g.find_node("person/vladimir-putin");
  ASSERT_TRUE(putin_node);
  EXPECT_EQ(g.find_node("person/fladimir-bwtyn"), putin_node);
  EXPECT_EQ(g.node(*putin_node).id, "person/vladimir-putin");
  EXPECT_EQ(g.node(*putin_node).merged_ids, std::vector<std::string>{"person/fladimir-bwtyn"});
  EXPECT_TRUE(g.node(*putin_node).in_gazetteer);
  auto variant = g.find_node("person/fladimir-bwtn");
  ASSERT_TRUE(variant);
  EXPECT_NE(*variant, *putin_node);
  EXPECT_EQ(g.num_nodes(), 2u);
}

// Nodes read back from graph.json (insert_node) are matched by name when the next article is added.
TEST(ActorGraph, InsertedPersonsAreFoundByNameByLaterArticles) {
  ActorGraph g;
  NodeProps text;
  text.id = "person/mstfa-frhat";
  text.label = "mstfa frhat";
  text.name_ar = "مصطفى الفرحات";
  text.country = "state/SY";
  text.in_gazetteer = false;
  const Vertex inserted_text = g.insert_node(text);
  NodeProps base;
  base.id = "person/vladimir-putin";
  base.label = base.name_en = "Vladimir Putin";
  base.name_ar = "فلاديمير بوتين";
  const Vertex inserted_base = g.insert_node(base);
  ArticleResult r = article("a1", kNov20);
  r.entities = {text_person("person/mstfa-frhat-2", "مصطفى فرحات", "state/SY"),
                text_person("person/fladimir-bwtyn", "فلاديمير بوتين", "state/RU")};
  g.add(r);
  EXPECT_EQ(g.num_nodes(), 2u);
  EXPECT_EQ(g.find_node("person/mstfa-frhat-2"), inserted_text);
  EXPECT_EQ(g.find_node("person/fladimir-bwtyn"), inserted_base);
}

TEST(ActorGraph, AGazetteerPersonArrivingLaterTakesOverTheTextNode) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.entities = {text_person("person/ahmd-al-shr", "أحمد الشرع", "state/SY"), gazetteer_person(putin())};
  a.events = {event("meeting", "person/ahmd-al-shr", "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  a.events[0].attributes["host"] = "person/ahmd-al-shr";
  ArticleResult b = article("b1", kNov20);
  b.entities = {gazetteer_person(sharaa()), gazetteer_person(putin())};
  b.events = {event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", kOct15, P::day, "b1", 0, 9)};
  g.add(a);
  g.add(b);
  EXPECT_EQ(g.num_nodes(), 2u);
  auto v = g.find_node("person/ahmed-al-sharaa");
  ASSERT_TRUE(v);
  EXPECT_EQ(g.find_node("person/ahmd-al-shr"), v);
  const NodeProps& n = g.node(*v);
  EXPECT_EQ(n.id, "person/ahmed-al-sharaa");
  EXPECT_EQ(n.label, "Ahmed al-Sharaa");
  EXPECT_EQ(n.merged_ids, std::vector<std::string>{"person/ahmd-al-shr"});
  const EdgeProps& e = only_edge(g);
  EXPECT_EQ(e.evidence.size(), 2u);
  EXPECT_EQ(e.attributes.at("host"), "person/ahmed-al-sharaa");
}

TEST(ActorGraph, TwoGazetteerPersonsNeverMerge) {
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  EntityRecord elder = gazetteer_person(entity("person/hafez-al-assad", EntityType::person, "Hafez al-Assad", "حافظ الأسد"));
  EntityRecord younger = gazetteer_person(entity("person/hafez-bashar-al-assad", EntityType::person, "Hafez Bashar al-Assad", "حافظ الأسد"));
  a.entities = {elder, younger};
  g.add(a);
  EXPECT_EQ(g.num_nodes(), 2u);
}

// ---- sources count outlets ----------------------------------------------------------------------

struct SourceCase {
  const char* name;
  const char* url1;
  const char* url2;
  size_t sources;
};
void PrintTo(const SourceCase& c, std::ostream* os) { *os << c.name; }

class Sources : public ::testing::TestWithParam<SourceCase> {};

TEST_P(Sources, CountDistinctOutlets) {
  const SourceCase& c = GetParam();
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.document.url = c.url1;
  a.entities = {putin(), sharaa()};
  a.events = {event("meeting", "person/ahmed-al-sharaa", "person/vladimir-putin", kOct15, P::day, "a1", 0, 9)};
  ArticleResult b = article("b1", kNov20);
  b.document.url = c.url2;
  b.events = {event("meeting", "person/vladimir-putin", "person/ahmed-al-sharaa", kOct15, P::day, "b1", 3, 12)};
  g.add(a);
  g.add(b);
  const EdgeProps& e = only_edge(g);
  EXPECT_EQ(e.evidence.size(), 2u) << c.name;
  EXPECT_EQ(e.sources.size(), c.sources) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Sources,
    ::testing::Values(SourceCase{"two outlets", "https://www.aljazeera.net/news/1", "https://arabic.rt.com/a/2", 2},
                      SourceCase{"one outlet twice", "https://www.aljazeera.net/news/1", "http://AlJazeera.net/news/2?x=1", 1},
                      SourceCase{"two files without url", "", "", 2},
                      SourceCase{"url and file", "https://sana.sy/?p=1", "", 2}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& ch : n)
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(ActorGraph, OutletIsTheUrlHostWithoutWww) {
  struct Case {
    const char* url;
    const char* id;
    const char* outlet;
  };
  for (const Case& c : {Case{"https://www.aljazeera.net/news/2025/10/15/x", "d", "aljazeera.net"},
                        Case{"http://user@WWW.Reuters.com:443/world?a=b#c", "d", "reuters.com"},
                        Case{"arabic.rt.com/middle_east/1", "d", "arabic.rt.com"},
                        Case{"https://sana.sy?p=12", "d", "sana.sy"},
                        Case{"", "000_seed", "000_seed"},
                        Case{"https:///path", "doc", "doc"}}) {
    Document d;
    d.id = c.id;
    d.url = c.url;
    EXPECT_EQ(ActorGraph::outlet_from(d), c.outlet) << c.url;
  }
  ActorGraph g;
  ArticleResult a = article("a1", kNov20);
  a.document.url = "https://www.aljazeera.net/x";
  g.add(a);
  EXPECT_EQ(g.outlet_of("a1"), "aljazeera.net");
  EXPECT_EQ(g.outlet_of("unknown"), "unknown");
}

}  // namespace
}  // namespace actorgraph::graph
