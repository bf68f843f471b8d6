// Gazetteer: loading the real data/gazetteer files, the name index (names, nisba forms,
// metonyms, synthesised ministries), role-at-date resolution, and load errors with file:line.
#include "actorgraph/extract/gazetteer.h"

#include <gtest/gtest.h>

#include <ostream>

#include <algorithm>
#include <string>

#include "actorgraph/extract/text.h"

namespace actorgraph {
namespace {

const std::string kData = std::string(ACTORGRAPH_TEST_DATA_DIR) + "/gazetteer";
const std::string kBad = std::string(ACTORGRAPH_TESTS_DIR) + "/bad_inputs/data/";

class RealGazetteer : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    g_ = new Gazetteer;
    Status s = g_->load_dir(kData);
    ASSERT_TRUE(s) << s.error().message();
    s = g_->finish();
    ASSERT_TRUE(s) << s.error().message();
  }
  static void TearDownTestSuite() { delete g_; }
  // The first reference of `kind` to entity `id` under the normalised surface form, or nullptr.
  static const NameRef* ref(const std::string& surface, const std::string& id, NameKind kind) {
    for (const NameRef& r : g_->lookup(normalize_key(surface))) {
      if (r.entity->id == id && r.kind == kind) return &r;
    }
    return nullptr;
  }
  static std::string holder_id(const char* role, const char* of, Date d) {
    const Entity* e = g_->holder(role, of, d);
    return e ? e->id : "";
  }
  static Gazetteer* g_;
};
Gazetteer* RealGazetteer::g_ = nullptr;

TEST_F(RealGazetteer, LoadsEveryKindOfEntity) {
  EXPECT_GT(g_->size(), 2000u);  // ~200 states x 16 portfolios of synthesised ministries alone
  for (const char* id : {"state/SY", "state/RU", "state/IL", "state/TR", "state/IR", "state/US", "state/PS",
                         "state/VA", "person/ahmed-al-sharaa", "person/murhaf-abu-qasra",
                         "person/yunus-bek-yevkurov", "person/andrei-belousov", "person/vladimir-putin",
                         "person/bashar-al-assad", "person/benjamin-netanyahu", "org/brics", "org/sco",
                         "media/al-jazeera", "media/reuters", "media/kan", "base/hmeimim", "base/tartus-naval",
                         "loc/damascus", "loc/moscow", "loc/golan-heights"}) {
    EXPECT_NE(g_->find(id), nullptr) << id;
  }
  EXPECT_EQ(g_->find("state/XX"), nullptr);
  const Entity* base = g_->find("base/hmeimim");
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->type, EntityType::military_base);
  EXPECT_EQ(base->in, "state/SY");
  EXPECT_EQ(base->operator_id, "state/RU");
  EXPECT_EQ(g_->find("base/tartus-naval")->operator_id, "state/RU");
}

struct NameCase {
  const char* surface;
  const char* id;
  NameKind kind;
  char form;
};

class RealGazetteerNames : public RealGazetteer, public testing::WithParamInterface<NameCase> {};

