/*
 * Print buttons: shown only where this script runs, and they open the browser's own
 * print dialogue. Without JavaScript the browser's Print menu prints the same handout.
 */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    if (typeof window.print !== 'function') {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
