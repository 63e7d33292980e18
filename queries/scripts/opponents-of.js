// name: opponents-of
// purpose: Who opposes an entity (rejects, condemns, demands its departure), with dates and evidence.
// param: entity entity required — the opposed party
// columns: entity, actor, date, evidence, statement, source
// example: kg query opponents-of entity="Bashar al-Assad"
var rows = [];
factsOf(params.entity, "object", ["opposes"], function (r) {
  rows.push({ entity: r.object, actor: r.subject, date: r.date, evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