TEST_P(RealGazetteerNames, IndexesSurfaceForm) {
  const NameCase& c = GetParam();
  const NameRef* r = ref(c.surface, c.id, c.kind);
  ASSERT_NE(r, nullptr) << c.surface << " -> " << c.id;
  if (c.kind == NameKind::nisba) {
    EXPECT_EQ(r->form, c.form) << c.surface;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Surfaces, RealGazetteerNames,
    testing::Values(
        NameCase{"سوريا", "state/SY", NameKind::name, 'm'}, NameCase{"سورية", "state/SY", NameKind::name, 'm'},
        NameCase{"أميركا", "state/US", NameKind::name, 'm'}, NameCase{"Türkiye", "state/TR", NameKind::name, 'm'},
        NameCase{"Russian Federation", "state/RU", NameKind::name, 'm'},
        NameCase{"السوري", "state/SY", NameKind::nisba, 'm'}, NameCase{"السورية", "state/SY", NameKind::nisba, 'f'},
        NameCase{"السوريين", "state/SY", NameKind::nisba, 'p'}, NameCase{"سوريون", "state/SY", NameKind::nisba, 'p'},
        NameCase{"السوريتين", "state/SY", NameKind::nisba, 'd'}, NameCase{"الروسية", "state/RU", NameKind::nisba, 'f'},
        NameCase{"الروسي", "state/RU", NameKind::nisba, 'm'}, NameCase{"روسا", "state/RU", NameKind::nisba, 'p'},
        NameCase{"الأمريكيين", "state/US", NameKind::nisba, 'p'}, NameCase{"الأميركية", "state/US", NameKind::nisba, 'f'},
        NameCase{"الكورية الشمالية", "state/KP", NameKind::nisba, 'f'},
        NameCase{"الإسرائيلية", "state/IL", NameKind::nisba, 'f'},
        NameCase{"الكرملين", "state/RU", NameKind::metonym, 'm'}, NameCase{"البيت الأبيض", "state/US", NameKind::metonym, 'm'},
        NameCase{"دمشق", "state/SY", NameKind::metonym, 'm'}, NameCase{"دمشق", "loc/damascus", NameKind::name, 'm'},
        NameCase{"موسكو", "state/RU", NameKind::metonym, 'm'}, NameCase{"تل أبيب", "state/IL", NameKind::metonym, 'm'},
        NameCase{"الجولان", "loc/golan-heights", NameKind::name, 'm'},
        NameCase{"وزارة الدفاع السورية", "org/sy-ministry-of-defence", NameKind::name, 'm'},
        NameCase{"وزارة الدفاع الروسية", "org/ru-ministry-of-defence", NameKind::name, 'm'},
        NameCase{"الخارجية الروسية", "org/ru-ministry-of-foreign", NameKind::name, 'm'},
        NameCase{"وزارة خارجية روسيا", "org/ru-ministry-of-foreign", NameKind::name, 'm'},
        NameCase{"البنتاغون", "org/us-ministry-of-defence", NameKind::name, 'm'},
        NameCase{"وزارة الدفاع الأميركية", "org/us-ministry-of-defence", NameKind::name, 'm'},
        NameCase{"أحمد الشرع", "person/ahmed-al-sharaa", NameKind::name, 'm'},
        NameCase{"الشرع", "person/ahmed-al-sharaa", NameKind::name, 'm'},
        NameCase{"أبو قصرة", "person/murhaf-abu-qasra", NameKind::name, 'm'},
        NameCase{"يونس بك يفكيروف", "person/yunus-bek-yevkurov", NameKind::name, 'm'},
        NameCase{"أندريه بيلوسوف", "person/andrei-belousov", NameKind::name, 'm'},
        NameCase{"بنيامين نتنياهو", "person/benjamin-netanyahu", NameKind::name, 'm'},
        NameCase{"al-Sharaa", "person/ahmed-al-sharaa", NameKind::name, 'm'},
        NameCase{"هيئة البث الإسرائيلية", "media/kan", NameKind::name, 'm'},
        NameCase{"بريكس", "org/brics", NameKind::name, 'm'}, NameCase{"شنغهاي", "org/sco", NameKind::name, 'm'},
        NameCase{"الجزيرة نت", "media/al-jazeera", NameKind::name, 'm'},
        NameCase{"وكالة رويترز للأنباء", "media/reuters", NameKind::name, 'm'},
        NameCase{"حميميم", "base/hmeimim", NameKind::name, 'm'},
        NameCase{"قاعدة طرطوس", "base/tartus-naval", NameKind::name, 'm'},
        NameCase{"طرطوس", "loc/tartus", NameKind::name, 'm'}),
    [](const testing::TestParamInfo<NameCase>& i) { return "case" + std::to_string(i.index); });

TEST_F(RealGazetteer, AmbiguousWordsAreNotIndexed) {
  // Common words that are also (parts of) names must not be keys on their own.
  for (const char* w : {"كان", "العربية", "الوطن", "الحدث", "الأسد", "العديد", "القاعدة", "فتح", "عمان المنامة"}) {
    for (const NameRef& r : g_->lookup(normalize_key(w))) {
      ADD_FAILURE() << w << " -> " << r.entity->id;
    }
  }
  EXPECT_TRUE(g_->lookup("no such key").empty());
  // طرطوس alone is the city, not the base.
  for (const NameRef& r : g_->lookup(normalize_key("طرطوس"))) EXPECT_NE(r.entity->id, "base/tartus-naval");
}

TEST_F(RealGazetteer, NisbaAndMinistryHelpers) {
  char form = 0;
  const Entity* st = g_->state_of_nisba(normalize_key("الروسية"), &form);
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->id, "state/RU");
  EXPECT_EQ(form, 'f');
  EXPECT_EQ(g_->state_of_nisba(normalize_key("موسكو")), nullptr);
  const Entity* m = g_->ministry("state/RU", "defence");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->id, "org/ru-ministry-of-defence");
  EXPECT_EQ(m->name_en, "Ministry of Defence (Russia)");
  EXPECT_EQ(m->name_ar, "وزارة الدفاع الروسية");
  EXPECT_EQ(m->in, "state/RU");
  EXPECT_EQ(m->portfolio, "defence");
  EXPECT_TRUE(m->feminine);
  EXPECT_EQ(g_->ministry("state/RU", "magic"), nullptr);
  EXPECT_EQ(g_->find("org/us-ministry-of-defence")->name_en, "US Department of Defense");  // declared wins
  const Portfolio* p = g_->portfolio_by_key(normalize_key("الخارجية"));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->key, "foreign");
  EXPECT_EQ(p->en, "Foreign Affairs");
  EXPECT_EQ(g_->portfolio_by_key(normalize_key("دفاع"))->key, "defence");
  EXPECT_EQ(g_->portfolio_by_key("x"), nullptr);
  EXPECT_GE(g_->max_name_tokens(), 5);
}

