/*
 * Routine player: turns a routine page's list of steps into a step-by-step timer that
 * can be followed without looking at the screen. The page works fully without it; this
 * only enhances. Nothing is sent anywhere: the date a routine was last finished and
 * whether sound is off stay in this browser's local storage.
 *
 * The routine is a flat list of timed segments, all from the page's data (the content):
 *   position  "Get into position", before the first step and before a step in a new position
 *   hold      one hold (or one slow rep of a move that is not held) of one side
 *   relax     the pause between two holds of one side
 *   sides     "Change sides", between the right side and the left
 *   rest      the rest between two steps in the same position
 * Entering a segment gives its cue: a sound, a spoken sentence and a short vibration; the
 * last 3 seconds of a segment of 8 seconds or more tick, and speech is cut off before
 * the ticks so it never talks over the count. Every word comes from the page (the site's
 * messages), none from this file.
 *
 * Time: a real clock by default. A test may set data-clock="manual" on the routine
 * before pressing Start and then drive time with
 * window.dispatchEvent(new CustomEvent('player:tick', {detail: seconds})): each tick
 * moves the manual clock on by that many seconds, late or early, as a real one would.
 *
 * Picture: the player shows the current step's moving picture, a copy of the inline SVG
 * the page already has for that step (the server makes it; see StretchPicture), so the
 * page carries each drawing once. Its animation restarts at the start of each hold, at
 * the start of that side's movement (data-side-seconds on the picture: where the left
 * side starts), and stands still while the player is paused, while the reader asks for
 * reduced motion, or while "Keep pictures still" is ticked (the page's box and the
 * player's own are kept the same). The site's stylesheet then shows the still end pose.
 * The picture's accessible name says what moves.
 *
 * At the end of a finished routine the document receives
 * CustomEvent('psoascare:routine-finished', {detail: {slug}}).
 */
