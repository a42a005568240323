// Daten-Check page: runs the Go engine (WebAssembly) on a file chosen by the
// user, entirely in the browser, and shows the report. Nothing is uploaded.
(function () {
  'use strict';

  var root = document.getElementById('datacheck');
  if (!root || typeof Go === 'undefined' || typeof WebAssembly === 'undefined') {
    return;
  }
  var form = document.getElementById('datacheck-form');
  var input = document.getElementById('datacheck-file');
  var drop = document.getElementById('datacheck-drop');
  var statusEl = document.getElementById('datacheck-status');
  var bar = document.getElementById('datacheck-progress');
  var out = document.getElementById('datacheck-result');
  var SVG = 'http://www.w3.org/2000/svg';

  var TYPES = { integer: 'Ganzzahl', decimal: 'Dezimalzahl', date: 'Datum', datetime: 'Zeitpunkt',
    boolean: 'Ja/Nein', text: 'Text', email: 'E-Mail', postcode: 'Postleitzahl', iban: 'IBAN',
    phone: 'Telefon', url: 'Webadresse' };
  var PII = { email: 'E-Mail', phone: 'Telefon', iban: 'IBAN', name: 'Name', address: 'Anschrift',
    birthdate: 'Geburtsdatum' };
  var SEVERITY = { high: 'hoch', medium: 'mittel', low: 'niedrig' };

  // Load the engine as soon as the page is there, so that checking works
  // offline afterwards.
  var engine = new Promise(function (resolve, reject) {
    document.addEventListener('lotse-datacheck-ready', function () { resolve(); }, { once: true });
    var go = new Go();
    var url = root.getAttribute('data-wasm');
    var start = WebAssembly.instantiateStreaming
      ? WebAssembly.instantiateStreaming(fetch(url), go.importObject).catch(function () {
          return fetch(url).then(function (r) { return r.arrayBuffer(); })
            .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
        })
      : fetch(url).then(function (r) { return r.arrayBuffer(); })
          .then(function (b) { return WebAssembly.instantiate(b, go.importObject); });
    start.then(function (res) { go.run(res.instance); }, reject);
  });
  engine.catch(function () {
    setStatus('Das Prüfprogramm konnte nicht geladen werden. Bitte laden Sie die Seite neu.', true);
  });

  form.hidden = false;
  input.addEventListener('change', function () {
    if (input.files && input.files[0]) { check(input.files[0]); }
  });
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('dc-over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove('dc-over'); });
  });
  drop.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files[0]) { check(e.dataTransfer.files[0]); }
  });

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle('dc-error', !!isError);
  }

  var running = false;
  function check(file) {
    if (running) { return; }
    running = true;
    input.disabled = true;
    out.textContent = '';
    bar.hidden = false;
    bar.value = 0;
    setStatus('Prüfe „' + file.name + '“ …');
    var t0 = performance.now();
    engine.then(function () {
      return window.lotseDatacheck(file, function (n, total) { bar.value = total ? n / total : 0; });
    }).then(function (res) {
      var secs = (performance.now() - t0) / 1000;
      var data = JSON.parse(res.json);
      var reports = Array.isArray(data) ? data : [data];
      setStatus('Fertig: „' + file.name + '“ in ' + fmt(secs, 1) + ' Sekunden geprüft.');
      render(reports, res.html, res.json, file.name);
      out.focus();
    }, function (err) {
      setStatus(String(err && err.message ? err.message : err), true);
    }).then(function () {
      running = false;
      input.disabled = false;
      bar.hidden = true;
    });
  }

  // ---- rendering ----

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, children) {
    var e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    for (var k in attrs || {}) {
      if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    }
  }
  function append(e, children) {
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
  }
  function fmt(x, digits) {
    return Number(x).toLocaleString('de-DE', { maximumFractionDigits: digits === undefined ? 2 : digits });
  }
  function pct(n, d) {
    return d ? fmt(100 * n / d, 1) + ' %' : '0 %';
  }
  function value(v) {
    if (typeof v === 'number') { return fmt(v); }
    var d = typeof v === 'string' && /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d:\d\d))?$/.exec(v);
    if (d) { return d[3] + '.' + d[2] + '.' + d[1] + (d[4] ? ' ' + d[4] : ''); }
    return v === undefined || v === null ? '' : String(v);
  }

  // barChart draws labelled horizontal bars; rows: [{label, count}].
  function barChart(rows, title, cls, max, suffix) {
    var h = 18;
    var top = max || rows.reduce(function (m, r) { return Math.max(m, r.count); }, 0) || 1;
    var chart = svg('svg', { 'class': 'dc-chart', viewBox: '0 0 640 ' + (rows.length * h + 4), role: 'img', 'aria-label': title });
    chart.appendChild(svg('title', { text: title }));
    rows.forEach(function (r, i) {
      var y = i * h + 2;
      var label = r.label.length > 30 ? r.label.slice(0, 29) + '…' : r.label;
      chart.appendChild(svg('text', { x: 0, y: y + 12, text: label }));
      chart.appendChild(svg('rect', { 'class': 'dc-track', x: 210, y: y + 2, width: 320, height: 12 }));
      chart.appendChild(svg('rect', { 'class': cls, x: 210, y: y + 2, height: 12, width: (320 * r.count / top).toFixed(1) }));
      chart.appendChild(svg('text', { x: 538, y: y + 12, text: suffix ? suffix(r) : fmt(r.count) }));
    });
    return chart;
  }

  function download(text, type, name, label) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    return el('a', { 'class': 'dc-button', href: url, download: name, text: label });
  }

  function render(reports, html, json, fileName) {
    var base = fileName.replace(/\.[^.]+$/, '');
    out.appendChild(el('div', { 'class': 'dc-actions' }, [
      download(html, 'text/html', 'daten-check-' + base + '.html', 'Bericht als HTML speichern'),
      download(json, 'application/json', 'daten-check-' + base + '.json', 'Bericht als JSON speichern')
    ]));
    reports.forEach(function (r) { out.appendChild(renderReport(r)); });
  }

  function renderReport(r) {
    var title = 'Ergebnis für „' + r.file + '“' + (r.sheet ? ' – Blatt „' + r.sheet + '“' : '');
    var sec = el('section', { 'aria-label': title }, [el('h2', { text: title })]);
    sec.appendChild(el('p', { 'class': 'dc-score' }, [
      el('strong', { text: String(r.score) }), ' von 100 Punkten KI-Tauglichkeit'
    ]));
    var delim = { ';': 'Semikolon', ',': 'Komma', '\t': 'Tabulator', '|': 'senkrechter Strich' }[r.delimiter] || r.delimiter;
    var source = r.sheet ? 'Excel-Arbeitsblatt' : 'Kodierung ' + r.encoding + ' · Trennzeichen ' + delim;
    var facts = fmt(r.rows) + (r.rows === 1 ? ' Datenzeile, ' : ' Datenzeilen, ') + r.columns.length +
      (r.columns.length === 1 ? ' Spalte · ' : ' Spalten · ') + source +
      ' · ' + fmt(r.duplicate_rows) + ' doppelte Zeilen' +
      (r.duplicates_estimated ? ' (geschätzt)' : '') + ' · ' + fmt(r.malformed_rows) + ' fehlerhafte Zeilen';
    if (r.malformed_lines && r.malformed_lines.length) { facts += ' (Zeile ' + r.malformed_lines.join(', ') + ')'; }
    sec.appendChild(el('p', { 'class': 'dc-facts', text: facts }));

    if (r.deductions.length) {
      sec.appendChild(el('h3', { text: 'Abzüge' }));
      sec.appendChild(el('ul', {}, r.deductions.map(function (d) {
        return el('li', { text: '−' + d.points + (d.points === 1 ? ' Punkt: ' : ' Punkte: ') + d.reason });
      })));
    }
    sec.appendChild(el('h3', { text: 'Befunde und was zu tun ist' }));
    if (!r.issues.length) {
      sec.appendChild(el('p', { text: 'Keine Befunde – die Daten sehen gut aus.' }));
    } else {
      var order = { high: 0, medium: 1, low: 2 };
      var issues = r.issues.slice().sort(function (a, b) { return order[a.severity] - order[b.severity]; });
      sec.appendChild(el('ul', { 'class': 'dc-issues' }, issues.map(issueItem)));
    }

    sec.appendChild(el('h3', { text: 'Fehlende Werte je Spalte' }));
    sec.appendChild(barChart(r.columns.map(function (c) { return { label: c.name, count: c.missing }; }),
      'Anteil fehlender Werte je Spalte', 'dc-miss', Math.max(r.rows, 1),
      function (row) { return pct(row.count, r.rows); }));

    sec.appendChild(el('h3', { text: 'Spalten' }));
    var head = el('tr', {}, ['Spalte', 'Typ', 'fehlend', 'verschieden', 'ungültig', 'Personenbezug'].map(function (h, i) {
      return el('th', { scope: 'col', 'class': i >= 2 && i <= 4 ? 'dc-n' : '', text: h });
    }));
    var body = el('tbody', {}, r.columns.map(function (c) {
      return el('tr', {}, [
        el('th', { scope: 'row', text: c.name }),
        el('td', { text: TYPES[c.type] || c.type }),
        el('td', { 'class': 'dc-n', text: fmt(c.missing) }),
        el('td', { 'class': 'dc-n', text: (c.distinct_estimated ? '≈' : '') + fmt(c.distinct) }),
        el('td', { 'class': 'dc-n', text: fmt(c.invalid) }),
        el('td', { text: c.pii ? PII[c.pii] : '' })
      ]);
    }));
    sec.appendChild(el('div', { 'class': 'dc-scroll' }, [el('table', { 'class': 'dc-table' }, [el('thead', {}, [head]), body])]));

    sec.appendChild(el('h3', { text: 'Einzelheiten je Spalte' }));
    r.columns.forEach(function (c) { sec.appendChild(columnDetails(c)); });
    return sec;
  }

  function issueItem(is) {
    return el('li', {}, [el('span', { 'class': 'dc-tag dc-' + is.severity, text: SEVERITY[is.severity] }), is.message]);
  }

  function columnDetails(c) {
    var d = el('details', { 'class': 'dc-col' }, [
      el('summary', { text: c.name + ' (' + (TYPES[c.type] || c.type) + ')' + (c.issues.length ? ' – ' + c.issues.length + ' Befund' + (c.issues.length > 1 ? 'e' : '') : '') })
    ]);
    var facts = [];
    if (c.min !== undefined) { facts.push(['kleinster Wert', value(c.min)], ['größter Wert', value(c.max)]); }
    if (c.mean !== undefined) { facts.push(['Mittelwert', value(c.mean)]); }
    if (c.quantiles) { facts.push(['Quartile (25 / 50 / 75 %)', [c.quantiles.p25, c.quantiles.p50, c.quantiles.p75].map(value).join(' / ')]); }
    if (c.outliers) { facts.push(['Ausreißer', fmt(c.outliers)]); }
    if (c.formats) {
      facts.push(['Schreibweisen', Object.keys(c.formats).map(function (k) { return k + ': ' + fmt(c.formats[k]); }).join(', ')]);
    }
    if (c.invalid_examples) { facts.push(['Beispiele ungültiger Werte', c.invalid_examples.map(function (v) { return '„' + v + '“'; }).join(', ')]); }
    if (c.max_length) { facts.push(['Länge', c.min_length + ' bis ' + c.max_length + ' Zeichen']); }
    if (facts.length) {
      var dl = el('dl');
      facts.forEach(function (f) { dl.appendChild(el('dt', { text: f[0] })); dl.appendChild(el('dd', { text: f[1] })); });
      d.appendChild(dl);
    }
    if (c.histogram && c.histogram.length) {
      d.appendChild(barChart(c.histogram.map(function (b) { return { label: b.label, count: b.count }; }), 'Verteilung der Werte in ' + c.name, 'dc-bar'));
    } else if (c.top_values && c.top_values.length) {
      d.appendChild(barChart(c.top_values.map(function (v) { return { label: v.value, count: v.count }; }),
        'Häufigste Werte in ' + c.name + (c.top_values_estimated ? ' (geschätzt)' : ''), 'dc-bar'));
    }
    if (c.issues.length) { d.appendChild(el('ul', { 'class': 'dc-issues' }, c.issues.map(issueItem))); }
    return d;
  }
})();
