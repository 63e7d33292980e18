// name: between
// purpose: Every fact linking two entities, in either direction, with dates and evidence.
// param: from entity required — one entity
// param: to entity required — the other entity
// columns: subject, predicate, object, date, evidence, statement, source
// example: kg query between from=روسيا to="Bashar al-Assad"
var to = set(params.to), from = set(params.from);
var rows = [], seen = {};
function take(r) {
  if (seen[r.statement]) { return; }
  seen[r.statement] = true;
  rows.push({ subject: r.subject, predicate: r.predicate, object: r.object, date: r.date, evidence: r.evidence,
    statement: r.statement, source: r.source });
}
factsOf(params.from, "subject", null, function (r) { if (to[r.object]) { take(r); } });
factsOf(params.to, "subject", null, function (r) { if (from[r.object]) { take(r); } });
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
