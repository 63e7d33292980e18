// name: allies-of
// purpose: The entities described as allies of an entity (allyOf holds both ways), with dates and evidence; a leader's allies include those of what they lead, and the other way round (via).
// param: entity entity required — the entity whose allies to list
// param: links bool default=true — follow the leads link (a leader and the state, government or organisation they lead); false: facts about the entity itself only
// columns: entity, ally, via, date, evidence, statement, source
// example: kg query allies-of entity=روسيا
// links: entity
var rows = [], seen = {};
function take(r) {
  if (seen[r.statement]) { return; }
  // The side of the fact that is (or is linked to) the entity asked.
  var mine = inGroup("entity", r.subject) ? r.subject : r.object;
  var other = mine === r.subject ? r.object : r.subject;
  var k = linkOf("entity", mine, r);
  if (k === false || inGroup("entity", other)) { return; }
  seen[r.statement] = true;
  rows.push({ entity: k ? k.asked : mine, ally: other, via: k ? mine : undefined, date: r.date, evidence: r.evidence,
    statement: r.statement, source: r.source });
}
factsOf(withLinks("entity"), "subject", ["allyOf"], take);
factsOf(withLinks("entity"), "object", ["allyOf"], take);
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
