// Charts record what the browser laid out (size and shape count), so a headless test can tell a
// drawn chart from an empty one.
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('svg.chart'), function (svg) {
    var box = svg.getBoundingClientRect();
    svg.setAttribute('data-rendered', Math.round(box.width) + 'x' + Math.round(box.height));
    svg.setAttribute('data-shapes', svg.querySelectorAll('path, rect, circle').length);
  });
})();

// Sorting and filtering of the per-run table. The sort can also be asked for in the URL
// fragment (#sort=strict or #sort=-strict for descending), so a link can open the page sorted.
(function () {
  var table = document.getElementById('runs');
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var count = document.getElementById('runs-shown');

  function cellValue(row, index) {
    var cell = row.cells[index];
    var value = cell.getAttribute('data-value');
    return value === null ? cell.textContent : value;
  }

  function sortBy(key, descending) {
    var index = -1;
    headers.forEach(function (h, i) { if (h.getAttribute('data-key') === key) { index = i; } });
    if (index < 0) { return; }
    var numeric = headers[index].getAttribute('data-type') === 'number';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var c = numeric ? parseFloat(x) - parseFloat(y) : (x < y ? -1 : x > y ? 1 : 0);
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    headers.forEach(function (h, i) {
      if (i === index) { h.setAttribute('aria-sort', descending ? 'descending' : 'ascending'); }
      else { h.removeAttribute('aria-sort'); }
    });
    table.setAttribute('data-sorted-by', (descending ? '-' : '') + key);
  }

  // A cell may give the text the filter sees (data-filter-text), so folded details do not match.
  function rowText(row) {
    return Array.prototype.map.call(row.cells, function (cell) {
      var text = cell.getAttribute('data-filter-text');
      return text === null ? cell.textContent : text;
    }).join(' ').toLowerCase();
  }

  function filter(text) {
    var query = text.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var visible = query === '' || rowText(r).indexOf(query) >= 0;
      r.hidden = !visible;
      if (visible) { shown++; }
    });
    if (count) { count.textContent = shown + ' of ' + body.rows.length + ' runs'; }
  }

  headers.forEach(function (h) {
    if (!h.hasAttribute('data-key')) { return; }
    h.addEventListener('click', function () {
      var key = h.getAttribute('data-key');
      sortBy(key, table.getAttribute('data-sorted-by') === key);
    });
  });
  var input = document.getElementById('runs-filter');
  if (input) { input.addEventListener('input', function () { filter(input.value); }); }

  var hash = /(?:^#|&)sort=(-?)([a-z0-9_-]+)/.exec(window.location.hash);
  if (hash) { sortBy(hash[2], hash[1] === '-'); }
  var wanted = /(?:^#|&)filter=([^&]*)/.exec(window.location.hash);
  if (wanted && input) { input.value = decodeURIComponent(wanted[1]); }
  filter(input ? input.value : '');
})();
