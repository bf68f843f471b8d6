// graph.json, the contract for dashboards and for `actorgraph query`, and the one-line-per-article
// JSON of `actorgraph extract`. Both are written with RapidJSON and validated as UTF-8 on the way out.
//
//   std::ofstream out(path + ".tmp");
//   if (Status s = exporters::write_graph_json(g, out); !s) { report(s.error()); remove(...); }
//   Expected<graph::ActorGraph> back = exporters::read_graph_json(path);
//   std::cout << exporters::article_json_line(result) << "\n";
//
// graph.json (schema/graph.schema.json is the normative description):
//   {"format": "actorgraph", "version": 1,
//    "documents": [{"id", "url", "date", "lang", "title"}],       empty strings are null
//    "nodes": [{"id", "type", "label", "names": {"ar", "en"}, "aliases": [...],
//               "roles": [{"title", "of", "from", "to", "title_ar"?, "former"?}], "country"?}],
//    "edges": [{"id", "type", "source", "target", "date": "YYYY-MM-DD"|null, "date_precision",
//               "place": node id|null, "attributes": {string: string, "sources": int when > 1},
//               "evidence": [{"document", "sentence", "start", "end"}]}]}
// attributes.sources counts the distinct outlets among the evidence (url host without www., else
// the document id: graph::ActorGraph::outlet_of).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "actorgraph/extract/model.h"
#include "actorgraph/extract/status.h"
#include "actorgraph/graph/actor_graph.h"

namespace actorgraph::exporters {

// Writes graph.json. Fails (Error.what names the node/edge and field) on a string that is not valid
// UTF-8; output is flushed element by element, so on failure the stream holds a truncated prefix
// without the bad string: write to a temporary file and rename on success. Also fails when the
// stream reports an error.
Status write_graph_json(const graph::ActorGraph& g, std::ostream& out, bool pretty = true);

// Reads graph.json back (for `query`, or to extend a graph). Errors carry the path, the line of a
// syntax error, and which element is wrong. Cost: the file is streamed element by element, so
// memory is the graph's own plus a small buffer (README "Benchmark": a 1M-edge, 700 MB file);
// a file whose top-level members are not in the writer's order is read as one DOM instead.
Expected<graph::ActorGraph> read_graph_json(const std::string& path);
// Same from memory; `name` stands for the file in error messages.
Expected<graph::ActorGraph> parse_graph_json(std::string_view json, const std::string& name);

// One line (no newline inside, none at the end) for `actorgraph extract`:
//   {"document": {...}, "mentions": [{"start", "end", "text", "type", "entity"}],
//    "entities": [node objects], "events": [edge objects with one evidence item; ids e1.. local to
//    the article]}
// Never fails: a string that is not valid UTF-8 (which the input reader should have rejected) is
// written with U+FFFD in place of the bad bytes.
std::string article_json_line(const ArticleResult& article);

}  // namespace actorgraph::exporters
