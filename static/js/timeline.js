/* The timeline: claims per day/week/month, stacked by status, as an SVG chart with axis labels.
   Claims dated only by their report are hatched; claims about several days are spans above the
   bars. Click a bar or drag across bars to pick dates (or the arrow keys and Enter); the dates in
   use stay marked with a handle at each end. */
(function () {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const ORDER = ['confirmed', 'denied', 'disputed', 'unverified'];
  const LABELS = { confirmed: 'confirmed', denied: 'denied', disputed: 'disputed', unverified: 'unverified' };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MARGIN = { top: 8, right: 16, bottom: 20, left: 34 };
  const LANE = 5; // height of one lane of spans (claims about several days)

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

  /* Whole-number ticks (counts of claims): a step of 1, 2 or 5 times a power of ten giving at
     most four intervals, and the axis' top as a multiple of it. */
  function ticks(n) {
    const top = Math.max(1, n);
    let step = 1;
    for (let pow = 1; ; pow *= 10) {
      const found = [1, 2, 5].map(function (m) { return m * pow; }).find(function (s) { return Math.ceil(top / s) <= 4; });
      if (found) { step = found; break; }
    }
    const max = Math.ceil(top / step) * step;
    const out = [];
    for (let v = 0; v <= max; v += step) out.push(v);
    return { max: max, values: out };
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
  function render(container, data, onRange, selected) {
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
    const ranges = data.ranges || [];
    const lanes = layoutRanges(ranges, buckets);
    const laneCount = lanes.reduce(function (n, r) { return Math.max(n, r.lane + 1); }, 0);
    const spanH = Math.min(4, laneCount) * LANE + (laneCount ? 4 : 0);
    const innerH = height - MARGIN.top - MARGIN.bottom - spanH;
    const scale = ticks(Math.max.apply(null, buckets.map(function (b) { return b.total; })));
    const max = scale.max;
    const step = innerW / buckets.length;
    const barW = Math.max(1, step - (step > 4 ? Math.min(3, step * 0.2) : 0));

    const byReport = data.basis === 'report';
    const root = svg('svg', {
      width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, class: 'timeline-svg',
      role: 'group', 'aria-label': 'Claims per ' + data.unit + ' by ' + (byReport ? 'report date' : 'event date') +
        ', stacked by status. Arrow keys move between bars' + (byReport ? '.' : ', Enter filters by one.'),
    }, null);
    defs(root);
    const plot = svg('g', { transform: 'translate(' + MARGIN.left + ',' + (MARGIN.top + spanH) + ')' }, root);

    // y axis: whole numbers only
    scale.values.forEach(function (v) {
      const y = innerH - (v / max) * innerH;
      svg('line', { x1: 0, x2: innerW, y1: y, y2: y, class: 'grid' }, plot);
      const label = svg('text', { x: -6, y: y + 4, class: 'axis-label', 'text-anchor': 'end' }, plot);
      label.textContent = String(v);
    });

    // spans: claims about several days, drawn over the days they cover
    const spans = svg('g', { class: 'spans', transform: 'translate(0,' + (-spanH) + ')' }, plot);
    lanes.forEach(function (r) {
      if (r.lane >= 4) return;
      const line = svg('rect', {
        x: r.from * step + 1, y: r.lane * LANE, width: Math.max(3, (r.to - r.from + 1) * step - 2), height: LANE - 1,
        rx: 2, class: 'span seg-' + r.status, 'data-start': r.start, 'data-end': r.end,
      }, spans);
      svg('title', {}, line).textContent = r.count + (r.count === 1 ? ' claim' : ' claims') + ' about ' +
        dayLabel(r.start, 'day', true) + ' – ' + dayLabel(r.end, 'day', true) + ' (' + LABELS[r.status] + ')';
    });

    // bars
    buckets.forEach(function (bucket, i) {
      const g = svg('g', {
        class: 'bar', 'data-start': bucket.start, 'data-end': bucket.end, 'data-index': i,
        tabindex: i === 0 ? 0 : -1, role: byReport ? 'img' : 'button', 'aria-label': bucketTitle(bucket, data.unit),
      }, plot);
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
      // The first and last labels keep inside the chart instead of being cut at its edges.
      const x = i * step + step / 2;
      const anchor = x < 30 ? 'start' : x > innerW - 30 ? 'end' : 'middle';
      const label = svg('text', { x: anchor === 'start' ? i * step : anchor === 'end' ? (i + 1) * step : x, y: innerH + 14, class: 'axis-label', 'text-anchor': anchor }, plot);
      label.textContent = dayLabel(buckets[i].start, data.unit, year !== lastYear);
      lastYear = year;
    }
    svg('line', { x1: 0, x2: innerW, y1: innerH, y2: innerH, class: 'axis' }, plot);

    const brush = svg('g', { class: 'brush', visibility: 'hidden' }, plot);
    const brushBox = svg('rect', { x: 0, y: 0, width: 0, height: innerH, class: 'brush-box' }, brush);
    const handles = [0, 1].map(function (side) {
      const h = svg('rect', { x: 0, y: innerH / 2 - 12, width: 6, height: 24, rx: 2, class: 'brush-handle', 'data-side': side }, brush);
      return h;
    });
    container.append(root);

    function showBrush(a, b) {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      brushBox.setAttribute('x', lo * step);
      brushBox.setAttribute('width', (hi - lo + 1) * step);
      handles[0].setAttribute('x', lo * step - 3);
      handles[1].setAttribute('x', (hi + 1) * step - 3);
      brush.setAttribute('visibility', 'visible');
    }

    // The dates in use stay marked, with a handle at each end to drag.
    const chosen = selectedIndexes(buckets, selected);
    if (chosen) showBrush(chosen[0], chosen[1]);
    if (byReport) return; // the date filter is on event dates: this view only shows

    let from = null;
    function indexAt(event) {
      const box = root.getBoundingClientRect();
      const x = event.clientX - box.left - MARGIN.left;
      return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / step)));
    }
    root.addEventListener('pointerdown', function (event) {
      if (event.button !== 0) return;
      const side = event.target.getAttribute && event.target.getAttribute('data-side');
      // A handle keeps the other end where it is; elsewhere a new range starts.
      from = side !== null && side !== undefined && chosen ? chosen[side === '0' ? 1 : 0] : indexAt(event);
      root.setPointerCapture(event.pointerId);
      showBrush(from, indexAt(event));
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
      if (!chosen) brush.setAttribute('visibility', 'hidden');
    });

    // Keyboard: arrows move between bars (one tab stop), Enter or Space filters by the bar.
    root.addEventListener('keydown', function (event) {
      const bar = event.target.closest && event.target.closest('.bar');
      if (!bar) return;
      const i = Number(bar.getAttribute('data-index'));
      const moves = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buckets.length - 1 };
      if (event.key in moves) {
        event.preventDefault();
        const next = plot.querySelector('.bar[data-index="' + Math.min(buckets.length - 1, Math.max(0, moves[event.key])) + '"]');
        plot.querySelectorAll('.bar').forEach(function (b) { b.setAttribute('tabindex', b === next ? 0 : -1); });
        next.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (onRange) onRange(buckets[i].start, buckets[i].end);
      }
    });
  }

  function selectedIndexes(buckets, selected) {
    if (!selected || !(selected.from || selected.to)) return null;
    let lo = null;
    let hi = null;
    buckets.forEach(function (b, i) {
      if ((!selected.to || b.start <= selected.to) && (!selected.from || b.end >= selected.from)) {
        if (lo === null) lo = i;
        hi = i;
      }
    });
    return lo === null ? null : [lo, hi];
  }

  /* Spans laid out in lanes so none overlaps another: [{from, to, lane, ...range}]. */
  function layoutRanges(ranges, buckets) {
    if (!buckets.length) return [];
    const laneEnds = [];
    return ranges.map(function (r) {
      const idx = selectedIndexes(buckets, { from: r.start, to: r.end });
      return idx ? Object.assign({ from: idx[0], to: idx[1] }, r) : null;
    }).filter(Boolean).sort(function (a, b) { return a.from - b.from; }).map(function (r) {
      let lane = laneEnds.findIndex(function (end) { return end < r.from; });
      if (lane < 0) { lane = laneEnds.length; laneEnds.push(r.to); } else laneEnds[lane] = r.to;
      r.lane = lane;
      return r;
    });
  }

  function caption(data) {
    if (!data.total) return '';
    let text = data.total + (data.total === 1 ? ' claim' : ' claims') + ', per ' + data.unit +
      (data.basis === 'report' ? ', by the day reported' : '');
    if (data.by_report) text += '; ' + data.by_report + ' dated by the report only (hatched)';
    const spans = (data.ranges || []).reduce(function (n, r) { return n + r.count; }, 0);
    if (spans) text += '; ' + spans + (spans === 1 ? ' is' : ' are') + ' about several days (bars above)';
    if (data.undated) text += '; ' + data.undated + ' without any date';
    return text;
  }

  window.ClaimsTimeline = { render: render, caption: caption };
})();
