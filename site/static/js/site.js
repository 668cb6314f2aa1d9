/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // Quick exit: leave for the neutral site and replace this page in the history, so "back" does not return.
  function quickExit(url) {
    document.body.hidden = true;
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-quick-exit]");
    if (!link) return;
    event.preventDefault();
    quickExit(link.href);
  });

  // Pressing Escape twice within a second also leaves.
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    var link = document.querySelector("[data-quick-exit]");
    if (link && now - lastEscape < 1000) quickExit(link.href);
    lastEscape = now;
  });
})();
