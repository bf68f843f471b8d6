// actorgraph: the command-line program. Parses options, calls the libraries, prints.
//
//   actorgraph build samples/ -o out          # graph.json, graph.dot, graph.svg
//   actorgraph extract news.jsonl > mentions.jsonl
//   actorgraph query out/graph.json met --actor بوتين
//   actorgraph export out/graph.json --to gexf -o graph.gexf
//   actorgraph eval samples/gold samples/     # precision, recall, F1 against gold files
//   actorgraph actors --unknown news.jsonl > review.tsv
//
// Exit status: 0 ok, 1 bad input (or data), 2 bad usage. No exception escapes main.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "actorgraph/eval/score.h"
#include "actorgraph/eval/unknown_actors.h"
#include "actorgraph/export/dot.h"
#include "actorgraph/export/json.h"
#include "actorgraph/extract/date.h"
#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/input.h"
#include "actorgraph/extract/pipeline.h"
#include "actorgraph/graph/actor_graph.h"
#include "actorgraph/graph/query.h"
#include "args.h"
#include "commands.h"
#include "data_dir.h"

namespace fs = std::filesystem;
using actorgraph::cli::OptionSpec;
using actorgraph::cli::ParsedArgs;
using actorgraph::cli::display_width;
using actorgraph::cli::input_error;
using actorgraph::cli::kBadInput;
using actorgraph::cli::kBadUsage;
using actorgraph::cli::kOk;
using actorgraph::cli::parse;
using actorgraph::cli::usage_error;

