/* The social map's map: progressive enhancement, and nothing from another site before the visitor asks.
 * Without JavaScript the block stays hidden and the list is the whole page. With it, a button appears; only a click
 * loads Leaflet (from this site), the markers (same filters as the list) and the map images from OpenStreetMap. */
(function () {
  "use strict";

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function leaflet(container) {
    if (window.L) return Promise.resolve();
    return Promise.all([
      load("link", { rel: "stylesheet", href: container.dataset.leafletCss }),
      load("script", { src: container.dataset.leafletJs })
    ]);
  }

  function draw(container, markers) {
    var canvas = container.querySelector("[data-social-map-canvas]");
    canvas.hidden = false;
    var map = L.map(canvas, { scrollWheelZoom: false });
    L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
    var bounds = [];
    markers.forEach(function (marker) {
      var link = document.createElement("a");
      link.href = marker.url;
      link.textContent = marker.name;
      var popup = document.createElement("div");
      popup.appendChild(link);
      popup.appendChild(document.createElement("br"));
      popup.appendChild(document.createTextNode(marker.place));
      L.marker([marker.lat, marker.lng], { title: marker.name, alt: marker.name }).addTo(map).bindPopup(popup);
      bounds.push([marker.lat, marker.lng]);
    });
    // Fit the markers of this list, not the whole province; one marker gets a street-level view.
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }

  function show(container, button) {
    button.disabled = true;
    Promise.all([
      fetch(container.dataset.markers, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { markers: [] }; }),
      leaflet(container)
    ])
      .then(function (results) {
        var markers = results[0].markers;
        button.closest("p").hidden = true;
        if (markers.length) draw(container, markers);
        else container.hidden = true;
      })
      .catch(function () { container.hidden = true; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.fetch || !window.Promise) return;
    document.querySelectorAll("[data-social-map]").forEach(function (container) {
      var button = container.querySelector("[data-social-map-show]");
      container.hidden = false;
      button.addEventListener("click", function () { show(container, button); });
    });
  });
})();
