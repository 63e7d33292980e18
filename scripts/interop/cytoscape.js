// Loads the Cytoscape.js export of a kg export directory into headless
// cytoscape and checks its element counts against expected.json (written
// by rdf.js from the N-Quads).
// Usage: node cytoscape.js DIR
"use strict";
const fs = require("fs");
const path = require("path");
const cytoscape = require("cytoscape");

const dir = process.argv[2];
const fail = (msg) => {
  console.error(`FAIL ${dir}: ${msg}`);
  process.exit(1);
};
const want = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
const doc = JSON.parse(fs.readFileSync(path.join(dir, "graph.cyjs"), "utf8"));
let cy;
try {
  cy = cytoscape({ headless: true, styleEnabled: false, elements: doc.elements });
} catch (e) {
  fail(`cytoscape rejects graph.cyjs: ${e.message}`);
}
const n = cy.nodes().length, e = cy.edges().length;
if (n !== want.nodes || e !== want.edges) fail(`cytoscape has ${n} nodes and ${e} edges, want ${want.nodes} and ${want.edges}`);
const bad = cy.edges().filter((x) => !x.data("predicate") || x.source().empty() || x.target().empty());
if (bad.length) fail(`${bad.length} edges without a predicate or an end`);
const unnamed = cy.nodes().filter((x) => !x.data("name") || !x.data("type"));
if (unnamed.length) fail(`${unnamed.length} nodes without a name or type, e.g. ${unnamed[0].id()}`);
// The hostile label of graph/export's test fixture, when present, must read back exactly.
const HOSTILE = '=HYPERLINK("x") <b>&amp;</b> \\ "q"\nline\u200fعربي\u200e 🚀\u0001 \'end\'';
let hostile = "";
const odd = cy.nodes().filter((x) => String(x.data("label_en")).includes("HYPERLINK"));
if (odd.length) {
  if (odd[0].data("label_en") !== HOSTILE) fail(`the hostile label reads back as ${JSON.stringify(odd[0].data("label_en"))}`);
  hostile = ", the hostile label intact";
}
console.log(`ok   cytoscape ${cytoscape.version} (headless) loads graph.cyjs: ${n} nodes, ${e} edges, all named, typed and with a predicate${hostile}`);
