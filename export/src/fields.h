// Internal to the export module: what the GraphML, GEXF, Cytoscape and Neo4j writers share, so
// that the four cannot drift apart: the structured fields of nodes and edges as compact JSON text
// (for formats whose values are flat strings), and writing a file through a temporary name.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters::detail {

// ["a","b"]
std::string json_array(const std::vector<std::string>& items);
// [{"title","of","from","to"[,"title_ar"][,"former"]}], the shape of graph.json's roles.
std::string roles_json(const std::vector<Role>& roles);
// The edge's attributes as a JSON object of strings, without "sources" (exported as its own
// integer field everywhere, as graph::EdgeProps::sources.size()).
std::string attributes_json(const graph::EdgeProps& e);
// [{"document","sentence","start","end"}], the shape of graph.json's evidence: the provenance.
std::string provenance_json(const std::vector<Evidence>& evidence);
// Distinct document ids of the evidence, in order of first appearance.
std::vector<std::string> evidence_documents(const std::vector<Evidence>& evidence);
// "meeting 2025-10-15", or the type alone when undated: a label for tools that draw edge labels.
std::string edge_label(const graph::EdgeProps& e);

// Writes `path` through `write` into PATH.tmp and renames it over PATH on success, so a failure
// never leaves a truncated file; on failure the temporary file is removed. Errors name `path`:
// "PATH: cannot open for writing: REASON (expected a writable path)".
Status write_file(const std::string& path, const std::function<Status(std::ostream&)>& write);

}  // namespace actorgraph::exporters::detail
