"""NetworkX (Debian's python3-networkx) reads the GraphML export of the samples' graph.json with
every node and edge: the same counts, the graph.json edge ids as multigraph keys, typed values,
each edge's provenance; and a windowed export keeps exactly the edges graph.json has in the window.
"""
import json
import os

import consumers as c

try:
    import networkx as nx
except ImportError:
    raise SystemExit("FAILED: networkx is missing: scripts/install-deps installs python3-networkx")


def run(binary, graph_path, work):
    g = c.load_graph(graph_path)
    out = c.export(binary, graph_path, os.path.join(work, "graph.graphml"), "--to", "graphml")
    G = nx.read_graphml(out)
    c.check(isinstance(G, nx.MultiDiGraph), f"read as {type(G).__name__}, expected a MultiDiGraph (parallel events)")
    c.equal(G.number_of_nodes(), len(g["nodes"]), "nodes")
    c.equal(G.number_of_edges(), len(g["edges"]), "edges")
    c.equal(set(G.nodes), {n["id"] for n in g["nodes"]}, "node ids")
    loops = sum(1 for e in g["edges"] if e["source"] == e["target"])
    c.check(loops > 0, "the samples' graph has no statement loop to check")
    c.equal(nx.number_of_selfloops(G), loops, "loops")

    by_key = {key: (u, v, d) for u, v, key, d in G.edges(keys=True, data=True)}
    c.equal(set(by_key), {e["id"] for e in g["edges"]}, "edge ids (multigraph keys)")
    for e in g["edges"]:
        u, v, d = by_key[e["id"]]
        c.equal((u, v), (e["source"], e["target"]), f"ends of {e['id']}")
        c.equal(d["type"], e["type"], f"type of {e['id']}")
        c.equal(d.get("date"), e["date"], f"date of {e['id']}")
        c.equal(d["date_precision"], e["date_precision"], f"date_precision of {e['id']}")
        c.equal(d.get("place"), e["place"], f"place of {e['id']}")
        c.check(isinstance(d["sources"], int), f"sources of {e['id']} is {type(d['sources']).__name__}, not int")
        c.equal(d["sources"], e["attributes"].get("sources", 1), f"sources of {e['id']}")
        c.equal(json.loads(d["provenance"]), c.evidence(e), f"provenance of {e['id']}")
    for n in g["nodes"]:
        d = G.nodes[n["id"]]
        c.equal(d["type"], n["type"], f"type of {n['id']}")
        c.equal(d["label"], n["label"], f"label of {n['id']}")
        c.equal(json.loads(d.get("aliases", "[]")), n["aliases"], f"aliases of {n['id']}")

    # A window: the edges graph.json has in it, no more, no fewer.
    start, end, types = "2025-01-01", "2025-06-30", {"meeting", "visit"}
    out = c.export(binary, graph_path, os.path.join(work, "window.graphml"), "--to", "graphml", "--from", start,
                   "--to", end, "--type", "meeting,visit")
    W = nx.read_graphml(out, force_multigraph=True)
    expected = {e["id"] for e in g["edges"] if c.in_window(e, start, end, types)}
    c.check(expected, "the window holds no edge: pick another one")
    c.equal({k for _, _, k in W.edges(keys=True)}, expected, f"edges of the window {start}..{end} {sorted(types)}")

    return (f"networkx {nx.__version__} read the GraphML: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
            f"({loops} loops) as in graph.json; window: {len(expected)} edges")


if __name__ == "__main__":
    c.main(run)
