// The drawing of the kg explorer: facts, bundled into one edge per pair of
// entities with a count; edge labels shown where they can be read (a small
// graph, the selected node, the pointer); layouts that spread nodes. It
// knows nothing of the API: app.js feeds it facts.
// Data only ever reaches the page through textContent and cytoscape data
// fields, never as HTML.
(function () {
  "use strict";

  var TYPE_COLOURS = {
    Person: "#1f77b4", Country: "#d62728", Organization: "#2ca02c", Place: "#9467bd",
    Facility: "#8c564b", Event: "#e377c2", Agreement: "#7f7f7f", Weapon: "#bcbd22",
    Group: "#ff7f0e", Work: "#17becf", "": "#999999"
  };
  var SYMMETRIC = { met: true, allyOf: true, cooperatesWith: true };
  // Beyond this many visible edges, labels show only where asked for.
  var ALL_LABELS_UP_TO = 12;
  // Beyond this many visible nodes, node labels are one short line.
  var FULL_NODE_LABELS_UP_TO = 16;

  function create(container) {
    var cy = cytoscape({
      container: container,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "background-color": "data(colour)", "color": "#222",
          "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "width": 22, "height": 22,
          "text-wrap": "wrap", "text-max-width": 110,
          "text-background-color": "#fbfcfe", "text-background-opacity": 0.75, "text-background-padding": 1 } },
        // A busy graph: one short line per node; the whole label where
        // the pointer or the selection is.
        { selector: "node.brief", style: { "label": "data(short)", "text-wrap": "ellipsis", "text-max-width": 100 } },
        { selector: "node.brief:selected, node.brief.hover, node.brief.root", style: { "label": "data(label)", "text-wrap": "wrap", "text-max-width": 160, "z-index": 10 } },
        { selector: "node.root", style: { "width": 34, "height": 34, "border-width": 3, "border-color": "#222", "font-weight": "bold" } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#555" } },
        { selector: "edge", style: {
          "curve-style": "bezier", "width": "data(width)", "line-color": "#a3abbd", "target-arrow-color": "#a3abbd",
          "source-arrow-color": "#a3abbd", "arrow-scale": 0.9, "font-size": 9, "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2,
          "color": "#333", "label": "" } },
        { selector: "edge.fwd", style: { "target-arrow-shape": "triangle" } },
        { selector: "edge.back", style: { "source-arrow-shape": "triangle" } },
        { selector: "edge.remote", style: { "line-style": "dashed" } },
        { selector: "edge.derived", style: { "line-style": "dotted", "line-color": "#7a6", "target-arrow-color": "#7a6", "source-arrow-color": "#7a6" } },
        { selector: "edge.show-label", style: { "label": "data(label)", "z-index": 5 } },
        { selector: "edge.near", style: { "line-color": "#6c7a96", "target-arrow-color": "#6c7a96", "source-arrow-color": "#6c7a96" } },
        { selector: "edge:selected", style: { "line-color": "#d60", "target-arrow-color": "#d60", "source-arrow-color": "#d60", "label": "data(label)" } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#d60" } },
        { selector: ".hidden", style: { "display": "none" } }
      ],
      layout: { name: "grid" },
      minZoom: 0.1,
      maxZoom: 3
    });

    // facts: "s p o" → {subject, predicate, object, dates{}, statements{},
    // modes{}, derived, why}; a bundle (one cy edge per pair of nodes)
    // draws the facts between two nodes.
    var facts = {};
    var filter = function () { return true; };

    function pairID(a, b) { return a < b ? "pair " + a + " " + b : "pair " + b + " " + a; }

    function colour(type) { return TYPE_COLOURS[type || ""] || TYPE_COLOURS[""]; }

    // addNode adds (or returns) the node of an entity; info: {label,
    // short, type}: label may have two lines (English, Arabic), short is
    // one name.
    function addNode(iri, info) {
      var n = cy.getElementById(iri);
      if (n.length) { return n; }
      info = info || {};
      var label = info.label || iri.replace(/^.*[\/#]/, "");
      return cy.add({ group: "nodes", data: { id: iri, label: label, short: info.short || label.split("\n")[0],
        type: info.type || "", colour: colour(info.type) } });
    }

    // addFact adds (or enriches) the fact subject -predicate-> object and
    // returns it. extra: {date, statement, mode, derived, why}.
    function addFact(s, p, o, extra) {
      if (!s || !o || s === o || typeof o !== "string" || o.indexOf("://") < 0) { return null; }
      extra = extra || {};
      if (SYMMETRIC[p] && o < s) { var t = s; s = o; o = t; }
      addNode(s); addNode(o);
      var id = s + " " + p + " " + o;
      var f = facts[id];
      if (!f) {
        f = facts[id] = { id: id, subject: s, predicate: p, object: o, dates: {}, statements: {}, modes: {},
          derived: !!extra.derived, why: extra.why || "" };
      }
      if (extra.date) { f.dates[extra.date] = true; }
      if (extra.statement) { f.statements[extra.statement] = true; }
      if (extra.mode) { f.modes[extra.mode] = true; }
      var b = pairID(s, o);
      if (!cy.getElementById(b).length) {
        var a = s < o ? s : o, z = s < o ? o : s;
        cy.add({ group: "edges", data: { id: b, source: a, target: z, facts: [], label: "", width: 1.5, dates: "", predicate: "" } });
      }
      var e = cy.getElementById(b);
      if (e.data("facts").indexOf(id) < 0) { e.data("facts", e.data("facts").concat([id])); }
      refresh(e);
      return f;
    }

    // visibleFacts returns the facts of a bundle the filter lets through.
    function visibleFacts(e) {
      return e.data("facts").map(function (id) { return facts[id]; }).filter(function (f) { return f && filter(f); });
    }

    // refresh redraws a bundle from its visible facts: label, count,
    // width, arrow, dashes for calls, dots for derived links.
    function refresh(e) {
      var fs = visibleFacts(e);
      if (!fs.length) { e.addClass("hidden"); return; }
      e.removeClass("hidden");
      var a = e.data("source");
      var dirs = {}, preds = [], dates = {}, remote = true, derived = true;
      fs.forEach(function (f) {
        dirs[SYMMETRIC[f.predicate] ? "none" : (f.subject === a ? "fwd" : "back")] = true;
        if (preds.indexOf(f.predicate) < 0) { preds.push(f.predicate); }
        Object.keys(f.dates).forEach(function (d) { dates[d] = true; });
        var modes = Object.keys(f.modes);
        remote = remote && f.predicate === "met" && modes.length > 0 && modes.every(function (m) { return m !== "in person"; });
        derived = derived && f.derived;
      });
      var ds = Object.keys(dates).sort();
      var label = preds.length > 2 ? preds.slice(0, 2).join(", ") + ", …" : preds.join(", ");
      if (remote) {
        var ms = {};
        fs.forEach(function (f) { Object.keys(f.modes).forEach(function (m) { ms[m] = true; }); });
        label += " (" + Object.keys(ms).sort().join(", ") + ")";
      }
      if (fs.length > 1) { label += " ×" + fs.length; } else if (ds.length) { label += " " + ds[0] + (ds.length > 1 ? "…" : ""); }
      e.data({ label: label, count: fs.length, width: 1.5 + Math.min(fs.length - 1, 5) * 1.2, dates: ds.join(" "),
        predicate: preds.length === 1 ? preds[0] : "" });
      var keys = Object.keys(dirs);
      e.toggleClass("fwd", keys.length === 1 && dirs.fwd === true);
      e.toggleClass("back", keys.length === 1 && dirs.back === true);
      e.toggleClass("remote", remote);
      e.toggleClass("derived", derived);
    }

    // refreshAll reapplies the filter to every bundle and hides nodes left
    // without visible edges (roots stay).
    function refreshAll() {
      cy.batch(function () {
        cy.edges().forEach(refresh);
        cy.nodes().forEach(function (n) {
          var visible = n.hasClass("root") || n.connectedEdges().length === 0 ||
            n.connectedEdges().some(function (e) { return !e.hasClass("hidden"); });
          n.toggleClass("hidden", !visible);
        });
      });
      labels();
    }

    // labels shows edge labels where they can be read: every label in a
    // small graph; else those of the selected node's edges, of the hovered
    // node or edge, and of the selected edge.
    var hovered = null;
    function labels() {
      var visible = cy.edges().filter(function (e) { return !e.hasClass("hidden"); });
      cy.batch(function () {
        if (visible.length <= ALL_LABELS_UP_TO) {
          visible.addClass("show-label");
          cy.edges().removeClass("near");
          return;
        }
        cy.edges().removeClass("show-label near");
        var focus = cy.nodes(":selected");
        if (hovered && hovered.isNode()) { focus = focus.union(hovered); }
        focus.connectedEdges().addClass("show-label near");
        if (hovered && hovered.isEdge()) { hovered.addClass("show-label"); }
      });
    }
    cy.on("mouseover", "node, edge", function (evt) { hovered = evt.target; evt.target.addClass("hover"); labels(); });
    cy.on("mouseout", "node, edge", function (evt) { hovered = null; evt.target.removeClass("hover"); labels(); });
    cy.on("select unselect", "node", labels);

    // layout spreads the nodes: one entity and its neighbours as rings
    // around it, wide enough that labels do not overlap; anything else by
    // force direction, node sizes counting their labels.
    function layout() {
      refreshAll();
      var shown = cy.nodes().filter(function (n) { return !n.hasClass("hidden"); });
      cy.nodes().toggleClass("brief", shown.length > FULL_NODE_LABELS_UP_TO);
      var roots = shown.filter(".expanded");
      var root = roots.length === 1 ? roots[0] : null;
      if (root && shown.every(function (n) { return n === root || n.edgesWith(root).length > 0; })) {
        rings(root, shown.filter(function (n) { return n !== root; }));
      } else if (shown.length > 1) {
        cy.layout({ name: "cose", animate: false, fit: true, padding: 40, randomize: true, nodeDimensionsIncludeLabels: true,
          nodeRepulsion: function () { return 600000; }, nodeOverlap: 40, idealEdgeLength: function () { return 130; },
          edgeElasticity: function () { return 100; }, gravity: 60, numIter: 1500 }).run();
      } else {
        cy.fit(shown, 40);
      }
      // A few nodes would otherwise be blown up to fill the canvas.
      if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
      labels();
    }

    // rings places neighbours on concentric rings around root, sorted by
    // type then label, each ring holding as many as its circumference
    // gives room for (a label's width apart), alternate rings offset by
    // half a place so that neighbouring labels do not stack.
    function rings(root, others) {
      // A place on a ring is a label's width (text-max-width and a margin)
      // along it; rings are a label's width apart, for the left and right
      // of a ring where neighbours stand side by side.
      var wide = others.length + 1 <= FULL_NODE_LABELS_UP_TO;
      var slot = wide ? 125 : 112, gap = wide ? 130 : 112;
      var r = Math.max(140, Math.min(others.length, 8) * slot / (2 * Math.PI));
      var list = others.sort(function (a, b) {
        var ta = a.data("type") || "~", tb = b.data("type") || "~";
        return ta !== tb ? (ta < tb ? -1 : 1) : String(a.data("label")).localeCompare(String(b.data("label")));
      }).toArray();
      var pos = {}, i = 0, inner = [];
      pos[root.id()] = { x: 0, y: 0 };
      // The angular distance between two angles.
      var apart = function (a, b) { var d = Math.abs(a - b) % (2 * Math.PI); return Math.min(d, 2 * Math.PI - d); };
      while (i < list.length) {
        var room = Math.max(1, Math.floor(2 * Math.PI * r / slot));
        var n = Math.min(room, list.length - i), step = 2 * Math.PI / n;
        // Turn the ring so that no node stands behind one of an inner
        // ring, where the edge from the centre would cross it.
        var best = 0, bestGap = -1;
        for (var j = 0; j < 12; j++) {
          var off = step * j / 12, worst = Math.PI;
          for (var k = 0; k < n; k++) {
            inner.forEach(function (b) { worst = Math.min(worst, apart(off + step * k, b)); });
          }
          if (worst > bestGap) { bestGap = worst; best = off; }
        }
        for (var m = 0; m < n; m++) {
          var a = best + step * m - Math.PI / 2;
          pos[list[i + m].id()] = { x: r * Math.cos(a), y: r * Math.sin(a) };
          inner.push(best + step * m);
        }
        i += n; r += gap;
      }
      cy.layout({ name: "preset", animate: false, fit: true, padding: 40,
        positions: function (node) { return pos[node.id()] || { x: 0, y: 0 }; } }).run();
    }

    function setFilter(fn) { filter = fn; refreshAll(); }

    function clear() { cy.elements().remove(); facts = {}; }

    return { cy: cy, addNode: addNode, addFact: addFact, layout: layout, setFilter: setFilter, refreshAll: refreshAll,
      visibleFacts: visibleFacts, facts: function () { return facts; }, pairID: pairID, colour: colour, clear: clear,
      labels: labels, SYMMETRIC: SYMMETRIC, TYPE_COLOURS: TYPE_COLOURS };
  }

  window.kgGraph = { create: create };
}());
