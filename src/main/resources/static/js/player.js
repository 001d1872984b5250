/*
 * Routine player: turns a routine page's list of steps into a step-by-step timer.
 * The page works fully without it; this only enhances. Nothing is sent anywhere:
 * the date a routine was last finished stays in this browser's local storage.
 *
 * Time: a real clock by default. A test may set data-clock="manual" on the routine
 * before pressing Start and then drive time with
 * window.dispatchEvent(new CustomEvent('player:tick', {detail: seconds})): each tick
 * moves the manual clock on by that many seconds, late or early, as a real one would.
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
    cue: part('cue'),
    next: part('next'),
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
      rest: Number(item.dataset.rest),
      cue: item.dataset.cue || ''
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
  /* When each segment starts, in seconds from the start of the routine. */
  var starts = [];
  var total = 0;
  function measure() {
    starts = [];
    total = 0;
    segments.forEach(function (segment) {
      starts.push(total);
      total += segment.seconds;
    });
  }
  measure();

  /*
   * Where the routine is comes from the clock, never from counting ticks: the position is
   * the time run before the last (re)start plus the time on the clock since then. A late
   * or throttled tick therefore lands exactly where a wall clock says, however long it was.
   */
  var state = { running: false, paused: false, index: 0, remaining: 0, announced: false, banked: 0, since: 0 };
  var audio = null;

  /* Clocks: the real one, or the test's manual one that only moves on 'player:tick'. */
  var manualSeconds = 0;
  function manual() {
    return root.dataset.clock === 'manual';
  }
  function now() {
    return manual() ? manualSeconds : performance.now() / 1000;
  }
  function position() {
    return state.banked + (state.paused ? 0 : now() - state.since);
  }
  function moveTo(seconds) {
    state.banked = seconds;
    state.since = now();
  }
  function segmentAt(seconds) {
    var index = 0;
    while (index < segments.length - 1 && starts[index + 1] <= seconds + 1e-9) {
      index++;
    }
    return index;
  }

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

  function seconds(value) {
    return format(text.textSeconds, [value]);
  }

  /* What follows this step: the next step's name, or the end of the routine. */
  function upNext(segment) {
    var next = segment.step + 1;
    return next < steps.length ? format(text.textThen, [steps[next].name]) : text.textFinish;
  }

  function describe(segment) {
    var step = steps[segment.step];
    if (segment.kind === 'ready') {
      return text.textReady + '. ' + format(text.textNext, [step.name]) + '. ' + step.cue;
    }
    if (segment.kind === 'rest') {
      return text.textRest + '. ' + format(text.textNext, [step.name]) + '. ' + step.cue;
    }
    var words = [format(text.textStep, [segment.step + 1, steps.length]) + ': ' + step.name];
    if (segment.side) {
      words.push(segment.side === 'left' ? text.textLeft : text.textRight);
    }
    if (step.reps > 1) {
      words.push(format(text.textRep, [segment.rep, step.reps]));
    }
    words.push((step.moves ? text.textMove : text.textHold) + ' ' + seconds(segment.seconds));
    words.push(step.cue);
    return words.join('. ');
  }

  function render() {
    var segment = segments[state.index];
    var step = steps[segment.step];
    var count = Math.max(0, Math.ceil(state.remaining - 1e-9));
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
    view.cue.textContent = step.cue;
    view.next.textContent = segment.kind === 'hold' ? upNext(segment) : '';
    view.count.textContent = String(count);
    view.bar.style.width = (100 * (1 - state.remaining / segment.seconds)) + '%';
    player.dataset.kind = segment.kind;
    player.dataset.state = state.paused ? 'paused' : 'running';
  }

  /* Brings the view up to the clock: enters every segment the clock has passed. */
  function update() {
    if (!state.running) {
      return;
    }
    var at = position();
    if (at >= total - 1e-9) {
      if (segments[state.index].kind === 'hold') {
        beep();
      }
      finish();
      return;
    }
    var index = segmentAt(at);
    var entered = index !== state.index;
    if (entered) {
      for (var i = state.index; i < index; i++) {
        if (segments[i].kind === 'hold') {
          beep();
          break;
        }
      }
      state.index = index;
      state.announced = false;
    }
    var segment = segments[index];
    state.remaining = starts[index] + segment.seconds - at;
    render();
    if (entered) {
      announce(describe(segment));
    } else if (!state.announced && segment.seconds > ANNOUNCE_AT && state.remaining <= ANNOUNCE_AT) {
      state.announced = true;
      announce(format(text.textSecondsLeft, [ANNOUNCE_AT]));
    }
  }

  /* Jumps to the start of a segment, as Skip and Back do. */
  function enter(index) {
    if (index >= segments.length) {
      finish();
      return;
    }
    moveTo(starts[index]);
    state.index = index;
    state.remaining = segments[index].seconds;
    state.announced = false;
    render();
    announce(describe(segments[index]));
  }

  /* The beep's sound: made (or woken) only in the click that turns it on, as Safari needs. */
  function unlockSound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    try {
      audio = audio || new Context();
      if (audio.state === 'suspended' && audio.resume) {
        audio.resume().catch(function () {});
      }
    } catch (e) {
      audio = null;
    }
  }

  function beep() {
    if (!view.sound || !view.sound.checked || !audio) {
      return;
    }
    try {
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
  if (view.sound) {
    view.sound.addEventListener('change', function () {
      if (view.sound.checked) {
        unlockSound();
      }
    });
  }

  var ticker = null;
  function startClock() {
    stopClock();
    if (manual()) {
      return;
    }
    ticker = window.setInterval(update, 200);
  }
  function stopClock() {
    if (ticker !== null) {
      window.clearInterval(ticker);
      ticker = null;
    }
  }
  window.addEventListener('player:tick', function (event) {
    if (manual()) {
      manualSeconds += Number(event.detail) || 0;
      update();
    }
  });

  /*
   * Keep the screen on while playing, where the browser allows it. A request still
   * pending when the player stops or pauses is remembered, and its lock let go as soon
   * as it arrives.
   */
  var screen = { wanted: false, lock: null, pending: false };
  function holdScreen() {
    screen.wanted = true;
    if (!('wakeLock' in navigator) || screen.lock || screen.pending) {
      return;
    }
    screen.pending = true;
    navigator.wakeLock.request('screen').then(function (lock) {
      screen.pending = false;
      if (!screen.wanted) {
        lock.release().catch(function () {});
        return;
      }
      screen.lock = lock;
      lock.addEventListener('release', function () {
        if (screen.lock === lock) {
          screen.lock = null;
        }
      });
    }).catch(function () {
      screen.pending = false;
      /* Not allowed here: playing works all the same. */
    });
  }
  function releaseScreen() {
    screen.wanted = false;
    if (screen.lock) {
      screen.lock.release().catch(function () {});
      screen.lock = null;
    }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && state.running && !state.paused) {
      update();
      holdScreen();
    }
  });

  function showPauseButton() {
    view.pause.textContent = state.paused ? text.textResume : text.textPause;
    view.pause.setAttribute('aria-pressed', state.paused ? 'true' : 'false');
  }

  function setPaused(paused) {
    if (paused === state.paused) {
      return;
    }
    moveTo(position());
    state.paused = paused;
    showPauseButton();
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
    measure();
    state.running = true;
    state.paused = false;
    showPauseButton();
    done.hidden = true;
    player.hidden = false;
    startButton.hidden = true;
    holdScreen();
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
