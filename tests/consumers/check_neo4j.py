"""The Neo4j export of the samples' graph.json read back with Python's csv module (Debian has no
Neo4j server to import into): the neo4j-admin headers and typed columns, one row per node and per
edge of graph.json, values that neo4j-admin can convert (dates, ints, ';' arrays), each edge's
provenance, relationship ends that are node ids, and a LOAD CSV statement for every type.
"""
import csv
import datetime
import json
import os

import consumers as c

NODE_HEADER = ["id:ID(Actor)", ":LABEL", "label", "type", "name_ar", "name_en", "country", "aliases:string[]", "roles"]
REL_HEADER = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "id", "type", "date:date", "date_precision", "place",
              "sources:int", "attributes", "documents:string[]", "provenance"]
LABELS = {"person": "Person", "state": "State", "organization": "Organization", "military_base": "MilitaryBase",
          "location": "Location", "media": "Media"}


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))


def run(binary, graph_path, work):
    g = c.load_graph(graph_path)
    out = c.export(binary, graph_path, os.path.join(work, "neo4j"), "--to", "neo4j")

    nodes = read(os.path.join(out, "nodes.csv"))
    c.equal(nodes[0], NODE_HEADER, "nodes.csv header")
    c.equal(len(nodes) - 1, len(g["nodes"]), "node rows")
    by_id = {}
    for row in nodes[1:]:
        c.equal(len(row), len(NODE_HEADER), f"fields of node {row[0]}")
        by_id[row[0]] = dict(zip(NODE_HEADER, row))
    c.equal(len(by_id), len(g["nodes"]), "distinct node ids")
    for n in g["nodes"]:
        row = by_id[n["id"]]
        c.equal(row[":LABEL"], "Actor;" + LABELS[n["type"]], f":LABEL of {n['id']}")
        c.equal(row["label"], n["label"], f"label of {n['id']}")
        c.equal(row["name_ar"], n["names"]["ar"] or "", f"name_ar of {n['id']}")
        aliases = [a.replace(";", "\uff1b") for a in n["aliases"]]
        c.equal(row["aliases:string[]"].split(";") if row["aliases:string[]"] else [], aliases, f"aliases of {n['id']}")

    rels = read(os.path.join(out, "relationships.csv"))
    c.equal(rels[0], REL_HEADER, "relationships.csv header")
    c.equal(len(rels) - 1, len(g["edges"]), "relationship rows")
    edges = {e["id"]: e for e in g["edges"]}
    seen = set()
    for row in rels[1:]:
        c.equal(len(row), len(REL_HEADER), f"fields of relationship {row[3] if len(row) > 3 else row}")
        r = dict(zip(REL_HEADER, row))
        e = edges[r["id"]]
        seen.add(r["id"])
        c.equal((r[":START_ID(Actor)"], r[":END_ID(Actor)"]), (e["source"], e["target"]), f"ends of {e['id']}")
        c.check(r[":START_ID(Actor)"] in by_id and r[":END_ID(Actor)"] in by_id, f"{e['id']} ends outside nodes.csv")
        c.equal(r[":TYPE"], e["type"].upper(), f":TYPE of {e['id']}")
        c.equal(r["date:date"] or None, e["date"], f"date of {e['id']}")
        if r["date:date"]:
            datetime.date.fromisoformat(r["date:date"])
        c.equal(int(r["sources:int"]), e["attributes"].get("sources", 1), f"sources of {e['id']}")
        c.equal(json.loads(r["provenance"]), c.evidence(e), f"provenance of {e['id']}")
        c.equal(r["documents:string[]"].split(";"), list(dict.fromkeys(x["document"] for x in e["evidence"])),
                f"documents of {e['id']}")
        attributes = {k: v for k, v in e["attributes"].items() if k != "sources"}
        c.equal(json.loads(r["attributes"]), attributes, f"attributes of {e['id']}")
    c.equal(seen, set(edges), "relationship ids")
    loops = sum(1 for e in g["edges"] if e["source"] == e["target"])

    with open(os.path.join(out, "load.cypher"), encoding="utf-8") as f:
        cypher = f.read()
    c.check("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cypher, "load.cypher does not load nodes.csv")
    for t in {e["type"].upper() for e in g["edges"]}:
        c.check(f"MERGE (s)-[r:`{t}` {{id: row.id}}]->(t)" in cypher, f"load.cypher has no MERGE for {t}")
    c.check(os.path.exists(os.path.join(out, "README.md")), "no README.md")

    return (f"neo4j CSV read back: {len(by_id)} nodes, {len(seen)} relationships ({loops} loops) as in graph.json, "
            f"typed headers, {len({e['type'] for e in g['edges']})} relationship types in load.cypher")


if __name__ == "__main__":
    c.main(run)
