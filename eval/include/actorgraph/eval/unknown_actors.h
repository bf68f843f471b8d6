// Actors the extractor found through their titles but that are not in the actor base
// (EntityRecord::in_gazetteer == false): collected over many articles and written in the actor-base
// format (data/README.md), so an analyst can review them and append them to a --gazetteer file.
// This is `actorgraph actors --unknown`. It lives in eval/ because it is a review of extraction
// against the actor base, like the scorer is a review against gold files.
//
//   eval::UnknownActors unknown;
//   for (const ArticleResult& r : results) unknown.add(r);
//   eval::write_actor_base(std::cout, unknown.actors(/*min_articles=*/2), &extractor.gazetteer());
//
// Actors are told apart by the extractor's entity id (person/ + the slug of the transliterated
// Arabic name), so the same name in two articles is one actor; two spellings of a name are two
// entries for the analyst to merge.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/extract/model.h"

namespace actorgraph {
class Gazetteer;
}

namespace actorgraph::eval {

struct UnknownActor {
  std::string id;                    // the extractor's id (person/...)
  EntityType type = EntityType::person;
  std::string label;                 // English label: the transliteration of the Arabic name
  std::string name_ar;
  std::vector<std::string> aliases;  // other surface forms seen, first-seen order
  std::vector<Role> roles;           // distinct by (title, of, former), first-seen order
  std::string country;               // state id, may be empty
  int articles = 0;                  // articles it was found in
  int mentions = 0;                  // mentions over all articles
  std::string example;               // a sentence that mentions it (one line)
  std::string example_document;      // the id of the article the example comes from
};

class UnknownActors {
 public:
  // Collects the persons and organisations of one article that are not in the actor base.
  void add(const ArticleResult& article);
  // Those found in at least `min_articles` articles: most articles first, then most mentions, then id.
  std::vector<UnknownActor> actors(int min_articles = 1) const;

 private:
  std::map<std::string, UnknownActor> by_id_;
};

// Writes a file of KIND gazetteer (data/README.md) with one entry per actor: a proposed id (the
// extractor's id, with -2, -3 ... added when `gazetteer` already has it or two actors share it),
// type, en = the label, ar, aliases, in=<country> when the country is a known state, no wikidata.
// The counts, roles and the example sentence are `#` comments above each entry (roles are KIND
// roles lines in a file of their own, which needs a role key the extraction does not give: the
// analyst writes them). The output loads with Gazetteer::load_file (tested).
void write_actor_base(std::ostream& out, const std::vector<UnknownActor>& actors, const Gazetteer* gazetteer);

}  // namespace actorgraph::eval
