#include "actorgraph/export/neo4j.h"

#include <filesystem>
#include <string_view>
#include <unordered_set>

#include <boost/range/iterator_range.hpp>

#include "escape.h"
#include "fields.h"

namespace actorgraph::exporters {
namespace {

std::string_view node_label(EntityType t) {
  switch (t) {
    case EntityType::person: return "Person";
    case EntityType::state: return "State";
    case EntityType::organization: return "Organization";
    case EntityType::military_base: return "MilitaryBase";
    case EntityType::location: return "Location";
    case EntityType::media: return "Media";
  }
  return "Actor";
}

constexpr EntityType kEntityTypes[] = {EntityType::person,        EntityType::state,    EntityType::organization,
                                       EntityType::military_base, EntityType::location, EntityType::media};

// meeting -> MEETING, holds_role -> HOLDS_ROLE: Neo4j's convention for relationship types.
std::string relationship_type(std::string_view type) {
  std::string t(type);
  for (char& c : t)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return t;
}

// A Cypher string literal body (inside '...') and a backquoted name body (inside `...`).
std::string cypher_string(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out;
}
std::string cypher_name(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '`') out += '`';
    out += c;
  }
  return out;
}

// Relationship types in the order of their first edge.
std::vector<std::string> edge_types(const graph::ActorGraph& ag) {
  std::vector<std::string> types;
  std::unordered_set<std::string_view> seen;
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const std::string& t = ag.edge(ag.edge_at(i)).type;
    if (seen.insert(t).second) types.push_back(t);
  }
  return types;
}

Status finish(std::ostream& out) {
  out.flush();
  if (!out) return Error{"", 0, "write failed", ""};
  return Status::Ok();
}

}  // namespace

Status write_neo4j_nodes(const graph::ActorGraph& ag, std::ostream& out) {
  const graph::Graph& g = ag.graph();
  out << "id:ID(Actor),:LABEL,label,type,name_ar,name_en,country,aliases:string[],roles\n";
  std::string line, scratch;
  detail::JsonText json;
  for (graph::Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::NodeProps& n = g[v];
    line.clear();
    detail::append_csv(line, n.id);
    line += ",Actor;";
    line += node_label(n.type);
    line += ',';
    detail::append_csv(line, n.label);
    line += ',';
    line += to_string(n.type);
    line += ',';
    detail::append_csv(line, n.name_ar);
    line += ',';
    detail::append_csv(line, n.name_en);
    line += ',';
    detail::append_csv(line, n.country);
    line += ',';
    detail::append_csv_array(line, n.aliases, scratch);
    line += ',';
    if (!n.roles.empty()) detail::append_csv(line, json.roles(n.roles));
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    if (!out) return Error{"", 0, "write failed", ""};
  }
  return finish(out);
}

Status write_neo4j_relationships(const graph::ActorGraph& ag, std::ostream& out) {
  const graph::Graph& g = ag.graph();
  out << ":START_ID(Actor),:END_ID(Actor),:TYPE,id,type,date:date,date_precision,place,sources:int,attributes,"
         "documents:string[],provenance\n";
  std::string line, scratch;
  std::vector<std::string_view> documents;
  detail::JsonText json;
  for (size_t i = 0; i < ag.num_edges(); ++i) {
    const graph::Edge e = ag.edge_at(i);
    const graph::EdgeProps& p = g[e];
    line.clear();
    detail::append_csv(line, g[boost::source(e, g)].id);
    line += ',';
    detail::append_csv(line, g[boost::target(e, g)].id);
    line += ',';
    detail::append_csv(line, relationship_type(p.type));
    line += ',';
    detail::append_csv(line, p.id);
    line += ',';
    detail::append_csv(line, p.type);
    line += ',';
    if (p.date) line += p.date->iso();
    line += ',';
    line += to_string(p.precision);
    line += ',';
    detail::append_csv(line, p.place);
    line += ',';
    line += std::to_string(p.sources.size());
    line += ',';
    detail::append_csv(line, json.attributes(p));
    line += ',';
    detail::evidence_documents(p.evidence, documents);
    detail::append_csv_array(line, documents, scratch);
    line += ',';
    detail::append_csv(line, json.provenance(p.evidence));
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    if (!out) return Error{"", 0, "write failed", ""};
  }
  return finish(out);
}

