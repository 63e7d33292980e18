// name: who-met
// purpose: Whom an entity met or held talks with, with the dates, how (mode: in person, phone, video, when the text says), places, evidence sentences and documents.
// param: entity entity required — who (e.g. بوتين, Vladimir Putin, Q7747)
// columns: entity, other, date, mode, place, evidence, statement, source
// example: kg query who-met entity=بوتين
var mine = set(params.entity);
var rows = [];
factsAbout(params.entity, ["met"], function (r, other) {
  rows.push({ entity: mine[r.subject] ? r.subject : r.object, other: other, date: r.date, mode: r.mode, place: r.place,
    evidence: r.evidence, statement: r.statement, source: r.source });
});
rows.sort(byDate).forEach(function (r) { g.Emit(r); });
