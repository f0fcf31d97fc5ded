// zhmetrics report: draws the page from the JSON in #zh-data. Hand-written,
// no library; charts are SVG with the labels as text. Nothing is fetched.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('zh-data').textContent);
  window.__zhParsedAt = performance.now(); // for report/browsertest/timing.mjs
  var app = document.getElementById('app');
  var SVGNS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#3b6fd1', '#e0663b', '#2aa876', '#a05ac8', '#c9a227', '#d04f7a', '#4aa3b5', '#7a6a55'];
  var collator = new Intl.Collator('zh');

  // el makes an HTML element: el('div', {class: 'x'}, child, 'text', ...).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function sv(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    });
  }
  // add appends children (nodes, text, arrays of them; null is skipped).
  function add(e) {
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === undefined || c === null || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { add(e, x); });
      else e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    }
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

  // fmtNum writes a number compactly, with 万 and 亿 for large ones.
  function fmtNum(v) {
    if (v === null || v === undefined) return '';
    var a = Math.abs(v);
    if (a >= 1e12) return trim(v / 1e12) + '万亿';
    if (a >= 1e8) return trim(v / 1e8) + '亿';
    if (a >= 1e4) return trim(v / 1e4) + '万';
    return trim(v);
  }
  function trim(v) {
    var s = (Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));
    if (s.indexOf('.') >= 0 && s.indexOf('e') < 0) s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s;
  }
  function fmtVal(v, hi, unit) {
    if (v === null && hi === null) return '';
    var s = hi !== null && hi !== undefined ? fmtNum(v) + '–' + fmtNum(hi) : fmtNum(v);
    return s + (unit ? ' ' + unit : '');
  }
  // fmtInt: 1234567 → "1,234,567" (toLocaleString is slow for thousands of options)
  function fmtInt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function plural(n, one, many) { return fmtInt(n) + ' ' + (n === 1 ? one : many); }

  // highlight: the sentence with the figure (at fo) and its metric (at mo)
  // marked; offsets are in UTF-16 units, -1 when not found.
  function highlight(sentence, fo, flen, mo, mlen) {
    var marks = [];
    if (fo >= 0) marks.push([fo, fo + flen, 'fig']);
    if (mo >= 0 && mlen > 0 && (fo < 0 || mo + mlen <= fo || mo >= fo + flen)) marks.push([mo, mo + mlen, 'metric']);
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var p = el('p', {class: 'sentence'}), at = 0;
    marks.forEach(function (m) {
      add(p, sentence.slice(at, m[0]));
      add(p, el('mark', {class: m[2]}, sentence.slice(m[0], m[1])));
      at = m[1];
    });
    add(p, sentence.slice(at));
    return p;
  }

  // shorten keeps both ends of a long label (document ids share their start).
  function shorten(s, n) {
    if (s.length <= n) return s;
    var head = Math.ceil((n - 1) / 2);
    return s.slice(0, head) + '…' + s.slice(s.length - (n - 1 - head));
  }

  // barChart: horizontal bars with their labels (Chinese as SVG text).
  function barChart(rows, opts) {
    opts = opts || {};
    var lw = opts.labelWidth || 150, w = opts.width || 520, bh = 18, gap = 4, top = 6;
    var h = top + rows.length * (bh + gap) + 22;
    var maxN = 1;
    rows.forEach(function (r) { maxN = Math.max(maxN, r[1]); });
    var scale = (w - lw - 60) / maxN;
    var svg = sv('svg', {viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'aria-label': opts.title || ''});
    if (!rows.length) {
      add(svg, sv('text', {x: 10, y: 20}, '(none)'));
      return svg;
    }
    rows.forEach(function (r, i) {
      var y = top + i * (bh + gap);
      var label = r[0] === '' ? '(empty)' : String(r[0]);
      var short = shorten(label, opts.maxChars || 14);
      var g = sv('g', {class: 'bar', 'data-label': r[0]},
        sv('title', null, label + ': ' + fmtInt(r[1])),
        sv('text', {x: lw - 6, y: y + bh - 5, 'text-anchor': 'end'}, short),
        sv('rect', {x: lw, y: y, width: Math.max(1, r[1] * scale), height: bh, fill: opts.color || COLORS[0]}),
        sv('text', {x: lw + r[1] * scale + 4, y: y + bh - 5, class: 'value'}, fmtInt(r[1])));
      if (opts.onClick) g.addEventListener('click', function () { opts.onClick(r[0]); });
      add(svg, g);
    });
    var yb = top + rows.length * (bh + gap);
    add(svg, sv('g', {class: 'axis'}, sv('line', {x1: lw, x2: lw, y1: top - 2, y2: yb})));
    add(svg, sv('text', {x: lw, y: yb + 14, class: 'muted'}, opts.axis || 'figures'));
    return svg;
  }

  // stackedChart: horizontal stacked bars (added, removed, changed per document).
  function stackedChart(rows, keys, colors, onClick) {
    var lw = 170, w = 560, bh = 18, gap = 4, top = 6, h = top + rows.length * (bh + gap) + 22, maxN = 1;
    rows.forEach(function (r) { maxN = Math.max(maxN, r[1] + r[2] + r[3]); });
    var scale = (w - lw - 60) / maxN;
    var svg = sv('svg', {viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img'});
    rows.forEach(function (r, i) {
      var y = top + i * (bh + gap), x = lw, label = String(r[0]);
      var g = sv('g', {class: 'bar'}, sv('title', null, label + ': ' + keys.map(function (k, j) { return k + ' ' + r[j + 1]; }).join(', ')),
        sv('text', {x: lw - 6, y: y + bh - 5, 'text-anchor': 'end'}, shorten(label, 22)));
      keys.forEach(function (k, j) {
        var n = r[j + 1];
        if (n > 0) add(g, sv('rect', {x: x, y: y, width: Math.max(1, n * scale), height: bh, fill: colors[j]}));
        x += n * scale;
      });
      add(g, sv('text', {x: x + 4, y: y + bh - 5}, String(r[1] + r[2] + r[3])));
      g.addEventListener('click', function () { onClick(r[0]); });
      add(svg, g);
    });
    add(svg, sv('g', {class: 'axis'}, sv('line', {x1: lw, x2: lw, y1: top - 2, y2: top + rows.length * (bh + gap)})));
    return svg;
  }

  function niceTicks(lo, hi, n) {
    if (lo === hi) { lo -= Math.abs(lo) * 0.1 || 1; hi += Math.abs(hi) * 0.1 || 1; }
    var step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n)));
    var err = (hi - lo) / n / step;
    if (err >= 7.5) step *= 10; else if (err >= 3.5) step *= 5; else if (err >= 1.5) step *= 2;
    var t = [], start = Math.floor(lo / step) * step;
    for (var v = start; v <= hi + step * 0.5; v += step) t.push(Math.abs(v) < step / 1e6 ? 0 : v);
    return t;
  }
  function day(s) { var p = s.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]); }
  function dayStr(ms) { return new Date(ms).toISOString().slice(0, 10); }

  // timeChart: one panel per unit (each with its own value axis), points by
  // time and a line through the median of each date.
  function timeChart(s) {
    var units = s.units.slice(0, 4);
    var w = 760, ph = 170, ml = 70, mr = 20, mt = 24, mb = 26;
    var svg = sv('svg', {viewBox: '0 0 ' + w + ' ' + (units.length * ph), width: w, height: units.length * ph, role: 'img', 'aria-label': s.metric});
    var tmin = Infinity, tmax = -Infinity;
    units.forEach(function (u) { u.points.forEach(function (p) { var t = day(p[0]); tmin = Math.min(tmin, t); tmax = Math.max(tmax, t); }); });
    if (tmin === tmax) { tmin -= 15 * 864e5; tmax += 15 * 864e5; }
    var X = function (t) { return ml + (t - tmin) / (tmax - tmin) * (w - ml - mr); };
    var xt = [];
    for (var k = 0; k <= 5; k++) xt.push(tmin + (tmax - tmin) * k / 5);
    units.forEach(function (u, ui) {
      var oy = ui * ph, color = COLORS[ui % COLORS.length];
      var vals = u.points.map(function (p) { return p[1]; });
      var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
      var yt = niceTicks(Math.min(lo, hi > 0 && lo > 0 ? lo : lo), hi, 4);
      var ylo = yt[0], yhi = yt[yt.length - 1];
      if (ylo === yhi) yhi = ylo + 1;
      var Y = function (v) { return oy + ph - mb - (v - ylo) / (yhi - ylo) * (ph - mt - mb); };
      var g = sv('g', {class: 'series', 'data-unit': u.unit});
      add(g, sv('text', {x: ml, y: oy + 15, 'font-weight': 'bold'}, s.metric + ' · ' + (u.unit || '(no unit)') +
        ' · ' + plural(u.n, 'figure', 'figures') + (u.n > u.points.length ? ' (' + u.points.length + ' drawn)' : '')));
      var grid = sv('g', {class: 'grid'}), axis = sv('g', {class: 'axis'});
      yt.forEach(function (v) {
        add(grid, sv('line', {x1: ml, x2: w - mr, y1: Y(v), y2: Y(v)}));
        add(axis, sv('text', {x: ml - 6, y: Y(v) + 4, 'text-anchor': 'end'}, fmtNum(v)));
      });
      xt.forEach(function (t, i) {
        add(axis, sv('text', {x: X(t), y: oy + ph - mb + 15, 'text-anchor': i === 0 ? 'start' : i === 5 ? 'end' : 'middle'}, dayStr(t)));
      });
      add(axis, sv('line', {x1: ml, x2: w - mr, y1: oy + ph - mb, y2: oy + ph - mb}));
      add(axis, sv('line', {x1: ml, x2: ml, y1: oy + mt, y2: oy + ph - mb}));
      add(g, grid, axis);
      // median per date, as a line
      var byDate = {}, dates = [];
      u.points.forEach(function (p) { if (!byDate[p[0]]) { byDate[p[0]] = []; dates.push(p[0]); } byDate[p[0]].push(p[1]); });
      var path = dates.map(function (d, i) {
        var vs = byDate[d].slice().sort(function (a, b) { return a - b; });
        var m = vs[Math.floor(vs.length / 2)];
        return (i ? 'L' : 'M') + X(day(d)).toFixed(1) + ',' + Y(m).toFixed(1);
      }).join('');
      if (dates.length > 1) add(g, sv('path', {d: path, fill: 'none', stroke: color, 'stroke-width': 2}));
      u.points.forEach(function (p) { // a stem from the axis to each point
        add(g, sv('line', {x1: X(day(p[0])).toFixed(1), x2: X(day(p[0])).toFixed(1), y1: Y(Math.max(ylo, Math.min(0, yhi))).toFixed(1), y2: Y(p[1]).toFixed(1), stroke: color, 'stroke-opacity': 0.25}));
      });
      u.points.forEach(function (p) {
        add(g, sv('circle', {cx: X(day(p[0])).toFixed(1), cy: Y(p[1]).toFixed(1), r: 3.5, fill: color, 'fill-opacity': 0.6},
          sv('title', null, p[0] + ': ' + fmtNum(p[1]) + ' ' + u.unit)));
      });
      add(svg, g);
    });
    return svg;
  }

  // Table: a filterable, facetted, sortable, paged table over n rows.
  // cfg: {id, n, columns: [{label, get(i), sort(i)?, num?, cls?(i)}], facets:
  // [{key, label, get(i)}], text(i), onSelect(i), pageSize}
  function Table(cfg) {
    var self = this, pageSize = cfg.pageSize || 25;
    var state = {q: '', facets: {}, sortCol: -1, sortDir: 1, page: 0, selected: -1};
    var hay = null, order = null, visible = [];
    var input = el('input', {type: 'search', id: cfg.id + '-filter', placeholder: 'filter: text in any column or the sentence'});
    var selects = {};
    var controls = el('div', {class: 'controls'}, el('label', null, 'filter', input));
    cfg.facets.forEach(function (f) {
      var s = el('select', {'data-facet': f.key, id: cfg.id + '-facet-' + f.key});
      s.addEventListener('change', function () { state.facets[f.key] = s.value; state.page = 0; update(); });
      selects[f.key] = s;
      add(controls, el('label', {class: 'facet'}, f.label, s));
    });
    var countEl = el('span', {class: 'muted small', id: cfg.id + '-count'});
    add(controls, countEl);
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = input.value.trim().toLowerCase(); state.page = 0; update(); }, 120);
    });
    var thead = el('tr');
    cfg.columns.forEach(function (c, ci) {
      var th = el('th', {title: 'sort'}, c.label);
      th.addEventListener('click', function () {
        if (state.sortCol === ci) state.sortDir = -state.sortDir; else { state.sortCol = ci; state.sortDir = 1; }
        order = null; state.page = 0; update();
      });
      add(thead, th);
    });
    var tbody = el('tbody');
    var table = el('table', {id: cfg.id}, el('thead', null, thead), tbody);
    var pageEl = el('span', {class: 'page'});
    var prev = el('button', {type: 'button', class: 'prev'}, '‹ previous');
    var next = el('button', {type: 'button', class: 'next'}, 'next ›');
    prev.addEventListener('click', function () { if (state.page > 0) { state.page--; render(); } });
    next.addEventListener('click', function () { if ((state.page + 1) * pageSize < visible.length) { state.page++; render(); } });
    this.node = el('div', {class: 'table-wrap'}, controls, table, el('div', {class: 'pager'}, prev, pageEl, next));

    function sorted() {
      if (order) return order;
      order = new Array(cfg.n);
      for (var i = 0; i < cfg.n; i++) order[i] = i;
      if (state.sortCol >= 0) {
        var c = cfg.columns[state.sortCol], key = c.sort || c.get, dir = state.sortDir;
        var keys = order.map(key);
        order.sort(function (a, b) {
          var x = keys[a], y = keys[b], r;
          if (x === y) r = 0;
          else if (x === null || x === undefined || x === '') r = 1; // empty last
          else if (y === null || y === undefined || y === '') r = -1;
          else r = (typeof x === 'number' ? x - y : collator.compare(x, y)) * dir;
          return r || a - b;
        });
      }
      return order;
    }
    // Facet values are coded once as small integers, so that counting them
    // on each change is a matter of arrays, not of string keys.
    var codes = cfg.facets.map(function (f) {
      var m = new Map(), values = [], c = new Int32Array(cfg.n);
      for (var i = 0; i < cfg.n; i++) {
        var v = f.get(i), k = m.get(v);
        if (k === undefined) { k = values.length; m.set(v, k); values.push(v); }
        c[i] = k;
      }
      return {codes: c, values: values, index: m};
    });
    function update() {
      var fs = cfg.facets, nf = fs.length;
      var want = fs.map(function (f, j) {
        var v = state.facets[f.key] || '';
        if (!v) return -1;
        var k = codes[j].index.get(v);
        return k === undefined ? -2 : k; // -2: a value no row has
      });
      var counts = codes.map(function (c) { return new Int32Array(c.values.length); });
      var q = state.q;
      if (q && !hay) { hay = new Array(cfg.n); for (var h = 0; h < cfg.n; h++) hay[h] = cfg.text(h).toLowerCase(); }
      var ord = sorted();
      visible = [];
      for (var k = 0; k < ord.length; k++) {
        var i = ord[k];
        if (q && hay[i].indexOf(q) < 0) continue;
        var miss = -1, nmiss = 0, j;
        for (j = 0; j < nf; j++) {
          if (want[j] !== -1 && codes[j].codes[i] !== want[j]) { nmiss++; miss = j; }
        }
        if (nmiss === 0) {
          visible.push(i);
          for (j = 0; j < nf; j++) counts[j][codes[j].codes[i]]++;
        } else if (nmiss === 1) {
          counts[miss][codes[miss].codes[i]]++;
        }
      }
      fs.forEach(function (f, j) {
        var s = selects[f.key], cur = state.facets[f.key] || '', vals = codes[j].values, cj = counts[j];
        var entries = [], total = 0;
        for (var v = 0; v < cj.length; v++) if (cj[v] > 0) { entries.push([vals[v], cj[v]]); total += cj[v]; }
        // most frequent first; ties in code point order (a collator is too slow for 10⁴ values)
        entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
        if (entries.length > 300) entries = entries.slice(0, 300);
        if (cur && !entries.some(function (e) { return e[0] === cur; })) entries.unshift([cur, 0]);
        clear(s);
        add(s, el('option', {value: ''}, 'all (' + fmtInt(total) + ')'));
        entries.forEach(function (e) {
          add(s, el('option', {value: e[0], selected: e[0] === cur ? 'selected' : false}, (e[0] === '' ? '(empty)' : e[0]) + ' (' + fmtInt(e[1]) + ')'));
        });
        s.value = cur;
      });
      Array.prototype.forEach.call(thead.children, function (th, ci) {
        th.className = ci === state.sortCol ? (state.sortDir > 0 ? 'sorted-asc' : 'sorted-desc') : '';
      });
      countEl.textContent = plural(visible.length, 'row matches', 'rows match') + (visible.length !== cfg.n ? ' of ' + fmtInt(cfg.n) : '');
      render();
    }
    function render() {
      clear(tbody);
      var from = state.page * pageSize, to = Math.min(visible.length, from + pageSize);
      for (var k = from; k < to; k++) {
        (function (i) {
          var tr = el('tr', {'data-row': i, class: i === state.selected ? 'selected' : false});
          cfg.columns.forEach(function (c) {
            add(tr, el('td', {class: (c.num ? 'n ' : '') + (c.cls ? c.cls(i) : '')}, c.get(i)));
          });
          tr.addEventListener('click', function () {
            state.selected = i;
            Array.prototype.forEach.call(tbody.children, function (r) { r.classList.toggle('selected', r === tr); });
            cfg.onSelect && cfg.onSelect(i);
          });
          add(tbody, tr);
        })(visible[k]);
      }
      var pages = Math.max(1, Math.ceil(visible.length / pageSize));
      pageEl.textContent = 'page ' + (state.page + 1) + ' of ' + pages;
      prev.disabled = state.page === 0;
      next.disabled = state.page + 1 >= pages;
    }
    // setFacet selects one value of a facet (from a click on a chart).
    this.setFacet = function (key, v) {
      state.facets[key] = v; state.page = 0; update();
      self.node.scrollIntoView({behavior: 'auto', block: 'start'});
    };
    update();
  }

  function limitMB() { return (D.maxSentenceBytes / 1048576).toFixed(0) + ' MB'; }

  function cards(list) {
    return el('div', {class: 'cards'}, list.map(function (c) {
      return el('div', {class: 'card ' + (c[2] || ''), id: c[3] || null}, el('b', null, fmtInt(c[0])), c[1]);
    }));
  }
  function docInfo(d) {
    return el('dl', {class: 'doc'},
      el('dt', null, 'title'), el('dd', {class: 'title'}, d[1] || '(none)'),
      el('dt', null, 'date'), el('dd', {class: 'date'}, d[2] || '(none)'),
      el('dt', null, 'path'), el('dd', {class: 'path'}, d[3] || d[0]),
      el('dt', null, 'document'), el('dd', null, d[0]));
  }
  function figure(title, node, note) {
    return el('figure', {class: 'chart'}, el('figcaption', null, el('h3', null, title), note ? el('p', {class: 'muted small'}, note) : null), node);
  }

  // ---- explore one dataset ----
  function explore() {
    var R = D.rows, n = D.held;
    document.title = 'zhmetrics report — ' + D.dataset;
    add(app, el('h1', null, 'zhmetrics report'),
      el('p', {class: 'muted'}, 'Dataset ', el('code', null, D.dataset), ', schema ' + D.schema + ', generated ' + D.generated + '.'),
      cards([[D.documents, 'documents'], [D.ok, 'ok'], [D.failed, 'failed'], [D.skipped, 'skipped'], [D.figures, 'figures', '', 'card-figures']]));
    if (D.held < D.figures) {
      add(app, el('p', {class: 'notice', id: 'sampled'}, 'This dataset has ' + fmtInt(D.figures) + ' figures, more than a page holds (at most ' +
        fmtInt(D.maxRows) + ' figures, zhmetrics report --max-rows, and ' + limitMB() + ' of their sentences). The table, its filter and facets hold an evenly spaced sample of ' +
        fmtInt(D.held) + ' figures; the cards and the charts count every figure.'));
    }
    var detail = el('div', {class: 'detail', id: 'detail'}, el('p', {class: 'muted'}, 'Click a row to see its sentence, with the figure and its metric highlighted.'));
    var cols = [
      {label: 'document', get: function (i) { return D.docs[R.doc[i]][0]; }},
      {label: 'metric', get: function (i) { return D.metrics[R.metric[i]]; }},
      {label: 'value', num: true, get: function (i) { return fmtVal(R.val[i], R.hi[i], D.units[R.unit[i]]); }, sort: function (i) { return R.val[i]; }},
      {label: 'qualifier', get: function (i) { return D.quals[R.qual[i]]; }},
      {label: 'change', get: function (i) { var c = D.chgs[R.chg[i]]; return c === 'none' ? '' : c; }},
      {label: 'period', get: function (i) { return D.periods[R.period[i]]; }},
      {label: 'dimension', get: function (i) { return D.dims[R.dim[i]]; }}
    ];
    var table = new Table({
      id: 'figures', n: n, columns: cols,
      facets: [
        {key: 'dimension', label: 'dimension', get: function (i) { return D.dims[R.dim[i]]; }},
        {key: 'unit', label: 'unit', get: function (i) { return D.units[R.unit[i]]; }},
        {key: 'metric', label: 'metric', get: function (i) { return D.metrics[R.metric[i]]; }},
        {key: 'document', label: 'document', get: function (i) { return D.docs[R.doc[i]][0]; }},
        {key: 'status', label: 'status', get: function (i) { return D.docs[R.doc[i]][4] || 'ok'; }}
      ],
      text: function (i) {
        return [D.docs[R.doc[i]][0], D.metrics[R.metric[i]], R.surf[i], D.periods[R.period[i]], D.units[R.unit[i]],
          D.dims[R.dim[i]], D.sentences[R.sent[i]]].join('\u0001');
      },
      onSelect: function (i) {
        var d = D.docs[R.doc[i]], m = D.metrics[R.metric[i]];
        clear(detail);
        add(detail, el('h3', null, d[1] || d[0]),
          highlight(D.sentences[R.sent[i]], R.fo[i], R.surf[i].length, R.mo[i], m.length),
          el('p', {class: 'legend'}, el('span', null, el('mark', {class: 'fig'}, 'figure')), el('span', null, el('mark', {class: 'metric'}, 'metric'))),
          el('dl', {class: 'fields'},
            el('dt', null, 'as written'), el('dd', {class: 'surface'}, R.surf[i]),
            el('dt', null, 'value'), el('dd', null, fmtVal(R.val[i], R.hi[i], D.units[R.unit[i]]) + (R.val[i] !== null ? '  (' + R.val[i] + (R.hi[i] !== null ? '–' + R.hi[i] : '') + ')' : '')),
            el('dt', null, 'metric'), el('dd', {class: 'metric'}, m || '(none)'),
            el('dt', null, 'period'), el('dd', null, D.periods[R.period[i]] || '(none)'),
            el('dt', null, 'qualifier'), el('dd', null, D.quals[R.qual[i]]),
            el('dt', null, 'change'), el('dd', null, D.chgs[R.chg[i]]),
            el('dt', null, 'dimension'), el('dd', null, D.dims[R.dim[i]])),
          docInfo(d));
      }
    });
    add(app, el('h2', null, 'Figures'), el('div', {class: 'explorer'}, table.node, detail));

    add(app, el('h2', null, 'Charts'), el('p', {class: 'muted small'}, 'Counted over every figure. Click a bar to filter the table.'),
      el('div', {class: 'charts', id: 'charts'},
        figure('Figures per dimension', barChart(D.perDimension, {onClick: function (v) { table.setFacet('dimension', v); }})),
        figure('Figures per document (top ' + D.perDocument.length + ')', barChart(D.perDocument, {labelWidth: 190, maxChars: 24, color: COLORS[2], onClick: function (v) { table.setFacet('document', v); }})),
        figure('Most frequent metrics (top ' + D.topMetrics.length + ')', barChart(D.topMetrics, {labelWidth: 200, maxChars: 15, color: COLORS[3], onClick: function (v) { table.setFacet('metric', v); }}))));

    // a metric over time
    var sel = el('select', {id: 'metric'});
    D.series.forEach(function (s, k) { add(sel, el('option', {value: k}, s.metric + ' (' + fmtInt(s.n) + ')')); });
    var holder = el('div', {id: 'time-chart', class: 'chart'}), note = el('p', {class: 'muted small', id: 'time-note'});
    function drawTime() {
      clear(holder);
      var s = D.series[+sel.value];
      if (!s) { add(holder, el('p', {class: 'muted'}, 'No metric has figures with a time (a period start or a document date).')); return; }
      var fromPeriod = s.from['0'] || 0, fromDoc = s.from['1'] || 0;
      note.textContent = 'Each point is a figure of the metric at its period_start; a figure without one is drawn at its document\'s date (here ' +
        fmtInt(fromDoc) + ' of ' + fmtInt(s.n) + ' figures use the document date, ' + fmtInt(fromPeriod) +
        ' their period_start). One panel per unit, each with its own scale; the line joins the median of each date.' +
        (s.units.length > 4 ? ' The 4 units with most figures are drawn, of ' + s.units.length + '.' : '');
      add(holder, timeChart(s));
    }
    sel.addEventListener('change', drawTime);
    add(app, el('h2', null, 'A metric over time'), el('div', {class: 'controls'}, el('label', null, 'metric', sel)), note, holder);
    drawTime();

    // documents not processed
    add(app, el('h2', null, 'Documents not processed'));
    if (!D.notProcessedTotal) {
      add(app, el('p', {id: 'not-processed'}, 'None: every document was processed.'));
    } else {
      var np = D.notProcessed;
      if (np.length < D.notProcessedTotal) add(app, el('p', {class: 'notice'}, 'The first ' + fmtInt(np.length) + ' of ' + fmtInt(D.notProcessedTotal) + ' are listed.'));
      add(app, el('div', {class: 'charts'}, figure('Reasons (numbers folded to N)', barChart(D.reasons, {labelWidth: 260, maxChars: 38, width: 660, color: COLORS[1], axis: 'documents'}))));
      var t2 = new Table({
        id: 'not-processed', n: np.length, pageSize: 20,
        columns: [{label: 'document', get: function (i) { return np[i][0]; }}, {label: 'status', get: function (i) { return np[i][4]; }},
          {label: 'reason', get: function (i) { return np[i][5]; }}, {label: 'path', get: function (i) { return np[i][3]; }}],
        facets: [{key: 'status', label: 'status', get: function (i) { return np[i][4]; }}],
        text: function (i) { return np[i].join('\u0001'); }
      });
      add(app, t2.node);
    }
  }

  // ---- review what changed between two runs ----
  function review() {
    // the page's JSON has short keys and leaves empty fields out
    var side = function (s) {
      return s ? {val: s.v === undefined ? null : s.v, hi: s.h === undefined ? null : s.h, unit: s.u || '', qual: s.q || '',
        chg: s.c || '', metric: s.m || '', period: s.p || '', dim: s.d || '', sent: s.s, fo: s.fo, mo: s.mo} : null;
    };
    var C = D.changes.map(function (c) {
      return {kind: c.k, doc: c.d, surface: c.t, n: c.n, fields: c.f || [], old: side(c.o), new: side(c.w)};
    });
    var S = D.summary;
    document.title = 'zhmetrics changes — ' + D.old + ' → ' + D.new;
    add(app, el('h1', null, 'What changed'),
      el('p', {class: 'muted'}, 'From ', el('code', null, D.old), ' to ', el('code', null, D.new), ', generated ' + D.generated +
        '. Figures are paired by document, surface and occurrence, as zhmetrics diff pairs them.'),
      cards([[S.Old, 'figures before'], [S.New, 'figures after'], [S.Added, 'added', 'added', 'card-added'], [S.Removed, 'removed', 'removed', 'card-removed'],
        [S.Changed, 'changed', 'changed', 'card-changed']]),
      el('p', null, el('code', {id: 'summary'}, D.text)));
    if (D.held < D.total) {
      add(app, el('p', {class: 'notice', id: 'sampled'}, fmtInt(D.total) + ' changes, more than a page holds (at most ' + fmtInt(D.maxRows) +
        ' changes, zhmetrics report --max-rows, and ' + limitMB() + ' of their sentences): the table holds an evenly spaced sample of ' + fmtInt(D.held) + '; the counts are over every change.'));
    }
    if (!D.total) { add(app, el('p', {id: 'no-changes'}, 'No figure was added, removed or changed.')); return; }
    var detail = el('div', {class: 'detail', id: 'detail'}, el('p', {class: 'muted'}, 'Click a row to see the sentences, old and new side by side.'));
    function sideText(s) {
      if (!s) return '';
      return fmtVal(s.val, s.hi, s.unit) + (s.metric ? ' [' + s.metric + ']' : '') + (s.period ? ' ' + s.period : '');
    }
    var table = new Table({
      id: 'changes', n: C.length,
      columns: [
        {label: 'kind', get: function (i) { return C[i].kind; }, cls: function (i) { return 'kind-' + C[i].kind; }},
        {label: 'document', get: function (i) { return D.docs[C[i].doc][0]; }},
        {label: 'figure', get: function (i) { return C[i].surface + (C[i].n > 1 ? ' #' + C[i].n : ''); }},
        {label: 'fields', get: function (i) { return C[i].fields.join(', '); }},
        {label: 'old', get: function (i) { return sideText(C[i].old); }},
        {label: 'new', get: function (i) { return sideText(C[i].new); }}
      ],
      facets: [
        {key: 'kind', label: 'kind', get: function (i) { return C[i].kind; }},
        {key: 'document', label: 'document', get: function (i) { return D.docs[C[i].doc][0]; }},
        {key: 'field', label: 'field changed', get: function (i) { return C[i].fields[0] || ''; }},
        {key: 'unit', label: 'unit', get: function (i) { return (C[i].new || C[i].old).unit; }}
      ],
      text: function (i) {
        var c = C[i];
        return [c.kind, D.docs[c.doc][0], c.surface, sideText(c.old), sideText(c.new), c.old ? D.sentences[c.old.sent] : '', c.new ? D.sentences[c.new.sent] : ''].join('\u0001');
      },
      onSelect: function (i) {
        var c = C[i], d = D.docs[c.doc];
        function col(title, s) {
          if (!s) return el('div', {class: 'side ' + title}, el('h3', null, title), el('p', {class: 'muted'}, '(no such figure)'));
          var other = s === c.old ? c.new : c.old;
          function row(label, key, v) {
            return [el('dt', null, label), el('dd', {class: other && c.fields.indexOf(key) >= 0 ? 'diff' : ''}, v || '(none)')];
          }
          return el('div', {class: 'side ' + title}, el('h3', null, title),
            highlight(D.sentences[s.sent], s.fo, c.surface.length, s.mo, s.metric.length),
            el('dl', null, row('value', 'value', fmtVal(s.val, s.hi, s.unit)), row('unit', 'unit', s.unit), row('metric', 'metric', s.metric),
              row('period', 'period', s.period), row('qualifier', 'qualifier', s.qual), row('change', 'change', s.chg)));
        }
        clear(detail);
        add(detail, el('h3', null, c.kind + ': ' + c.surface + (c.fields.length ? ' (' + c.fields.join(', ') + ')' : '')),
          el('div', {class: 'sides'}, col('old', c.old), col('new', c.new)), docInfo(d));
      }
    });
    add(app, el('h2', null, 'Changes'), el('div', {class: 'explorer'}, table.node, detail));
    var per = D.perDoc.slice().sort(function (a, b) { return (b[1] + b[2] + b[3]) - (a[1] + a[2] + a[3]) || collator.compare(a[0], b[0]); }).slice(0, 30);
    add(app, el('h2', null, 'Changes per document'),
      el('p', {class: 'legend'}, el('span', {class: 'kind-added'}, '■ added'), el('span', {class: 'kind-removed'}, '■ removed'), el('span', {class: 'kind-changed'}, '■ changed'),
        el('span', {class: 'muted'}, fmtInt(D.perDocTotal) + ' documents with changes' + (D.perDocTotal > 30 ? '; the 30 with most are drawn' : ''))),
      el('div', {class: 'charts', id: 'charts'}, figure('Added, removed and changed figures per document',
        stackedChart(per, ['added', 'removed', 'changed'], ['#1d8a55', '#c23b3b', '#d69e2e'], function (v) { table.setFacet('document', v); }))));
  }

  try {
    if (D.mode === 'review') review(); else explore();
  } finally {
    window.__zhDrawnAt = performance.now(); // for report/browsertest/timing.mjs
    document.body.setAttribute('data-ready', '1');
  }
})();
