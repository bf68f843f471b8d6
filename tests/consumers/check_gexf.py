"""GEXF 1.3 export of the samples' graph.json: its 1.3 structure checked as XML (namespace,
version, dynamic mode, date time format, each edge's start/end against its date and precision,
kind = type), then NetworkX (Debian's python3-networkx reads only the 1.1/1.2 drafts) reads it after
rewriting the namespace and version to 1.2draft, with every node and edge of graph.json.
"""
import calendar
import datetime
import json
import os
import xml.etree.ElementTree as ET

import consumers as c

try:
    import networkx as nx
except ImportError:
    raise SystemExit("FAILED: networkx is missing: scripts/install-deps installs python3-networkx")

NS13 = "http://gexf.net/1.3"
NS12 = "http://www.gexf.net/1.2draft"


def interval(date, precision):
    """The days an event may have happened on (gexf.h event_interval)."""
    d = datetime.date.fromisoformat(date)
    if precision in ("day", "document"):
        return d, d
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    if precision == "approx":
        return d - datetime.timedelta(days=7), d + datetime.timedelta(days=7)
    raise c.CheckFailed(f"unknown date precision {precision}")


def check_structure(path, g):
    root = ET.parse(path).getroot()
    c.equal(root.tag, f"{{{NS13}}}gexf", "root element")
    c.equal(root.get("version"), "1.3", "version")
    graph = root.find(f"{{{NS13}}}graph")
    c.check(graph is not None, "no <graph>")
    c.equal((graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")),
            ("dynamic", "date", "directed"), "graph mode, timeformat, defaultedgetype")
    edges = {e.get("id"): e for e in graph.iter(f"{{{NS13}}}edge")}
    c.equal(len(edges), len(g["edges"]), "distinct edge ids")
    dated = 0
    for e in g["edges"]:
        x = edges[e["id"]]
        c.equal(x.get("kind"), e["type"], f"kind of {e['id']}")
        if e["date"] is None:
            c.equal((x.get("start"), x.get("end")), (None, None), f"start/end of undated {e['id']}")
            continue
        dated += 1
        start, end = interval(e["date"], e["date_precision"])
        c.equal((x.get("start"), x.get("end")), (start.isoformat(), end.isoformat()), f"start/end of {e['id']}")
    c.check(dated > 0, "no dated edge in the samples' graph")
    return dated


def run(binary, graph_path, work):
    g = c.load_graph(graph_path)
    out = c.export(binary, graph_path, os.path.join(work, "graph.gexf"), "--to", "gexf")
    dated = check_structure(out, g)

    with open(out, encoding="utf-8") as f:
        text = f.read()
    c.check(f'xmlns="{NS13}"' in text and 'version="1.3"' in text, "no 1.3 namespace and version to rewrite")
    draft = os.path.join(work, "graph-1.2draft.gexf")
    with open(draft, "w", encoding="utf-8") as f:
        f.write(text.replace(f'xmlns="{NS13}"', f'xmlns="{NS12}"', 1)
                    .replace(f"{NS13} {NS13}/gexf.xsd", f"{NS12} {NS12}/gexf.xsd", 1)
                    .replace('version="1.3"', 'version="1.2"', 1))
    G = nx.read_gexf(draft)
    c.check(isinstance(G, nx.MultiDiGraph), f"read as {type(G).__name__}, expected a MultiDiGraph (parallel events)")
    c.equal(G.graph.get("mode"), "dynamic", "mode seen by networkx")
    c.equal(G.number_of_nodes(), len(g["nodes"]), "nodes")
    c.equal(G.number_of_edges(), len(g["edges"]), "edges")
    loops = sum(1 for e in g["edges"] if e["source"] == e["target"])
    c.equal(nx.number_of_selfloops(G), loops, "loops")
    by_key = {key: (u, v, d) for u, v, key, d in G.edges(keys=True, data=True)}
    c.equal(set(by_key), {e["id"] for e in g["edges"]}, "edge ids (multigraph keys)")
    for e in g["edges"]:
        u, v, d = by_key[e["id"]]
        c.equal((u, v), (e["source"], e["target"]), f"ends of {e['id']}")
        c.check(isinstance(d["sources"], int), f"sources of {e['id']} is not an integer")
        c.equal(json.loads(d["provenance"]), c.evidence(e), f"provenance of {e['id']}")
    for n in g["nodes"]:
        c.equal(G.nodes[n["id"]]["label"], n["label"], f"label of {n['id']}")

    return (f"GEXF 1.3 structure: {len(g['edges'])} edges, {dated} dated with start/end; networkx {nx.__version__} "
            f"read it as 1.2draft: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges as in graph.json")


if __name__ == "__main__":
    c.main(run)
