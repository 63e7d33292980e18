// name: supporters-of
// purpose: Who supports an entity (political, military or material support, backing), with dates and evidence.
// param: entity entity required — the supported party (e.g. "the Syrian government", Q...)
// columns: entity, actor, date, evidence, statement, source
// example: kg query supporters-of entity="بشار الأسد"
var rows = [];
factsOf(params.entity, "object", ["supports"], function (r) {
  rows.push({ entity: r.object, actor: r.subject, date: r.date, evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
