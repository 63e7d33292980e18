// name: officials-of
// purpose: The people holding office in a country or organisation, with their roles and dates.
// param: entity entity required — the country or organisation (e.g. Russia, إيران)
// columns: entity, person, role, date, startDate, endDate, evidence, statement, source
// example: kg query officials-of entity=Iran
var rows = [];
factsOf(params.entity, "object", ["officialOf"], function (r) {
  rows.push({ entity: r.object, person: r.subject, role: r.role, date: r.date, startDate: r.startDate,
    endDate: r.endDate, evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(function (a, b) { return a.person < b.person ? -1 : (a.person > b.person ? 1 : byDate(a, b)); })
  .forEach(function (r) { g.Emit(r); });
