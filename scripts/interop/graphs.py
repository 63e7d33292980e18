"""Checks the graph views of a kg export directory with networkx and csv.

GraphML and GEXF must read with the node and edge counts of expected.json
(computed from the N-Quads by rdf.js), typed attributes, and the meeting
of Putin and Khamenei on 2015-11-23; nodes.csv and edges.csv must hold
the same counts. networkx (2.8 in Debian bookworm) knows the GEXF 1.1 and
1.2 namespaces only; the 1.3 namespace is registered with its reader here.

Usage: python3 graphs.py DIR
"""
import csv
import json
import os
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

d = sys.argv[1]


def fail(msg):
    print(f"FAIL {d}: {msg}", file=sys.stderr)
    sys.exit(1)


want = json.load(open(os.path.join(d, "expected.json")))
GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


# The hostile label of graph/export's test fixture (fixture_test.go), as XML
# can carry it: U+0001 is not an XML character and becomes U+FFFD.
HOSTILE = '=HYPERLINK("x") <b>&amp;</b> \\ "q"\nline\u200fعربي\u200e 🚀\ufffd \'end\''


def check(name, g, label_attr):
    n, e = g.number_of_nodes(), g.number_of_edges()
    if (n, e) != (want["nodes"], want["edges"]):
        fail(f"{name}: {n} nodes and {e} edges, want {want['nodes']} and {want['edges']}")
    for node, a in g.nodes(data=True):
        if not a.get("type") or not a.get(label_attr):
            fail(f"{name}: node {node} lacks a type or label: {a}")
    for u, v, a in g.edges(data=True):
        if not a.get("predicate") or not isinstance(a.get("confidence"), float) or not isinstance(a.get("documents"), int):
            fail(f"{name}: edge {u} -> {v} lacks a typed predicate, confidence or documents: {a}")
    byname = {a.get("label_en"): node for node, a in g.nodes(data=True)}
    putin, khamenei = byname.get("Vladimir Putin"), byname.get("Ali Khamenei")
    met = [a for u, v, a in g.edges(data=True)
           if {u, v} == {putin, khamenei} and a.get("predicate") == "met"]
    if not met or "2015-11-23" not in met[0].get("dates", "").split():
        fail(f"{name}: no met edge between Putin and Khamenei dated 2015-11-23: {met}")
    if name.endswith("gexf") and ("2015-11-23", "2015-11-23") not in met[0].get("spells", []):
        fail(f"{name}: the met edge has no spell on 2015-11-23: {met[0].get('spells')}")
    hostile = ""
    labels = [a.get("label_en", "") for _, a in g.nodes(data=True)]
    if any("HYPERLINK" in l for l in labels):
        if HOSTILE not in labels:
            fail(f"{name}: the hostile label reads back as {[l for l in labels if 'HYPERLINK' in l]!r}")
        hostile = ", the hostile label intact"
    print(f"ok   networkx {nx.__version__} reads {name}: {n} nodes, {e} edges, typed attributes, "
          f"Putin met Khamenei on 2015-11-23{hostile}")


check("graph.graphml", nx.read_graphml(os.path.join(d, "graph.graphml")), "label")
check("graph.gexf", nx.read_gexf(os.path.join(d, "graph.gexf"), version="1.3"), "label")

with open(os.path.join(d, "csv", "nodes.csv"), newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(os.path.join(d, "csv", "edges.csv"), newline="", encoding="utf-8") as f:
    edges = list(csv.DictReader(f))
if (len(nodes), len(edges)) != (want["nodes"], want["edges"]):
    fail(f"csv: {len(nodes)} node rows and {len(edges)} edge rows, want {want['nodes']} and {want['edges']}")
ids = {r["Id"] for r in nodes}
for r in edges:
    if r["Source"] not in ids or r["Target"] not in ids or r["Type"] not in ("Directed", "Undirected"):
        fail(f"csv: edge {r['Id']} has an unknown end or type")
hostile = ""
if any("HYPERLINK" in r["label_en"] for r in nodes):
    if "'" + HOSTILE.replace("\ufffd", "\x01") not in [r["label_en"] for r in nodes]:
        fail("csv: the hostile label does not read back with its formula guard")
    hostile = ", the hostile label intact behind its formula guard"
print(f"ok   csv reads nodes.csv and edges.csv: {len(nodes)} nodes, {len(edges)} edges, every edge end a node{hostile}")
