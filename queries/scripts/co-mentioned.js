// name: co-mentioned
// purpose: The entities that share documents with an entity, most shared documents first.
// param: entity entity required — the entity
// columns: entity, other, documents
// example: kg query co-mentioned entity=بوتين
var mine = set(params.entity);
var docs = {};
V(params.entity).In([T("subject"), T("object")]).Out(T("source")).ForEach(function (d) { docs[d.id] = true; });
var docList = Object.keys(docs);
var shared = {};
if (docList.length > 0) {
  g.V.apply(g, docList).Tag("doc").In(T("source")).Out([T("subject"), T("object")]).ForEach(function (d) {
    var o = bare(d.id);
    if (mine[o] || typeof o !== "string" || o.indexOf(KG.entity) !== 0) { return; }
    (shared[o] = shared[o] || {})[d.doc] = true;
  });
}
var rows = Object.keys(shared).map(function (o) { return { other: o, documents: Object.keys(shared[o]).length }; });
rows.sort(function (a, b) { return b.documents - a.documents || (a.other < b.other ? -1 : 1); });
var me = bare(params.entity[0]);
rows.forEach(function (r) { g.Emit({ entity: me, other: r.other, documents: r.documents }); });
