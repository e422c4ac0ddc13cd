// Keeps "auto-release in 13 d 4 h" current without a reload. The server renders the same
// text first, so the page is right without JavaScript too.
// Counts from the server's time (data-now), so a browser clock that is off doesn't matter.
(function () {
  var loadedAt = Date.now();
  function left(deadline, serverNow) {
    var seconds = Math.floor((deadline - serverNow - (Date.now() - loadedAt)) / 1000);
    if (seconds <= 0) { return "due now"; }
    var days = Math.floor(seconds / 86400), hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    if (days) { return days + " d " + hours + " h"; }
    if (hours) { return hours + " h " + minutes + " min"; }
    return Math.max(1, minutes) + " min";
  }
  function tick() {
    document.querySelectorAll("time[data-deadline]").forEach(function (el) {
      var deadline = Date.parse(el.getAttribute("data-deadline"));
      var serverNow = Date.parse(el.getAttribute("data-now"));
      if (!isNaN(deadline) && !isNaN(serverNow)) { el.textContent = left(deadline, serverNow); }
    });
  }
  setInterval(tick, 60000);
})();
