// "Select all on this page" ticks every ticket's box (the server also reads it without
// this script: it then takes every ticket of the page); unticking one clears it.
(function () {
  "use strict";
  var all = document.querySelector("[data-select-all]");
  if (!all) return;
  var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-pick]"));
  all.addEventListener("change", function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      all.checked = boxes.every(function (b) { return b.checked; });
    });
  });
})();
