// name: on-date
// purpose: The facts dated within a date range (a month or year overlapping the range counts), optionally of one predicate.
// param: start date required — first day, YYYY-MM-DD (or YYYY-MM, YYYY)
// param: end date — last day; the start when empty
// param: predicate predicate — only facts of this predicate
// columns: date, subject, predicate, object, evidence, statement, source
// example: kg query on-date start=2015-11-01 end=2015-11-30
var start = lo(params.start), end = hi(params.end || params.start);
if (end < start) { throw new Error("end " + end + " is before start " + start); }
var t0 = Date.parse(start + "T00:00:00Z"), t1 = Date.parse(end + "T00:00:00Z");
if ((t1 - t0) / 86400000 > 366 * 30) { throw new Error("date range longer than 30 years"); }
var values = [], seen = {};
function add(s, type) {
  if (!seen[s]) { seen[s] = true; values.push('"' + s + '"^^<' + KG.xsd + type + '>'); }
}
for (var t = t0; t <= t1; t += 86400000) {
  var d = new Date(t);
  var y = "" + d.getUTCFullYear(), ym = y + "-" + pad2(d.getUTCMonth() + 1);
  add(ym + "-" + pad2(d.getUTCDate()), "date");
  add(ym, "gYearMonth");
  add(y, "gYear");
}
var rows = [];
eachFact(g.V.apply(g, values).In(T("date")), params.predicate ? [params.predicate] : null, function (r) {
  rows.push({ date: r.date, subject: r.subject, predicate: r.predicate, object: r.object, evidence: r.evidence,
    statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
