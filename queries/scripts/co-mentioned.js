// name: co-mentioned
// purpose: The entities that share documents with an entity, most shared documents first.
// param: entity entity required — the entity
// columns: entity, other, documents
// example: kg query co-mentioned entity=بوتين
var mine = set(params.entity);
var docs = {};
// documents that name the entity (vocab:mentionedIn) or state a fact about it
V(params.entity).Out(T("mentionedIn")).ForEach(function (d) { docs[d.id] = true; });
V(params.entity).In([T("subject"), T("object")]).Out(T("source")).ForEach(function (d) { docs[d.id] = true; });
var docList = Object.keys(docs);
var shared = {};
function note(o, doc) {
  if (mine[o] || typeof o !== "string" || o.indexOf(KG.entity) !== 0) { return; }
  (shared[o] = shared[o] || {})[doc] = true;
}
if (docList.length > 0) {
  g.V.apply(g, docList).Tag("doc").In(T("mentionedIn")).ForEach(function (d) { note(bare(d.id), d.doc); });
  g.V.apply(g, docList).Tag("doc").In(T("source")).Out([T("subject"), T("object")]).ForEach(function (d) { note(bare(d.id), d.doc); });
}
var rows = Object.keys(shared).map(function (o) { return { other: o, documents: Object.keys(shared[o]).length }; });
rows.sort(function (a, b) { return b.documents - a.documents || (a.other < b.other ? -1 : 1); });
var me = bare(params.entity[0]);
rows.forEach(function (r) { g.Emit({ entity: me, other: r.other, documents: r.documents }); });