namespace {

constexpr long kProgressEvery = 1000;

const char* const kMainUsage =
    "Usage: actorgraph COMMAND [OPTIONS]\n"
    "\n"
    "Turns news articles about geopolitical actors into a dated actor graph.\n"
    "\n"
    "Commands:\n"
    "  build INPUT... -o DIR     extract every article and write DIR/graph.json, graph.dot, graph.svg\n"
    "  extract INPUT...          print one JSON line per article (mentions and events)\n"
    "  query GRAPH.json QUERY    met, timeline, ego, path, rank or actors: who met whom, what one\n"
    "                            actor did, who is around it, how two are connected, who is central,\n"
    "                            which nodes match a name (see actorgraph query --help)\n"
    "  export GRAPH.json --to FORMAT -o FILE\n"
    "                            the graph or a window of it as dot, svg, png, graphml, gexf,\n"
    "                            cytoscape or neo4j (see actorgraph export --help)\n"
    "  eval GOLD_DIR INPUT...    precision, recall and F1 of extraction against gold files\n"
    "  actors --unknown INPUT... actors found through titles but absent from the actor base,\n"
    "                            in the actor-base format, for review\n"
    "\n"
    "INPUT is a .txt file (one article), a .jsonl file (one article per line), a directory\n"
    "(every .txt and .jsonl under it, in sorted order) or - (JSON Lines on stdin).\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help (also after a command: actorgraph build --help)\n"
    "  --version      print the version and the data directory in use\n"
    "\n"
    "Exit status: 0 ok, 1 bad input, 2 bad usage.\n";

const char* const kBuildUsage =
    "Usage: actorgraph build INPUT... -o DIR [OPTIONS]\n"
    "\n"
    "Extracts every article of the inputs, merges them into one graph and writes\n"
    "DIR/graph.json, DIR/graph.dot and DIR/graph.svg (DIR is created if needed).\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR      where to write the graph (required)\n"
    "  --data-dir DIR        gazetteer/ and lexicons/ to use (default: found automatically)\n"
    "  --gazetteer FILE      an extra gazetteer file; may be repeated\n"
    "  --keep-going          report bad articles and go on; exit 1 at the end if any was bad\n"
    "  --quiet               no progress messages\n"
    "  -h, --help            show this help\n";

const char* const kExtractUsage =
    "Usage: actorgraph extract INPUT... [OPTIONS]\n"
    "\n"
    "Prints exactly one JSON line per article on stdout:\n"
    "  {\"document\": {...}, \"mentions\": [...], \"events\": [...]}\n"
    "Offsets are Unicode code points into the article text as given. Warnings go to stderr.\n"
    "\n"
    "Options:\n"
    "  --data-dir DIR        gazetteer/ and lexicons/ to use (default: found automatically)\n"
    "  --gazetteer FILE      an extra gazetteer file; may be repeated\n"
    "  --keep-going          report bad articles and go on; exit 1 at the end if any was bad\n"
    "  --quiet               no progress messages\n"
    "  -h, --help            show this help\n";

const char* const kEvalUsage =
    "Usage: actorgraph eval GOLD_DIR INPUT... [OPTIONS]\n"
    "\n"
    "Extracts every article of the inputs, builds one graph per article and compares it with\n"
    "GOLD_DIR/<article id>.json (gold files of the shape of seed-gold.json, see samples/README.md),\n"
    "with the rules of score.py. Prints precision, recall and F1 per entity type and per event\n"
    "type, the meeting+visit F1, and the share of dated gold events found with the right date.\n"
    "Articles without a gold file are reported on stderr and skipped.\n"
    "\n"
    "Options:\n"
    "  --data-dir DIR        gazetteer/ and lexicons/ to use (default: found automatically)\n"
    "  --gazetteer FILE      an extra gazetteer file; may be repeated\n"
    "  --verbose             list what was missed and invented in each article\n"
    "  --format table|json   output format (default: table)\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 when it ran (the figures are the output), 1 on bad input, 2 on bad usage.\n";

const char* const kActorsUsage =
    "Usage: actorgraph actors --unknown INPUT... [OPTIONS]\n"
    "\n"
    "Lists the persons and organisations found through their titles but absent from the actor\n"
    "base, as a gazetteer file (data/README.md) an analyst can review and pass with --gazetteer:\n"
    "one entry per actor with a proposed id, its names and country, and above it, as comments,\n"
    "the number of articles and mentions, its roles and an example sentence.\n"
    "\n"
    "Options:\n"
    "  --unknown             list actors absent from the actor base (required)\n"
    "  --min-count N         only actors found in at least N articles (default 1)\n"
    "  --data-dir DIR        gazetteer/ and lexicons/ to use (default: found automatically)\n"
    "  --gazetteer FILE      an extra gazetteer file; may be repeated (its actors are known)\n"
    "  -h, --help            show this help\n";

// Parses a command's options; on bad usage prints the error and sets exit_code.
const std::vector<OptionSpec> kInputSpecs = {
    {"output", 'o', true, false}, {"data-dir", 0, true, false}, {"gazetteer", 0, true, true},
    {"keep-going", 0, false, false}, {"quiet", 0, false, false}, {"help", 'h', false, false},
};

std::optional<actorgraph::Extractor> load_extractor(const ParsedArgs& args, const char* argv0, int& exit_code) {
  const std::string* given = args.value("data-dir");
  auto dir = actorgraph::cli::find_data_dir(given != nullptr ? *given : std::string(), argv0);
  if (!dir) {
    exit_code = input_error(dir.error().message());
    return std::nullopt;
  }
  auto ex = actorgraph::Extractor::load({.data_dir = *dir, .extra_gazetteers = args.values("gazetteer")});
  if (!ex) {
    exit_code = input_error(ex.error().message());
    return std::nullopt;
  }
  return std::move(*ex);
}

// Runs the extractor over every article of the inputs, calling sink(result) for each good one.
// Returns the exit code: bad articles stop the run unless --keep-going.
template <class Sink>
int for_each_article(const ParsedArgs& args, const actorgraph::Extractor& ex, bool quiet, Sink&& sink) {
  const bool keep_going = args.has("keep-going");
  actorgraph::InputReader reader(args.positional, std::cin);
  long bad = 0;
  long good = 0;
  const bool completed = actorgraph::ExtractionPipeline::run(
      reader, ex, {}, [&](actorgraph::ExtractionPipeline::Item&& item) {
        if (const auto* err = std::get_if<actorgraph::Error>(&item)) {
          ++bad;
          std::cerr << "actorgraph: " << err->message() << "\n";
          return keep_going;
        }
        sink(std::get<actorgraph::ArticleResult>(item));
        if (!quiet && ++good % kProgressEvery == 0) std::cerr << "actorgraph: " << good << " articles\n";
        return true;
      });
  if (!completed) return kBadInput;
  if (bad > 0) {
    std::cerr << "actorgraph: " << bad << " bad article" << (bad == 1 ? "" : "s") << " skipped\n";
    return kBadInput;
  }
  return kOk;
}

int cmd_build(char** first, char** last, const char* argv0) {
  ParsedArgs args;
  int code = kOk;
  if (!parse(first, last, kInputSpecs, "build", args, code)) return code;
  if (args.has("help")) {
    std::cout << kBuildUsage;
    return kOk;
  }
  if (args.positional.empty()) return usage_error("build needs at least one INPUT", "build");
  const std::string* out = args.value("output");
  if (out == nullptr) return usage_error("build needs -o DIR", "build");
  const bool quiet = args.has("quiet");

  auto ex = load_extractor(args, argv0, code);
  if (!ex) return code;
  const fs::path dir(*out);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    return input_error(*out + ": cannot create directory: " + (ec ? ec.message() : "not a directory"));
  }

