(function () {
  'use strict';
  var doc = document;
  var made = 0;

  function each(list, f) { Array.prototype.forEach.call(list, f); }

  // A cell's figure: the exact value of its data element; null when the model gives none.
  function figure(cell) {
    var d = cell && cell.querySelector('data');
    if (!d || d.value === '') { return null; }
    var v = parseFloat(d.value);
    return isNaN(v) ? null : v;
  }

  function words(cell) { return cell ? (cell.textContent || '').replace(/\s+/g, ' ').trim() : ''; }

  function caption(table) { return table.caption ? words(table.caption) : 'table'; }

  function status(table) {
    var s = doc.createElement('p');
    s.className = 'visually-hidden';
    s.setAttribute('role', 'status');
    table.parentNode.parentNode.insertBefore(s, table.parentNode.nextSibling);
    return s;
  }

  function sortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    if (!head) { return; }
    var said = null;
    each(head.cells, function (th, index) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = words(th);
      button.title = 'Sort by this column';
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        each(head.cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        sort(table, index, th.classList.contains('num'), ascending);
        said = said || status(table);
        said.textContent = 'Sorted by ' + button.textContent + ', ' + (ascending ? 'ascending' : 'descending') + '.';
      });
    });
  }

  function sort(table, index, numeric, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var totals = rows.filter(function (r) { return r.classList.contains('total'); });
    var keyed = rows.filter(function (r) { return !r.classList.contains('total'); }).map(function (r, n) {
      return { row: r, n: n, key: numeric ? figure(r.cells[index]) : words(r.cells[index]) };
    });
    keyed.sort(function (a, b) {
      if (a.key === null || a.key === '') { return (b.key === null || b.key === '') ? a.n - b.n : 1; }
      if (b.key === null || b.key === '') { return -1; }
      var c = numeric ? a.key - b.key : a.key.localeCompare(b.key, 'en', { numeric: true, sensitivity: 'base' });
      if (!ascending) { c = -c; }
      return c !== 0 ? c : a.n - b.n;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
    totals.forEach(function (r) { body.appendChild(r); });
  }

  function filterable(table) {
    var wrap = table.parentNode;
    var id = 'filter-' + (++made);
    var box = doc.createElement('div');
    box.className = 'filter';
    var label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Filter rows';
    var hidden = doc.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ' of ' + caption(table);
    label.appendChild(hidden);
    var input = doc.createElement('input');
    input.type = 'search';
    input.id = id;
    input.setAttribute('autocomplete', 'off');
    var said = doc.createElement('span');
    said.className = 'filter-status';
    said.setAttribute('role', 'status');
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(said);
    wrap.parentNode.insertBefore(box, wrap);
    input.addEventListener('input', function () {
      var terms = input.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
      var rows = table.tBodies[0].rows;
      var shown = 0;
      var total = 0;
      each(rows, function (row) {
        if (row.classList.contains('total')) { return; }
        total++;
        var text = (row.textContent || '').toLowerCase();
        var match = terms.every(function (t) { return text.indexOf(t) >= 0; });
        row.hidden = !match;
        if (match) { shown++; }
      });
      each(rows, function (row) { if (row.classList.contains('total')) { row.hidden = terms.length > 0; } });
      said.textContent = terms.length === 0 ? '' : 'Showing ' + shown + ' of ' + total + ' rows';
    });
  }

  // A table's scrolling region stays in the tab order only while it has something to scroll.
  function regions() {
    each(doc.querySelectorAll('.table-wrap'), function (wrap) {
      var caption = wrap.querySelector('caption');
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
        if (caption && caption.id) { wrap.setAttribute('aria-labelledby', caption.id); }
      } else {
        wrap.removeAttribute('tabindex');
        wrap.removeAttribute('role');
        wrap.removeAttribute('aria-labelledby');
      }
    });
  }

  each(doc.querySelectorAll('table[data-sortable]'), sortable);
  each(doc.querySelectorAll('table[data-filterable]'), filterable);
  regions();
  var pending = 0;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(regions, 150);
  });

  // Printing shows every chart's figures; the page is as it was afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    each(doc.querySelectorAll('details:not([open])'), function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
}());
