// The actor base: states, persons with dated roles, ministries, organisations, military bases,
// places and media outlets, loaded at run time from data files (see data/README.md).
//
//   Gazetteer g;
//   if (Status s = g.load_dir("data/gazetteer"); !s) die(s.error().message());
//   if (Status s = g.load_file(user_file); !s) ...;      // --gazetteer: the user's own entries
//   if (Status s = g.finish(); !s) ...;                   // resolves references, builds the index
//   for (const NameRef& r : g.lookup("وزاره الدفاع الروسيه")) ...   // key: normalize_key()
//   const Entity* p = g.holder("president", "state/SY", Date{2020, 1, 1});   // Bashar al-Assad
//
// Thread safety: after finish(), all const members may be called concurrently.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/extract/date.h"
#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"

namespace actorgraph {

struct RoleSpan {
  std::string role;             // role key shared with titles.tsv: president, prime_minister, minister ...
  std::string of;               // entity id: a state, or a ministry (org/ru-ministry-of-defence)
  std::string title_en;         // "Minister of Defence"
  std::optional<Date> from, to; // open when unknown / still in office
  bool covers(const Date& d) const;   // from <= d <= to, open ends match
};

struct Entity {
  std::string id;
  EntityType type = EntityType::person;
  std::string name_en;
  std::string name_ar;
  std::vector<std::string> aliases;       // every surface form listed (Arabic and English)
  std::string wikidata;
  // Attributes (see data/README.md):
  std::string in;                         // state a base/place/ministry/org is in or belongs to
  std::string operator_id;                // for bases: the state operating it
  std::string capital_of;                 // for capitals: the state they stand for as metonym
  std::vector<std::string> nisba;         // states: masculine singular nisba bases (سوري)
  std::vector<std::string> nisba_forms;   // states: every generated and listed nisba form (keys)
  std::vector<std::string> metonyms;      // states: seats of government (الكرملين)
  std::string portfolio;                  // ministries: defence, foreign ...
  bool feminine = false;                  // grammatical gender of the Arabic name's head noun
  std::vector<RoleSpan> roles;
};

// How a name key refers to an entity.
enum class NameKind : uint8_t {
  name,      // a name or alias of the entity
  nisba,     // a nisba adjective of a state (الروسي، السورية، الروس)
  metonym,   // a capital or seat of government standing for a state (دمشق، الكرملين)
};

struct NameRef {
  const Entity* entity = nullptr;
  NameKind kind = NameKind::name;
  // for nisba: gender/number of the form: 'm','f' singular, 'd' dual, 'p' plural
  char form = 'm';
};

struct Portfolio {
  std::string key;                 // defence
  std::string en;                  // Defence
  std::vector<std::string> ar;     // normalised keys: الدفاع, دفاع
  std::string name_ar;             // the definite form as written, for ministry names: الدفاع
};

class Gazetteer {
 public:
  // Loads every *.tsv under dir (sorted), dispatching on the file's kind (gazetteer, roles,
  // portfolios). Errors carry file:line.
  Status load_dir(const std::string& dir);
  Status load_file(const std::string& path);
  // Checks references (role "of", base "in"/"operator"), synthesises ministries for every state ×
  // portfolio, expands nisba forms and builds the name index. Call once after loading.
  Status finish();

  const Entity* find(std::string_view id) const;
  // Entities whose name, alias, nisba form or metonym has exactly this normalised key (tokens
  // separated by one space). Empty vector when none. A key may refer to several entities
  // (دمشق: loc/damascus as a name and state/SY as a metonym); the caller decides by context.
  const std::vector<NameRef>& lookup(std::string_view key) const;
  // Longest name, in tokens, of any entry: bound for phrase matching.
  int max_name_tokens() const { return max_tokens_; }
  // Longest name, in tokens, among the names whose first word is `first_word`; 0 when no name
  // starts with it. Lets phrase matching skip most tokens after one hash lookup.
  int max_tokens_from(std::string_view first_word) const {
    auto it = first_words_.find(first_word);
    return it == first_words_.end() ? 0 : it->second;
  }
  // The state whose nisba form this key is (e.g. "الروسي" → Russia), or nullptr.
  const Entity* state_of_nisba(std::string_view key, char* form = nullptr) const;
  // The ministry of `state_id` with `portfolio` key (synthesised by finish()).
  const Entity* ministry(std::string_view state_id, std::string_view portfolio) const;
  const std::vector<Portfolio>& portfolios() const { return portfolios_; }
  const Portfolio* portfolio_by_key(std::string_view normalised_ar) const;
  // The persons who held `role` of `of` on `date` (usually one), ordered by start of term.
  std::vector<const Entity*> holders(std::string_view role, std::string_view of, const Date& date) const;
  const Entity* holder(std::string_view role, std::string_view of, const Date& date) const;
  // «الرئيس السوري السابق»: the person whose term in `role` of `of` ended last before `date`
  // (nullptr when none is known or two ended the same day).
  const Entity* previous_holder(std::string_view role, std::string_view of, const Date& date) const;
  size_t size() const { return entities_.size(); }
  const std::deque<Entity>& entities() const { return entities_; }

 private:
  // Heterogeneous lookup: find(string_view) without building a std::string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <class V>
  using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;
  struct Origin { std::string file; long line = 0; };

  Status load_entities(class TsvFile& f);
  Status load_roles(class TsvFile& f);
  Status load_portfolios(class TsvFile& f);
  void index(const Entity& e, const std::string& key, NameKind kind, char form);
  void index_raw(const Entity& e, std::string_view surface, NameKind kind, char form);
  Status synthesise_ministries();

  std::deque<Entity> entities_;  // stable addresses
  KeyMap<Entity*> by_id_;
  KeyMap<Origin> origin_;        // where each id was defined, for messages
  KeyMap<std::vector<NameRef>> names_;
  KeyMap<int> first_words_;      // first word of a name → its longest name's token count
  std::vector<Portfolio> portfolios_;
  KeyMap<size_t> portfolio_by_ar_;
  KeyMap<Origin> portfolio_origin_;
  struct PendingRole { std::string person; RoleSpan span; std::string file; long line; };
  std::vector<PendingRole> pending_roles_;
  KeyMap<std::vector<std::pair<const Entity*, const RoleSpan*>>> role_index_;  // "role\tof" 
  int max_tokens_ = 1;
  bool finished_ = false;
};

}  // namespace actorgraph
