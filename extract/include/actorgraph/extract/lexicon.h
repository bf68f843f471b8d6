// Language lexicons loaded from data files (data/lexicons/*.tsv, format in data/README.md):
// titles and roles, event triggers, and word classes (given names, stop words, adverbials ...).
// Everything language-specific that is a list lives here rather than in C++.
//
//   Lexicons lex;
//   if (Status s = lex.load_dir("data/lexicons/ar"); !s) die(s.error().message());
//   if (const Trigger* t = lex.trigger("التقي")) ...      // keys are normalize_key() forms
//   if (lex.is(word_key, "given_name")) ...
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/extract/status.h"

namespace actorgraph {

// A title or role noun phrase head: «الرئيس», «رئيس الوزراء», «وزير», «نائب وزير», «المحلل السياسي».
struct Title {
  std::string key;          // normalised form, may be several tokens
  std::string role;         // role key shared with the gazetteer's roles: president, minister ...;
                            // empty for honorifics (scope rank: الشيخ، السيد، الدكتور)
  std::string en;           // English title; "{portfolio}" is replaced by the portfolio's English name
  // What the title attaches to: "state" (a nisba or state name follows: الرئيس السوري),
  // "ministry" (a portfolio then a nisba/state follows: وزير الدفاع الروسي), "org" (an organisation
  // follows: الأمين العام للأمم المتحدة), "none" (المحلل السياسي), "rank" (العقيد: stacks with others).
  std::string scope;
  char number = 's';        // 's' singular, 'd' dual, 'p' plural (fan out over coordinated nisbas)
  bool definite = false;    // begins with ال: can stand alone as an anaphor (الرئيس، الوزير)
  // The entity the title itself names, when it does (المبعوث الأممي → org/un); usually empty.
  std::string of;
};

// An event trigger word or phrase.
struct Trigger {
  std::string key;          // normalised form, may be several tokens (اتصال هاتفي)
  std::string event;        // meeting, visit, call, statement, report (media relaying: no edge)
  std::string pos;          // verb | noun | masdar | participle (مؤكدا) | phrase (من المقرر أن يلتقي)
  // Argument frame: "subj_obj" (التقى X Y / X بـY / مع Y), "host_guest" (استقبل X Y; with tense
  // passive the guest is the subject: استُقبل Y من قبل X), "visitor_dest" (زار X Y / X إلى Y /
  // زيارة X إلى Y), "speaker" (قال X; for event report: نقلت X عن Y), "speaker_carry" (a participle
  // whose speaker is the clause's subject: مؤكدا), "noun_parties" (لقاء بين X و Y / X مع Y).
  std::string frame;
  std::string tense;        // past | present | future | passive
  char gender = 'm';        // verb agreement of the subject: 'm' or 'f' ('-' when not a verb)
};

class Lexicons {
 public:
  // Loads every *.tsv under dir (sorted), dispatching on kind: titles, triggers, words; files of
  // kind dates belong to the date lexicon and are skipped. Errors carry file:line.
  Status load_dir(const std::string& dir);
  Status load_file(const std::string& path);

  const std::vector<Title>& titles() const { return titles_; }
  // All titles whose key starts with the normalised token `first` (several-token titles included),
  // longest first so that the first full match is the longest one. Empty when none.
  const std::vector<const Title*>& titles_starting_with(std::string_view first) const;
  const Trigger* trigger(std::string_view key) const;
  const std::vector<const Trigger*>& triggers_starting_with(std::string_view first) const;
  // Word classes: given_name, stop, adverbial, source_noun, delegation, headed_by, counterpart,
  // former, attribution, channel, told_to, location_prep, future, negation ... (see data/README.md).
  // `key` is normalised and may be several tokens. Unknown classes are simply empty.
  bool is(std::string_view key, std::string_view cls) const;
  int max_title_tokens() const { return max_title_tokens_; }
  int max_trigger_tokens() const { return max_trigger_tokens_; }

 private:
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <class V>
  using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;
  using KeySet = std::unordered_set<std::string, KeyHash, std::equal_to<>>;

  Status load_titles(class TsvFile& f);
  Status load_triggers(class TsvFile& f);
  Status load_words(class TsvFile& f);
  void rebuild_index();

  std::vector<Title> titles_;
  std::vector<Trigger> triggers_;
  KeyMap<std::vector<const Title*>> title_first_;    // longest title first
  KeyMap<size_t> trigger_by_key_;
  KeyMap<std::vector<const Trigger*>> trigger_first_; // longest trigger first
  KeyMap<KeySet> words_;                              // class -> keys
  struct Origin { std::string file; long line = 0; };
  KeyMap<Origin> title_origin_;                      // "key\trole"
  KeyMap<Origin> trigger_origin_;
  int max_title_tokens_ = 1;
  int max_trigger_tokens_ = 1;
};

}  // namespace actorgraph