TEST_F(RealGazetteer, HoldersAtDate) {
  EXPECT_EQ(holder_id("president", "state/SY", Date{2020, 6, 1}), "person/bashar-al-assad");
  EXPECT_EQ(holder_id("president", "state/SY", Date{2025, 6, 1}), "person/ahmed-al-sharaa");
  EXPECT_EQ(holder_id("president", "state/SY", Date{2025, 1, 1}), "");  // interregnum: nobody invented
  EXPECT_EQ(holder_id("minister", "org/ru-ministry-of-defence", Date{2023, 6, 1}), "person/sergei-shoigu");
  EXPECT_EQ(holder_id("minister", "org/ru-ministry-of-defence", Date{2025, 11, 20}), "person/andrei-belousov");
  EXPECT_EQ(holder_id("minister", "org/sy-ministry-of-defence", Date{2025, 11, 20}), "person/murhaf-abu-qasra");
  EXPECT_EQ(holder_id("minister", "org/sy-ministry-of-foreign", Date{2019, 1, 1}), "person/walid-al-muallem");
  EXPECT_EQ(holder_id("president", "state/US", Date{2019, 1, 1}), "person/donald-trump");
  EXPECT_EQ(holder_id("president", "state/US", Date{2022, 1, 1}), "person/joe-biden");
  EXPECT_EQ(holder_id("president", "state/US", Date{2025, 3, 1}), "person/donald-trump");
  EXPECT_EQ(holder_id("prime_minister", "state/IL", Date{2022, 1, 1}), "person/naftali-bennett");
  EXPECT_EQ(holder_id("president", "state/TR", Date{2012, 1, 1}), "person/abdullah-gul");
  EXPECT_EQ(holder_id("prime_minister", "state/TR", Date{2012, 1, 1}), "person/recep-tayyip-erdogan");
  EXPECT_EQ(holder_id("supreme_leader", "state/IR", Date{2024, 1, 1}), "person/ali-khamenei");
  EXPECT_EQ(holder_id("envoy", "org/un", Date{2016, 1, 1}), "person/staffan-de-mistura");
  EXPECT_EQ(holder_id("president", "state/XX", Date{2020, 1, 1}), "");
  // Partial dates: "2019-06" as a start is the first of the month.
  EXPECT_EQ(holder_id("deputy_minister", "org/ru-ministry-of-defence", Date{2019, 6, 1}), "person/yunus-bek-yevkurov");
  EXPECT_EQ(holder_id("deputy_minister", "org/ru-ministry-of-defence", Date{2019, 5, 31}), "");
}

