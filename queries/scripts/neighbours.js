// name: neighbours
// purpose: The entities one hop away along direct fact edges, in both directions (mutual for met, allyOf, cooperatesWith), optionally along one predicate only.
// param: entity entity required — the entity whose neighbours to list
// param: predicate predicate — only edges of this predicate (e.g. met, supports); all predicates when empty
// columns: entity, direction, predicate, other
// example: kg query neighbours entity=Q7747 predicate=met
var preds = (params.predicate ? [params.predicate] : KG.predicates).map(T);
var seen = {};
function emit(e, dir, p, o) {
  var row = { entity: bare(e), direction: symmetric(local(p)) ? "mutual" : dir, predicate: local(p), other: bare(o) };
  var k = row.entity + " " + row.direction + " " + p + " " + row.other;
  if (seen[k]) { return; }
  seen[k] = true;
  g.Emit(row);
}
V(params.entity).Tag("entity").Out(preds, "p").ForEach(function (d) { emit(d.entity, "out", d.p, d.id); });
V(params.entity).Tag("entity").In(preds, "p").ForEach(function (d) { emit(d.entity, "in", d.p, d.id); });
