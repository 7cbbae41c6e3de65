// Draws the timeline from the JSON in #timeline-data: a scaled time axis,
// one lane per record kind, rows packed with the browser's own text widths
// (so no label overflows its box), conflicts on their record, details on
// click, filters by country pair and kind, and zoom.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var LANES = ["Dialogues", "Attacks", "Exercises", "Other incidents", "Projects", "Statements"];
  var STYLE = {
    "Dialogues": { shape: "circle", color: "#2b6cb0" },
    "Attacks": { shape: "triangle", color: "#c53030" },
    "Exercises": { shape: "square", color: "#2f855a" },
    "Other incidents": { shape: "diamond", color: "#718096" },
    "Projects": { shape: "hexagon", color: "#c05621" },
    "Statements": { shape: "rounded", color: "#6b46c1" }
  };
  var LEFT = 120, RIGHT = 24, ROW = 22, AXIS = 40, MAX_ROWS = 12, LABEL_GAP = 6, PAD = 3;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var state = { zoom: 1, pair: "", hidden: {} };
  var svg = document.getElementById("timeline");

  function time(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)); }
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(name, text, parent, cls) {
    var e = document.createElement(name);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
  function shape(kind, x, y, r, color, hollow, parent) {
    var fill = hollow ? "#fff" : color, a = { fill: fill, stroke: color, "stroke-width": 1.5, "class": "mark" };
    var p;
    if (kind === "circle") { a.cx = x; a.cy = y; a.r = r; p = el("circle", a, parent); }
    else if (kind === "square") { a.x = x - r; a.y = y - r; a.width = 2 * r; a.height = 2 * r; p = el("rect", a, parent); }
    else if (kind === "rounded") { a.x = x - r; a.y = y - r; a.width = 2 * r; a.height = 2 * r; a.rx = 3; p = el("rect", a, parent); }
    else {
      var pts;
      if (kind === "triangle") pts = [[x, y - r - 1], [x + r + 1, y + r], [x - r - 1, y + r]];
      else if (kind === "diamond") pts = [[x, y - r - 1], [x + r + 1, y], [x, y + r + 1], [x - r - 1, y]];
      else { pts = []; for (var i = 0; i < 6; i++) pts.push([x + r * Math.cos(Math.PI / 3 * i), y + r * Math.sin(Math.PI / 3 * i)]); }
      a.points = pts.map(function (p) { return p[0].toFixed(1) + "," + p[1].toFixed(1); }).join(" ");
      p = el("polygon", a, parent);
    }
    return p;
  }

  // Text widths as the browser lays them out, measured once per string.
  var measurer = el("text", { x: -1000, y: -1000, "class": "label", visibility: "hidden" }, svg);
  var widths = {};
  function width(s) {
    if (!(s in widths)) { measurer.textContent = s; widths[s] = measurer.getComputedTextLength(); }
    return widths[s];
  }

  function pairsOf(item) {
    var out = [], c = item.countries;
    for (var i = 0; i < c.length; i++) for (var j = i + 1; j < c.length; j++) out.push(c[i] + "-" + c[j]);
    return out;
  }
  function visible(item) {
    if (state.hidden[item.lane]) return false;
    if (!state.pair) return true;
    var p = state.pair.split("-");
    return item.countries.indexOf(p[0]) >= 0 && item.countries.indexOf(p[1]) >= 0;
  }
  function members(item) {
    return item.id.indexOf("statements@") === 0 ? item.fields.map(function (f) { return f[0]; }) : [];
  }

  function details(item) {
    var aside = document.getElementById("details");
    aside.innerHTML = "";
    html("h2", item.label, aside);
    var meta = html("p", (item.dated_by === "event" ? "Dated " : "First reported ") + range(item) + " · sources: " + item.sources.join(", "), aside, "hint");
    meta.setAttribute("data-precision", item.precision);
    if (item.conflicts.length) {
      var box = html("div", null, aside, "conflicts");
      item.conflicts.forEach(function (c) {
        html("strong", "Sources disagree on " + c.field + ":", box);
        var ul = html("ul", null, box);
        c.values.forEach(function (v, i) { html("li", v.value + (i === 0 ? " (chosen)" : "") + " — " + v.sources.join(", "), ul); });
      });
    }
    var dl = html("dl", null, aside);
    item.fields.forEach(function (f) { html("dt", f[0], dl); html("dd", f[1], dl); });
    html("h3", "Evidence", aside);
    item.evidence.forEach(function (e) {
      html("div", e.source + ", bytes " + e.start + "–" + e.end, aside, "hint");
      html("blockquote", e.text === null ? "(text not kept)" : e.text, aside);
    });
    if (item.more_evidence) html("p", "… and " + item.more_evidence + " more", aside, "hint");
  }
  function range(item) {
    var s = item.start, e = item.end;
    if (item.precision === "month") { s = s.slice(0, 7); e = e.slice(0, 7); }
    if (item.precision === "year") { s = s.slice(0, 4); e = e.slice(0, 4); }
    return s === e ? s : s + " – " + e;
  }

  function render() {
    while (svg.lastChild) svg.removeChild(svg.lastChild);
    svg.appendChild(measurer);
    var items = data.items.filter(visible);
    var chart = document.getElementById("chart");
    var plot = Math.max(400, (chart.clientWidth || 900) - LEFT - RIGHT) * state.zoom;
    var fit = state.zoom === 1;
    if (!items.length) {
      svg.setAttribute("width", LEFT + plot + RIGHT); svg.setAttribute("height", 40);
      el("text", { x: 8, y: 24 }, svg).textContent = "No dated record matches the filters.";
      document.body.setAttribute("data-rendered", "1");
      return;
    }
    var t0 = Infinity, t1 = -Infinity;
    items.forEach(function (it) {
      t0 = Math.min(t0, time(it.start)); t1 = Math.max(t1, time(it.end) + DAY);
      it.conflicts.forEach(function (c) { c.values.forEach(function (v) { if (v.start) { t0 = Math.min(t0, time(v.start)); t1 = Math.max(t1, time(v.end) + DAY); } }); });
    });
    var d0 = new Date(t0), d1 = new Date(t1);
    t0 = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), 1);
    t1 = Date.UTC(d1.getUTCFullYear(), d1.getUTCMonth() + 1, 1);
    function x(t) { return LEFT + (t - t0) / (t1 - t0) * plot; }

    // Lanes and rows: each item's slot is its mark, its bar and its label.
    function layout() {
      var lanes = [], y = AXIS;
      LANES.forEach(function (name) {
        var own = items.filter(function (it) { return it.lane === name; });
        if (!own.length) return;
        var rows = [], placed = [], clusters = {};
        own.forEach(function (it) {
          var xs = x(time(it.start)), xe = Math.max(xs, x(time(it.end) + DAY));
          var markEnd = it.precision === "day" && it.start === it.end ? xs + 7 : xe;
          var slot = { item: it, xs: xs, xe: xe, label: true };
          var from = xs;  // a conflicting date drawn earlier widens the slot to the left
          it.conflicts.forEach(function (c) { c.values.forEach(function (v) { if (v.start) from = Math.min(from, x(time(v.start))); }); });
          var end = markEnd + LABEL_GAP + width(it.label) + 2 * PAD;
          var row = -1;
          for (var r = 0; r < rows.length; r++) if (rows[r] < from - 8) { row = r; break; }
          if (row < 0 && rows.length < MAX_ROWS) { row = rows.length; rows.push(0); }
          if (row < 0) {
            // Crowded: the mark alone, its label on hover and click.
            slot.label = false; end = markEnd + 2;
            for (r = 0; r < rows.length; r++) if (rows[r] < from - 8) { row = r; break; }
          }
          if (row < 0) {
            // Buckets as wide as a cluster badge, so that badges never overlap.
            var key = Math.floor(xs / 18);
            (clusters[key] = clusters[key] || { xs: key * 18 + 9, items: [] }).items.push(it);
            return;
          }
          rows[row] = end; slot.row = row; placed.push(slot);
        });
        var n = Math.max(rows.length, 1) + (Object.keys(clusters).length ? 1 : 0);
        lanes.push({ name: name, y: y, rows: n, placed: placed, clusters: clusters });
        y += n * ROW + 14;
      });
      var height = y + 8, right = LEFT + plot + RIGHT;
      lanes.forEach(function (lane) {
        lane.placed.forEach(function (slot) {
          var it = slot.item, point = it.precision === "day" && it.start === it.end;
          var end = (point ? slot.xs + 7 : slot.xe) + (slot.label ? LABEL_GAP + width(it.label) + 2 * PAD : 0);
          right = Math.max(right, end + RIGHT);
        });
      });
      return { lanes: lanes, height: height, right: right };
    }
    // Fitted, the labels of the last records must fit too: shrink the axis until they do.
    var avail = LEFT + plot + RIGHT, laid = layout();
    for (var pass = 0; fit && pass < 4 && laid.right > avail + 1 && plot > 300; pass++) {
      plot = Math.max(300, plot - (laid.right - avail));
      laid = layout();
    }
    var lanes = laid.lanes, height = laid.height, right = laid.right;
    svg.setAttribute("width", Math.ceil(right));
    svg.setAttribute("height", Math.ceil(height));

    // Bands, grid and axis.
    lanes.forEach(function (lane, i) {
      if (i % 2 === 0) el("rect", { x: 0, y: lane.y - 4, width: right, height: lane.rows * ROW + 10, "class": "band" }, svg);
      el("text", { x: 8, y: lane.y + 14, "class": "lane-name" }, svg).textContent = lane.name;
    });
    var monthPx = plot / ((t1 - t0) / (DAY * 30.44));
    var yearStep = [1, 2, 5, 10, 20, 50, 100, 1000].filter(function (s) { return monthPx * 12 * s >= 40; })[0] || 1000;
    var axis = el("g", { "class": "axis" }, svg);
    for (var t = t0; t <= t1;) {
      var d = new Date(t), m = d.getUTCMonth(), yr = d.getUTCFullYear(), xt = x(t);
      if (m === 0 && yr % yearStep === 0) {
        el("line", { x1: xt, x2: xt, y1: 16, y2: height, "class": "grid-year" }, axis);
        el("text", { x: xt + 3, y: 14, "class": "tick-year" }, axis).textContent = String(yr);
      } else if (monthPx >= 16) {
        el("line", { x1: xt, x2: xt, y1: 24, y2: height, "class": "grid-month" }, axis);
        if (monthPx >= 34) el("text", { x: xt + 2, y: 32, "class": "tick-month" }, axis).textContent = MONTHS[m];
      }
      if (t === t0 && m !== 0) el("text", { x: xt + 2, y: 14, "class": "tick-year" }, axis).textContent = String(yr);
      t = Date.UTC(yr, m + 1, 1);
    }

    // Records.
    lanes.forEach(function (lane) {
      var st = STYLE[lane.name];
      lane.placed.forEach(function (slot) {
        var it = slot.item, cy = lane.y + slot.row * ROW + 10;
        var g = el("g", { "class": "rec", "data-id": it.id, "data-start": it.start, "data-end": it.end, "data-precision": it.precision, "data-lane": it.lane }, svg);
        var m = members(it);
        if (m.length) g.setAttribute("data-members", m.join(" "));
        el("title", {}, g).textContent = it.label + " — " + range(it) + " — " + it.sources.join(", ");
        el("line", { x1: slot.xs, x2: slot.xs, y1: cy - 8, y2: cy + 8, "class": "anchor" }, g);
        var point = it.precision === "day" && it.start === it.end;
        var mx = slot.xs;
        if (!point) {
          el("rect", { x: slot.xs, y: cy - 5, width: Math.max(3, slot.xe - slot.xs), height: 10, rx: 2, fill: st.color, stroke: st.color, "class": it.precision === "day" ? "bar" : "fuzzy" }, g);
          if (it.precision !== "day") mx = (slot.xs + slot.xe) / 2;
        }
        shape(st.shape, point ? slot.xs : mx, cy, 5, st.color, it.dated_by !== "event" || it.precision !== "day", g);
        var labelX = (point ? slot.xs + 7 : slot.xe) + LABEL_GAP;
        if (it.conflicts.length) {
          g.classList.add("conflict");
          g.setAttribute("data-conflict", it.conflicts.map(function (c) {
            return c.field + ": " + c.values.map(function (v) { return v.value + " [" + v.sources.join(", ") + "]"; }).join(" | ");
          }).join("; "));
          it.conflicts.forEach(function (c) {
            c.values.forEach(function (v, i) {
              if (i === 0 || !v.start) return;
              var gx = x(time(v.start));
              el("line", { x1: Math.min(gx, slot.xs), x2: Math.max(gx, slot.xs), y1: cy, y2: cy, "class": "ghost" }, g);
              var ghost = el("circle", { cx: gx, cy: cy, r: 5, "class": "ghost" }, g);
              el("title", {}, ghost).textContent = c.field + " per " + v.sources.join(", ") + ": " + v.value;
            });
          });
        }
        if (slot.label) {
          var text = it.label, w = width(text);
          el("rect", { x: labelX, y: cy - 8, width: w + 2 * PAD, height: 16, "class": "box" }, g);
          el("text", { x: labelX + PAD, y: cy + 4, "class": "label" }, g).textContent = text;
          if (it.conflicts.length) el("text", { x: slot.xs - 3, y: cy - 7, "class": "badge" }, g).textContent = "!";
        }
        g.addEventListener("click", function () {
          Array.prototype.forEach.call(svg.querySelectorAll(".rec.selected"), function (s) { s.classList.remove("selected"); });
          g.classList.add("selected");
          details(it);
        });
      });
      Object.keys(lane.clusters).forEach(function (k) {
        var c = lane.clusters[k], cy = lane.y + (lane.rows - 1) * ROW + 10;
        var g = el("g", { "class": "cluster", "data-members": c.items.map(function (i) { return i.id; }).concat([].concat.apply([], c.items.map(members))).join(" ") }, svg);
        el("title", {}, g).textContent = c.items.length + " more records here (click to list)";
        el("circle", { cx: c.xs, cy: cy, r: 8, fill: STYLE[lane.name].color }, g);
        var label = String(c.items.length);
        el("text", { x: c.xs - width(label) / 2, y: cy + 4 }, g).textContent = label;
        g.addEventListener("click", function () {
          details({ label: c.items.length + " records", dated_by: "event", precision: "day", start: c.items[0].start, end: c.items[c.items.length - 1].end,
            sources: [], conflicts: [], evidence: [], more_evidence: 0,
            fields: c.items.map(function (i) { return [i.start, i.label]; }) });
        });
      });
    });
    document.body.setAttribute("data-rendered", "1");
  }

  // Toolbar, legend and the undated list, built once.
  var pairs = {};
  data.items.forEach(function (it) { pairsOf(it).forEach(function (p) { pairs[p] = (pairs[p] || 0) + 1; }); });
  var select = document.getElementById("pair");
  Object.keys(pairs).sort().forEach(function (p) {
    var o = html("option", p + " (" + pairs[p] + ")", select); o.value = p;
  });
  select.addEventListener("change", function () { state.pair = select.value; render(); });
  var kinds = document.getElementById("kinds"), legend = document.getElementById("legend");
  LANES.forEach(function (name) {
    if (!data.items.some(function (it) { return it.lane === name; })) return;
    var label = html("label", null, kinds), box = html("input", null, label);
    box.type = "checkbox"; box.checked = true;
    label.appendChild(document.createTextNode(" " + name));
    box.addEventListener("change", function () { state.hidden[name] = !box.checked; render(); });
    var key = html("span", null, legend), icon = el("svg", { width: 14, height: 14 }, key);
    shape(STYLE[name].shape, 7, 7, 5, STYLE[name].color, false, icon);
    key.appendChild(document.createTextNode(name));
  });
  [["bar: a range of days", "bar"], ["faded span: known to the month or year", "fuzzy"], ["hollow mark: placed at first publication, or not known to the day", "hollow"], ["! and dashed marks: sources disagree", "conflict"]].forEach(function (k) {
    html("span", k[0], legend).setAttribute("data-key", k[1]);
  });
  var undated = document.getElementById("undated");
  data.undated.forEach(function (u) {
    var li = html("li", u.lane + ": " + u.label + " [" + u.sources.join(", ") + "]", undated);
    li.setAttribute("data-id", u.id);
  });
  if (!data.undated.length) document.getElementById("undated-section").hidden = true;
  document.getElementById("zoom-in").addEventListener("click", function () { state.zoom = Math.min(64, state.zoom * 1.6); render(); });
  document.getElementById("zoom-out").addEventListener("click", function () { state.zoom = Math.max(1, state.zoom / 1.6); render(); });
  document.getElementById("zoom-fit").addEventListener("click", function () { state.zoom = 1; render(); });
  window.addEventListener("resize", function () { render(); });
  render();
})();
