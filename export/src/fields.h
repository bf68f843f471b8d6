// Internal to the export module: what the GraphML, GEXF, Cytoscape and Neo4j writers share, so
// that the four cannot drift apart: the structured fields of nodes and edges as compact JSON text
// (for formats whose values are flat strings), and writing a file through a temporary name.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters::detail {

// Serialises the structured fields as compact JSON into one reused buffer, so a million edges cost
// no allocation each once the buffer has grown. Each call returns a view that stays valid until
// the next call on the same object. Strings that are not valid UTF-8 are written with U+FFFD.
// One object per writer call: not thread-safe.
class JsonText {
 public:
  JsonText() : writer_(buffer_) {}
  // ["a","b"]
  std::string_view strings(const std::vector<std::string>& items);
  // [{"title","of","from","to"[,"title_ar"][,"former"]}], the shape of graph.json's roles.
  std::string_view roles(const std::vector<Role>& roles);
  // The edge's attributes as an object of strings, without "sources" (exported as its own integer
  // field everywhere, as graph::EdgeProps::sources.size()).
  std::string_view attributes(const graph::EdgeProps& e);
  // [{"document","sentence","start","end"}], the shape of graph.json's evidence: the provenance.
  std::string_view provenance(const std::vector<Evidence>& evidence);

 private:
  void start();
  std::string_view done() const { return {buffer_.GetString(), buffer_.GetSize()}; }
  void put(std::string_view s);
  void put_or_null(std::string_view s);
  void put_date(const std::optional<Date>& d);

  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;  // no validation flag: put() repairs instead
  std::string scratch_;
};

// The same as strings, for callers outside a loop over every edge (one allocation each).
std::string json_array(const std::vector<std::string>& items);
std::string roles_json(const std::vector<Role>& roles);
std::string attributes_json(const graph::EdgeProps& e);
std::string provenance_json(const std::vector<Evidence>& evidence);

// Distinct document ids of the evidence, in order of first appearance, into `out` (cleared).
// Quadratic in the evidence of one edge, which is a handful of reports.
void evidence_documents(const std::vector<Evidence>& evidence, std::vector<std::string_view>& out);

// "meeting 2025-10-15", or the type alone when undated: a label for tools that draw edge labels.
void append_edge_label(std::string& out, const graph::EdgeProps& e);

// Writes `path` through `write` into PATH.tmp and renames it over PATH on success, so a failure
// never leaves a truncated file; on failure the temporary file is removed. Errors name `path`:
// "PATH: cannot open for writing: REASON (expected a writable path)".
Status write_file(const std::string& path, const std::function<Status(std::ostream&)>& write);

}  // namespace actorgraph::exporters::detail
