"""Shared by the consumer checks: run `actorgraph export`, read graph.json, fail loudly.

Each check is run by ctest as `python3 check_X.py ACTORGRAPH GRAPH.json WORKDIR`, where GRAPH.json
is the graph of samples/ built by the consumers_graph fixture (tests/consumers/CMakeLists.txt).
"""
import json
import os
import subprocess
import sys


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def equal(actual, expected, what):
    check(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")


def args():
    if len(sys.argv) != 4:
        sys.exit(f"usage: {sys.argv[0]} ACTORGRAPH GRAPH.json WORKDIR")
    binary, graph, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    return binary, graph, work


def export(binary, graph, out, *options):
    """Runs actorgraph export GRAPH -o OUT OPTIONS...; returns OUT."""
    cmd = [binary, "export", graph, "-o", out, "--quiet", *options]
    done = subprocess.run(cmd, capture_output=True, text=True)
    check(done.returncode == 0, f"{' '.join(cmd)} exited {done.returncode}: {done.stderr}")
    return out


def load_graph(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    check(len(g["edges"]) > 0, f"{path} has no edges: the fixture graph is empty")
    return g


def evidence(edge):
    """graph.json evidence as the exports' provenance: [{document, sentence, start, end}]."""
    return [{k: e[k] for k in ("document", "sentence", "start", "end")} for e in edge["evidence"]]


def in_window(edge, start, end, types=None):
    """graph::in_window for a dated window: dated edges inside [start, end] (ISO strings)."""
    if types is not None and edge["type"] not in types:
        return False
    return edge["date"] is not None and start <= edge["date"] <= end


def main(run):
    """Runs run(binary, graph, work) and turns a failed check into exit status 1."""
    try:
        report = run(*args())
    except CheckFailed as e:
        print(f"FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    print(report)
