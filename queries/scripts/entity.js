// name: entity
// purpose: Everything about one entity: its types, labels, identifiers and every fact in and out (mutual for met, allyOf, cooperatesWith), with dates.
// param: entity entity required — the entity: a name or alias in Arabic or English, a Wikidata id, a key or an IRI
// columns: entity, kind, predicate, value, other, date, mode, evidence, statement, source
// example: kg query entity entity=بوتين
var seen = {};
params.entity.forEach(function (e) {
  [["type", RDF_TYPE], ["label", LABEL], ["altLabel", ALT_LABEL], ["sameAs", SAME_AS]].forEach(function (k) {
    V([e]).Out(k[1]).ForEach(function (d) {
      if (seen[e + k[0] + d.id]) { return; }
      seen[e + k[0] + d.id] = true;
      g.Emit({ entity: e, kind: k[0], value: k[0] === "type" ? local(d.id) : bare(d.id) });
    });
  });
  var rows = [];
  // A symmetric fact has no direction: it is "mutual", whichever way it is stored.
  factsOf([e], "subject", null, function (r) { r.kind = symmetric(r.predicate) ? "mutual" : "out"; r.other = r.object; rows.push(r); });
  factsOf([e], "object", null, function (r) { r.kind = symmetric(r.predicate) ? "mutual" : "in"; r.other = r.subject; rows.push(r); });
  rows.sort(byDate).forEach(function (r) {
    g.Emit({ entity: e, kind: r.kind, predicate: r.predicate, other: r.other, date: r.date, mode: r.mode,
      evidence: r.evidence, statement: r.statement, source: r.source });
  });
});
