// The kg explorer: search an entity, draw its neighbourhood, expand nodes,
// read the evidence behind edges, filter, run canned queries, download.
// Data only ever reaches the page through textContent and cytoscape data
// fields, never as HTML.
(function () {
  "use strict";

  var TYPE_COLOURS = {
    Person: "#1f77b4", Country: "#d62728", Organization: "#2ca02c", Place: "#9467bd",
    Facility: "#8c564b", Event: "#e377c2", Agreement: "#7f7f7f", Weapon: "#bcbd22",
    Group: "#ff7f0e", Work: "#17becf", "": "#999999"
  };
  var ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

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
  var edgeData = {}; // edge id → {subject, predicate, object, dates{}, statements{}}
  var expanded = {};
  var current = null; // the entity last searched: {iri, label}

  var cy = cytoscape({
    container: $("cy"),
    style: [
      { selector: "node", style: {
        "label": "data(label)", "background-color": "data(colour)", "color": "#222",
        "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22,
        "text-wrap": "wrap", "text-max-width": 120 } },
      { selector: "node.root", style: { "width": 32, "height": 32, "border-width": 3, "border-color": "#222" } },
      { selector: "node.expanded", style: { "border-width": 2, "border-color": "#555" } },
      { selector: "edge", style: {
        "label": "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
        "width": 1.5, "line-color": "#99a", "target-arrow-color": "#99a", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "edge.symmetric", style: { "target-arrow-shape": "none" } },
      { selector: "edge:selected", style: { "line-color": "#d60", "target-arrow-color": "#d60", "width": 3 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#d60" } },
      { selector: ".hidden", style: { "display": "none" } }
    ],
    layout: { name: "grid" },
    minZoom: 0.1,
    maxZoom: 3
  });

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

  function remember(infos) {
    Object.keys(infos || {}).forEach(function (iri) { entities[iri] = infos[iri]; });
  }

  function addNode(iri) {
    if (cy.getElementById(iri).length) { return cy.getElementById(iri); }
    var info = entities[iri] || { label: iri.replace(/^.*[\/#]/, ""), type: "" };
    return cy.add({ group: "nodes", data: {
      id: iri, label: bothLabels(info) || info.label, type: info.type || "",
      colour: TYPE_COLOURS[info.type || ""] || TYPE_COLOURS[""] } });
  }

  var SYMMETRIC = { met: true, allyOf: true, cooperatesWith: true };

  // addEdge adds (or enriches) the edge subject -predicate-> object.
  function addEdge(s, p, o, date, statement) {
    if (!s || !o || s === o || typeof o !== "string" || o.indexOf("://") < 0) { return; }
    if (SYMMETRIC[p] && o < s) { var t = s; s = o; o = t; }
    addNode(s); addNode(o);
    var id = s + " " + p + " " + o;
    var d = edgeData[id];
    if (!d) {
      d = edgeData[id] = { subject: s, predicate: p, object: o, dates: {}, statements: {} };
      cy.add({ group: "edges", classes: SYMMETRIC[p] ? "symmetric" : "",
        data: { id: id, source: s, target: o, predicate: p, label: p, dates: "" } });
    }
    if (date) { d.dates[date] = true; }
    if (statement) { d.statements[statement] = true; }
    var dates = Object.keys(d.dates).sort();
    var e = cy.getElementById(id);
    e.data("dates", dates.join(" "));
    e.data("label", p + (dates.length ? " " + dates[0] + (dates.length > 1 ? "…" : "") : ""));
    refreshPredicates();
  }

  function layout() {
    applyFilters();
    var roots = cy.nodes(".expanded");
    if (roots.length === 1) {
      // One entity and its neighbours: a star, the entity in the middle.
      cy.layout({ name: "concentric", animate: false, fit: true, padding: 40, minNodeSpacing: 60, spacingFactor: 1.5,
        concentric: function (n) { return n.hasClass("expanded") ? 2 : 1; }, levelWidth: function () { return 1; } }).run();
    } else {
      cy.layout({ name: "cose", animate: false, fit: true, padding: 40, randomize: true,
        nodeRepulsion: function () { return 400000; }, nodeOverlap: 20, idealEdgeLength: function () { return 110; },
        edgeElasticity: function () { return 100; }, gravity: 80, numIter: 1000 }).run();
    }
    // A few nodes would otherwise be blown up to fill the canvas.
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
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
      n.data("label", bothLabels(res.entity));
      n.data("type", res.entity.type || "");
      n.data("colour", TYPE_COLOURS[res.entity.type || ""] || TYPE_COLOURS[""]);
      if (root) {
        current = { iri: iri, label: latinLabel(res.entity.labels || {}) || res.entity.label || iri };
        prefillQuery();
        n.addClass("root");
        if (history.replaceState) { history.replaceState(null, "", "#entity=" + encodeURIComponent(iri)); }
      }
      n.addClass("expanded");
      expanded[iri] = true;
      (res.facts || []).forEach(function (f) {
        if (f.kind === "out") { addEdge(iri, f.predicate, f.other, f.date, f.statement); }
        if (f.kind === "in") { addEdge(f.other, f.predicate, iri, f.date, f.statement); }
      });
      layout();
      showEntity(res);
      var stmts = (res.facts || []).filter(function (f) { return f.kind === "in" || f.kind === "out"; });
      var edges = {};
      stmts.forEach(function (f) { edges[f.kind + " " + f.predicate + " " + f.other] = true; });
      status((res.entity.label || iri) + ": " + Object.keys(edges).length + " facts from " + stmts.length + " statements.");
      return res;
    }).catch(function (err) { status(err.message, true); throw err; });
  }

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

  function showEntity(res) {
    var d = $("details");
    d.replaceChildren();
    var info = res.entity;
    var l = info.labels || {};
    d.appendChild(textEl("h2", latinLabel(l) || info.label || info.iri));
    if (l.ar && l.ar !== l.en) { d.appendChild(textEl("h2", l.ar)); }
    var p = el("p", (info.type || "entity") + (info.wikidata ? " · " + info.wikidata : ""), { "class": "muted" });
    d.appendChild(p);
    if (info.altLabels && info.altLabels.length) {
      d.appendChild(el("p", "Also known as", { "class": "muted" }));
      d.appendChild(el("p", info.altLabels.join(" · "), { dir: "auto" }));
    }
    if (res.matches && res.matches.length > 1) {
      d.appendChild(el("p", "The name matches " + res.matches.length + " entities; showing the first.", { "class": "muted" }));
    }
    // Its facts, newest first; a click opens the evidence of that edge.
    // One row per edge (direction, predicate, other entity), with its
    // dates and the number of statements behind it.
    var rows = {}, order = [];
    (res.facts || []).forEach(function (f) {
      if (f.kind !== "in" && f.kind !== "out") { return; }
      var k = f.kind + " " + f.predicate + " " + f.other;
      if (!rows[k]) { rows[k] = { kind: f.kind, predicate: f.predicate, other: f.other, dates: {}, n: 0 }; order.push(k); }
      rows[k].n++;
      if (f.date) { rows[k].dates[f.date] = true; }
    });
    if (!order.length) { return; }
    d.appendChild(el("h2", "Facts (" + order.length + ") — click one for its evidence"));
    var t = el("table"), head = el("tr");
    ["", "predicate", "with", "dates", "sources"].forEach(function (c) { head.appendChild(el("th", c)); });
    t.appendChild(head);
    var latest = function (r) { return Object.keys(r.dates).sort().pop() || ""; };
    order.map(function (k) { return rows[k]; }).sort(function (a, b) { return latest(b).localeCompare(latest(a)); }).forEach(function (f) {
      var tr = el("tr", null, { "class": "fact" });
      var other = entities[f.other] || (res.entities || {})[f.other] || {};
      tr.appendChild(el("td", f.kind === "out" ? "→" : "←", { title: f.kind === "out" ? "this entity is the subject" : "this entity is the object" }));
      tr.appendChild(el("td", f.predicate));
      tr.appendChild(textEl("td", other.label || String(f.other || "").replace(/^.*[\/#]/, "")));
      tr.appendChild(el("td", Object.keys(f.dates).sort().join(", ")));
      tr.appendChild(el("td", f.n));
      tr.addEventListener("click", function () {
        var s = f.kind === "out" ? info.iri : f.other, o = f.kind === "out" ? f.other : info.iri;
        if (SYMMETRIC[f.predicate] && o < s) { var x = s; s = o; o = x; }
        var e = cy.getElementById(s + " " + f.predicate + " " + o);
        if (e.length) { cy.elements().unselect(); e.select(); showEvidence(e); }
      });
      t.appendChild(tr);
    });
    d.appendChild(t);
  }

  function showEvidence(edge) {
    var d = edgeData[edge.id()];
    var box = $("details");
    box.replaceChildren();
    var s = entities[d.subject], o = entities[d.object];
    box.appendChild(textEl("h2", ((s && s.label) || d.subject) + " " + d.predicate + " " + ((o && o.label) || d.object)));
    box.appendChild(el("p", "Loading evidence…", { "class": "muted", id: "evidence-loading" }));
    var url = "/api/query/evidence?from=" + encodeURIComponent(d.subject) + "&predicate=" +
      encodeURIComponent(d.predicate) + "&to=" + encodeURIComponent(d.object);
    return api(url).then(function (res) {
      var loading = $("evidence-loading");
      if (loading) { loading.remove(); }
      if (!res.rows.length) { box.appendChild(el("p", "No statements found.", { "class": "muted" })); }
      res.rows.forEach(function (r) {
        var div = el("div", null, { "class": "evidence" });
        div.appendChild(textEl("p", r.evidence || "(no sentence)"));
        var meta = [r.date ? "date " + r.date : "undated", r.confidence ? "confidence " + r.confidence : "", r.extractor || ""]
          .filter(Boolean).join(" · ");
        div.appendChild(el("p", meta, { "class": "muted" }));
        // The document: its id and date on one line, its title (in its own
        // direction) on the next, so an Arabic title cannot reorder the date.
        var id = String(r.source || "").replace(/^.*\//, "");
        div.appendChild(el("p", "Document " + id + (r.published ? " · published " + r.published : ""),
          { "class": "muted", title: r.source || "" }));
        if (r.title) { div.appendChild(el("p", r.title, { dir: "auto", "class": "doc-title" })); }
        box.appendChild(div);
      });
      return res;
    }).catch(function (err) { status(err.message, true); });
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

  // Search.
  var results = $("search-results");
  function search(q) {
    if (!q.trim()) { results.hidden = true; return Promise.resolve([]); }
    return api("/api/search?q=" + encodeURIComponent(q)).then(function (res) {
      results.replaceChildren();
      res.results.forEach(function (m) {
        var li = el("li", null, { tabindex: "0" });
        li.appendChild(el("span", "", { "class": "swatch", style: "background:" + (TYPE_COLOURS[m.type || ""] || "#999") }));
        li.appendChild(textEl("span", bothLabels(m).replace("\n", " — ")));
        li.appendChild(el("span", "  " + (m.type || ""), { "class": "muted" }));
        li.dataset.iri = m.iri;
        li.addEventListener("click", function () { results.hidden = true; loadEntity(m.iri, true); });
        li.addEventListener("keydown", function (e) { if (e.key === "Enter") { li.click(); } });
        results.appendChild(li);
      });
      if (!res.results.length) { results.appendChild(el("li", "No entity named " + q)); }
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

  // Filters.
  var hiddenPreds = {};
  function refreshPredicates() {
    var box = $("pred-filter");
    var hint = box.querySelector(".muted");
    if (hint) { hint.remove(); }
    var preds = {};
    cy.edges().forEach(function (e) { preds[e.data("predicate")] = true; });
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
  function lo(s) { return s.length === 4 ? s + "-01-01" : s.length === 7 ? s + "-01" : s; }
  function hi(s) { return s.length === 4 ? s + "-12-31" : s.length === 7 ? s + "-31" : s; }
  function applyFilters() {
    var from = $("date-from").value.trim(), to = $("date-to").value.trim();
    var hideUndated = $("hide-undated").checked;
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var dates = (e.data("dates") || "").split(" ").filter(Boolean);
        var ok = !hiddenPreds[e.data("predicate")];
        if (ok && dates.length === 0) { ok = !hideUndated; }
        if (ok && dates.length && (from || to)) {
          ok = dates.some(function (d) { return (!from || hi(d) >= lo(from)) && (!to || lo(d) <= hi(to)); });
        }
        if (ok) { e.removeClass("hidden"); } else { e.addClass("hidden"); }
      });
      cy.nodes().forEach(function (n) {
        var visible = n.hasClass("root") || n.connectedEdges().some(function (e) { return !e.hasClass("hidden"); }) ||
          n.connectedEdges().length === 0;
        if (visible) { n.removeClass("hidden"); } else { n.addClass("hidden"); }
      });
    });
  }
  ["date-from", "date-to"].forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("hide-undated").addEventListener("change", applyFilters);

  // Legend.
  Object.keys(TYPE_COLOURS).filter(Boolean).forEach(function (t) {
    var l = el("div");
    l.appendChild(el("span", "", { "class": "swatch", style: "background:" + TYPE_COLOURS[t] }));
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
        if (name === "path") { addEdge(r.forward ? r.from : r.to, r.predicate, r.forward ? r.to : r.from); }
        else if (name === "neighbours") {
          if (r.direction === "out") { addEdge(r.entity, r.predicate, r.other); } else { addEdge(r.other, r.predicate, r.entity); }
        } else if (how) { addEdge(r[how[0]], how[1], r[how[2]], r.date, r.statement); }
        else if (r.subject && r.predicate && r.object) { addEdge(r.subject, r.predicate, r.object, r.date, r.statement); }
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
    var cols = res.columns.filter(function (c) {
      if (c === "statement") { return false; }
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
      cols.forEach(function (c) {
        var v = r[c];
        if (v !== undefined && res.entities && res.entities[v]) { v = res.entities[v].label; }
        else if (typeof v === "string" && /^https?:\/\/\S+$/.test(v)) { v = v.replace(/^.*[\/#]/, ""); }
        tr.appendChild(textEl("td", v === undefined ? "" : v));
      });
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
  function graphML() {
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="label_ar" for="node" attr.name="label_ar" attr.type="string"/>',
      '<key id="type" for="node" attr.name="type" attr.type="string"/>',
      '<key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>',
      '<key id="dates" for="edge" attr.name="dates" attr.type="string"/>',
      '<graph id="kg" edgedefault="directed">'];
    cy.nodes(":visible").forEach(function (n) {
      var info = entities[n.id()] || {};
      var l = info.labels || {};
      out.push('<node id="' + xmlEscape(n.id()) + '"><data key="label">' + xmlEscape(latinLabel(l) || info.label || n.id()) +
        '</data><data key="label_ar">' + xmlEscape(l.ar || "") + '</data><data key="type">' + xmlEscape(n.data("type") || "") + "</data></node>");
    });
    cy.edges(":visible").forEach(function (e) {
      out.push('<edge source="' + xmlEscape(e.data("source")) + '" target="' + xmlEscape(e.data("target")) +
        '"><data key="predicate">' + xmlEscape(e.data("predicate")) + '</data><data key="dates">' + xmlEscape(e.data("dates") || "") + "</data></edge>");
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
    cy.elements().remove();
    edgeData = {}; expanded = {};
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
  window.kg = { cy: cy, search: search, loadEntity: loadEntity, showEvidence: showEvidence, runQuery: runQuery,
    graphML: graphML, applyFilters: applyFilters };
}());
