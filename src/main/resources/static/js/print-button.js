/*
 * Print buttons: shown only where this script runs (without it, the browser's own print
 * works the same), and each prints the page.
 */
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
