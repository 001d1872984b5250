/*
 * Checklist gates: a group's boxes stay out of the way until its gate question is
 * answered "yes" or "not sure". Without this script every box is shown. A box that is
 * ticked is never hidden, whatever the gate says.
 */
(function () {
  'use strict';
  document.querySelectorAll('[data-gate]').forEach(function (boxes) {
    var code = boxes.getAttribute('data-gate');
    var radios = Array.prototype.slice.call(document.getElementsByName(code));
    if (radios.length === 0) {
      return;
    }
    function update() {
      var open = radios.some(function (radio) {
        return radio.checked && radio.value !== code + '-no';
      });
      boxes.hidden = !open && boxes.querySelector('input:checked') === null;
    }
    radios.forEach(function (radio) {
      radio.addEventListener('change', update);
    });
    update();
  });
}());
