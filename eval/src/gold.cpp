// Gold files: reading the JSON shape of ../shared/checks/seed-gold.json (gold.h).
#include "actorgraph/eval/gold.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace actorgraph::eval {
namespace {

// --- JSON ---

Error json_error(const std::string& file, std::string what) { return Error{file, 0, std::move(what), "a gold file of the shape of seed-gold.json"}; }

std::vector<std::string> string_list(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string string_of(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool bool_of(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

}  // namespace

Expected<std::vector<GoldArticle>> parse_gold(std::string_view json, const std::string& file) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError())
    return json_error(file, std::string("malformed JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) +
                                " at byte " + std::to_string(d.GetErrorOffset()));
  if (!d.IsObject()) return json_error(file, "the top level is not an object");
  auto ver = d.FindMember("version");
  if (ver == d.MemberEnd() || !ver->value.IsInt() || ver->value.GetInt() != 1)
    return json_error(file, "missing or unknown \"version\"");
  auto arts = d.FindMember("articles");
  if (arts == d.MemberEnd() || !arts->value.IsArray()) return json_error(file, "no \"articles\" array");
  std::vector<GoldArticle> out;
  for (const auto& a : arts->value.GetArray()) {
    if (!a.IsObject()) return json_error(file, "an article is not an object");
    GoldArticle ga;
    ga.id = string_of(a, "id");
    if (ga.id.empty()) return json_error(file, "an article has no \"id\"");
    ga.lang = string_of(a, "lang");
    std::string date = string_of(a, "date");
    if (!date.empty()) {
      ga.date = Date::parse_iso(date);
      if (!ga.date) return json_error(file, "article " + ga.id + ": bad date \"" + date + "\"");
    }
    auto ents = a.FindMember("entities");
    auto evs = a.FindMember("events");
    if (ents == a.MemberEnd() || !ents->value.IsArray() || evs == a.MemberEnd() || !evs->value.IsArray())
      return json_error(file, "article " + ga.id + ": no \"entities\" or \"events\" array");
    for (const auto& e : ents->value.GetArray()) {
      if (!e.IsObject()) return json_error(file, "article " + ga.id + ": an entity is not an object");
      GoldEntity ge{string_of(e, "en"), string_of(e, "type"), string_list(e, "ar"), string_list(e, "surface"),
                    bool_of(e, "optional")};
      if (ge.en.empty() || ge.type.empty()) return json_error(file, "article " + ga.id + ": an entity lacks \"en\" or \"type\"");
      ga.entities.push_back(std::move(ge));
    }
    for (const auto& e : evs->value.GetArray()) {
      if (!e.IsObject()) return json_error(file, "article " + ga.id + ": an event is not an object");
      GoldEvent ge;
      ge.type = string_of(e, "type");
      ge.a = string_of(e, "a");
      ge.b = string_of(e, "b");
      ge.alt_b = string_list(e, "alt_b");
      ge.precision = string_of(e, "precision");
      ge.place = string_of(e, "place");
      ge.via = string_of(e, "via");
      ge.optional = bool_of(e, "optional");
      std::string ed = string_of(e, "date");
      if (!ed.empty()) {
        ge.date = Date::parse_iso(ed);
        if (!ge.date) return json_error(file, "article " + ga.id + ": bad event date \"" + ed + "\"");
      }
      if (ge.type.empty() || ge.a.empty()) return json_error(file, "article " + ga.id + ": an event lacks \"type\" or \"a\"");
      ga.events.push_back(std::move(ge));
    }
    out.push_back(std::move(ga));
  }
  return out;
}

Expected<std::vector<GoldArticle>> load_gold_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path, 0, "cannot open the gold file", ""};
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_gold(ss.str(), path);
}


Expected<std::optional<GoldArticle>> load_gold_for(const std::string& gold_dir, const std::string& id) {
  if (id.empty() || id == "." || id == ".." || id.find('/') != std::string::npos) return std::optional<GoldArticle>();
  const std::string path = (std::filesystem::path(gold_dir) / (id + ".json")).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::optional<GoldArticle>();
  auto all = load_gold_file(path);
  if (!all) return all.error();
  for (GoldArticle& a : *all)
    if (a.id == id) return std::optional<GoldArticle>(std::move(a));
  return Error{path, 0, "no article \"" + id + "\" in the gold file", "the gold article of the file's name"};
}

}  // namespace actorgraph::eval