  actorgraph::graph::ActorGraph graph;
  long articles = 0;
  code = for_each_article(args, *ex, quiet, [&](const actorgraph::ArticleResult& r) {
    graph.add(r);
    ++articles;
  });
  if (code != kOk && !args.has("keep-going")) return code;

  // graph.json is written to a temporary name first so a failed run never leaves a truncated file.
  const fs::path json_path = dir / "graph.json";
  const fs::path json_tmp = dir / "graph.json.tmp";
  {
    std::ofstream os(json_tmp, std::ios::binary);
    if (!os) return input_error(json_tmp.string() + ": cannot write");
    const actorgraph::Status st = actorgraph::exporters::write_graph_json(graph, os);
    os.close();
    if (!st || !os) {
      fs::remove(json_tmp, ec);
      return input_error(st ? json_tmp.string() + ": cannot write" : st.error().message());
    }
  }
  fs::rename(json_tmp, json_path, ec);
  if (ec) return input_error(json_path.string() + ": cannot write: " + ec.message());
  if (auto st = actorgraph::exporters::write_dot(graph, (dir / "graph.dot").string()); !st) {
    return input_error(st.error().message());
  }
  if (auto st = actorgraph::exporters::render_svg(graph, (dir / "graph.svg").string()); !st) {
    return input_error(st.error().message());
  }
  if (!quiet) {
    std::cerr << "actorgraph: " << articles << " articles, " << graph.num_nodes() << " nodes, " << graph.num_edges()
              << " edges -> " << (dir / "graph.json").string() << ", graph.dot, graph.svg\n";
  }
  return code;
}

int cmd_extract(char** first, char** last, const char* argv0) {
  ParsedArgs args;
  int code = kOk;
  std::vector<OptionSpec> specs = kInputSpecs;
  specs.erase(specs.begin());  // no --output: results go to stdout
  if (!parse(first, last, specs, "extract", args, code)) return code;
  if (args.has("help")) {
    std::cout << kExtractUsage;
    return kOk;
  }
  if (args.positional.empty()) return usage_error("extract needs at least one INPUT", "extract");
  auto ex = load_extractor(args, argv0, code);
  if (!ex) return code;
  long articles = 0;
  code = for_each_article(args, *ex, args.has("quiet"), [&](const actorgraph::ArticleResult& r) {
    std::cout << actorgraph::exporters::article_json_line(r) << '\n';
    ++articles;
  });
  std::cout.flush();
  if (!std::cout) return input_error("cannot write to stdout");
  if (!args.has("quiet") && articles >= kProgressEvery) std::cerr << "actorgraph: " << articles << " articles\n";
  return code;
}

std::string fixed(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

// Prints rows as columns separated by two spaces (widths in code points): the first column
// left-aligned, the others (figures) right-aligned.
void print_figures(const std::vector<std::vector<std::string>>& table) {
  std::vector<size_t> width;
  for (const auto& row : table) {
    if (width.size() < row.size()) width.resize(row.size(), 0);
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  }
  for (const auto& row : table) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      const size_t pad = width[i] - display_width(row[i]);
      if (i > 0) line.append(pad + 2, ' ');
      line += row[i];
      if (i == 0 && row.size() > 1) line.append(pad, ' ');
    }
    std::cout << line << '\n';
  }
}

