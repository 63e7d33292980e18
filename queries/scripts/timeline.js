// name: timeline
// purpose: An entity's dated facts in date order, every predicate, in and out.
// param: entity entity required — the entity whose timeline to draw
// columns: date, subject, predicate, object, evidence, statement, source
// example: kg query timeline entity=Khamenei
var rows = [];
factsAbout(params.entity, null, function (r) {
  if (!r.date) { return; }
  rows.push({ date: r.date, subject: r.subject, predicate: r.predicate, object: r.object,
    evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
