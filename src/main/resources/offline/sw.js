/*
 * Psoas and sciatica self-care: the site's own service worker (no library, no other
 * site). It keeps, for use without a connection, the addresses the server lists at
 * /offline/precache.json for this content version: the player, every routine and
 * stretch page and picture, plans, the progress page and the offline page. Pages come
 * from the network when there is one (and refresh the kept copy); without one, from the
 * cache, else the offline page. Checklist results, searches, the API and calendar files
 * are never kept. The server writes its content version below: a new version is a new
 * script, so the browser installs it, and it replaces the old cache.
 */
'use strict';

var VERSION = '__CONTENT_VERSION__';
var PREFIX = 'psoascare-';
var CACHE = PREFIX + VERSION;
var OFFLINE = '/offline';
/* Kept in step with Precache.NEVER on the server. */
var NEVER = /^\/(checklist|search|api|actuator|calendar)([\/.?].*)?$/;

self.addEventListener('install', function (event) {
  event.waitUntil(
    fetch('/offline/precache.json', { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('precache list: ' + response.status);
        }
        return response.json();
      })
      .then(function (list) {
        return caches.open(CACHE).then(function (cache) {
          return cache.addAll(list.paths.map(function (path) {
            return new Request(path, { cache: 'no-cache' });
          }));
        });
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (names) {
        return Promise.all(names.filter(function (name) {
          return name.indexOf(PREFIX) === 0 && name !== CACHE;
        }).map(function (name) {
          return caches.delete(name);
        }));
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

function keepable(url) {
  return url.origin === self.location.origin && !url.search && !NEVER.test(url.pathname);
}

/* A page: from the network, kept for next time; without a network, the kept copy or
   the offline page. A response from a newer content version asks for the new worker. */
function page(request, url) {
  return fetch(request)
    .then(function (response) {
      var version = response.headers.get('X-Content-Version');
      if (version && version !== VERSION) {
        self.registration.update();
      }
      if (response.ok && response.type === 'basic' && keepable(url)) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) {
          return cache.put(request, copy);
        });
      }
      return response;
    })
    .catch(function () {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(request).then(function (kept) {
          return kept || cache.match(OFFLINE);
        });
      });
    });
}

/* A file under a content-hashed name never changes: the kept copy first. */
function file(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (kept) {
      return kept || fetch(request);
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (NEVER.test(url.pathname)) {
    /* Answered by the server only, never kept; without a connection, the offline page
       (which says so). */
    if (request.mode === 'navigate') {
      event.respondWith(fetch(request).catch(function () {
        return caches.open(CACHE).then(function (cache) {
          return cache.match(OFFLINE);
        });
      }));
    }
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  }
  else if (!url.search) {
    event.respondWith(file(request));
  }
});
