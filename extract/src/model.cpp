// Names of the model's enums, as written in graph.json and in the gazetteer's "type" column.
#include "actorgraph/extract/model.h"

#include <array>
#include <utility>

namespace actorgraph {
namespace {
constexpr std::array<std::pair<EntityType, std::string_view>, 6> kTypes{{
    {EntityType::person, "person"},
    {EntityType::state, "state"},
    {EntityType::organization, "organization"},
    {EntityType::military_base, "military_base"},
    {EntityType::location, "location"},
    {EntityType::media, "media"},
}};
}  // namespace

std::string_view to_string(EntityType t) {
  for (const auto& [type, name] : kTypes) {
    if (type == t) return name;
  }
  return "unknown";
}

std::optional<EntityType> entity_type_from_string(std::string_view s) {
  for (const auto& [type, name] : kTypes) {
    if (name == s) return type;
  }
  return std::nullopt;
}

}  // namespace actorgraph
