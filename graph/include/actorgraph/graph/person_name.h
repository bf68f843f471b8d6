// Name keys for resolving persons across articles: the same person is spelled differently by
// different outlets («مصطفى الفرحات» / «مصطفى فرحات», «يفكيروف» / «ييفكوروف», "Mustafa" /
// "Moustafa"), so ActorGraph compares persons the actor base does not know on a consonant
// skeleton of each name token instead of on their ids.
//
//   PersonName a = person_name("مصطفى الفرحات"), b = person_name("مصطفى فرحات");
//   a.key() == b.key();              // "مصطف فرحت": hash key of the name
//   names_compatible(a, b);          // true: same given name, same family name
//   names_compatible(a, person_name("محمد الفرحات"));  // false: a shared surname is not enough
//
// Arabic skeleton of a token (after normalize_key, which folds hamza-on-alef, ى and ة): «ال» is
// dropped from every token but the first (the given name), «عبد»/«ابو» are joined to the next
// token, «بن»/«ابن»/«بنت» are dropped, the letters ا و ي ء ئ ؤ are dropped after the first letter
// (long vowels and hamza seats are spelled inconsistently, short vowels never are), and doubled
// letters are collapsed. Latin names (English articles) get the same treatment: lower case, "al-"
// / "el-" dropped, vowels a e i o u y w dropped after the first letter, q → k, ph → f, doubles
// collapsed, so "Mohammed" and "Muhammad" meet, as do the extractor's transliteration labels
// ("Mstfa al-Frhat") and an English spelling ("Mustafa Farhat").
//
// Pure functions, no allocation beyond the result.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::graph {

struct PersonName {
  std::vector<std::string> tokens;  // skeleton of each name token, in order
  bool latin = false;               // built from a Latin-script name

  // "first last" skeletons: what ActorGraph hashes on. Empty for a name of fewer than two tokens:
  // a single word (a surname-only mention) is too weak to join articles.
  std::string key() const;
};

// The skeleton tokens of a name, Arabic or Latin (the script of its first letter decides).
PersonName person_name(std::string_view name);

// Same person by name: both have at least two tokens, the same script, the same first and last
// skeleton, and the middle tokens of the shorter name appear in order among those of the longer
// («مصطفى الفرحات» ~ «مصطفى محمد الفرحات», but «مصطفى علي الفرحات» !~ «مصطفى محمد الفرحات»).
bool names_compatible(const PersonName& a, const PersonName& b);

}  // namespace actorgraph::graph
