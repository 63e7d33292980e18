// RDF checks of a kg export directory, with Oxigraph and jsonld.js:
//  - Oxigraph loads graph.nq; a SPARQL query answers "who met Khamenei, on
//    which date", and must find Vladimir Putin on 2015-11-23;
//  - jsonld.js expands graph.jsonld to the same dataset as graph.nq, and
//    vocab.jsonld to the same as vocab.nt (compared after URDNA2015
//    canonicalisation, so blank nodes are matched too);
//  - the graph views must hold as many nodes and edges as the N-Quads say:
//    the counts are computed here with SPARQL (using the vocabulary's
//    vocab:relation and vocab:Entity) and written to expected.json.
// Usage: node rdf.js DIR
"use strict";
const fs = require("fs");
const path = require("path");
const oxigraph = require("oxigraph");
const jsonld = require("jsonld");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node rdf.js DIR");
  process.exit(2);
}
const read = (f) => fs.readFileSync(path.join(dir, f), "utf8");
const fail = (msg) => {
  console.error(`FAIL ${dir}: ${msg}`);
  process.exit(1);
};
const count = (s) => s.split("\n").filter((l) => l.trim() !== "").length;

async function main() {
  const nq = read("graph.nq");
  const store = new oxigraph.Store();
  store.load(nq, { format: "application/n-quads" });
  if (store.size !== count(nq)) fail(`oxigraph holds ${store.size} quads, graph.nq has ${count(nq)} lines`);
  console.log(`ok   oxigraph loads graph.nq: ${store.size} quads`);

  // The vocabulary goes into the default graph, next to the documents' graphs.
  store.load(read("vocab.nt"), { format: "application/n-triples" });
  let vocabNS = null;
  for (const b of store.query("SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }")) vocabNS = b.get("o").value;
  if (!vocabNS) fail("vocab.nt declares no owl:Ontology");
  const prefixes = `PREFIX vocab: <${vocabNS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wd: <http://www.wikidata.org/entity/>
`;

  const who = `${prefixes}
SELECT DISTINCT ?who ?name ?date WHERE {
  GRAPH ?k1 { ?k owl:sameAs wd:Q57336 }
  GRAPH ?g {
    ?st a vocab:Statement ; vocab:predicate vocab:met ; vocab:subject ?s ; vocab:object ?o .
    OPTIONAL { ?st vocab:date ?date }
  }
  FILTER(?s = ?k || ?o = ?k)
  BIND(IF(?s = ?k, ?o, ?s) AS ?who)
  OPTIONAL { GRAPH ?g2 { ?who rdfs:label ?name FILTER(LANG(?name) = "en") } }
} ORDER BY ?date ?name`;
  const rows = store.query(who).map((b) => ({
    who: b.get("who").value,
    name: b.get("name") ? b.get("name").value : "",
    date: b.get("date") ? b.get("date").value : "",
  }));
  console.log("     SPARQL: who met Khamenei (wd:Q57336), on which date?");
  for (const r of rows) console.log(`       ${r.name || r.who}  ${r.date || "(no date)"}`);
  if (!rows.some((r) => r.name === "Vladimir Putin" && r.date === "2015-11-23")) {
    fail("SPARQL does not answer Vladimir Putin on 2015-11-23");
  }
  console.log("ok   oxigraph SPARQL answers Vladimir Putin met Khamenei on 2015-11-23");

  // The hostile label of graph/export's test fixture, when present, must read back exactly.
  const HOSTILE = '=HYPERLINK("x") <b>&amp;</b> \\ "q"\nline\u200fعربي\u200e 🚀\u0001 \'end\'';
  const odd = store.query(`${prefixes} SELECT ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } FILTER(CONTAINS(?l, "HYPERLINK")) }`);
  if (odd.length) {
    const got = odd.map((b) => b.get("l").value);
    if (!got.includes(HOSTILE)) fail(`the hostile label reads back as ${JSON.stringify(got)}`);
    console.log("ok   oxigraph reads the hostile label (quotes, line break, <>&, backslash, RTL marks, emoji, U+0001) intact");
  }

  const one = (q) => {
    const r = store.query(prefixes + q);
    return Number(r[0].get("n").value);
  };
  const nodes = one(`SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { GRAPH ?g { ?e a ?c } ?c rdfs:subClassOf+ vocab:Entity }
  UNION { GRAPH ?g { ?e ?p ?o } ?p rdfs:subPropertyOf vocab:relation FILTER(isIRI(?o)) }
  UNION { GRAPH ?g { ?s ?p ?e } ?p rdfs:subPropertyOf vocab:relation FILTER(isIRI(?e)) }
}`);
  const edges = one(`SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o } ?p rdfs:subPropertyOf vocab:relation FILTER(isIRI(?o)) } }`);
  if (nodes === 0 || edges === 0) fail(`the N-Quads hold ${nodes} entities and ${edges} direct edges`);
  fs.writeFileSync(path.join(dir, "expected.json"), JSON.stringify({ nodes, edges }) + "\n");
  console.log(`ok   SPARQL over graph.nq + vocab.nt: ${nodes} entities, ${edges} distinct direct edges (expected.json)`);

  for (const [jf, nf, fmt] of [
    ["graph.jsonld", "graph.nq", "application/n-quads"],
    ["vocab.jsonld", "vocab.nt", "application/n-quads"],
  ]) {
    const doc = JSON.parse(read(jf));
    const fromJSON = await jsonld.canonize(doc, { algorithm: "URDNA2015", format: "application/n-quads", safe: true });
    const fromNQ = await jsonld.canonize(read(nf), { algorithm: "URDNA2015", inputFormat: fmt, format: "application/n-quads" });
    if (fromJSON !== fromNQ) {
      const a = new Set(fromJSON.split("\n")), b = new Set(fromNQ.split("\n"));
      const only = (x, y) => [...x].filter((l) => !y.has(l)).slice(0, 3).join("\n      ");
      fail(`${jf} and ${nf} differ:\n  only in ${jf}:\n      ${only(a, b)}\n  only in ${nf}:\n      ${only(b, a)}`);
    }
    console.log(`ok   jsonld.js expands ${jf} to the same ${count(fromNQ)} quads as ${nf} (URDNA2015)`);
  }
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
