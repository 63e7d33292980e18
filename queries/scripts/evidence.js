// name: evidence
// purpose: The statements behind one fact — evidence sentences, documents, dates, confidence and extraction rule.
// param: from entity required — the fact's subject
// param: predicate predicate required — the fact's predicate (e.g. met)
// param: to entity required — the fact's object
// columns: subject, predicate, object, date, mode, place, role, item, evidence, source, title, published, confidence, extractor, statement
// example: kg query evidence from=بوتين predicate=met to=خامنئي
var to = set(params.to), from = set(params.from);
var both = symmetric(params.predicate);
var rows = [], seen = {};
function take(r) {
  if (seen[r.statement]) { return; }
  seen[r.statement] = true;
  rows.push({ subject: r.subject, predicate: r.predicate, object: r.object, date: r.date, mode: r.mode, place: r.place,
    role: r.role, item: r.item, evidence: r.evidence, source: r.source, confidence: r.confidence, extractor: r.extractor,
    statement: r.statement });
}
factsOf(params.from, "subject", [params.predicate], function (r) { if (to[r.object]) { take(r); } });
if (both) {
  factsOf(params.to, "subject", [params.predicate], function (r) { if (from[r.object]) { take(r); } });
}
rows.sort(byDate).forEach(function (r) {
  if (r.source) {
    var t = g.V(iri(r.source)).Out(TITLE).ToValue();
    var d = g.V(iri(r.source)).Out(DOC_DATE).ToValue();
    if (t !== null) { r.title = bare(t); }
    if (d !== null) { r.published = bare(d); }
  }
  g.Emit(r);
});