Status write_neo4j_cypher(const graph::ActorGraph& ag, std::ostream& out) {
  out << "// Loads nodes.csv and relationships.csv (written by `actorgraph export --to neo4j`) into an existing\n"
         "// Neo4j 5 database. Copy both files into the database's import directory, then run\n"
         "//   cypher-shell -u neo4j -f load.cypher\n"
         "// MERGE on Actor.id and on each relationship's id: running it again updates, never duplicates.\n"
         "// LOAD CSV reads every value as a string (an empty one as null): dates go through date(),\n"
         "// counts through toInteger(), arrays through split(_, ';').\n"
         "\n"
         "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n"
         "\n"
         "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n"
         "MERGE (a:Actor {id: row.`id:ID(Actor)`})\n"
         "SET a.label = row.label, a.type = row.type, a.name_ar = row.name_ar, a.name_en = row.name_en,\n"
         "    a.country = row.country,\n"
         "    a.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null\n"
         "                     ELSE split(row.`aliases:string[]`, ';') END,\n"
         "    a.roles = row.roles\n";
  for (EntityType t : kEntityTypes) {
    out << "FOREACH (_ IN CASE WHEN row.type = '" << to_string(t) << "' THEN [1] ELSE [] END | SET a:"
        << node_label(t) << ")\n";
  }
  out << ";\n";
  // A relationship type cannot be a parameter in plain Cypher: one statement per type in the graph.
  for (const std::string& type : edge_types(ag)) {
    const std::string rel = relationship_type(type);
    out << "\n"
           "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
           "WITH row WHERE row.`:TYPE` = '"
        << cypher_string(rel)
        << "'\n"
           "MATCH (s:Actor {id: row.`:START_ID(Actor)`})\n"
           "MATCH (t:Actor {id: row.`:END_ID(Actor)`})\n"
           "MERGE (s)-[r:`"
        << cypher_name(rel)
        << "` {id: row.id}]->(t)\n"
           "SET r.type = row.type,\n"
           "    r.date = CASE WHEN coalesce(row.`date:date`, '') = '' THEN null ELSE date(row.`date:date`) END,\n"
           "    r.date_precision = row.date_precision, r.place = row.place,\n"
           "    r.sources = toInteger(row.`sources:int`), r.attributes = row.attributes,\n"
           "    r.documents = CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null\n"
           "                       ELSE split(row.`documents:string[]`, ';') END,\n"
           "    r.provenance = row.provenance;\n";
  }
  return finish(out);
}

Status write_neo4j_readme(const graph::ActorGraph& ag, std::ostream& out) {
  out << "# actorgraph graph for Neo4j\n"
         "\n"
      << ag.num_nodes() << " actors (nodes.csv) and " << ag.num_edges()
      << " events and relations (relationships.csv), written by `actorgraph export --to neo4j`.\n"
         "\n"
         "Into a new database (Neo4j 5; for 4.4: `neo4j-admin import` with the same options):\n"
         "\n"
         "    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\\n"
         "        --multiline-fields=true neo4j\n"
         "\n"
         "Into an existing database: copy nodes.csv and relationships.csv into its import directory, then\n"
         "\n"
         "    cypher-shell -u neo4j -f load.cypher\n"
         "\n"
         "Nodes are labelled Actor and Person, State, Organization, MilitaryBase, Location or Media, keyed by\n"
         "`id` (the graph.json node id). Relationship types are the event types in upper case (MEETING,\n"
         "VISIT, CALL, STATEMENT, HOLDS_ROLE ...), with `id` (the graph.json edge id), `date`, `date_precision`,\n"
         "`place` (a node id), `sources` (distinct outlets), `attributes` (JSON), `documents` and `provenance`\n"
         "(JSON: document, sentence, start and end offsets in code points). Arrays are joined with `;`.\n";
  return finish(out);
}

Status write_neo4j(const graph::ActorGraph& g, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    return Error{dir, 0, "not a directory", "a folder for the CSV files"};
  fs::create_directories(dir, ec);
  if (ec) return Error{dir, 0, "cannot create directory: " + ec.message(), "a writable folder"};
  const fs::path base(dir);
  using Writer = Status (*)(const graph::ActorGraph&, std::ostream&);
  const std::pair<const char*, Writer> files[] = {{"nodes.csv", &write_neo4j_nodes},
                                                  {"relationships.csv", &write_neo4j_relationships},
                                                  {"load.cypher", &write_neo4j_cypher},
                                                  {"README.md", &write_neo4j_readme}};
  for (const auto& [name, write] : files) {
    if (Status s = detail::write_file((base / name).string(), [&](std::ostream& out) { return write(g, out); }); !s)
      return s;
  }
  return Status::Ok();
}

}  // namespace actorgraph::exporters
