/* The dashboard's keyboard workflow: j/k (or the arrow keys) move through the claim list, Enter
   opens the focused claim, c/d/p/u set its verdict after an inline confirmation (sent with the
   claim's version, refused like the form when someone changed it meanwhile), / focuses the
   search, ? shows the keys. Keys typed into a field are the field's. */
(function () {
  'use strict';

  const VERDICTS = { c: 'confirmed', d: 'denied', p: 'disputed', u: 'unverified' };
  const LABELS = { confirmed: 'Confirmed', denied: 'Denied', disputed: 'Disputed', unverified: 'Unverified' };
  const help = document.getElementById('key-help');

  function typing(target) {
    return target.closest && target.closest('input, textarea, select, [contenteditable], .leaflet-container, .key-confirm');
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#claim-list article.claim-row'));
  }

  function focused() {
    const active = document.activeElement;
    return active && active.closest ? active.closest('#claim-list article.claim-row') : null;
  }

  function focusRow(row) {
    if (!row) return;
    rows().forEach(function (r) { r.tabIndex = r === row ? 0 : -1; });
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    const all = rows();
    if (!all.length) return;
    const at = all.indexOf(focused());
    const next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    focusRow(all[next]);
  }

  function closePrompt(row) {
    const prompt = row.querySelector('.key-confirm');
    if (prompt) prompt.remove();
  }

  /* The same request the review form sends, with the row's version: a 409 shows the refusal. */
  function sendVerdict(row, status) {
    const values = { status: status, credibility: row.dataset.credibility, version: row.dataset.version, note: '', evidence_url: '' };
    const id = row.dataset.claim;
    htmx.ajax('POST', row.dataset.reviewUrl, { target: '#claim-row-' + id, swap: 'outerHTML', values: values })
      .then(function () { focusRow(document.getElementById('claim-row-' + id)); });
  }

  function askVerdict(row, status) {
    closePrompt(row);
    if (row.dataset.status === status) return;
    const prompt = document.createElement('div');
    prompt.className = 'key-confirm';
    prompt.setAttribute('role', 'alertdialog');
    prompt.setAttribute('aria-label', 'Confirm the verdict');
    const text = document.createElement('span');
    text.textContent = 'Mark this claim ' + LABELS[status] + '? ';
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.className = 'small';
    yes.textContent = 'Yes, ' + LABELS[status];
    const no = document.createElement('button');
    no.type = 'button';
    no.className = 'link';
    no.textContent = 'Cancel';
    yes.addEventListener('click', function () { closePrompt(row); sendVerdict(row, status); });
    no.addEventListener('click', function () { closePrompt(row); focusRow(row); });
    prompt.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { event.preventDefault(); closePrompt(row); focusRow(row); }
    });
    prompt.append(text, yes, no);
    row.append(prompt);
    yes.focus();
  }

  function showHelp() {
    if (!help) return;
    if (help.open) help.close(); else help.showModal();
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (typing(event.target)) return;
    const key = event.key;
    const row = focused();
    if (key === '?') { event.preventDefault(); showHelp(); return; }
    if (key === '/') {
      event.preventDefault();
      const search = document.getElementById('filter-q');
      if (search) { search.focus(); search.select(); }
      return;
    }
    if (key === 'j' || key === 'ArrowDown') {
      if (key === 'ArrowDown' && !row) return; // arrows scroll the page until the list has focus
      event.preventDefault();
      move(1);
      return;
    }
    if (key === 'k' || key === 'ArrowUp') {
      if (key === 'ArrowUp' && !row) return;
      event.preventDefault();
      move(-1);
      return;
    }
    if (!row) return;
    if (key === 'Enter' && event.target === row) {
      const link = row.querySelector('a.statement');
      if (link) { event.preventDefault(); window.location.assign(link.href); }
      return;
    }
    if (VERDICTS[key] && row.dataset.reviewUrl) {
      event.preventDefault();
      askVerdict(row, VERDICTS[key]);
    }
  });

  /* The list is swapped by filters, pages and reviews: keep one row reachable with Tab. */
  document.body.addEventListener('htmx:afterSettle', function () {
    const all = rows();
    if (all.length && !all.some(function (r) { return r.tabIndex === 0; })) all[0].tabIndex = 0;
  });
  const first = rows()[0];
  if (first) first.tabIndex = 0;
})();
