// name: attacks-on
// purpose: Who attacked an entity or place, with dates, places and evidence.
// param: entity entity required — the target
// columns: entity, attacker, date, place, evidence, statement, source
// example: kg query attacks-on entity=Syria
var rows = [];
factsOf(params.entity, "object", ["attacked"], function (r) {
  rows.push({ entity: r.object, attacker: r.subject, date: r.date, place: r.place, evidence: r.evidence,
    statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
