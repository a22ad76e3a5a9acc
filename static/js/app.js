/* Site-wide behaviour: a visible notice when the server cannot answer, and dropdowns that close
   when the analyst clicks elsewhere or presses Escape. */
(function () {
  'use strict';

  function notice(text) {
    const box = document.getElementById('notice');
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    clearTimeout(notice.timer);
    notice.timer = setTimeout(function () { box.hidden = true; }, 8000);
  }

  document.addEventListener('htmx:responseError', function (event) {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    notice('The server could not complete that (error ' + status + '). Nothing was changed; try again.');
  });
  document.addEventListener('htmx:sendError', function () {
    notice('The server cannot be reached. Check the connection and try again.');
  });

  document.addEventListener('click', function (event) {
    document.querySelectorAll('details.dropdown[open]').forEach(function (details) {
      if (!details.contains(event.target)) details.open = false;
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('details.dropdown[open]').forEach(function (details) {
      details.open = false;
      const summary = details.querySelector('summary');
      if (summary && details.contains(document.activeElement)) summary.focus();
    });
  });

  window.ClaimsNotice = notice;
})();
