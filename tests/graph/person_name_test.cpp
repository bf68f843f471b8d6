#include "actorgraph/graph/person_name.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace actorgraph::graph {
namespace {

struct NameCase {
  const char* name;
  const char* a;
  const char* b;
  bool same;
};
// Short parameter names keep ctest's test list readable.
void PrintTo(const NameCase& c, std::ostream* os) { *os << c.name; }

class NamesCompatible : public ::testing::TestWithParam<NameCase> {};

TEST_P(NamesCompatible, ComparesSkeletons) {
  const NameCase& c = GetParam();
  EXPECT_EQ(names_compatible(person_name(c.a), person_name(c.b)), c.same) << c.a << " / " << c.b;
  EXPECT_EQ(names_compatible(person_name(c.b), person_name(c.a)), c.same) << "symmetric: " << c.b << " / " << c.a;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NamesCompatible,
    ::testing::Values(
        NameCase{"article dropped", "مصطفى الفرحات", "مصطفى فرحات", true},
        NameCase{"ya and waw letters", "يونس بك يفكيروف", "يونس بك ييفكوروف", true},
        NameCase{"hamza seat and alef", "أندريه بيلاؤوسوف", "اندريه بيلوسوف", true},
        NameCase{"ta marbuta and alef maqsura", "مصطفى حمزة", "مصطفي حمزه", true},
        NameCase{"harakat and shadda", "عمّار حسّون", "عمار حسون", true},
        NameCase{"doubled letter written out", "سامي الحلل", "سامي الحل", true},
        NameCase{"compound given name", "عبد الله المصري", "عبدالله المصري", true},
        NameCase{"ibn dropped", "محمد بن سلمان", "محمد سلمان", true},
        NameCase{"middle name on one side", "مصطفى محمد الفرحات", "مصطفى الفرحات", true},
        NameCase{"different middle names", "مصطفى علي الفرحات", "مصطفى محمد الفرحات", false},
        NameCase{"shared surname", "محمد الفرحات", "مصطفى الفرحات", false},
        NameCase{"shared given name", "مصطفى الفرحات", "مصطفى الخطيب", false},
        NameCase{"surname only", "الفرحات", "الفرحات", false},
        NameCase{"latin vowels", "Mustafa Farhat", "Moustafa al-Farhat", true},
        NameCase{"latin transliteration label", "Mstfa al-Frhat", "Mustafa Farhat", true},
        NameCase{"latin doubles and q", "Qassem Hassan", "Kasem Hasan", true},
        NameCase{"latin abd", "Abdullah Ahmad", "Abd Allah Ahmed", true},
        NameCase{"latin shared surname", "Ali Farhat", "Mustafa Farhat", false},
        NameCase{"scripts never compare", "مصطفى فرحات", "Mustafa Farhat", false}),
    [](const auto& param_info) {
      std::string n = param_info.param.name;
      for (char& ch : n)
        if (ch == ' ') ch = '_';
      return n;
    });

TEST(PersonName, KeyIsGivenAndFamilySkeleton) {
  EXPECT_EQ(person_name("مصطفى الفرحات").key(), "مصطف فرحت");
  EXPECT_EQ(person_name("مصطفى محمد فرحات").key(), "مصطف فرحت");
  EXPECT_EQ(person_name("Mustafa Farhat").key(), "mstf frht");
  EXPECT_TRUE(person_name("مصطفى فرحات").tokens.size() == 2 && !person_name("مصطفى فرحات").latin);
  EXPECT_EQ(person_name("الفرحات").key(), "");  // a single word has no key
  EXPECT_EQ(person_name("").key(), "");
}

}  // namespace
}  // namespace actorgraph::graph
