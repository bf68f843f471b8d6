// Neo4j export: CSV files for `neo4j-admin` bulk import into a new database, and a Cypher script
// that loads the same files into an existing one.
//
//   if (Status st = exporters::write_neo4j(*sub, "out/neo4j"); !st) report(st.error());
//
//   new database (Neo4j 5), from out/neo4j:
//     neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
//         --multiline-fields=true neo4j
//   existing database, nodes.csv and relationships.csv copied into its import directory:
//     cypher-shell -u neo4j -f load.cypher
//
// The folder (created when missing; existing files of these names are replaced):
//   nodes.csv          id:ID(Actor),:LABEL,label,type,name_ar,name_en,country,aliases:string[],roles
//                      :LABEL is "Actor;Person" (Actor;State, Actor;Organization,
//                      Actor;MilitaryBase, Actor;Location, Actor;Media)
//   relationships.csv  :START_ID(Actor),:END_ID(Actor),:TYPE,id,type,date:date,date_precision,place,
//                      sources:int,attributes,documents:string[],provenance
//                      :TYPE is the event type in upper case (MEETING, HOLDS_ROLE ...)
//   load.cypher        LOAD CSV WITH HEADERS + MERGE on Actor.id and on the relationship id, so a
//                      second run updates instead of duplicating; dates converted with date()
//   README.md          the two commands above and the counts
// Arrays are joined with ';' (a ';' inside an element becomes U+FF1B '；', the format has no
// escape); roles, attributes and provenance ([{"document","sentence","start","end"}]) are JSON
// text. Fields are RFC 4180 CSV: quoted when needed, sentences may hold newlines (hence
// --multiline-fields=true). An empty field means "no property" (no date, no country ...).
// Every edge is one relationship, loops included; nodes in graph order, edges in id order.
#pragma once

#include <ostream>
#include <string>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

// The four files, each through a temporary name renamed on success (see write_graphml). Errors
// name the folder or file: "DIR: cannot create directory: REASON (expected a writable folder)".
Status write_neo4j(const graph::ActorGraph& g, const std::string& dir);

// The files one by one (write_neo4j calls these). Each fails only when the stream does.
Status write_neo4j_nodes(const graph::ActorGraph& g, std::ostream& out);
Status write_neo4j_relationships(const graph::ActorGraph& g, std::ostream& out);
Status write_neo4j_cypher(const graph::ActorGraph& g, std::ostream& out);
Status write_neo4j_readme(const graph::ActorGraph& g, std::ostream& out);

}  // namespace actorgraph::exporters
