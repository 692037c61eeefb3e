/* "Use my location" (templates/includes/location_fieldset.html): where the browser can ask for
   the position, shows the button, and fills in the latitude and longitude of the fieldset.
   The form works without it; its texts come translated in the element's data- attributes. */
"use strict";
document.querySelectorAll("[data-locate]").forEach(function (block) {
  if (!("geolocation" in navigator)) return;
  var button = block.querySelector("button");
  var status = block.querySelector("[role=status]");
  var latitude = document.getElementById(block.dataset.latitude);
  var longitude = document.getElementById(block.dataset.longitude);
  if (!button || !status || !latitude || !longitude) return;
  block.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    status.textContent = block.dataset.waiting;
    navigator.geolocation.getCurrentPosition(function (position) {
      latitude.value = position.coords.latitude.toFixed(4);
      longitude.value = position.coords.longitude.toFixed(4);
      status.textContent = block.dataset.found;
      button.disabled = false;
    }, function () {
      status.textContent = block.dataset.failed;
      button.disabled = false;
    }, {enableHighAccuracy: false, timeout: 20000, maximumAge: 600000});
  });
});
