// `actorgraph eval --format json`: the figures of an Evaluator as one JSON object (score.h).
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/eval/score.h"

namespace actorgraph::eval {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void counts(Writer& w, const Counts& c) {
  w.StartObject();
  key(w, "tp"), w.Int(c.tp);
  key(w, "pred"), w.Int(c.pred);
  key(w, "gold"), w.Int(c.gold);
  key(w, "precision"), w.Double(c.precision());
  key(w, "recall"), w.Double(c.recall());
  key(w, "f1"), w.Double(c.f1());
  w.EndObject();
}

template <class Ts>
void counts_by_type(Writer& w, const Counts* all, const std::map<std::string, Counts>& by, const Ts& types) {
  w.StartObject();
  if (all) key(w, "all"), counts(w, *all);
  for (std::string_view t : types) {
    key(w, t);
    auto it = by.find(std::string(t));
    counts(w, it == by.end() ? Counts{} : it->second);
  }
  w.EndObject();
}

void dates(Writer& w, int ok, int n) {
  w.StartObject();
  key(w, "right"), w.Int(ok);
  key(w, "total"), w.Int(n);
  key(w, "share");
  if (n) w.Double(double(ok) / n);
  else w.Null();
  w.EndObject();
}

void strings(Writer& w, const std::vector<std::string>& v) {
  w.StartArray();
  for (const auto& s : v) str(w, s);
  w.EndArray();
}

// {"entities": [...], "meeting": [...], ...}: only the non-empty lists.
void lists(Writer& w, const std::vector<std::string>& entities, const std::map<std::string, std::vector<std::string>>& ev) {
  w.StartObject();
  if (!entities.empty()) key(w, "entities"), strings(w, entities);
  for (std::string_view t : kEventTypes) {
    auto it = ev.find(std::string(t));
    if (it != ev.end() && !it->second.empty()) key(w, t), strings(w, it->second);
  }
  w.EndObject();
}

}  // namespace

std::string report_json(const Evaluator& ev, bool per_article) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  const Summary& s = ev.summary();
  w.StartObject();
  key(w, "articles"), w.Int(s.articles);
  key(w, "skipped"), strings(w, ev.skipped());
  key(w, "entities"), counts_by_type(w, &s.entities, s.entity_types, kEntityTypes);
  key(w, "events"), counts_by_type(w, nullptr, s.events, kEventTypes);
  key(w, "meeting_visit"), counts(w, s.meeting_visit());
  key(w, "dates"), dates(w, s.dates_ok, s.dates_n);
  if (per_article) {
    key(w, "per_article");
    w.StartArray();
    for (const ArticleScore& a : ev.scores()) {
      w.StartObject();
      key(w, "id"), str(w, a.id);
      key(w, "entities"), counts_by_type(w, &a.entities, a.entity_types, kEntityTypes);
      key(w, "events"), counts_by_type(w, nullptr, a.events, kEventTypes);
      key(w, "dates"), dates(w, a.dates_ok, a.dates_n);
      key(w, "missed"), lists(w, a.missed_entities, a.missed);
      key(w, "invented"), lists(w, a.extra_entities, a.extra);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace actorgraph::eval
