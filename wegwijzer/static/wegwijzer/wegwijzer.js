/* The wegwijzer without page loads: every step is a plain GET form or link that works without this file. With it,
   the next screen is fetched and swapped in, the address follows, and focus moves to the new question. */
(function () {
  "use strict";

  var root = document.querySelector("[data-wegwijzer]");
  if (!root || !window.fetch || !window.DOMParser || !window.history.pushState) return;
  var base = root.getAttribute("data-wegwijzer");

  function ours(url) {
    return url.origin === window.location.origin && url.pathname.indexOf(base) === 0;
  }

  function focusHeading() {
    var heading = root.querySelector("#question-heading") || root.querySelector("#result-heading");
    if (heading) heading.focus();
  }

  function show(url, push) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html");
        var content = next.querySelector("[data-wegwijzer]");
        if (!content) throw new Error("no wegwijzer");
        root.innerHTML = content.innerHTML;
        root.className = content.className;
        document.title = next.title;
        if (push) window.history.pushState(null, "", url);
        enhance();
        focusHeading();
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  function enhance() {
    var print = root.querySelector("[data-print]");
    if (print) print.hidden = false;
  }

  root.addEventListener("submit", function (event) {
    var form = event.target;
    var url = new URL(form.getAttribute("action"), window.location.href);
    if (!ours(url)) return;
    event.preventDefault();
    url.search = new URLSearchParams(new FormData(form)).toString();
    show(url.href, true);
  });

  root.addEventListener("click", function (event) {
    var print = event.target.closest("[data-print]");
    if (print) {
      window.print();
      return;
    }
    var link = event.target.closest("a[href]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var url = new URL(link.href);
    if (!ours(url)) return;
    event.preventDefault();
    show(url.href, true);
  });

  window.addEventListener("popstate", function () {
    show(window.location.href, false);
  });

  enhance();
})();
