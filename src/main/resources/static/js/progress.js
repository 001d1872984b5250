/*
 * The progress diary (/progress). Entries live in this browser's localStorage only,
 * under one key:
 *
 *   psoascare.progress = {"version": 1, "entries": [
 *     {"date": "2026-12-06", "pain": 4, "task": "putting on socks", "taskScore": 6,
 *      "routine": true, "routines": ["desk-break"]}, ...]}
 *
 * one entry per day (date in the browser's local calendar, YYYY-MM-DD), oldest first;
 * pain and taskScore are whole numbers 0 to 10 or null; routines lists the routines the
 * player finished that day (written by progress-record.js). Nothing is ever sent: the
 * page's Content-Security-Policy has connect-src 'none'.
 *
 * The rising-trend notice (clinical safety v3): over the 14 days ending on the latest
 * day with a pain score, when the scores cover both weeks (at least 2 in each, the
 * earliest at least 10 days before the latest), the last week's average is at least 1
 * point above the first week's and the least-squares slope is above 0. No score is
 * ever turned into a care level otherwise.
 */
(function () {
  'use strict';

  var KEY = 'psoascare.progress';
  var WEEKS = 8;
  var COLUMNS = ['date', 'pain', 'everyday_task', 'everyday_task_score', 'routine_done', 'routines_finished'];
  var SVG = 'http://www.w3.org/2000/svg';

  var root = document.querySelector('[data-progress]');
  if (!root) {
    return;
  }
  var text = root.dataset;
  var app = root.querySelector('[data-app]');
  var paper = root.querySelector('[data-paper]');
  var form = root.querySelector('[data-role="entry-form"]');
  var status = root.querySelector('[data-role="status"]');
  var dataStatus = root.querySelector('[data-role="data-status"]');

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, i) {
      return values[Number(i)] !== undefined ? values[Number(i)] : match;
    });
  }

  /* Dates: local calendar days as YYYY-MM-DD, counted as whole days. */
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function isoDay(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }
  function dayNumber(iso) {
    var p = iso.split('-');
    return Math.round(Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2])) / 86400000);
  }
  function fromDayNumber(n) {
    var d = new Date(n * 86400000);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }
  function validDay(iso) {
    return /^\d{4}-\d{2}-\d{2}$/.test(iso) && fromDayNumber(dayNumber(iso)) === iso;
  }
  function sayDay(iso) {
    var p = iso.split('-');
    return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]))
      .toLocaleDateString(document.documentElement.lang || undefined,
        { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  }

  /* Storage. */
  function load() {
    var raw = window.localStorage.getItem(KEY);
    if (!raw) {
      return [];
    }
    try {
      var data = JSON.parse(raw);
      return Array.isArray(data.entries) ? data.entries.filter(function (e) {
        return e && typeof e.date === 'string' && validDay(e.date);
      }) : [];
    } catch (e) {
      return [];
    }
  }
  function store(entries) {
    entries.sort(function (a, b) {
      return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    });
    window.localStorage.setItem(KEY, JSON.stringify({ version: 1, entries: entries }));
  }
  function score(value) {
    if (value === null || value === undefined || value === '') {
      return null;
    }
    var n = Number(value);
    return (Number.isInteger(n) && n >= 0 && n <= 10) ? n : undefined;
  }

  /* The rising trend (see the top of this file). */
  function rising(entries) {
    var scored = entries.filter(function (e) {
      return typeof e.pain === 'number';
    });
    if (scored.length === 0) {
      return false;
    }
    var last = dayNumber(scored[scored.length - 1].date);
    var window14 = scored.filter(function (e) {
      return dayNumber(e.date) > last - 14;
    });
    var first = window14.filter(function (e) {
      return dayNumber(e.date) <= last - 7;
    });
    var recent = window14.filter(function (e) {
      return dayNumber(e.date) > last - 7;
    });
    if (first.length < 2 || recent.length < 2 || dayNumber(window14[0].date) > last - 10) {
      return false;
    }
    var mean = function (list) {
      return list.reduce(function (sum, e) {
        return sum + e.pain;
      }, 0) / list.length;
    };
    var xs = window14.map(function (e) {
      return dayNumber(e.date);
    });
    var mx = xs.reduce(function (a, b) {
      return a + b;
    }, 0) / xs.length;
    var my = mean(window14);
    var num = 0;
    var den = 0;
    window14.forEach(function (e, i) {
      num += (xs[i] - mx) * (e.pain - my);
      den += (xs[i] - mx) * (xs[i] - mx);
    });
    return mean(recent) - mean(first) >= 1 && den > 0 && num / den > 0;
  }

  /* CSV (RFC 4180). Text that a spreadsheet would run as a formula gets a leading '. */
  function csvField(value) {
    var s = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@]/.test(s)) {
      s = "'" + s;
    }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function toCsv(entries) {
    var lines = [COLUMNS.join(',')];
    entries.forEach(function (e) {
      lines.push([e.date, e.pain, e.task, e.taskScore, e.routine ? 'yes' : 'no',
        (e.routines || []).join(' ')].map(csvField).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }
  function parseCsv(source) {
    var rows = [];
    var row = [];
    var field = '';
    var quoted = false;
    for (var i = 0; i < source.length; i++) {
      var c = source[i];
      if (quoted) {
        if (c === '"' && source[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
        } else {
          field += c;
        }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ',') {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && source[i + 1] === '\n') {
          i++;
        }
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
      } else {
        field += c;
      }
    }
    if (field !== '' || row.length > 0) {
      row.push(field);
      rows.push(row);
    }
    return rows.filter(function (r) {
      return !(r.length === 1 && r[0] === '');
    });
  }
  function unformula(s) {
    return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
  }
  /* The entries a CSV holds, or {error: row number} for the first row that cannot be read. */
  function readCsv(source) {
    var rows = parseCsv(source.replace(/^\uFEFF/, ''));
    if (rows.length === 0 || rows[0].join(',') !== COLUMNS.join(',')) {
      return { error: 'header' };
    }
    var entries = [];
    for (var r = 1; r < rows.length; r++) {
      var f = rows[r];
      var pain = score(f[1]);
      var taskScore = score(f[3]);
      if (f.length !== COLUMNS.length || !validDay(f[0]) || pain === undefined || taskScore === undefined
          || (f[4] !== 'yes' && f[4] !== 'no') || f[2].length > 80) {
        return { error: r + 1 };
      }
      var routines = f[5].split(' ').filter(function (s) {
        return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s);
      });
      entries.push({ date: f[0], pain: pain, task: unformula(f[2]) || null, taskScore: taskScore,
        routine: f[4] === 'yes', routines: routines });
    }
    return { entries: entries };
  }

  /* The chart: the last WEEKS weeks to today, pain and everyday-thing scores as lines,
     routine days as marks on the bottom. Every point carries its date and value. */
  function chart(entries, today) {
    var holder = root.querySelector('[data-role="chart"]');
    holder.textContent = '';
    var days = WEEKS * 7;
    var firstDay = today - days + 1;
    var shown = entries.filter(function (e) {
      return dayNumber(e.date) >= firstDay && dayNumber(e.date) <= today;
    });
    root.querySelector('[data-role="empty"]').hidden = shown.length > 0;
    holder.hidden = shown.length === 0;
    var left = 28;
    var top = 10;
    var unit = 16;
    var step = 10;
    var width = left + days * step + 10;
    var height = top + 10 * unit + 30;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', format(text.textChartLabel, [WEEKS]));
    svg.setAttribute('data-top', top);
    svg.setAttribute('data-unit', unit);
    svg.setAttribute('data-first-day', fromDayNumber(firstDay));
    function add(name, attrs, parent) {
      var el = document.createElementNS(SVG, name);
      Object.keys(attrs).forEach(function (k) {
        el.setAttribute(k, attrs[k]);
      });
      (parent || svg).appendChild(el);
      return el;
    }
    [0, 2, 4, 6, 8, 10].forEach(function (v) {
      var y = top + (10 - v) * unit;
      add('line', { x1: left, x2: width - 10, y1: y, y2: y, 'class': 'grid' });
      add('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', 'class': 'axis' }).textContent = v;
    });
    for (var w = 0; w <= WEEKS; w++) {
      var x = left + w * 7 * step;
      add('line', { x1: x, x2: x, y1: top, y2: top + 10 * unit, 'class': 'grid week' });
    }
    add('text', { x: left, y: height - 4, 'class': 'axis' }).textContent = sayDay(fromDayNumber(firstDay));
    add('text', { x: width - 10, y: height - 4, 'text-anchor': 'end', 'class': 'axis' })
      .textContent = sayDay(fromDayNumber(today));
    function series(name, value, shape) {
      var points = shown.filter(function (e) {
        return typeof e[value] === 'number';
      });
      if (points.length > 1) {
        add('polyline', {
          'class': 'line ' + name,
          fill: 'none',
          points: points.map(function (e) {
            return (left + (dayNumber(e.date) - firstDay) * step + step / 2) + ',' + (top + (10 - e[value]) * unit);
          }).join(' ')
        });
      }
      points.forEach(function (e) {
        var cx = left + (dayNumber(e.date) - firstDay) * step + step / 2;
        var cy = top + (10 - e[value]) * unit;
        var attrs = { 'class': 'point ' + name, 'data-series': name, 'data-date': e.date, 'data-value': e[value],
          cx: cx, cy: cy };
        if (shape === 'square') {
          add('rect', Object.assign(attrs, { x: cx - 3.5, y: cy - 3.5, width: 7, height: 7 }));
        } else {
          add('circle', Object.assign(attrs, { r: 4 }));
        }
      });
    }
    series('task', 'taskScore', 'square');
    series('pain', 'pain', 'circle');
    shown.filter(function (e) {
      return e.routine;
    }).forEach(function (e) {
      add('rect', { 'class': 'point routine', 'data-series': 'routine', 'data-date': e.date, 'data-value': 1,
        x: left + (dayNumber(e.date) - firstDay) * step + 1, y: top + 10 * unit + 4, width: step - 2, height: 8 });
    });
    holder.appendChild(svg);
    return shown;
  }

  function table(shown) {
    var body = root.querySelector('[data-role="table"] tbody');
    body.textContent = '';
    root.querySelector('[data-role="table"]').hidden = shown.length === 0;
    shown.slice().reverse().forEach(function (e) {
      var tr = document.createElement('tr');
      tr.dataset.date = e.date;
      var head = document.createElement('th');
      head.scope = 'row';
      head.textContent = sayDay(e.date);
      tr.appendChild(head);
      [e.pain, e.task, e.taskScore].forEach(function (v, i) {
        var td = document.createElement('td');
        td.textContent = (v === null || v === undefined || v === '') ? text.textNone : v;
        td.dataset.column = ['pain', 'task', 'taskScore'][i];
        tr.appendChild(td);
      });
      var routine = document.createElement('td');
      routine.dataset.column = 'routine';
      routine.textContent = e.routine ? text.textYes : text.textNo;
      tr.appendChild(routine);
      body.appendChild(tr);
    });
  }

  /* The printed summary's week-by-week table: the WEEKS weeks ending today. */
  function weekly(shown, today) {
    var body = root.querySelector('[data-role="weekly"] tbody');
    body.textContent = '';
    var average = function (list, key) {
      var values = list.filter(function (e) {
        return typeof e[key] === 'number';
      }).map(function (e) {
        return e[key];
      });
      if (values.length === 0) {
        return null;
      }
      return { mean: values.reduce(function (a, b) { return a + b; }, 0) / values.length,
        min: Math.min.apply(null, values), max: Math.max.apply(null, values) };
    };
    for (var w = WEEKS - 1; w >= 0; w--) {
      var from = today - w * 7 - 6;
      var week = shown.filter(function (e) {
        var d = dayNumber(e.date);
        return d >= from && d <= from + 6;
      });
      if (week.length === 0) {
        continue;
      }
      var pain = average(week, 'pain');
      var task = average(week, 'taskScore');
      var p = fromDayNumber(from).split('-');
      var start = new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]))
        .toLocaleDateString(document.documentElement.lang || undefined, { day: 'numeric', month: 'short' });
      var cells = [start, week.length,
        pain ? pain.mean.toFixed(1) + ' (' + pain.min + '\u2013' + pain.max + ')' : text.textNone,
        task ? task.mean.toFixed(1) : text.textNone,
        week.filter(function (e) { return e.routine; }).length];
      var tr = document.createElement('tr');
      cells.forEach(function (value, i) {
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) {
          cell.scope = 'row';
        }
        cell.textContent = value;
        tr.appendChild(cell);
      });
      body.appendChild(tr);
    }
  }

  function summary(entries, shown) {
    var el = root.querySelector('[data-role="summary"]');
    if (shown.length === 0) {
      el.textContent = '';
      return;
    }
    var pains = shown.filter(function (e) {
      return typeof e.pain === 'number';
    });
    var parts = [format(text.textSummary, [sayDay(shown[0].date), sayDay(shown[shown.length - 1].date), shown.length])];
    if (pains.length) {
      var min = Math.min.apply(null, pains.map(function (e) { return e.pain; }));
      var max = Math.max.apply(null, pains.map(function (e) { return e.pain; }));
      parts.push(format(text.textSummaryPain, [min, max, pains[pains.length - 1].pain]));
    }
    parts.push(format(text.textSummaryRoutine, [shown.filter(function (e) { return e.routine; }).length]));
    el.textContent = parts.join(' ');
  }

  function render() {
    var entries = load();
    var today = dayNumber(isoDay(new Date()));
    var shown = chart(entries, today);
    table(shown);
    weekly(shown, today);
    summary(entries, shown);
    root.querySelector('[data-role="trend"]').hidden = !rising(entries);
    var last = entries.filter(function (e) {
      return e.task;
    }).pop();
    var taskInput = form.elements.task;
    if (last && !taskInput.value) {
      taskInput.value = last.task;
    }
    return entries;
  }

  function showDay(iso) {
    var entry = load().filter(function (e) {
      return e.date === iso;
    })[0];
    ['pain', 'taskScore'].forEach(function (name) {
      Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (input) {
        input.checked = !!entry && typeof entry[name] === 'number' && Number(input.value) === entry[name];
      });
    });
    form.elements.routine.checked = !!entry && !!entry.routine;
    if (entry && entry.task) {
      form.elements.task.value = entry.task;
    }
  }

  /* Start: storage must work, else the paper diary stays. */
  try {
    window.localStorage.setItem(KEY + '.check', '1');
    window.localStorage.removeItem(KEY + '.check');
  } catch (e) {
    var note = document.createElement('p');
    note.className = 'notice';
    note.textContent = text.textStorageOff;
    paper.insertBefore(note, paper.firstChild);
    return;
  }
  app.hidden = false;
  paper.hidden = true;
  form.elements.date.value = isoDay(new Date());
  form.elements.date.max = isoDay(new Date());
  render();
  showDay(form.elements.date.value);

  form.elements.date.addEventListener('change', function () {
    if (validDay(form.elements.date.value)) {
      showDay(form.elements.date.value);
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var date = form.elements.date.value;
    if (!validDay(date)) {
      form.elements.date.focus();
      return;
    }
    var checked = function (name) {
      var input = form.querySelector('input[name="' + name + '"]:checked');
      return input ? Number(input.value) : null;
    };
    var entries = load();
    var entry = entries.filter(function (e) {
      return e.date === date;
    })[0];
    if (!entry) {
      entry = { date: date, pain: null, task: null, taskScore: null, routine: false, routines: [] };
      entries.push(entry);
    }
    entry.pain = checked('pain');
    entry.taskScore = checked('taskScore');
    entry.task = form.elements.task.value.trim().slice(0, 80) || null;
    entry.routine = form.elements.routine.checked;
    store(entries);
    render();
    status.textContent = format(text.textSaved, [sayDay(date)]) + (entry.pain === null ? ' ' + text.textNoPain : '');
  });

  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) {
      return;
    }
    var action = button.dataset.action;
    if (action === 'print') {
      window.print();
    } else if (action === 'export') {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([toCsv(load())], { type: 'text/csv;charset=utf-8' }));
      link.download = 'back-diary-' + isoDay(new Date()) + '.csv';
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      window.setTimeout(function () {
        URL.revokeObjectURL(link.href);
      }, 0);
    } else if (action === 'delete') {
      if (window.confirm(text.textConfirmDelete)) {
        window.localStorage.removeItem(KEY);
        form.reset();
        form.elements.date.value = isoDay(new Date());
        render();
        dataStatus.textContent = text.textDeleted;
      }
    }
  });

  root.querySelector('[data-role="import"]').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var read = readCsv(String(reader.result));
      if (read.error === 'header') {
        dataStatus.textContent = text.textImportHeader;
        return;
      }
      if (read.error) {
        dataStatus.textContent = format(text.textImportError, [read.error]);
        return;
      }
      var byDate = {};
      load().concat(read.entries).forEach(function (e) {
        byDate[e.date] = e;
      });
      store(Object.keys(byDate).map(function (k) {
        return byDate[k];
      }));
      render();
      showDay(form.elements.date.value);
      dataStatus.textContent = format(text.textImported, [read.entries.length]);
      event.target.value = '';
    };
    reader.readAsText(file);
  });

  /* For tests and the curious: the same rules this page uses. */
  window.psoascareProgress = { rising: rising, toCsv: toCsv, readCsv: readCsv };
}());
