// Error summary, enhanced: the page works without this file. Moves focus to the summary
// where the browser did not honour autofocus, and makes each link focus its field after
// scrolling the field's label (or legend) and hint into view, as a link to the field's
// wrapper does without JavaScript.
(function () {
  'use strict';
  var summary = document.querySelector('[data-error-summary]');
  if (!summary) {
    return;
  }
  if (document.activeElement !== summary) {
    summary.focus();
  }
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-focus]');
    if (!link) {
      return;
    }
    var input = document.getElementById(link.getAttribute('data-focus'));
    var wrapper = document.getElementById(link.getAttribute('href').slice(1));
    if (!input || !wrapper) {
      return;
    }
    event.preventDefault();
    wrapper.scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  });
}());