TEST_F(RealGazetteer, RolesAreStoredOnThePerson) {
  const Entity* p = g_->find("person/andrei-belousov");
  ASSERT_NE(p, nullptr);
  auto it = std::find_if(p->roles.begin(), p->roles.end(), [](const RoleSpan& r) { return r.role == "minister"; });
  ASSERT_NE(it, p->roles.end());
  EXPECT_EQ(it->of, "org/ru-ministry-of-defence");
  EXPECT_EQ(it->title_en, "Minister of Defence");
  ASSERT_TRUE(it->from.has_value());
  EXPECT_EQ(*it->from, (Date{2024, 5, 14}));
  EXPECT_FALSE(it->to.has_value());
  EXPECT_EQ(g_->find("person/ahmed-al-sharaa")->in, "state/SY");
}

TEST(RoleSpan, CoversWithOpenEnds) {
  RoleSpan r;
  EXPECT_TRUE(r.covers(Date{2000, 1, 1}));
  r.from = Date{2020, 1, 1};
  EXPECT_FALSE(r.covers(Date{2019, 12, 31}));
  EXPECT_TRUE(r.covers(Date{2020, 1, 1}));
  r.to = Date{2020, 12, 31};
  EXPECT_TRUE(r.covers(Date{2020, 12, 31}));
  EXPECT_FALSE(r.covers(Date{2021, 1, 1}));
}

// Errors: the real data plus one known-bad file, so references can resolve to real entries.
struct ErrorCase {
  const char* file;
  bool with_data;       // load the real data first (the file refers to real entries)
  bool at_finish;       // the error shows when references are resolved
  std::string message;  // after "<bad dir>/<file>"
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.file; }

class GazetteerError : public testing::TestWithParam<ErrorCase> {};

TEST_P(GazetteerError, ReportsFileLine) {
  const ErrorCase& c = GetParam();
  Gazetteer g;
  if (c.with_data) {
    ASSERT_TRUE(g.load_dir(kData));
  }
  Status s = g.load_file(kBad + c.file);
  if (c.at_finish) {
    ASSERT_TRUE(s) << s.error().message();
    s = g.finish();
  }
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message(), kBad + c.file + c.message);
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, GazetteerError,
    testing::Values(
        ErrorCase{"gazetteer_duplicate_id.tsv", false, false,
                  ":4: duplicate id \"state/SY\" (expected each id once; first defined at " + kBad +
                      "gazetteer_duplicate_id.tsv:3)"},
        ErrorCase{"gazetteer_unknown_operator.tsv", false, true,
                  ":4: unknown reference \"state/ZZ\" in attribute operator (expected the id of a state)"},
        ErrorCase{"gazetteer_unknown_type.tsv", false, false,
                  ":3: unknown type \"personn\" (expected person, state, organization, military_base, location or media)"},
        ErrorCase{"gazetteer_bad_id.tsv", false, false,
                  ":3: bad id \"state/Syria\" for type state (expected state/ + an ISO 3166 alpha-2 code such as state/SY)"},
        ErrorCase{"gazetteer_unknown_attribute.tsv", false, false,
                  ":3: unknown attribute \"colour\" (expected nisba, nisba_extra, metonym, capital_of, in, operator, feminine or portfolio)"},
        ErrorCase{"gazetteer_unknown_kind.tsv", false, false, ":1: unknown kind \"countries\" (expected gazetteer, roles or portfolios)"},
        ErrorCase{"roles_unknown_person.tsv", true, true,
                  ":3: unknown person \"person/nobody\" (expected the id of a person entry)"},
        ErrorCase{"roles_unknown_of.tsv", true, true,
                  ":3: unknown reference \"org/sy-ministry-of-magic\" in column of (expected the id of a state or "
                  "organisation (ministries: org/<iso2>-ministry-of-<portfolio>))"},
        ErrorCase{"roles_bad_date.tsv", true, false, ":3: bad date \"2025-02-30\" (expected YYYY-MM-DD, YYYY-MM, YYYY or -)"},
        ErrorCase{"roles_ends_before_start.tsv", true, false, ":3: role ends before it starts (expected from <= to)"}),
    [](const testing::TestParamInfo<ErrorCase>& i) {
      std::string n = i.param.file;
      return n.substr(0, n.size() - 4);
    });

TEST(GazetteerErrors, MissingDirectoryAndLateLoad) {
  Gazetteer g;
  Status s = g.load_dir(kBad + "no_such_dir");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().file, kBad + "no_such_dir");
  ASSERT_TRUE(g.finish());
  s = g.load_file(kData + "/states.tsv");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().what, "gazetteer already finished");
}

}  // namespace
}  // namespace actorgraph
