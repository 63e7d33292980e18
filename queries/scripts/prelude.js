// Prelude of every canned query (not a query itself). Before it, the runner
// binds three JSON literals: `params` (the query's parameters; entity
// parameters as arrays of entity IRIs), `KG` (the store's vocabulary) and
// `LINKS` (for each entity parameter whose leads links the query follows,
// the linked entities: {param: {IRI: {asked: IRI, periods: [{from, to}]}}}).

// iri wraps a full IRI the way Gizmo names nodes: "<…>".
function iri(s) { return "<" + s + ">"; }

// T names a term of the project's vocabulary ("met", "subject", "Statement").
function T(local) { return iri(KG.vocab + local); }

var RDF_TYPE = iri(KG.rdfType), LABEL = iri(KG.label), ALT_LABEL = iri(KG.altLabel),
    SAME_AS = iri(KG.sameAs), TITLE = iri(KG.title), DOC_DATE = iri(KG.docDate);

// V starts a path at a list of full IRIs; an empty list is an error, never
// "every node".
function V(list) {
  if (!list || list.length === 0) { throw new Error("no start nodes"); }
  return g.V.apply(g, list.map(iri));
}

// bare strips "<…>" from an IRI and the quotes and type from a literal.
function bare(x) {
  if (typeof x !== "string") { return x; }
  if (x.charAt(0) === "<" && x.charAt(x.length - 1) === ">") { return x.slice(1, -1); }
  var m = /^"([\s\S]*)"(\^\^<[^>]*>|@[A-Za-z0-9-]+)$/.exec(x);
  return m ? m[1] : x;
}

// local turns a vocabulary IRI into its local name ("met").
function local(x) {
  x = bare(x);
  return (typeof x === "string" && x.indexOf(KG.vocab) === 0) ? x.slice(KG.vocab.length) : x;
}

// symmetric tells whether a predicate (local name) holds both ways.
function symmetric(p) { return KG.symmetric.indexOf(p) >= 0; }

// set makes a lookup table of bare IRIs.
function set(list) {
  var s = {};
  (list || []).forEach(function (x) { s[bare(x)] = true; });
  return s;
}

// FACT_FIELDS are the statement properties every fact row carries.
var FACT_FIELDS = ["date", "evidence", "source", "confidence", "extractor", "role", "item",
  "startDate", "endDate", "place", "mode"];

// eachFact calls fn(row) for every statement reached by path `p` (a Gizmo
// path whose current nodes are statement nodes), optionally only those
// whose predicate is in preds (local names). row: statement, subject,
// predicate (local name), object, and the statement's date, evidence,
// source (document), confidence, extractor, role, item, startDate, endDate,
// place where present. Each statement's properties are read in one sweep
// of its outgoing quads (one index range per statement), which stays fast
// on every backend, rather than one join per property.
var FACT_KEYS = set(["subject", "predicate", "object"].concat(FACT_FIELDS).map(T));
function eachFact(p, preds, fn) {
  var want = preds ? set(preds) : null;
  var facts = {}, order = [];
  if (preds) {
    // Narrow to the wanted predicates first (an index lookup per statement).
    p = p.Has.apply(p, [T("predicate")].concat(preds.map(T)));
  }
  p.Tag("statement").Out(null, "p").ForEach(function (d) {
    var k = bare(d.p);
    if (!FACT_KEYS[k]) { return; }
    var f = facts[d.statement];
    if (!f) { f = facts[d.statement] = { statement: bare(d.statement) }; order.push(d.statement); }
    f[local(k)] = k === KG.vocab + "predicate" ? local(d.id) : bare(d.id);
  });
  order.forEach(function (st) {
    var f = facts[st];
    if (!f.predicate || f.subject === undefined || f.object === undefined) { return; }
    if (want && !want[f.predicate]) { return; }
    fn(f);
  });
}

// factsOf calls fn(row) for each fact whose `role` ("subject" or "object")
// is one of the entities in list, optionally restricted to preds.
function factsOf(list, role, preds, fn) {
  eachFact(V(list).In(T(role)), preds, fn);
}

// factsAbout calls fn(row, other) for each fact with an entity of list on
// either side; other is the entity on the far side.
function factsAbout(list, preds, fn) {
  var mine = set(list);
  factsOf(list, "subject", preds, function (r) { fn(r, r.object); });
  factsOf(list, "object", preds, function (r) {
    if (!mine[r.subject]) { fn(r, r.subject); } // else found as subject already
  });
}

// byDate orders rows by their date (undated last), then statement.
function byDate(a, b) {
  var x = a.date || "~", y = b.date || "~";
  if (x !== y) { return x < y ? -1 : 1; }
  return a.statement < b.statement ? -1 : (a.statement > b.statement ? 1 : 0);
}

// Dates: lo and hi are the first and last day of "YYYY", "YYYY-MM" or
// "YYYY-MM-DD", as "YYYY-MM-DD" strings (which compare as dates).
function pad2(n) { return (n < 10 ? "0" : "") + n; }
function lo(s) { return s.length === 4 ? s + "-01-01" : (s.length === 7 ? s + "-01" : s); }
function hi(s) {
  if (s.length === 4) { return s + "-12-31"; }
  if (s.length === 7) {
    var y = +s.slice(0, 4), m = +s.slice(5, 7);
    return s + "-" + pad2(new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  return s;
}

// withLinks returns the IRIs of entity parameter `name` and of the entities
// linked to them (LINKS), so that facts about either are found.
function withLinks(name) {
  var out = (params[name] || []).slice();
  Object.keys(LINKS[name] || {}).forEach(function (x) { if (out.indexOf(x) < 0) { out.push(x); } });
  return out;
}

// inGroup tells whether x is an entity of parameter `name` or linked to one.
function inGroup(name, x) {
  return (params[name] || []).indexOf(x) >= 0 || !!(LINKS[name] || {})[x];
}

var docDates = {};
// factDate is when fact r happened: its date, else its document's date
// ("" when neither is known).
function factDate(r) {
  if (r.date) { return r.date; }
  if (!r.source) { return ""; }
  if (docDates[r.source] === undefined) {
    var d = g.V(iri(r.source)).Out(DOC_DATE).ToValue();
    docDates[r.source] = d === null ? "" : String(bare(d));
  }
  return docDates[r.source];
}

// holds tells whether a link with these periods holds at the date of fact
// r. A day-precise end is the hand-over day: it belongs to the successor.
function holds(periods, r) {
  if (!periods || periods.length === 0) { return true; }
  var d = factDate(r);
  if (!d) { return true; }
  return periods.some(function (p) {
    if (p.from && hi(d) < lo(p.from)) { return false; }
    if (p.to && (p.to.length === 10 ? lo(d) >= p.to : lo(d) > hi(p.to))) { return false; }
    return true;
  });
}

// linkOf says how fact r reached entity x of parameter `name`: null when x
// is one of the entities asked, the link ({asked, periods}) when x is
// linked to one and the link holds at the fact's date, false otherwise.
function linkOf(name, x, r) {
  if ((params[name] || []).indexOf(x) >= 0) { return null; }
  var k = (LINKS[name] || {})[x];
  return k && holds(k.periods, r) ? k : false;
}
