// `actorgraph actors --unknown`: collecting actors absent from the actor base (unknown_actors.h).
#include "actorgraph/eval/unknown_actors.h"

#include <algorithm>
#include <set>

#include "actorgraph/extract/gazetteer.h"
#include "actorgraph/extract/preprocess.h"
#include "actorgraph/extract/text.h"

namespace actorgraph::eval {
namespace {

constexpr size_t kMaxExample = 400;  // code points: a comment line an analyst can still read

// One line of text: TAB, line breaks and other white space become one space; trimmed; cut at max
// code points (with "…").
std::string one_line(std::string_view utf8, size_t max = std::string::npos) {
  std::u32string in, out;
  if (!decode_utf8(utf8, in)) return {};
  for (char32_t c : in) {
    if (is_space(c) || c == U'\t') {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  if (out.size() > max) out = out.substr(0, max) + U"…";
  return encode_utf8(out);
}

// A field of the actor-base format: one line, no TAB; list items also without '|'; "-" means empty.
std::string field(std::string_view s, bool list_item) {
  std::string f = one_line(s);
  if (list_item) f.erase(std::remove(f.begin(), f.end(), '|'), f.end());
  return f == "-" ? std::string() : f;
}

// The sentence around the first mention of `id`, found with the extractor's own sentence rules.
std::string mention_sentence(const ArticleResult& r, const std::string& id) {
  auto m = std::find_if(r.mentions.begin(), r.mentions.end(), [&](const Mention& x) { return x.entity == id; });
  if (m == r.mentions.end()) return {};
  std::u32string text;
  if (!decode_utf8(r.document.text, text)) return {};
  const Layout layout = analyse_layout(text);
  const TextLayer layer = TextLayer::build(text, layout.body_start);
  for (const Sentence& s : layer.sentences())
    if (s.start <= m->start && m->start < s.end) return encode_utf8(std::u32string_view(text).substr(s.start, s.end - s.start));
  return m->text;
}

std::string example_of(const ArticleResult& r, const std::string& id) {
  // An event the actor takes part in shows best what it is; its evidence is the sentence.
  for (const Event& e : r.events)
    if ((e.source == id || e.target == id) && !e.evidence.sentence.empty()) return e.evidence.sentence;
  return mention_sentence(r, id);
}

std::string_view id_prefix(EntityType t) { return t == EntityType::organization ? "org" : "person"; }

// The extractor's id when it is a valid id of its type, else one made of the label.
std::string proposed_id(const UnknownActor& a) {
  const std::string prefix = std::string(id_prefix(a.type)) + "/";
  std::string slug;
  const std::string_view from = a.id.rfind(prefix, 0) == 0 ? std::string_view(a.id).substr(prefix.size()) : a.label;
  for (char c : from) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return prefix + (slug.empty() ? "unknown" : slug);
}

}  // namespace

void UnknownActors::add(const ArticleResult& article) {
  for (const EntityRecord& e : article.entities) {
    if (e.in_gazetteer || (e.type != EntityType::person && e.type != EntityType::organization)) continue;
    auto [it, fresh] = by_id_.try_emplace(e.id);
    UnknownActor& a = it->second;
    if (fresh) {
      a.id = e.id;
      a.type = e.type;
      a.label = e.label.empty() ? e.name_en : e.label;
      a.name_ar = e.name_ar;
    }
    if (a.country.empty()) a.country = e.country;
    ++a.articles;
    a.mentions += static_cast<int>(
        std::count_if(article.mentions.begin(), article.mentions.end(), [&](const Mention& m) { return m.entity == e.id; }));
    for (const std::string& alias : e.aliases)
      if (alias != a.name_ar && std::find(a.aliases.begin(), a.aliases.end(), alias) == a.aliases.end())
        a.aliases.push_back(alias);
    for (const Role& r : e.roles) {
      const bool have = std::any_of(a.roles.begin(), a.roles.end(), [&](const Role& x) {
        return x.title == r.title && x.of == r.of && x.former == r.former;
      });
      if (!have) a.roles.push_back(r);
    }
    if (a.example.empty()) {
      a.example = one_line(example_of(article, e.id), kMaxExample);
      if (!a.example.empty()) a.example_document = article.document.id;
    }
  }
}

std::vector<UnknownActor> UnknownActors::actors(int min_articles) const {
  std::vector<UnknownActor> out;
  for (const auto& [id, a] : by_id_)
    if (a.articles >= min_articles) out.push_back(a);
  std::stable_sort(out.begin(), out.end(), [](const UnknownActor& x, const UnknownActor& y) {
    if (x.articles != y.articles) return x.articles > y.articles;
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.id < y.id;
  });
  return out;
}

void write_actor_base(std::ostream& out, const std::vector<UnknownActor>& actors, const Gazetteer* gazetteer) {
  out << "#!actorgraph gazetteer 1\n"
         "# Actors found through their titles but absent from the actor base (actorgraph actors --unknown).\n"
         "# Review every entry before appending it to a --gazetteer file: the id, the English name (a\n"
         "# transliteration), the aliases and the country are proposals. Roles are comments: write them in a\n"
         "# file of KIND roles (data/README.md) with the role key and the dates you are sure of.\n"
         "id\ttype\ten\tar\taliases\tattributes\twikidata\n";
  std::set<std::string> used;
  for (const UnknownActor& a : actors) {
    const std::string base = proposed_id(a);
    std::string id = base;
    for (int n = 2; used.count(id) || (gazetteer && gazetteer->find(id)); ++n) id = base + "-" + std::to_string(n);
    used.insert(id);

    out << "\n# " << a.articles << (a.articles == 1 ? " article, " : " articles, ") << a.mentions
        << (a.mentions == 1 ? " mention" : " mentions") << "\n";
    for (const Role& r : a.roles) {
      out << "# role: " << one_line(r.title.empty() ? "-" : r.title);
      if (!r.of.empty()) out << " of " << one_line(r.of);
      if (!r.title_ar.empty()) out << " «" << one_line(r.title_ar) << "»";
      if (r.former) out << " (former)";
      out << "\n";
    }
    if (!a.country.empty()) out << "# country: " << one_line(a.country) << "\n";
    if (!a.example.empty()) out << "# example (" << one_line(a.example_document) << "): " << a.example << "\n";

    std::string en = field(a.label, false);
    if (en.empty()) en = id.substr(id.find('/') + 1);
    std::string aliases;
    for (const std::string& al : a.aliases) {
      const std::string f = field(al, true);
      if (f.empty() || f == field(a.name_ar, false)) continue;
      if (!aliases.empty()) aliases += '|';
      aliases += f;
    }
    std::string attributes;
    if (!a.country.empty() && gazetteer) {
      const Entity* s = gazetteer->find(a.country);
      if (s && s->type == EntityType::state) attributes = "in=" + a.country;
    }
    const std::string ar = field(a.name_ar, false);
    out << id << '\t' << (a.type == EntityType::organization ? "organization" : "person") << '\t' << en << '\t'
        << (ar.empty() ? "-" : ar) << '\t' << (aliases.empty() ? "-" : aliases) << '\t'
        << (attributes.empty() ? "-" : attributes) << "\t-\n";
  }
}

}  // namespace actorgraph::eval
