/*
 * Registers the site's own service worker (/sw.js), which keeps routines, stretches,
 * plans, the progress page and an offline page for use without a connection. Nothing
 * here sends anything about the person.
 */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js').catch(function () {
      /* No offline use (a private window, storage off): the site works as before. */
    });
  });
}());
