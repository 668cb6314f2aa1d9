/* The place picker of the Location form (admin): click the map, or search the address through PDOK.
 * Progressive enhancement: without this script (or Leaflet) the latitude and longitude fields are typed by hand. */
(function () {
  "use strict";
  var CENTRE = [52.7, 4.95]; // Noord-Holland-Noord

  function setUp(picker) {
    if (picker.dataset.ready || typeof L === "undefined") return;
    picker.dataset.ready = "1";
    var latitude = document.getElementById(picker.dataset.latitude);
    var form = latitude.form;
    var longitude = form.querySelector('[name="longitude"]');
    var status = picker.querySelector("[data-map-picker-status]");
    picker.hidden = false;
    var map = L.map(picker.querySelector("[data-map-picker-canvas]"), { scrollWheelZoom: false });
    L.tileLayer(picker.dataset.tiles, { attribution: picker.dataset.attribution, maxZoom: 19 }).addTo(map);
    var marker = null;

    function place(lat, lng, zoom) {
      if (marker) marker.setLatLng([lat, lng]);
      else marker = L.marker([lat, lng]).addTo(map);
      map.setView([lat, lng], zoom || Math.max(map.getZoom(), 16));
    }
    function fromFields() {
      var lat = parseFloat(latitude.value), lng = parseFloat(longitude.value);
      if (isFinite(lat) && isFinite(lng)) { place(lat, lng); return true; }
      return false;
    }
    function write(lat, lng) {
      latitude.value = lat.toFixed(6);
      longitude.value = lng.toFixed(6);
      latitude.dispatchEvent(new Event("change", { bubbles: true }));
      longitude.dispatchEvent(new Event("change", { bubbles: true }));
    }

    if (!fromFields()) map.setView(CENTRE, 9);
    map.on("click", function (event) {
      write(event.latlng.lat, event.latlng.lng);
      place(event.latlng.lat, event.latlng.lng);
    });
    latitude.addEventListener("change", fromFields);
    longitude.addEventListener("change", fromFields);

    picker.querySelector("[data-map-picker-search]").addEventListener("click", function () {
      var parts = ["street_address", "postal_code", "city"].map(function (name) {
        var input = form.querySelector('[name="' + name + '"]');
        return input ? input.value.trim() : "";
      }).filter(Boolean);
      status.textContent = "…";
      fetch(picker.dataset.geocodeUrl + "?" + new URLSearchParams({ q: parts.join(" ") }), {
        credentials: "same-origin", headers: { Accept: "application/json" }
      })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (data.error) { status.textContent = data.error; return; }
          write(data.latitude, data.longitude);
          place(data.latitude, data.longitude, 17);
          status.textContent = data.label;
        })
        .catch(function () { status.textContent = picker.dataset.offline || ""; });
    });
  }

  function init() { document.querySelectorAll("[data-map-picker]").forEach(setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
