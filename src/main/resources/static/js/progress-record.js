/*
 * On routine (and plan) pages: records a finished routine in the progress diary kept in
 * this browser (localStorage key psoascare.progress, the shape progress.js describes)
 * when the player announces the end with the document event
 * 'psoascare:routine-finished' (detail.slug). Nothing is sent anywhere. It also fills the
 * calendar form's time zone with this browser's own, where the person has not typed one.
 */
(function () {
  'use strict';
  var KEY = 'psoascare.progress';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function record(slug) {
    if (typeof slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      return false;
    }
    var now = new Date();
    var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    var data;
    try {
      data = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    } catch (e) {
      data = null;
    }
    if (!data || !Array.isArray(data.entries)) {
      data = { version: 1, entries: [] };
    }
    var entry = data.entries.filter(function (e) {
      return e && e.date === today;
    })[0];
    if (!entry) {
      entry = { date: today, pain: null, task: null, taskScore: null, routine: false, routines: [] };
      data.entries.push(entry);
      data.entries.sort(function (a, b) {
        return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
      });
    }
    entry.routine = true;
    entry.routines = Array.isArray(entry.routines) ? entry.routines : [];
    if (entry.routines.indexOf(slug) < 0) {
      entry.routines.push(slug);
    }
    try {
      window.localStorage.setItem(KEY, JSON.stringify(data));
    } catch (e) {
      return false;
    }
    return true;
  }

  document.addEventListener('psoascare:routine-finished', function (event) {
    if (record(event.detail && event.detail.slug)) {
      var note = document.querySelector('[data-progress-recorded]');
      if (note) {
        note.hidden = false;
      }
    }
  });

  var zone = document.querySelector('input[data-time-zone="default"]');
  if (zone && window.Intl && Intl.DateTimeFormat) {
    var own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (own && own.indexOf('/') > 0) {
      zone.value = own;
    }
  }
}());
