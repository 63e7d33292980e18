// name: allies-of
// purpose: The entities described as allies of an entity (allyOf holds both ways), with dates and evidence.
// param: entity entity required — the entity whose allies to list
// columns: entity, ally, date, evidence, statement, source
// example: kg query allies-of entity=روسيا
var mine = set(params.entity);
var rows = [];
factsAbout(params.entity, ["allyOf"], function (r, other) {
  rows.push({ entity: mine[r.subject] ? r.subject : r.object, ally: other, date: r.date, evidence: r.evidence,
    statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
