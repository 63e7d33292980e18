// name: between
// purpose: Every fact linking two entities, in either direction, with dates and evidence; facts about what either leads, or who leads either, count too (via).
// param: from entity required — one entity
// param: to entity required — the other entity
// param: links bool default=true — follow the leads link (a leader and the state, government or organisation they lead); false: facts about the two entities themselves only
// columns: subject, predicate, object, via, date, evidence, statement, source
// example: kg query between from=روسيا to="Bashar al-Assad"
// links: from, to
var rows = [], seen = {};
// side returns the links fact r takes when x stands for parameter a and y
// for b: [] when both were asked, a list of linked IRIs, or null when the
// fact does not join them (or a link does not hold at its date).
function side(r, x, a, y, b) {
  var kx = linkOf(a, x, r), ky = linkOf(b, y, r);
  if (kx === false || ky === false || !inGroup(a, x) || !inGroup(b, y)) { return null; }
  var via = [];
  if (kx) { via.push(x); }
  if (ky) { via.push(y); }
  return via;
}
function take(r) {
  if (seen[r.statement] || r.subject === r.object) { return; }
  var p = side(r, r.subject, "from", r.object, "to"), q = side(r, r.subject, "to", r.object, "from");
  var via = p === null ? q : (q === null || p.length <= q.length ? p : q);
  if (via === null) { return; }
  // A fact between two entities linked to the same one (a leader and
  // their government) is not between the two asked.
  if (via.length > 0 && (inGroup("from", r.subject) && inGroup("from", r.object) || inGroup("to", r.subject) && inGroup("to", r.object))) { return; }
  seen[r.statement] = true;
  rows.push({ subject: r.subject, predicate: r.predicate, object: r.object, via: via.length ? via : undefined,
    date: r.date, evidence: r.evidence, statement: r.statement, source: r.source });
}
var to = {}, from = {};
withLinks("to").forEach(function (x) { to[x] = true; });
withLinks("from").forEach(function (x) { from[x] = true; });
factsOf(withLinks("from"), "subject", null, function (r) { if (to[r.object]) { take(r); } });
factsOf(withLinks("to"), "subject", null, function (r) { if (from[r.object]) { take(r); } });
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
