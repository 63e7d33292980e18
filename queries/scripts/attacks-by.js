// name: attacks-by
// purpose: What an entity attacked (bombed, struck, fought, raided), with dates, places and evidence.
// param: entity entity required — the attacker
// columns: entity, target, date, place, evidence, statement, source
// example: kg query attacks-by entity=Russia
var rows = [];
factsOf(params.entity, "subject", ["attacked"], function (r) {
  rows.push({ entity: r.subject, target: r.object, date: r.date, place: r.place, evidence: r.evidence,
    statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
