// name: supporters-of
// purpose: Who supports an entity (political, military or material support, backing), with dates and evidence; a leader's supporters include those of what they lead, and the other way round (via).
// param: entity entity required — the supported party (e.g. "the Syrian government", بشار الأسد, Q...)
// param: links bool default=true — follow the leads link (a leader and the state, government or organisation they lead); false: facts about the entity itself only
// columns: entity, actor, via, date, evidence, statement, source
// example: kg query supporters-of entity="بشار الأسد"
// links: entity
var rows = [];
factsOf(withLinks("entity"), "object", ["supports"], function (r) {
  var k = linkOf("entity", r.object, r);
  if (k === false || inGroup("entity", r.subject)) { return; }
  rows.push({ entity: k ? k.asked : r.object, actor: r.subject, via: k ? r.object : undefined, date: r.date,
    evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
