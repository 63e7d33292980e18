// name: attacks-on
// purpose: Who attacked an entity or place, with dates, places and evidence; attacks on what a leader leads count for the leader, and the other way round (via).
// param: entity entity required — the target
// param: links bool default=true — follow the leads link (a leader and the state, government or organisation they lead); false: facts about the entity itself only
// columns: entity, attacker, via, date, place, evidence, statement, source
// example: kg query attacks-on entity="Islamic State"
// links: entity
var rows = [];
factsOf(withLinks("entity"), "object", ["attacked"], function (r) {
  var k = linkOf("entity", r.object, r);
  if (k === false || inGroup("entity", r.subject)) { return; }
  rows.push({ entity: k ? k.asked : r.object, attacker: r.subject, via: k ? r.object : undefined, date: r.date,
    place: r.place, evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
