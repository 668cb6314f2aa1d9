/* The social map's map: progressive enhancement. Without JavaScript (or Leaflet) the list is the whole page. */
(function () {
  "use strict";

  function show(container) {
    var canvas = container.querySelector("[data-social-map-canvas]");
    fetch(container.dataset.markers, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { markers: [] }; })
      .then(function (data) {
        if (!data.markers.length) return;
        container.hidden = false;
        var map = L.map(canvas, { scrollWheelZoom: false });
        L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
        var bounds = [];
        data.markers.forEach(function (marker) {
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
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
      })
      .catch(function () { container.hidden = true; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!window.L || !window.fetch) return;
    document.querySelectorAll("[data-social-map]").forEach(show);
  });
})();
