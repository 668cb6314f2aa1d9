/* Search suggestions as progressive enhancement: a native <datalist>, so browsers and screen readers handle it. */
(function () {
  "use strict";

  function enhance(input, number) {
    var list = document.createElement("datalist");
    list.id = "search-suggestions-" + number;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) return;
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren();
            data.suggestions.forEach(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion.title;
              option.label = suggestion.type;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 250);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.fetch) return;
    document.querySelectorAll("input[data-suggest]").forEach(enhance);
  });
})();
