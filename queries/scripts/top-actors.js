// name: top-actors
// purpose: The most connected entities: those taking part in the most facts, overall or of one predicate.
// param: predicate predicate — count only facts of this predicate; all when empty
// param: top int default=20 — how many entities to list
// columns: entity, facts, asSubject, asObject
// example: kg query top-actors predicate=supports top=10
var preds = (params.predicate ? [params.predicate] : KG.predicates).map(T);
var count = {};
function bump(x, k) {
  x = bare(x);
  if (typeof x !== "string" || x.indexOf(KG.entity) !== 0) { return; }
  var c = count[x] = count[x] || { entity: x, facts: 0, asSubject: 0, asObject: 0 };
  c.facts++;
  c[k]++;
}
// Over every statement of the predicates: two index look-ups each. This
// reads the whole graph's facts; on a large store give it a longer timeout.
g.V.apply(g, preds).In(T("predicate")).Out(T("subject")).ForEach(function (d) { bump(d.id, "asSubject"); });
g.V.apply(g, preds).In(T("predicate")).Out(T("object")).ForEach(function (d) { bump(d.id, "asObject"); });
var rows = Object.keys(count).map(function (k) { return count[k]; });
rows.sort(function (a, b) { return b.facts - a.facts || (a.entity < b.entity ? -1 : 1); });
rows.slice(0, params.top).forEach(function (r) { g.Emit(r); });