(function () {
  'use strict';

  var ANNOUNCE_AT = 5;
  /* The last seconds of a segment that tick, and the shortest segment that ticks. */
  var COUNT_FROM = 3;
  var COUNTED_FROM = 8;
  var SOUND_KEY = 'psoascare:player-sound';

  /*
   * Each cue's sound: tones of [frequency in Hz, start in s, length in s]. Each rises,
   * falls or repeats differently, so they can be told apart without looking.
   */
  var SOUNDS = {
    ready: [[523, 0, 0.15], [659, 0.2, 0.25]],
    hold: [[880, 0, 0.4]],
    count: [[1047, 0, 0.07]],
    relax: [[392, 0, 0.25]],
    sides: [[784, 0, 0.12], [523, 0.16, 0.12], [784, 0.32, 0.12]],
    next: [[784, 0, 0.15], [659, 0.2, 0.15], [523, 0.4, 0.3]],
    end: [[523, 0, 0.15], [659, 0.18, 0.15], [784, 0.36, 0.15], [1047, 0.54, 0.5]]
  };
  /* Vibration patterns in milliseconds for the same cues. */
  var BUZZ = {
    ready: [150, 100, 150],
    hold: [300],
    count: [40],
    relax: [80],
    sides: [100, 80, 100, 80, 100],
    next: [400],
    end: [200, 100, 200, 100, 500]
  };

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
  var language = document.documentElement.lang || 'en-GB';

  function format(template, values) {
    return String(template).replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function number(value) {
    var parsed = Number(value);
    return isFinite(parsed) && parsed > 0 ? parsed : 0;
  }

  var steps = Array.prototype.map.call(root.querySelectorAll('[data-step]'), function (item) {
    return {
      name: item.dataset.name,
      picture: item.querySelector('svg.moving-picture'),
      hold: Number(item.dataset.hold),
      moves: item.dataset.holds === 'false',
      reps: Number(item.dataset.reps),
      each: item.dataset.sides === 'each',
      rest: number(item.dataset.rest),
      leadIn: number(item.dataset.leadIn),
      changeSides: number(item.dataset.changeSides),
      repPause: number(item.dataset.repPause),
      position: item.dataset.positionLabel || '',
      cue: item.dataset.cue || ''
    };
  });
  if (steps.length === 0) {
    return;
  }

  function buildSegments() {
    var segments = [];
    steps.forEach(function (step, index) {
      if (step.leadIn > 0) {
        segments.push({ kind: 'position', step: index, seconds: step.leadIn });
      }
      (step.each ? sideOrder : [null]).forEach(function (side, sideIndex) {
        if (sideIndex > 0 && step.changeSides > 0) {
          segments.push({ kind: 'sides', step: index, side: side, seconds: step.changeSides });
        }
        for (var rep = 1; rep <= step.reps; rep++) {
          if (rep > 1 && step.repPause > 0) {
            segments.push({ kind: 'relax', step: index, side: side, rep: rep, seconds: step.repPause });
          }
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
  var state = {
    running: false, paused: false, index: 0, remaining: 0, announced: false, counted: Infinity, banked: 0, since: 0
  };
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

  /* A step's first segment: its lead-in if it has one, else its first hold. */
  function firstSegmentOfStep(stepIndex) {
    for (var i = 0; i < segments.length; i++) {
      if (segments[i].kind !== 'rest' && segments[i].step === stepIndex) {
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

  /* ---- Sound, speech and vibration: one switch, remembered by this browser only. ---- */

  function soundOn() {
    return !view.sound || view.sound.checked;
  }

  function rememberSound() {
    try {
      if (soundOn()) {
        window.localStorage.removeItem(SOUND_KEY);
      } else {
        window.localStorage.setItem(SOUND_KEY, 'off');
      }
    } catch (e) {
      /* Storage may be off: the switch still works for this visit. */
    }
  }

  function recallSound() {
    if (!view.sound) {
      return;
    }
    try {
      view.sound.checked = window.localStorage.getItem(SOUND_KEY) !== 'off';
    } catch (e) {
      view.sound.checked = true;
    }
  }

  /* The sound is made (or woken) only in a tap, Start or the switch, as browsers need. */
  function unlockSound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) {
      return;
    }
    try {
      audio = audio || new Context();
      if (audio.state === 'suspended' && audio.resume) {
        var resumed = audio.resume();
        if (resumed && resumed.catch) {
          resumed.catch(function () {});
        }
      }
    } catch (e) {
      audio = null;
    }
  }

  function play(type) {
    if (!audio) {
      return;
    }
    try {
      var out = audio.createGain();
      out.gain.value = 0.2;
      out.connect(audio.destination);
      var at = audio.currentTime || 0;
      SOUNDS[type].forEach(function (tone) {
        var oscillator = audio.createOscillator();
        oscillator.frequency.value = tone[0];
        oscillator.connect(out);
        oscillator.start(at + tone[1]);
        oscillator.stop(at + tone[1] + tone[2]);
      });
    } catch (e) {
      /* No sound available: the count on screen and the speech still work. */
    }
  }

  function silence() {
    if (window.speechSynthesis && window.speechSynthesis.cancel) {
      try {
        window.speechSynthesis.cancel();
      } catch (e) {
        /* Nothing to stop. */
      }
    }
  }

  var voice = null;
  function findVoice() {
    if (voice || !window.speechSynthesis || !window.speechSynthesis.getVoices) {
      return voice;
    }
    var voices = window.speechSynthesis.getVoices() || [];
    var wanted = language.toLowerCase();
    voice = voices.filter(function (v) {
      return String(v.lang).toLowerCase().replace('_', '-') === wanted;
    })[0] || null;
    return voice;
  }

  function speak(sentence) {
    if (!sentence || !window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') {
      return;
    }
    try {
      silence();
      var utterance = new window.SpeechSynthesisUtterance(sentence);
      utterance.lang = language;
      if (findVoice()) {
        utterance.voice = voice;
      }
      window.speechSynthesis.speak(utterance);
    } catch (e) {
      /* No speech here: the sounds and the screen still work. */
    }
  }

  function buzz(type) {
    if (typeof navigator.vibrate === 'function') {
      try {
        navigator.vibrate(BUZZ[type]);
      } catch (e) {
        /* Not allowed here. */
      }
    }
  }

  function cue(type, sentence) {
    if (!soundOn()) {
      return;
    }
    play(type);
    buzz(type);
    if (sentence) {
      speak(sentence);
    }
  }

  if (view.sound) {
    recallSound();
    view.sound.addEventListener('change', function () {
      rememberSound();
      if (soundOn()) {
        unlockSound();
      } else {
        silence();
      }
    });
  }

  /* ---- The current step's moving picture. ---- */

  var picture = { step: -1, svg: null };
  var stillBoxes = Array.prototype.slice.call(document.querySelectorAll('input.motion-off'));
  var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

  /* Whether the reader asked for still pictures: their setting, or a "Keep pictures still" box. */
  function stillWanted() {
    return (reducedMotion !== null && reducedMotion.matches) || stillBoxes.some(function (box) {
      return box.checked;
    });
  }

  function animated(svg) {
    return svg && typeof svg.pauseAnimations === 'function' && typeof svg.setCurrentTime === 'function';
  }

  /* The picture moves only while the routine plays and the reader has not asked for stillness. */
  function pictureMotion() {
    var svg = picture.svg;
    if (!animated(svg)) {
      return;
    }
    if (state.running && !state.paused && !stillWanted()) {
      svg.unpauseAnimations();
    } else {
      svg.pauseAnimations();
    }
  }

  /*
   * Moves the picture's animation clock to a moment. Chromium leaves a picture that was
   * just put in the page drawn as it is, with its clock running, until it is sought again
   * after the next frame; seeking it to where its clock already is does that, without
   * moving it off the hold.
   */
  function seek(svg, seconds) {
    svg.setCurrentTime(seconds);
    window.requestAnimationFrame(function () {
      if (picture.svg === svg) {
        svg.setCurrentTime(svg.getCurrentTime());
      }
    });
  }

  /* Shows a step's picture: a copy of the one in the step's list item, from its start. */
  function showPicture(stepIndex) {
    if (picture.step === stepIndex) {
      return;
    }
    picture.step = stepIndex;
    picture.svg = null;
    view.image.textContent = '';
    var source = steps[stepIndex].picture;
    if (!source) {
      return;
    }
    picture.svg = source.cloneNode(true);
    view.image.appendChild(picture.svg);
    if (animated(picture.svg)) {
      seek(picture.svg, 0);
    }
    pictureMotion();
  }

  function hidePicture() {
    picture.step = -1;
    picture.svg = null;
    view.image.textContent = '';
  }

  /* A hold starts its side's movement from the start: the right (first) side at 0 s. */
  function restartPicture(segment) {
    var svg = picture.svg;
    if (!animated(svg) || segment.kind !== 'hold') {
      return;
    }
    var side = segment.side ? Math.max(0, sideOrder.indexOf(segment.side)) : 0;
    seek(svg, side * number(svg.getAttribute('data-side-seconds')));
  }

  /* The pictures in the list behind the player rest while it plays, to spare the battery. */
  function listPictures(moving) {
    steps.forEach(function (step) {
      if (animated(step.picture)) {
        if (moving) {
          step.picture.unpauseAnimations();
        } else {
          step.picture.pauseAnimations();
        }
      }
    });
  }

  stillBoxes.forEach(function (box) {
    box.addEventListener('change', function () {
      stillBoxes.forEach(function (other) {
        other.checked = box.checked;
      });
      pictureMotion();
    });
  });
  if (reducedMotion !== null && typeof reducedMotion.addEventListener === 'function') {
    reducedMotion.addEventListener('change', pictureMotion);
  }

  /* ---- What each segment says and shows. ---- */

  function sideWords(side) {
    return side === 'left' ? text.textLeft : text.textRight;
  }

  /* What follows this step: the next step's name, or the end of the routine. */
  function upNext(segment) {
    var next = segment.step + 1;
    return next < steps.length ? format(text.textThen, [steps[next].name]) : text.textFinish;
  }

  function label(segment) {
    switch (segment.kind) {
      case 'position':
        return text.textPosition;
      case 'sides':
        return text.textChangeSides;
      case 'relax':
        return text.textRelax;
      case 'rest':
        return text.textRest;
      default:
        return '';
    }
  }

  /* The step's name and what to do: "Standing hip flexor stretch, right side, hold for 30 seconds". */
  function instruction(segment) {
    var step = steps[segment.step];
    var words = [step.name];
    if (segment.side) {
      words.push(segment.side === 'left' ? text.sayLeft : text.sayRight);
    }
    words.push(step.moves ? format(text.sayMove, [seconds(step.hold)]) : format(text.sayHold, [seconds(step.hold)]));
    if (step.reps > 1) {
      words.push(format(text.sayTimes, [step.reps]));
    }
    return words.join(', ');
  }

  /* The cue for entering a segment: its sound, and what is spoken (may be empty). */
  function cueOf(segment) {
    var step = steps[segment.step];
    switch (segment.kind) {
      case 'position':
        return {
          sound: 'ready',
          say: (segment.step > 0 ? format(text.textNext, [step.name]) : step.name) + '. ' +
            format(text.sayPosition, [step.position])
        };
      case 'rest':
        return { sound: 'next', say: format(text.sayRest, [step.name]) };
      case 'sides':
        return { sound: 'sides', say: segment.side === 'left' ? text.saySwitchLeft : text.saySwitchRight };
      case 'relax':
        return { sound: 'relax', say: text.sayRelax };
      default:
        if (segment.rep === 1) {
          return { sound: 'hold', say: instruction(segment) };
        }
        /* Later reps: a held rep says its number; reps of a flowing move only sound. */
        return { sound: 'hold', say: step.moves ? '' : format(text.textRep, [segment.rep, step.reps]) };
    }
  }

  function describe(segment) {
    var step = steps[segment.step];
    if (segment.kind === 'position' || segment.kind === 'rest') {
      return label(segment) + '. ' + format(text.textNext, [step.name]) + '. ' +
        (segment.kind === 'position' ? step.position + '. ' : '') + step.cue;
    }
    if (segment.kind === 'sides') {
      return text.textChangeSides + '. ' + sideWords(segment.side);
    }
    if (segment.kind === 'relax') {
      return text.textRelax;
    }
    var words = [format(text.textStep, [segment.step + 1, steps.length]) + ': ' + step.name];
    if (segment.side) {
      words.push(sideWords(segment.side));
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
    var holding = segment.kind === 'hold';
    var between = segment.kind === 'position' || segment.kind === 'rest';
    view.progress.textContent = format(text.textStep, [segment.step + 1, steps.length]) +
      (holding ? '' : ' · ' + label(segment));
    view.name.textContent = between ? format(text.textNext, [step.name]) : step.name;
    showPicture(segment.step);
    var side = segment.side ? sideWords(segment.side) : (segment.kind === 'position' ? step.position : '');
    if ((holding || segment.kind === 'relax') && step.reps > 1) {
      side = (side ? side + ' · ' : '') + format(text.textRep, [segment.rep, step.reps]);
    }
    if (holding && step.moves) {
      side = (side ? side + ' · ' : '') + text.textMove;
    }
    view.side.textContent = side;
    view.cue.textContent = step.cue;
    view.next.textContent = holding ? upNext(segment) : '';
    view.count.textContent = String(count);
    view.bar.style.width = (100 * (1 - state.remaining / segment.seconds)) + '%';
    player.dataset.kind = segment.kind;
    player.dataset.state = state.paused ? 'paused' : 'running';
  }

  /* The last seconds of a long segment tick once each; speech stops before the first. */
  function countDown(segment) {
    if (state.paused || segment.seconds < COUNTED_FROM) {
      return;
    }
    var count = Math.ceil(state.remaining - 1e-9);
    if (count >= 1 && count <= COUNT_FROM && count < state.counted) {
      if (state.counted > COUNT_FROM) {
        silence();
      }
      state.counted = count;
      cue('count', '');
    }
  }

  /* Enters a segment: shows it, then gives its cue and tells screen readers. */
  function entered(index) {
    state.index = index;
    state.announced = false;
    state.counted = Infinity;
    render();
    var segment = segments[index];
    restartPicture(segment);
    var said = cueOf(segment);
    cue(said.sound, said.say);
    announce(describe(segment));
  }

  /* Brings the view up to the clock: enters the segment the clock is in. */
  function update() {
    if (!state.running) {
      return;
    }
    var at = position();
    if (at >= total - 1e-9) {
      finish();
      return;
    }
    var index = segmentAt(at);
    state.remaining = starts[index] + segments[index].seconds - at;
    if (index !== state.index) {
      entered(index);
    } else {
      render();
    }
    var segment = segments[index];
    countDown(segment);
    if (!state.announced && segment.seconds > ANNOUNCE_AT && state.remaining <= ANNOUNCE_AT) {
      state.announced = true;
      announce(format(text.textSecondsLeft, [ANNOUNCE_AT]));
    }
  }

  /* Jumps to the start of a segment, as Skip, Back and the exercise buttons do. */
  function enter(index) {
    if (index >= segments.length) {
      finish();
      return;
    }
    moveTo(starts[index]);
    state.remaining = segments[index].seconds;
    entered(index);
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
      silence();
      releaseScreen();
    } else {
      holdScreen();
    }
    render();
    pictureMotion();
    announce(paused ? text.textPause : text.textResume);
  }

  /* While playing, the player takes the screen; the page behind it does not scroll. */
  function takeScreen(taken) {
    document.documentElement.classList.toggle('player-open', taken);
  }

  function start() {
    segments = buildSegments();
    measure();
    if (soundOn()) {
      unlockSound();
    }
    state.running = true;
    state.paused = false;
    showPauseButton();
    done.hidden = true;
    player.hidden = false;
    startButton.hidden = true;
    takeScreen(true);
    holdScreen();
    listPictures(false);
    enter(0);
    pictureMotion();
    view.heading.focus();
    startClock();
  }

  function stop() {
    state.running = false;
    stopClock();
    silence();
    releaseScreen();
    player.hidden = true;
    hidePicture();
    listPictures(true);
    takeScreen(false);
    startButton.hidden = false;
    startButton.focus();
  }

  function finish() {
    stop();
    cue('end', text.sayFinished);
    done.hidden = false;
    done.querySelector('h2').focus();
    try {
      window.localStorage.setItem(storageKey, new Date().toISOString());
    } catch (e) {
      /* Storage may be off: nothing else depends on it. */
    }
    showLastDone();
    document.dispatchEvent(new CustomEvent('psoascare:routine-finished', { detail: { slug: text.slug } }));
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

  /* Skip: ends the current hold (or pause); the next one starts with its cue. */
  function skip() {
    enter(state.index + 1);
  }

  /* Back: restarts the current hold; in the pause after a hold, that hold. */
  function back() {
    var segment = segments[state.index];
    if (segment.kind !== 'hold' && state.index > 0 && segments[state.index - 1].kind === 'hold' &&
        segments[state.index - 1].step === segment.step) {
      enter(state.index - 1);
    } else {
      enter(state.index);
    }
  }

  function act(action) {
    switch (action) {
      case 'start':
        start();
        break;
      case 'pause':
        setPaused(!state.paused);
        break;
      case 'skip':
        skip();
        break;
      case 'back':
        back();
        break;
      case 'next':
        enter(firstSegmentOfStep(currentStep() + (segments[state.index].kind === 'rest' ? 0 : 1)));
        break;
      case 'previous':
        enter(firstSegmentOfStep(Math.max(0, currentStep() - 1)));
        break;
      case 'stop':
        stop();
        break;
    }
  }

  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (button) {
      act(button.dataset.action);
    }
  });

  /* Keyboard shortcuts while playing; a focused button keeps its own Space and Enter. */
  var KEYS = { ' ': 'pause', ArrowRight: 'skip', ArrowLeft: 'back', PageDown: 'next', PageUp: 'previous', Escape: 'stop' };
  document.addEventListener('keydown', function (event) {
    if (!state.running || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var action = KEYS[event.key];
    var target = event.target;
    if (!action || (action === 'pause' && target && target.closest && target.closest('button, input, a, select, textarea'))) {
      return;
    }
    event.preventDefault();
    act(action);
  });

  startButton.hidden = false;
  showLastDone();
}());
