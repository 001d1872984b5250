/*
 * Routine player: turns a routine page's list of steps into a step-by-step timer.
 * The page works fully without it; this only enhances. Nothing is sent anywhere:
 * the date a routine was last finished stays in this browser's local storage.
 *
 * Time: a real clock by default. A test may set data-clock="manual" on the routine
 * before pressing Start and then drive time with
 * window.dispatchEvent(new CustomEvent('player:tick', {detail: seconds})).
 */
(function () {
  'use strict';

  var LEAD_IN_SECONDS = 5;
  var ANNOUNCE_AT = 5;

  var root = document.querySelector('[data-player]');
  if (!root) {
    return;
  }
  function part(name) {
    return root.querySelector('[data-role="' + name + '"]');
  }
  var startButton = root.querySelector('[data-action="start"]');
  var player = document.getElementById('player');
  var done = part('done');
  var announcer = part('announce');
  if (!startButton || !player || !done || !announcer) {
    return;
  }
  var view = {
    heading: document.getElementById('player-heading'),
    progress: part('progress'),
    image: part('image'),
    name: part('name'),
    side: part('side'),
    count: part('count'),
    bar: part('bar'),
    sound: part('sound'),
    pause: player.querySelector('[data-action="pause"]'),
    lastDone: part('last-done')
  };
  var text = root.dataset;
  /* Which side comes first is the page's to say (right, then left), not the player's. */
  var sideOrder = (text.sideOrder || 'right left').split(' ');
  var storageKey = 'psoascare:last-done:' + text.slug;

  function format(template, values) {
    return String(template).replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  var steps = Array.prototype.map.call(root.querySelectorAll('[data-step]'), function (item) {
    return {
      name: item.dataset.name,
      image: item.dataset.img,
      hold: Number(item.dataset.hold),
      moves: item.dataset.holds === 'false',
      reps: Number(item.dataset.reps),
      each: item.dataset.sides === 'each',
      rest: Number(item.dataset.rest)
    };
  });
  if (steps.length === 0) {
    return;
  }

  /* The routine as a flat list of timed segments: a lead-in, holds, rests. */
  function buildSegments() {
    var segments = [{ kind: 'ready', step: 0, seconds: LEAD_IN_SECONDS }];
    steps.forEach(function (step, index) {
      (step.each ? sideOrder : [null]).forEach(function (side) {
        for (var rep = 1; rep <= step.reps; rep++) {
          segments.push({ kind: 'hold', step: index, side: side, rep: rep, seconds: step.hold });
        }
      });
      if (step.rest > 0 && index < steps.length - 1) {
        segments.push({ kind: 'rest', step: index + 1, seconds: step.rest });
      }
    });
    return segments;
  }

  var segments = buildSegments();
  var state = { running: false, paused: false, index: 0, remaining: 0, announced: false };
  var wakeLock = null;
  var audio = null;

  function firstSegmentOfStep(stepIndex) {
    for (var i = 0; i < segments.length; i++) {
      if (segments[i].kind === 'hold' && segments[i].step === stepIndex) {
        return i;
      }
    }
    return segments.length;
  }

  function announce(message) {
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  function describe(segment) {
    var step = steps[segment.step];
    if (segment.kind === 'ready') {
      return text.textReady + '. ' + format(text.textNext, [step.name]);
    }
    if (segment.kind === 'rest') {
      return text.textRest + '. ' + format(text.textNext, [step.name]);
    }
    var words = [format(text.textStep, [segment.step + 1, steps.length]) + ': ' + step.name];
    if (segment.side) {
      words.push(segment.side === 'left' ? text.textLeft : text.textRight);
    }
    if (step.reps > 1) {
      words.push(format(text.textRep, [segment.rep, step.reps]));
    }
    words.push((step.moves ? text.textMove : text.textHold) + ' ' + segment.seconds + ' s');
    return words.join('. ');
  }

  function render() {
    var segment = segments[state.index];
    var step = steps[segment.step];
    var seconds = Math.max(0, Math.ceil(state.remaining - 1e-9));
    view.progress.textContent = format(text.textStep, [segment.step + 1, steps.length]) +
      (segment.kind === 'hold' ? '' : ' · ' + (segment.kind === 'ready' ? text.textReady : text.textRest));
    view.name.textContent = segment.kind === 'hold' ? step.name : format(text.textNext, [step.name]);
    if (view.image.getAttribute('src') !== step.image) {
      view.image.setAttribute('src', step.image);
    }
    var side = segment.kind === 'hold' && segment.side ? (segment.side === 'left' ? text.textLeft : text.textRight) : '';
    if (segment.kind === 'hold' && step.reps > 1) {
      side = (side ? side + ' · ' : '') + format(text.textRep, [segment.rep, step.reps]);
    }
    if (segment.kind === 'hold' && step.moves) {
      side = (side ? side + ' · ' : '') + text.textMove;
    }
    view.side.textContent = side;
    view.count.textContent = String(seconds);
    view.bar.style.width = (100 * (1 - state.remaining / segment.seconds)) + '%';
    player.dataset.kind = segment.kind;
    player.dataset.state = state.paused ? 'paused' : 'running';
  }

  function enter(index) {
    if (index >= segments.length) {
      finish();
      return;
    }
    state.index = index;
    state.remaining = segments[index].seconds;
    state.announced = false;
    render();
    announce(describe(segments[index]));
  }

  function beep() {
    if (!view.sound || !view.sound.checked) {
      return;
    }
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var oscillator = audio.createOscillator();
      var gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + 0.2);
    } catch (e) {
      /* No sound available: the visual countdown still works. */
    }
  }

  function elapse(seconds) {
    if (!state.running || state.paused) {
      return;
    }
    state.remaining -= seconds;
    var segment = segments[state.index];
    if (!state.announced && segment.seconds > ANNOUNCE_AT && state.remaining <= ANNOUNCE_AT && state.remaining > 0) {
      state.announced = true;
      announce(format(text.textSecondsLeft, [ANNOUNCE_AT]));
    }
    if (state.remaining <= 0) {
      if (segment.kind === 'hold') {
        beep();
      }
      enter(state.index + 1);
    } else {
      render();
    }
  }

  /* Clocks */
  var ticker = null;
  function startClock() {
    if (root.dataset.clock === 'manual') {
      return;
    }
    var last = performance.now();
    ticker = window.setInterval(function () {
      var now = performance.now();
      elapse((now - last) / 1000);
      last = now;
    }, 200);
  }
  function stopClock() {
    if (ticker !== null) {
      window.clearInterval(ticker);
      ticker = null;
    }
  }
  window.addEventListener('player:tick', function (event) {
    if (root.dataset.clock === 'manual') {
      elapse(Number(event.detail) || 0);
    }
  });

  /* Keep the screen on while playing, where the browser allows it. */
  function holdScreen() {
    if (!('wakeLock' in navigator) || wakeLock) {
      return;
    }
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () {
        wakeLock = null;
      });
    }).catch(function () {
      /* Not allowed here: playing works all the same. */
    });
  }
  function releaseScreen() {
    if (wakeLock) {
      wakeLock.release().catch(function () {});
      wakeLock = null;
    }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && state.running && !state.paused) {
      holdScreen();
    }
  });

  function setPaused(paused) {
    state.paused = paused;
    view.pause.textContent = paused ? text.textResume : text.textPause;
    view.pause.setAttribute('aria-pressed', paused ? 'true' : 'false');
    if (paused) {
      releaseScreen();
    } else {
      holdScreen();
    }
    render();
    announce(paused ? text.textPause : text.textResume);
  }

  function start() {
    segments = buildSegments();
    state.running = true;
    done.hidden = true;
    player.hidden = false;
    startButton.hidden = true;
    setPaused(false);
    enter(0);
    view.heading.focus();
    startClock();
  }

  function stop() {
    state.running = false;
    stopClock();
    releaseScreen();
    player.hidden = true;
    startButton.hidden = false;
    startButton.focus();
  }

  function finish() {
    stop();
    done.hidden = false;
    done.querySelector('h2').focus();
    try {
      window.localStorage.setItem(storageKey, new Date().toISOString());
    } catch (e) {
      /* Storage may be off: nothing else depends on it. */
    }
    showLastDone();
  }

  function showLastDone() {
    var stored = null;
    try {
      stored = window.localStorage.getItem(storageKey);
    } catch (e) {
      return;
    }
    var when = stored ? new Date(stored) : null;
    if (view.lastDone && when && !isNaN(when.getTime())) {
      view.lastDone.textContent = format(text.textLastDone, [when.toLocaleDateString()]);
      view.lastDone.hidden = false;
    }
  }

  function currentStep() {
    return segments[state.index].step;
  }

  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) {
      return;
    }
    switch (button.dataset.action) {
      case 'start':
        start();
        break;
      case 'pause':
        setPaused(!state.paused);
        break;
      case 'skip':
        // From a lead-in or a rest, go straight into the step it leads to.
        enter(firstSegmentOfStep(currentStep() + (segments[state.index].kind === 'hold' ? 1 : 0)));
        break;
      case 'back':
        enter(firstSegmentOfStep(Math.max(0, currentStep() - 1)));
        break;
      case 'stop':
        stop();
        break;
    }
  });

  startButton.hidden = false;
  showLastDone();
}());
