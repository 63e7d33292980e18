// The kg explorer: search an entity, draw its neighbourhood, expand nodes,
// read the evidence behind edges, filter, run canned queries, download.
// The drawing itself is graph.js. Data only ever reaches the page through
// textContent and cytoscape data fields, never as HTML.
(function () {
  "use strict";

  var ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

  // Which result columns of a canned query make an edge: [from, predicate, to].
  var QUERY_EDGES = {
    "who-met": ["entity", "met", "other"],
    "supporters-of": ["actor", "supports", "entity"],
    "opponents-of": ["actor", "opposes", "entity"],
    "allies-of": ["entity", "allyOf", "ally"],
    "attacks-by": ["entity", "attacked", "target"],
    "attacks-on": ["attacker", "attacked", "entity"],
    "officials-of": ["person", "officialOf", "entity"],
    "neighbours": null, "path": null, "co-mentioned": null
  };

  var $ = function (id) { return document.getElementById(id); };
  var entities = {}; // iri → info
  var timer = null; // search-as-you-type delay
  var expanded = {};
  var current = null; // the entity last searched: {iri, label}

  var g = kgGraph.create($("cy"));
  var cy = g.cy;

  function status(msg, isError) {
    var s = $("status");
    s.textContent = msg;
    s.className = isError ? "error" : "muted";
  }

  function api(path) {
    return fetch(path, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().catch(function () { return { error: "HTTP " + r.status }; }).then(function (body) {
        if (!r.ok) { throw new Error(body.error || ("HTTP " + r.status)); }
        return body;
      });
    });
  }

  // latinLabel is the English label, else the romanised one marked as such
  // (a transliteration of a name the catalogue lacks is no English name).
  function latinLabel(l) {
    if (l.en) { return l.en; }
    return l["ar-Latn"] ? l["ar-Latn"] + " (romanised)" : "";
  }

  function bothLabels(info) {
    if (!info) { return ""; }
    var l = info.labels || {};
    var en = latinLabel(l), ar = l.ar || "";
    if (en && ar && en !== ar) { return en + "\n" + ar; }
    return en || ar || info.label || "";
  }

  function labelOf(iri) {
    var info = entities[iri];
    return (info && info.label) || String(iri || "").replace(/^.*[\/#]/, "");
  }

  function remember(infos) {
    Object.keys(infos || {}).forEach(function (iri) {
      entities[iri] = infos[iri];
      var n = cy.getElementById(iri);
      if (n.length) { dress(n, infos[iri]); }
    });
  }

  // dress gives a node the labels and colour of its entity.
  function dress(n, info) {
    n.data("label", bothLabels(info) || info.label || n.id());
    n.data("short", (info.labels || {}).en || info.label || (info.labels || {}).ar || n.id());
    n.data("type", info.type || "");
    n.data("colour", g.colour(info.type));
  }

  function addNode(iri) {
    var n = g.addNode(iri, { label: bothLabels(entities[iri]), type: (entities[iri] || {}).type });
    if (entities[iri]) { dress(n, entities[iri]); }
    return n;
  }

  function addFact(s, p, o, extra) {
    if (s && entities[s]) { addNode(s); }
    if (o && entities[o]) { addNode(o); }
    var f = g.addFact(s, p, o, extra);
    [s, o].forEach(function (x) { if (x && entities[x] && cy.getElementById(x).length) { dress(cy.getElementById(x), entities[x]); } });
    refreshPredicates();
    return f;
  }

  function layout() {
    g.setFilter(passes);
    g.layout();
  }

  // loadEntity draws an entity and its facts; it resolves once drawn.
  function loadEntity(id, root) {
    clearTimeout(timer);
    results.hidden = true;
    status("Loading " + id + "…");
    return api("/api/entity/" + encodeURIComponent(id)).then(function (res) {
      remember(res.entities);
      var iri = res.entity.iri;
      entities[iri] = res.entity;
      var n = addNode(iri);
      dress(n, res.entity);
      if (root) {
        current = { iri: iri, label: latinLabel(res.entity.labels || {}) || res.entity.label || iri };
        prefillQuery();
        n.addClass("root");
        if (history.replaceState) { history.replaceState(null, "", "#entity=" + encodeURIComponent(iri)); }
      }
      n.addClass("expanded");
      expanded[iri] = true;
      (res.facts || []).forEach(function (f) {
        var extra = { date: f.date, statement: f.statement, mode: f.mode };
        if (f.kind === "out" || f.kind === "mutual") { addFact(iri, f.predicate, f.other, extra); }
        if (f.kind === "in") { addFact(f.other, f.predicate, iri, extra); }
      });
      layout();
      showEntity(res);
      var stmts = (res.facts || []).filter(isFactRow);
      var edges = {};
      stmts.forEach(function (f) { edges[f.kind + " " + f.predicate + " " + f.other] = true; });
      status((res.entity.label || iri) + ": " + Object.keys(edges).length + " facts from " + stmts.length + " statements.");
      return res;
    }).catch(function (err) { status(err.message, true); throw err; });
  }

  function isFactRow(f) { return f.kind === "in" || f.kind === "out" || f.kind === "mutual"; }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function textEl(tag, text) {
    var e = el(tag, text);
    e.setAttribute("dir", ARABIC.test(String(text)) ? "rtl" : "ltr");
    return e;
  }

  // aliasList shows names as separate items, each in its own direction, so
  // that mixing Arabic and Latin names cannot move separators around.
  function aliasList(names, skip) {
    var seen = {}, ul = el("ul", null, { "class": "aka" });
    (skip || []).forEach(function (s) { seen[s] = true; });
    names.forEach(function (a) {
      a = String(a || "").trim();
      if (!a || seen[a]) { return; }
      seen[a] = true;
      ul.appendChild(textEl("li", a));
    });
    return ul;
  }

  function showEntity(res) {
    var d = $("details");
    d.replaceChildren();
    var info = res.entity;
    var l = info.labels || {};
    d.appendChild(textEl("h2", latinLabel(l) || info.label || info.iri));
    if (l.ar && l.ar !== l.en) { d.appendChild(textEl("h2", l.ar)); }
    d.appendChild(el("p", (info.type || "entity") + (info.wikidata ? " · " + info.wikidata : ""), { "class": "muted" }));
    var aka = aliasList(info.altLabels || [], [l.en, l.ar]);
    if (aka.children.length) {
      d.appendChild(el("p", "Also known as", { "class": "muted" }));
      d.appendChild(aka);
    }
    if (res.matches && res.matches.length > 1) {
      d.appendChild(el("p", "The name matches " + res.matches.length + " entities; showing the first.", { "class": "muted" }));
    }
    // Its facts, newest first; a click opens the evidence of that edge.
    // One row per fact (direction, predicate, other entity), with its
    // dates and the number of statements behind it.
    var rows = {}, order = [];
    (res.facts || []).forEach(function (f) {
      if (!isFactRow(f)) { return; }
      var k = f.kind + " " + f.predicate + " " + f.other;
      if (!rows[k]) { rows[k] = { kind: f.kind, predicate: f.predicate, other: f.other, dates: {}, modes: {}, n: 0 }; order.push(k); }
      rows[k].n++;
      if (f.date) { rows[k].dates[f.date] = true; }
      if (f.mode) { rows[k].modes[f.mode] = true; }
    });
    if (!order.length) { return; }
    d.appendChild(el("h2", "Facts (" + order.length + ") — click one for its evidence"));
    var t = el("table"), head = el("tr");
    ["", "predicate", "with", "dates", "sources"].forEach(function (c) { head.appendChild(el("th", c)); });
    t.appendChild(head);
    var latest = function (r) { return Object.keys(r.dates).sort().pop() || ""; };
    var arrows = { out: ["→", "this entity is the subject"], "in": ["←", "this entity is the object"], mutual: ["↔", "holds both ways"] };
    order.map(function (k) { return rows[k]; }).sort(function (a, b) { return latest(b).localeCompare(latest(a)); }).forEach(function (f) {
      var tr = el("tr", null, { "class": "fact" });
      var other = entities[f.other] || (res.entities || {})[f.other] || {};
      tr.appendChild(el("td", arrows[f.kind][0], { title: arrows[f.kind][1] }));
      var modes = Object.keys(f.modes);
      tr.appendChild(el("td", f.predicate + (modes.length ? " (" + modes.sort().join(", ") + ")" : "")));
      tr.appendChild(textEl("td", other.label || String(f.other || "").replace(/^.*[\/#]/, "")));
      tr.appendChild(el("td", Object.keys(f.dates).sort().join(", ")));
      tr.appendChild(el("td", f.n));
      tr.addEventListener("click", function () {
        var e = cy.getElementById(g.pairID(info.iri, f.other));
        if (e.length) { cy.elements().unselect(); e.select(); showEvidence(e, f.predicate); }
      });
      t.appendChild(tr);
    });
    d.appendChild(t);
  }

  // showEvidence lists the statements behind the visible facts of a bundle
  // (only those of one predicate when given): sentence, date, mode,
  // document. A derived link says where it comes from instead.
  function showEvidence(edge, only) {
    var box = $("details");
    box.replaceChildren();
    var fs = g.visibleFacts(edge).filter(function (f) { return !only || f.predicate === only; });
    if (fs.length > 1) {
      box.appendChild(textEl("h2", labelOf(edge.data("source")) + " — " + labelOf(edge.data("target"))));
      box.appendChild(el("p", fs.length + " facts between them", { "class": "muted" }));
    }
    return Promise.all(fs.map(function (f) {
      var sec = el("section", null, { "class": "fact-evidence" });
      sec.appendChild(textEl("h2", labelOf(f.subject) + " " + f.predicate + (g.SYMMETRIC[f.predicate] ? " ↔ " : " → ") + labelOf(f.object)));
      box.appendChild(sec);
      if (f.derived) {
        sec.appendChild(el("p", "Derived link, not stated by a document: " + (f.why || f.predicate), { "class": "muted" }));
        return null;
      }
      var loading = el("p", "Loading evidence…", { "class": "muted evidence-loading" });
      sec.appendChild(loading);
      var url = "/api/query/evidence?from=" + encodeURIComponent(f.subject) + "&predicate=" +
        encodeURIComponent(f.predicate) + "&to=" + encodeURIComponent(f.object);
      return api(url).then(function (res) {
        loading.remove();
        if (!res.rows.length) { sec.appendChild(el("p", "No statements found.", { "class": "muted" })); }
        res.rows.forEach(function (r) {
          var div = el("div", null, { "class": "evidence" });
          div.appendChild(textEl("p", r.evidence || "(no sentence)"));
          var meta = [r.date ? "date " + r.date : "undated", r.mode ? "by " + r.mode.replace("in person", "meeting in person") : "",
            r.confidence ? "confidence " + r.confidence : "", r.extractor || ""].filter(Boolean).join(" · ");
          div.appendChild(el("p", meta, { "class": "muted" }));
          // The document: its id and date on one line, its title (in its own
          // direction) on the next, so an Arabic title cannot reorder the date.
          var id = String(r.source || "").replace(/^.*\//, "");
          div.appendChild(el("p", "Document " + id + (r.published ? " · published " + r.published : ""),
            { "class": "muted", title: r.source || "" }));
          if (r.title) { div.appendChild(el("p", r.title, { dir: "auto", "class": "doc-title" })); }
          sec.appendChild(div);
        });
        return res;
      });
    })).catch(function (err) { status(err.message, true); });
  }

  cy.on("tap", "node", function (evt) {
    var n = evt.target;
    if (expanded[n.id()]) {
      api("/api/entity/" + encodeURIComponent(n.id())).then(showEntity).catch(function (e) { status(e.message, true); });
      return;
    }
    loadEntity(n.id(), false);
  });
  cy.on("tap", "edge", function (evt) {
    cy.elements().unselect();
    evt.target.select();
    showEvidence(evt.target);
  });

  // Search: exact names, ids and aliases first, then names by prefix; a
  // name that matches nothing gets suggestions.
  var results = $("search-results");
  function resultItem(m, prefix) {
    var li = el("li", null, { tabindex: "0" });
    if (prefix) { li.appendChild(el("span", prefix, { "class": "muted" })); }
    li.appendChild(el("span", "", { "class": "swatch", style: "background:" + g.colour(m.type) }));
    li.appendChild(textEl("span", bothLabels(m).replace("\n", " — ")));
    li.appendChild(el("span", "  " + (m.type || "") + (m.wikidata ? " · " + m.wikidata : ""), { "class": "muted" }));
    li.dataset.iri = m.iri;
    li.addEventListener("click", function () { results.hidden = true; loadEntity(m.iri, true); });
    li.addEventListener("keydown", function (e) { if (e.key === "Enter") { li.click(); } });
    return li;
  }
  function search(q) {
    if (!q.trim()) { results.hidden = true; return Promise.resolve([]); }
    return api("/api/search?q=" + encodeURIComponent(q)).then(function (res) {
      results.replaceChildren();
      res.results.forEach(function (m) { results.appendChild(resultItem(m)); });
      if (!res.results.length) {
        results.appendChild(el("li", "No entity named " + q, { "class": "muted none" }));
        (res.suggestions || []).forEach(function (m, i) {
          var li = resultItem(m, i === 0 ? "Did you mean " : "or ");
          li.classList.add("suggestion");
          results.appendChild(li);
        });
      }
      results.hidden = false;
      return res.results;
    }).catch(function (err) { status(err.message, true); return []; });
  }
  $("search").addEventListener("input", function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () { search(e.target.value); }, 200);
  });
  $("search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    search($("search").value).then(function (list) {
      if (list.length === 1) { results.hidden = true; loadEntity(list[0].iri, true); }
    });
  });
  document.addEventListener("click", function (e) { if (!$("search-form").contains(e.target)) { results.hidden = true; } });

  // Filters: predicates, a date range, undated facts.
  var hiddenPreds = {};
  function refreshPredicates() {
    var box = $("pred-filter");
    var hint = box.querySelector(".muted");
    if (hint) { hint.remove(); }
    var preds = {}, all = g.facts();
    Object.keys(all).forEach(function (k) { preds[all[k].predicate] = true; });
    Object.keys(preds).sort().forEach(function (p) {
      if (box.querySelector('input[value="' + p + '"]')) { return; }
      var l = el("label");
      var c = el("input", null, { type: "checkbox", value: p });
      c.checked = !hiddenPreds[p];
      c.addEventListener("change", function () { hiddenPreds[p] = !c.checked; applyFilters(); });
      l.appendChild(c);
      l.appendChild(document.createTextNode(" " + p));
      box.appendChild(l);
    });
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  // dateRange returns the first and last day a date names ("2015-11" →
  // 2015-11-01, 2015-11-30), or null when it is no calendar date.
  function dateRange(s) {
    var m = DATE.exec(s);
    if (!m) { return null; }
    var y = +m[1], mo = m[2] ? +m[2] : 0, d = m[3] ? +m[3] : 0;
    if (m[2] && (mo < 1 || mo > 12)) { return null; }
    var last = function (yy, mm) { return new Date(Date.UTC(yy, mm, 0)).getUTCDate(); };
    if (m[3] && (d < 1 || d > last(y, mo))) { return null; }
    if (!m[2]) { return [y + "-01-01", y + "-12-31"]; }
    if (!m[3]) { return [m[1] + "-" + m[2] + "-01", m[1] + "-" + m[2] + "-" + pad(last(y, mo))]; }
    return [s, s];
  }
  // readDates checks the date fields: each empty or a calendar date, from
  // not after to. Invalid fields are marked and explained, and ignored.
  function readDates() {
    var out = { from: null, to: null }, msg = "";
    [["date-from", "from"], ["date-to", "to"]].forEach(function (x) {
      var input = $(x[0]), v = input.value.trim(), r = v ? dateRange(v) : null;
      var bad = v !== "" && r === null;
      input.classList.toggle("invalid", bad);
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      if (bad) { msg = "“" + v + "” is not a date: write 2015, 2015-11 or 2015-11-23."; } else { out[x[1]] = r; }
    });
    if (!msg && out.from && out.to && out.from[0] > out.to[1]) {
      msg = "The range ends before it starts.";
      ["date-from", "date-to"].forEach(function (id) { $(id).classList.add("invalid"); $(id).setAttribute("aria-invalid", "true"); });
      out.from = out.to = null;
    }
    var e = $("date-error");
    e.textContent = msg;
    e.hidden = !msg;
    return out;
  }
  var range = { from: null, to: null };
  function passes(f) {
    if (hiddenPreds[f.predicate]) { return false; }
    var dates = Object.keys(f.dates);
    if (!dates.length) { return !$("hide-undated").checked; }
    if (!range.from && !range.to) { return true; }
    return dates.some(function (d) {
      var r = dateRange(d);
      return r && (!range.from || r[1] >= range.from[0]) && (!range.to || r[0] <= range.to[1]);
    });
  }
  function applyFilters() {
    range = readDates();
    g.setFilter(passes);
  }
  ["date-from", "date-to"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
    $(id).addEventListener("input", readDates);
  });
  $("hide-undated").addEventListener("change", applyFilters);

  // Legend.
  Object.keys(g.TYPE_COLOURS).filter(Boolean).forEach(function (t) {
    var l = el("div");
    l.appendChild(el("span", "", { "class": "swatch", style: "background:" + g.TYPE_COLOURS[t] }));
    l.appendChild(document.createTextNode(t));
    $("legend").appendChild(l);
  });

  // Canned queries.
  var library = [];
  function showQueryForm() {
    var q = library.filter(function (x) { return x.name === $("query-select").value; })[0];
    var form = $("query-form");
    form.replaceChildren();
    if (!q) { return; }
    $("query-purpose").textContent = q.purpose;
    q.params.forEach(function (p) {
      var l = el("label", p.name + (p.required ? " *" : "") + " (" + p.type + ")");
      var i = el("input", null, { name: p.name, dir: "auto", placeholder: p.default || p.doc || "" });
      i.title = p.doc || "";
      if (p.required) { i.required = true; }
      l.appendChild(i);
      form.appendChild(l);
    });
    form.appendChild(el("button", "Run", { type: "submit" }));
    prefillQuery();
  }
  // prefillQuery puts the current entity into the query form's first
  // entity parameter (entity or from) when the user has left it empty.
  function prefillQuery() {
    if (!current) { return; }
    var i = $("query-form").querySelector('input[name="entity"], input[name="from"]');
    if (i && !i.value) { i.value = current.label; }
  }
  function runQuery(name, args) {
    var qsParts = Object.keys(args).filter(function (k) { return args[k] !== ""; }).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(args[k]);
    });
    status("Running " + name + "…");
    return api("/api/query/" + encodeURIComponent(name) + "?" + qsParts.join("&")).then(function (res) {
      remember(res.entities);
      var how = QUERY_EDGES[name];
      res.rows.forEach(function (r) {
        var extra = { date: r.date, statement: r.statement, mode: r.mode };
        if (name === "path") {
          addFact(r.forward ? r.from : r.to, r.predicate, r.forward ? r.to : r.from, { derived: r.derived, why: r.derived ? r.why : "" });
        } else if (name === "neighbours") {
          if (r.direction === "in") { addFact(r.other, r.predicate, r.entity); } else { addFact(r.entity, r.predicate, r.other); }
        } else if (how) {
          // A row found through the leads link is a fact about the linked entity.
          var from = r[how[0]], to = r[how[2]];
          if (r.via && how[0] === "entity") { from = r.via; }
          if (r.via && how[2] === "entity") { to = r.via; }
          addFact(from, how[1], to, extra);
        } else if (r.subject && r.predicate && r.object) { addFact(r.subject, r.predicate, r.object, extra); }
      });
      // The links the rows came through, drawn as derived edges.
      var used = {};
      res.rows.forEach(function (r) { [].concat(r.via || []).forEach(function (v) { used[v] = true; }); });
      Object.keys(res.links || {}).forEach(function (k) {
        res.links[k].forEach(function (l) {
          if (!used[l.iri]) { return; }
          var back = l.relation === "ledBy" || l.relation === "hasGovernment";
          var p = l.relation === "leads" || l.relation === "ledBy" ? "leads" : "governmentOf";
          addFact(back ? l.iri : l.asked, p, back ? l.asked : l.iri, { derived: true, why: l.why });
        });
      });
      Object.keys(res.resolved || {}).forEach(function (k) {
        (res.resolved[k] || []).forEach(function (iri) { addNode(iri).addClass("root"); });
      });
      layout();
      showTable(res);
      status(name + ": " + res.rows.length + " rows" + (res.truncated ? " (truncated by the row limit)" : "") +
        " in " + String(res.elapsed).replace(/(\.\d\d)\d+/, "$1") + ".");
      return res;
    }).catch(function (err) { status(err.message, true); });
  }
  function cellText(res, v) {
    if (Array.isArray(v)) { return v.map(function (x) { return cellText(res, x); }).join(", "); }
    if (v !== undefined && res.entities && res.entities[v]) { return res.entities[v].label; }
    if (typeof v === "string" && /^https?:\/\/\S+$/.test(v)) { return v.replace(/^.*[\/#]/, ""); }
    return v === undefined || v === null ? "" : v;
  }
  function showTable(res) {
    var box = $("details");
    box.replaceChildren();
    // The heading names the query and the entities it was asked about;
    // a column repeating one of them on every row is then left out, as are
    // empty columns and statement IRIs (a click on the edge shows those).
    var asked = {};
    Object.keys(res.resolved || {}).forEach(function (k) { (res.resolved[k] || []).forEach(function (iri) { asked[iri] = true; }); });
    var names = Object.keys(asked).map(function (iri) { return (res.entities && res.entities[iri] && res.entities[iri].label) || iri.replace(/^.*[\/#]/, ""); });
    box.appendChild(el("h2", res.query + (names.length ? ": " + names.join(", ") : "")));
    var links = [];
    Object.keys(res.links || {}).forEach(function (k) { links = links.concat(res.links[k]); });
    if (links.length) {
      box.appendChild(el("p", "Also answered through: " + links.map(function (k) { return k.why; }).join("; ") + ".", { "class": "muted" }));
    }
    var cols = res.columns.filter(function (c) {
      if (c === "statement" || c === "forward") { return false; }
      var vals = res.rows.map(function (r) { return r[c]; }).filter(function (v) { return v !== undefined && v !== null && v !== ""; });
      if (res.rows.length && !vals.length) { return false; }
      var same = vals.length === res.rows.length && vals.every(function (v) { return v === vals[0]; });
      return !(same && asked[vals[0]] && res.rows.length > 1);
    });
    var t = el("table"), head = el("tr");
    cols.forEach(function (c) { head.appendChild(el("th", c)); });
    t.appendChild(head);
    res.rows.forEach(function (r) {
      var tr = el("tr");
      cols.forEach(function (c) { tr.appendChild(textEl("td", cellText(res, r[c]))); });
      t.appendChild(tr);
    });
    var wrap = el("div", null, { "class": "scroll" });
    wrap.appendChild(t);
    box.appendChild(wrap);
  }
  $("query-select").addEventListener("change", showQueryForm);
  $("query-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var args = {};
    Array.prototype.forEach.call(e.target.querySelectorAll("input"), function (i) { args[i.name] = i.value.trim(); });
    runQuery($("query-select").value, args);
  });
  api("/api/queries").then(function (res) {
    library = res.queries;
    library.forEach(function (q) { $("query-select").appendChild(el("option", q.name, { value: q.name })); });
    showQueryForm();
  }).catch(function (err) { status(err.message, true); });

  // Downloads.
  function download(name, blob) {
    var a = el("a", null, { download: name });
    a.href = URL.createObjectURL(blob);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function xmlEscape(s) {
    return String(s).replace(/[<>&"']/g, function (c) {
      return { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" }[c];
    });
  }
  // graphML writes the visible graph, one edge per fact (bundles unpacked).
  function graphML() {
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="label_ar" for="node" attr.name="label_ar" attr.type="string"/>',
      '<key id="type" for="node" attr.name="type" attr.type="string"/>',
      '<key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>',
      '<key id="dates" for="edge" attr.name="dates" attr.type="string"/>',
      '<key id="mode" for="edge" attr.name="mode" attr.type="string"/>',
      '<graph id="kg" edgedefault="directed">'];
    cy.nodes(":visible").forEach(function (n) {
      var info = entities[n.id()] || {};
      var l = info.labels || {};
      out.push('<node id="' + xmlEscape(n.id()) + '"><data key="label">' + xmlEscape(latinLabel(l) || info.label || n.id()) +
        '</data><data key="label_ar">' + xmlEscape(l.ar || "") + '</data><data key="type">' + xmlEscape(n.data("type") || "") + "</data></node>");
    });
    cy.edges(":visible").forEach(function (e) {
      g.visibleFacts(e).forEach(function (f) {
        out.push('<edge source="' + xmlEscape(f.subject) + '" target="' + xmlEscape(f.object) +
          '"><data key="predicate">' + xmlEscape(f.predicate) + '</data><data key="dates">' + xmlEscape(Object.keys(f.dates).sort().join(" ")) +
          '</data><data key="mode">' + xmlEscape(Object.keys(f.modes).sort().join(" ")) + "</data></edge>");
      });
    });
    out.push("</graph>", "</graphml>");
    return out.join("\n") + "\n";
  }
  $("btn-png").addEventListener("click", function () {
    download("graph.png", cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 }));
  });
  $("btn-graphml").addEventListener("click", function () {
    download("graph.graphml", new Blob([graphML()], { type: "application/graphml+xml" }));
  });
  $("btn-clear").addEventListener("click", function () {
    g.clear();
    expanded = {};
    $("pred-filter").replaceChildren();
    $("details").replaceChildren();
    if (history.replaceState) { history.replaceState(null, "", location.pathname); }
  });

  // The empty state: a hint over the empty canvas, with the store's most
  // connected entities as examples to click.
  function refreshEmpty() { $("empty").hidden = cy.nodes().length > 0; }
  cy.on("add remove", refreshEmpty);
  function chip(label, id) {
    var c = textEl("span", label);
    c.className = "chip";
    c.tabIndex = 0;
    c.addEventListener("click", function () { loadEntity(id, true); });
    c.addEventListener("keydown", function (e) { if (e.key === "Enter") { c.click(); } });
    return c;
  }
  api("/api/query/top-actors?top=6").then(function (res) {
    remember(res.entities);
    var box = $("examples");
    res.rows.forEach(function (r) {
      var info = entities[r.entity] || {};
      var l = info.labels || {};
      box.appendChild(chip(l.ar || info.label || r.entity, r.entity));
      if (l.en && l.en !== l.ar) { box.appendChild(chip(l.en, r.entity)); }
    });
    if (!res.rows.length) { box.textContent = "— the store is empty: ingest articles first (kg ingest)."; }
  }).catch(function () { $("examples").textContent = "بوتين, Putin, Q7747"; });

  // Deep links: #entity=NAME opens an entity (the page keeps the hash up to
  // date with the last searched entity, so a view can be shared).
  function fromHash() {
    var m = /^#entity=(.+)$/.exec(location.hash);
    if (m) { loadEntity(decodeURIComponent(m[1]), true).catch(function () {}); }
  }
  window.addEventListener("hashchange", function () {
    var m = /^#entity=(.+)$/.exec(location.hash);
    if (m && !cy.getElementById(decodeURIComponent(m[1])).hasClass("root")) { fromHash(); }
  });
  fromHash();

  // The page's API, for scripts and tests.
  window.kg = { cy: cy, graph: g, search: search, loadEntity: loadEntity, showEvidence: showEvidence, runQuery: runQuery,
    graphML: graphML, applyFilters: applyFilters, layout: layout, dateRange: dateRange };
}());
