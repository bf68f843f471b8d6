// Language lexicons: loading of data/lexicons/<lang>/*.tsv (format: data/README.md).
#include "actorgraph/extract/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <system_error>

#include "actorgraph/extract/text.h"
#include "actorgraph/extract/tsv.h"

namespace actorgraph {
namespace {

const std::vector<std::string> kTitleColumns{"form", "role", "en", "scope", "number", "definite", "of"};
const std::vector<std::string> kTriggerColumns{"form", "event", "pos", "frame", "tense", "gender"};
const std::vector<std::string> kWordColumns{"form", "class"};
constexpr int kVersion = 1;

bool one_of(std::string_view v, std::initializer_list<std::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

bool is_key(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

int token_count(std::string_view key) {
  return 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

std::string_view first_token(std::string_view key) { return key.substr(0, key.find(' ')); }

std::string where(const std::string& file, long line) { return file + ":" + std::to_string(line); }

}  // namespace

Status Lexicons::load_dir(const std::string& dir) {
  auto files = list_data_files(dir, "lexicon data files");
  if (!files) return files.error();
  for (const std::string& f : *files) {
    if (Status s = load_file(f); !s) return s;
  }
  return Status::Ok();
}

Status Lexicons::load_file(const std::string& path) {
  auto f = TsvFile::open(path, "", 0, {});
  if (!f) return f.error();
  const std::string& kind = f->header().kind;
  Status s;
  if (kind == "titles") s = load_titles(*f);
  else if (kind == "triggers") s = load_triggers(*f);
  else if (kind == "words") s = load_words(*f);
  else if (kind == "dates") return Status::Ok();  // the date lexicon's (date_expr.h)
  else return f->error_at(1, "unknown kind \"" + kind + "\"", "titles, triggers, words or dates");
  rebuild_index();  // also after an error: keeps the pointers valid for what was loaded
  return s;
}

Status Lexicons::load_titles(TsvFile& f) {
  if (Status s = f.check(kVersion, kTitleColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    Title t;
    t.role = row[1];
    t.en = row[2];
    t.scope = row[3];
    if (!one_of(t.scope, {"state", "ministry", "org", "none", "rank"})) {
      return f.error_at(row.line, "unknown scope \"" + t.scope + "\"", "state, ministry, org, none or rank");
    }
    // An honorific (الشيخ، السيد، الدكتور) is a rank without a role: it only stacks before names.
    if (!(t.role.empty() && t.scope == "rank") && !is_key(t.role)) {
      return f.error_at(row.line, "bad role \"" + t.role + "\"", "a role key such as minister (- only for a rank)");
    }
    const std::string& number = row[4];
    if (number.empty()) t.number = 's';
    else if (number.size() == 1 && one_of(number, {"s", "d", "p"})) t.number = number[0];
    else return f.error_at(row.line, "unknown number \"" + number + "\"", "s, d, p or -");
    const std::string& definite = row[5];
    if (definite.empty() || definite == "0") t.definite = false;
    else if (definite == "1") t.definite = true;
    else return f.error_at(row.line, "bad definite \"" + definite + "\"", "0, 1 or -");
    t.of = row[6];
    if (!t.of.empty() && t.of.find('/') == std::string::npos) {
      return f.error_at(row.line, "bad entity id \"" + t.of + "\" in column of", "an id such as org/un, or -");
    }
    std::vector<std::string> forms = split_list(row[0]);
    if (forms.empty()) return f.error_at(row.line, "empty form", "a title such as الرئيس");
    for (const std::string& form : forms) {
      Title one = t;
      one.key = normalize_key(form);
      if (one.key.empty()) return f.error_at(row.line, "empty form", "a title such as الرئيس");
      auto [it, fresh] = title_origin_.emplace(one.key + "\t" + one.role, Origin{f.path(), row.line});
      if (!fresh) {
        return f.error_at(row.line, "duplicate title \"" + form + "\" for role " + one.role,
                          "each form and role once; first at " + where(it->second.file, it->second.line));
      }
      titles_.push_back(std::move(one));
    }
  }
  return f.status();
}

Status Lexicons::load_triggers(TsvFile& f) {
  if (Status s = f.check(kVersion, kTriggerColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    Trigger t;
    t.event = row[1];
    t.pos = row[2];
    t.frame = row[3];
    t.tense = row[4];
    if (!one_of(t.event, {"meeting", "visit", "call", "statement", "report"})) {
      return f.error_at(row.line, "unknown event \"" + t.event + "\"", "meeting, visit, call, statement or report");
    }
    if (!one_of(t.pos, {"verb", "noun", "masdar", "participle", "phrase"})) {
      return f.error_at(row.line, "unknown pos \"" + t.pos + "\"", "verb, noun, masdar, participle or phrase");
    }
    if (!one_of(t.frame, {"subj_obj", "host_guest", "visitor_dest", "speaker", "speaker_carry", "noun_parties",
                              "subj_with", "visitor_to", "visitor_in", "joint", "host_pronoun"})) {
      return f.error_at(row.line, "unknown frame \"" + t.frame + "\"",
                        "subj_obj, subj_with, joint, host_guest, host_pronoun, visitor_dest, visitor_to, visitor_in, speaker, speaker_carry or noun_parties");
    }
    if (!one_of(t.tense, {"past", "present", "future", "passive"})) {
      return f.error_at(row.line, "unknown tense \"" + t.tense + "\"", "past, present, future or passive");
    }
    const std::string& gender = row[5];
    if (gender.empty()) t.gender = '-';
    else if (gender.size() == 1 && one_of(gender, {"m", "f"})) t.gender = gender[0];
    else return f.error_at(row.line, "unknown gender \"" + gender + "\"", "m, f or -");
    std::vector<std::string> forms = split_list(row[0]);
    if (forms.empty()) return f.error_at(row.line, "empty form", "a trigger such as التقى");
    for (const std::string& form : forms) {
      Trigger one = t;
      one.key = normalize_key(form);
      if (one.key.empty()) return f.error_at(row.line, "empty form", "a trigger such as التقى");
      auto [it, fresh] = trigger_origin_.emplace(one.key, Origin{f.path(), row.line});
      if (!fresh) {
        return f.error_at(row.line, "duplicate trigger \"" + form + "\"",
                          "each form once; first at " + where(it->second.file, it->second.line));
      }
      triggers_.push_back(std::move(one));
    }
  }
  return f.status();
}

Status Lexicons::load_words(TsvFile& f) {
  if (Status s = f.check(kVersion, kWordColumns); !s) return s;
  TsvRow row;
  while (f.next(row)) {
    const std::string& cls = row[1];
    if (!is_key(cls)) return f.error_at(row.line, "bad class \"" + cls + "\"", "a class name of a-z, 0-9 and _");
    std::vector<std::string> forms = split_list(row[0]);
    if (forms.empty()) return f.error_at(row.line, "empty form", "a word");
    KeySet& set = words_[cls];
    for (const std::string& form : forms) {
      std::string key = normalize_key(form);
      if (key.empty()) return f.error_at(row.line, "empty form", "a word");
      set.insert(std::move(key));  // a word listed twice in a class is harmless
    }
  }
  return f.status();
}

void Lexicons::rebuild_index() {
  title_first_.clear();
  trigger_first_.clear();
  trigger_by_key_.clear();
  max_title_tokens_ = max_trigger_tokens_ = 1;
  for (const Title& t : titles_) {
    title_first_[std::string(first_token(t.key))].push_back(&t);
    max_title_tokens_ = std::max(max_title_tokens_, token_count(t.key));
  }
  for (size_t i = 0; i < triggers_.size(); ++i) {
    const Trigger& t = triggers_[i];
    trigger_by_key_.emplace(t.key, i);
    trigger_first_[std::string(first_token(t.key))].push_back(&t);
    max_trigger_tokens_ = std::max(max_trigger_tokens_, token_count(t.key));
  }
  auto longest_first = [](const auto* a, const auto* b) { return token_count(a->key) > token_count(b->key); };
  for (auto& [k, v] : title_first_) std::stable_sort(v.begin(), v.end(), longest_first);
  for (auto& [k, v] : trigger_first_) std::stable_sort(v.begin(), v.end(), longest_first);
}

const std::vector<const Title*>& Lexicons::titles_starting_with(std::string_view first) const {
  static const std::vector<const Title*> kNone;
  auto it = title_first_.find(first);
  return it == title_first_.end() ? kNone : it->second;
}

const Trigger* Lexicons::trigger(std::string_view key) const {
  auto it = trigger_by_key_.find(key);
  return it == trigger_by_key_.end() ? nullptr : &triggers_[it->second];
}

const std::vector<const Trigger*>& Lexicons::triggers_starting_with(std::string_view first) const {
  static const std::vector<const Trigger*> kNone;
  auto it = trigger_first_.find(first);
  return it == trigger_first_.end() ? kNone : it->second;
}

bool Lexicons::is(std::string_view key, std::string_view cls) const {
  auto it = words_.find(cls);
  return it != words_.end() && it->second.find(key) != it->second.end();
}

}  // namespace actorgraph
