"""Graphviz's own `dot` lays out and renders the DOT export of the samples' graph.json without a
warning or an error, and the DOT keys every edge of graph.json by its id; the SVG export, rendered
in process by actorgraph (gvc), draws every edge too.
"""
import os
import re
import subprocess

import consumers as c


def run(binary, graph_path, work):
    g = c.load_graph(graph_path)
    out = c.export(binary, graph_path, os.path.join(work, "graph.dot"), "--to", "dot")
    done = subprocess.run(["dot", "-Tsvg", "-o", os.path.join(work, "graph.svg"), out], capture_output=True,
                          text=True)
    c.equal(done.returncode, 0, f"dot exit status ({done.stderr.strip()})")
    c.equal(done.stderr, "", "dot's warnings")
    with open(out, encoding="utf-8") as f:
        keys = set(re.findall(r"\bkey=\"?(e\d+)\b", f.read()))
    c.equal(keys, {e["id"] for e in g["edges"]}, "edge keys in the DOT")

    svg = c.export(binary, graph_path, os.path.join(work, "export.svg"), "--to", "svg")
    with open(svg, encoding="utf-8") as f:
        drawn = f.read().count('class="edge"')
    c.check(drawn >= len(g["edges"]), f"the SVG export draws {drawn} edges, graph.json has {len(g['edges'])}")
    return (f"dot rendered the DOT export without a warning: {len(keys)} edges keyed by their graph.json ids; "
            f"the SVG export draws {drawn} edges")


if __name__ == "__main__":
    c.main(run)