std::vector<std::string> counts_row(const std::string& name, const actorgraph::eval::Counts& c) {
  return {name, std::to_string(c.tp), std::to_string(c.pred), std::to_string(c.gold), fixed(c.precision()),
          fixed(c.recall()), fixed(c.f1())};
}

void print_article_details(const actorgraph::eval::ArticleScore& s) {
  using actorgraph::eval::kEventTypes;
  std::cout << s.id << ": entities " << s.entities.tp << "/" << s.entities.gold;
  for (std::string_view t : kEventTypes) {
    const auto& c = s.events.at(std::string(t));
    std::cout << ", " << t << " " << c.tp << "/" << c.gold << " (" << c.pred - c.tp << " invented)";
  }
  std::cout << ", dates " << s.dates_ok << "/" << s.dates_n << "\n";
  for (const auto& e : s.missed_entities) std::cout << "  missed entity: " << e << "\n";
  for (const auto& e : s.extra_entities) std::cout << "  invented entity: " << e << "\n";
  for (std::string_view t : kEventTypes) {
    if (auto it = s.missed.find(std::string(t)); it != s.missed.end())
      for (const auto& k : it->second) std::cout << "  missed " << t << ": " << k << "\n";
    if (auto it = s.extra.find(std::string(t)); it != s.extra.end())
      for (const auto& k : it->second) std::cout << "  invented " << t << ": " << k << "\n";
  }
}

void print_eval_table(const actorgraph::eval::Evaluator& ev, bool verbose) {
  using actorgraph::eval::kEntityTypes;
  using actorgraph::eval::kEventTypes;
  const actorgraph::eval::Summary& s = ev.summary();
  if (verbose) {
    for (const auto& a : ev.scores()) print_article_details(a);
    if (!ev.scores().empty()) std::cout << "\n";
  }
  std::cout << s.articles << " article" << (s.articles == 1 ? "" : "s") << " scored, " << ev.skipped().size()
            << " without a gold file\n\n";
  std::vector<std::vector<std::string>> table = {{"", "tp", "pred", "gold", "precision", "recall", "F1"}};
  table.push_back(counts_row("entities", s.entities));
  for (std::string_view t : kEntityTypes) table.push_back(counts_row("  " + std::string(t), s.entity_types.at(std::string(t))));
  table.push_back({"events"});
  for (std::string_view t : kEventTypes) table.push_back(counts_row("  " + std::string(t), s.events.at(std::string(t))));
  table.push_back(counts_row("meeting+visit", s.meeting_visit()));
  print_figures(table);
  const auto share = s.date_share();
  std::cout << "\ndates right: " << s.dates_ok << "/" << s.dates_n << " (" << (share ? fixed(*share) : "-")
            << ")\n";
}

int cmd_eval(char** first, char** last, const char* argv0) {
  ParsedArgs args;
  int code = kOk;
  const std::vector<OptionSpec> specs = {{"data-dir", 0, true, false}, {"gazetteer", 0, true, true},
                                         {"verbose", 0, false, false}, {"format", 0, true, false},
                                         {"help", 'h', false, false}};
  if (!parse(first, last, specs, "eval", args, code)) return code;
  if (args.has("help")) {
    std::cout << kEvalUsage;
    return kOk;
  }
  if (args.positional.empty()) return usage_error("eval needs GOLD_DIR and at least one INPUT", "eval");
  if (args.positional.size() < 2) return usage_error("eval needs at least one INPUT after GOLD_DIR", "eval");
  const std::string* format = args.value("format");
  const bool json = format != nullptr && *format == "json";
  if (format != nullptr && !json && *format != "table")
    return usage_error("unknown format " + *format + " (known: table, json)", "eval");
  const bool verbose = args.has("verbose");

  const std::string gold_dir = args.positional.front();
  std::error_code ec;
  if (!fs::is_directory(gold_dir, ec)) return input_error(gold_dir + ": not a directory (expected GOLD_DIR with <article id>.json files)");
  args.positional.erase(args.positional.begin());
  auto ex = load_extractor(args, argv0, code);
  if (!ex) return code;

  actorgraph::eval::Evaluator ev(gold_dir);
  bool gold_ok = true;
  code = for_each_article(args, *ex, true, [&](const actorgraph::ArticleResult& r) {
    if (!gold_ok) return;
    const size_t skipped = ev.skipped().size();
    if (const actorgraph::Status st = ev.add(r); !st) {
      std::cerr << "actorgraph: " << st.error().message() << "\n";
      gold_ok = false;
    } else if (ev.skipped().size() > skipped) {
      std::cerr << "actorgraph: " << r.document.id << ": no gold file "
                << (fs::path(gold_dir) / (r.document.id + ".json")).string() << ": skipped\n";
    }
  });
  if (code != kOk) return code;
  if (!gold_ok) return kBadInput;
  if (ev.summary().articles == 0) return input_error("no article of the inputs has a gold file in " + gold_dir);
  if (json) std::cout << actorgraph::eval::report_json(ev, verbose) << '\n';
  else print_eval_table(ev, verbose);
  std::cout.flush();
  if (!std::cout) return input_error("cannot write to stdout");
  return kOk;
}

