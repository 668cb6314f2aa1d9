/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  var narrow = window.matchMedia("(max-width: 47.99rem)");

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

  // On a phone the crisis help and the filters fold to one line (open on wide screens and without JavaScript),
  // so the first screen shows the page itself. A filter form with an error stays open.
  function fold() {
    document.querySelectorAll("details[data-fold-narrow]").forEach(function (details) {
      details.open = !narrow.matches || details.querySelector("[aria-invalid='true'], .form-field--error") !== null;
    });
  }

  // The menu behind a button on a phone; without JavaScript the menu is simply shown.
  function setUpMenu() {
    var button = document.querySelector("[data-menu-button]");
    var menu = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) return;
    document.documentElement.classList.add("has-menu-button");
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" && narrow.matches) {
        button.setAttribute("aria-expanded", "false");
        menu.classList.remove("is-open");
        button.focus();
      }
    });
  }

  fold();
  setUpMenu();
  if (narrow.addEventListener) narrow.addEventListener("change", fold);
})();
