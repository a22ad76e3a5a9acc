/* The timeline: claims per day/week/month, stacked by status, as an SVG chart with axis labels.
   Claims dated only by their report are hatched. Click a bar or drag across bars to pick dates. */
(function () {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const ORDER = ['confirmed', 'denied', 'disputed', 'unverified'];
  const LABELS = { confirmed: 'confirmed', denied: 'denied', disputed: 'disputed', unverified: 'unverified' };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MARGIN = { top: 8, right: 8, bottom: 20, left: 34 };

  function svg(tag, attrs, parent) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function parseDay(iso) {
    const parts = iso.split('-').map(Number);
    return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  }

  function dayLabel(iso, unit, withYear) {
    const d = parseDay(iso);
    if (unit === 'month') return MONTHS[d.getUTCMonth()] + (withYear ? ' ' + d.getUTCFullYear() : '');
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + (withYear ? ' ' + d.getUTCFullYear() : '');
  }

  function rangeLabel(bucket, unit) {
    if (unit === 'day') return dayLabel(bucket.start, unit, true);
    if (unit === 'month') return dayLabel(bucket.start, 'month', true);
    return dayLabel(bucket.start, 'day', false) + ' – ' + dayLabel(bucket.end, 'day', true);
  }

  function niceMax(n) {
    if (n <= 4) return Math.max(1, n);
    const pow = Math.pow(10, Math.floor(Math.log10(n)));
    const steps = [1, 2, 2.5, 5, 10];
    for (let i = 0; i < steps.length; i++) {
      if (steps[i] * pow >= n) return steps[i] * pow;
    }
    return 10 * pow;
  }

  function bucketTitle(bucket, unit) {
    const parts = [];
    let byReport = 0;
    ORDER.forEach(function (s) {
      const cell = bucket.counts[s];
      if (!cell) return;
      const n = (cell.event || 0) + (cell.report || 0);
      byReport += cell.report || 0;
      parts.push(n + ' ' + LABELS[s]);
    });
    let text = rangeLabel(bucket, unit) + ': ' + bucket.total + (bucket.total === 1 ? ' claim' : ' claims');
    if (parts.length) text += ' (' + parts.join(', ') + ')';
    if (byReport) text += '; ' + byReport + ' dated by the report only';
    return text;
  }

  function defs(root) {
    const d = svg('defs', {}, root);
    ORDER.forEach(function (s) {
      const p = svg('pattern', { id: 'hatch-' + s, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, d);
      svg('rect', { width: 5, height: 5, class: 'hatch-bg seg-' + s }, p);
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 5, class: 'hatch-line' }, p);
    });
  }

  /* Draw `data` (from the timeline endpoint) into `container`. `onRange(from, to)` is called with
     ISO dates when the analyst clicks a bar or drags across bars. */
  function render(container, data, onRange) {
    container.replaceChildren();
    const buckets = data.buckets || [];
    if (!buckets.length) {
      const empty = document.createElement('p');
      empty.className = 'timeline-empty muted';
      empty.textContent = data.undated ? 'None of these claims has a date.' : 'No claims to show for these filters.';
      container.append(empty);
      return;
    }
    const width = Math.max(200, container.clientWidth);
    const height = Math.max(100, container.clientHeight || 140);
    const innerW = width - MARGIN.left - MARGIN.right;
    const innerH = height - MARGIN.top - MARGIN.bottom;
    const max = niceMax(Math.max.apply(null, buckets.map(function (b) { return b.total; })));
    const step = innerW / buckets.length;
    const barW = Math.max(1, step - (step > 4 ? Math.min(3, step * 0.2) : 0));

    const root = svg('svg', {
      width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, class: 'timeline-svg',
      role: 'img', 'aria-label': 'Claims per ' + data.unit + ' by event date, stacked by status',
    }, null);
    defs(root);
    const plot = svg('g', { transform: 'translate(' + MARGIN.left + ',' + MARGIN.top + ')' }, root);

    // y axis: 0, half, max
    [0, max / 2, max].forEach(function (v) {
      const y = innerH - (v / max) * innerH;
      svg('line', { x1: 0, x2: innerW, y1: y, y2: y, class: 'grid' }, plot);
      const label = svg('text', { x: -6, y: y + 4, class: 'axis-label', 'text-anchor': 'end' }, plot);
      label.textContent = Number.isInteger(v) ? String(v) : v.toFixed(1);
    });

    // bars
    buckets.forEach(function (bucket, i) {
      const g = svg('g', { class: 'bar', 'data-start': bucket.start, 'data-end': bucket.end, 'data-index': i }, plot);
      const x = i * step;
      svg('rect', { x: x, y: 0, width: step, height: innerH, class: 'bar-hit' }, g);
      let y = innerH;
      ORDER.forEach(function (s) {
        const cell = bucket.counts[s];
        if (!cell) return;
        // Report-dated parts take their fill from the hatch pattern (a class fill would win over it).
        [['event', 'seg seg-' + s], ['report', 'seg by-report']].forEach(function (kind) {
          const n = cell[kind[0]] || 0;
          if (!n) return;
          const h = (n / max) * innerH;
          y -= h;
          const attrs = { x: x, y: y, width: barW, height: Math.max(h, 0.5), class: kind[1], 'data-status': s };
          if (kind[0] === 'report') attrs.fill = 'url(#hatch-' + s + ')';
          svg('rect', attrs, g);
        });
      });
      svg('title', {}, g).textContent = bucketTitle(bucket, data.unit);
    });

    // x axis labels: about one every 70px, the year shown on the first and when it changes
    const every = Math.max(1, Math.ceil(70 / step));
    let lastYear = null;
    for (let i = 0; i < buckets.length; i += every) {
      const year = buckets[i].start.slice(0, 4);
      const label = svg('text', { x: i * step + step / 2, y: innerH + 14, class: 'axis-label', 'text-anchor': 'middle' }, plot);
      label.textContent = dayLabel(buckets[i].start, data.unit, year !== lastYear);
      lastYear = year;
    }
    svg('line', { x1: 0, x2: innerW, y1: innerH, y2: innerH, class: 'axis' }, plot);

    const brush = svg('rect', { x: 0, y: 0, width: 0, height: innerH, class: 'brush', visibility: 'hidden' }, plot);
    container.append(root);

    // Click a bar, or drag across bars, to set the date filter.
    let from = null;
    function indexAt(event) {
      const box = root.getBoundingClientRect();
      const x = event.clientX - box.left - MARGIN.left;
      return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / step)));
    }
    function showBrush(a, b) {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      brush.setAttribute('x', lo * step);
      brush.setAttribute('width', (hi - lo + 1) * step);
      brush.setAttribute('visibility', 'visible');
    }
    root.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      from = indexAt(event);
      root.setPointerCapture(event.pointerId);
      showBrush(from, from);
    });
    root.addEventListener('pointermove', function (event) {
      if (from === null) return;
      showBrush(from, indexAt(event));
    });
    root.addEventListener('pointerup', function (event) {
      if (from === null) return;
      const to = indexAt(event);
      const lo = Math.min(from, to);
      const hi = Math.max(from, to);
      from = null;
      if (onRange) onRange(buckets[lo].start, buckets[hi].end);
    });
    root.addEventListener('pointercancel', function () {
      from = null;
      brush.setAttribute('visibility', 'hidden');
    });
  }

  function caption(data) {
    if (!data.total) return '';
    let text = data.total + (data.total === 1 ? ' claim' : ' claims') + ', per ' + data.unit;
    if (data.by_report) text += '; ' + data.by_report + ' dated by the report only (hatched)';
    if (data.undated) text += '; ' + data.undated + ' without any date';
    return text;
  }

  window.ClaimsTimeline = { render: render, caption: caption };
})();