int cmd_actors(char** first, char** last, const char* argv0) {
  ParsedArgs args;
  int code = kOk;
  const std::vector<OptionSpec> specs = {{"unknown", 0, false, false}, {"min-count", 0, true, false},
                                         {"data-dir", 0, true, false}, {"gazetteer", 0, true, true},
                                         {"help", 'h', false, false}};
  if (!parse(first, last, specs, "actors", args, code)) return code;
  if (args.has("help")) {
    std::cout << kActorsUsage;
    return kOk;
  }
  if (!args.has("unknown")) return usage_error("actors needs --unknown (the only listing so far)", "actors");
  if (args.positional.empty()) return usage_error("actors needs at least one INPUT", "actors");
  int min_count = 1;
  if (const std::string* v = args.value("min-count")) {
    const bool digits = !v->empty() && v->size() <= 9 && std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoi(*v) < 1) return usage_error("--min-count " + *v + " is not a positive number", "actors");
    min_count = std::stoi(*v);
  }
  auto ex = load_extractor(args, argv0, code);
  if (!ex) return code;
  actorgraph::eval::UnknownActors unknown;
  code = for_each_article(args, *ex, false, [&](const actorgraph::ArticleResult& r) { unknown.add(r); });
  if (code != kOk) return code;
  const auto actors = unknown.actors(min_count);
  actorgraph::eval::write_actor_base(std::cout, actors, &ex->gazetteer());
  std::cout.flush();
  if (!std::cout) return input_error("cannot write to stdout");
  std::cerr << "actorgraph: " << actors.size() << " unknown actor" << (actors.size() == 1 ? "" : "s") << "\n";
  return kOk;
}

int run(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) return usage_error("missing command", nullptr);
  const std::string command = argv[1];
  char** rest = argv + 2;
  char** end = argv + argc;
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kMainUsage;
    return kOk;
  }
  if (command == "--version") {
    // The data directory in use is shown so an installation can be checked (tests do).
    const auto dir = actorgraph::cli::find_data_dir("", argv[0]);
    std::cout << "actorgraph " << ACTORGRAPH_VERSION << "\n"
              << "data: " << (dir ? *dir : "not found: " + dir.error().message()) << "\n";
    return kOk;
  }
  if (command == "build") return cmd_build(rest, end, argv[0]);
  if (command == "extract") return cmd_extract(rest, end, argv[0]);
  if (command == "query") return actorgraph::cli::cmd_query(rest, end);
  if (command == "export") return actorgraph::cli::cmd_export(rest, end);
  if (command == "eval") return cmd_eval(rest, end, argv[0]);
  if (command == "actors") return cmd_actors(rest, end, argv[0]);
  if (!command.empty() && command[0] == '-') return usage_error("unknown option " + command, nullptr);
  return usage_error("unknown command " + command, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "actorgraph: out of memory\n";
  } catch (const std::exception& e) {
    std::cerr << "actorgraph: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "actorgraph: internal error\n";
  }
  return kBadInput;
}
