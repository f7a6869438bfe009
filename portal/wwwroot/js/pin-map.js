// A map on which a click sets a point: <div data-pin-map="ID" data-latitude-input="ID" data-longitude-input="ID">
// with the outlines as JSON in <script type="application/json" id="ID-data"> (see maps.js). The inputs stay the
// source of the point: typing there moves the pin, so keyboard users need no map.
(function () {
    'use strict';

    function draw(container) {
        var data = JSON.parse(document.getElementById(container.dataset.pinMap + '-data').textContent);
        var latitude = document.getElementById(container.dataset.latitudeInput);
        var longitude = document.getElementById(container.dataset.longitudeInput);
        container.closest('figure').hidden = false;
        var map = L.map(container, { attributionControl: !!data.tiles, scrollWheelZoom: false, zoomControl: false, zoomSnap: 0.25 });
        L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
        if (data.tiles) {
            map.attributionControl.setPrefix(false);
            L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution }).addTo(map);
        }

        var shapes = L.geoJSON(data, {
            style: function () { return { color: '#1b1f24', weight: 1, fillColor: '#e8ecf0', fillOpacity: 0.5 }; },
            onEachFeature: function (feature, layer) { layer.bindTooltip(feature.properties.text, { sticky: true }); }
        }).addTo(map);
        map.fitBounds(shapes.getBounds(), { padding: [8, 8] });

        var pin = null;
        function number(input) {
            var value = parseFloat(input.value.replace(',', '.'));
            return isFinite(value) ? value : null;
        }

        function show() {
            var lat = number(latitude);
            var lng = number(longitude);
            if (lat === null || lng === null) {
                return;
            }

            if (pin) {
                pin.setLatLng([lat, lng]);
            } else {
                pin = L.circleMarker([lat, lng], { radius: 8, color: '#ffffff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 }).addTo(map);
            }
        }

        function set(latlng) {
            latitude.value = latlng.lat.toFixed(6);
            longitude.value = latlng.lng.toFixed(6);
            show();
        }

        map.on('click', function (event) { set(event.latlng); });
        shapes.on('click', function (event) { set(event.latlng); });
        latitude.addEventListener('change', show);
        longitude.addEventListener('change', show);
        show();
    }

    document.querySelectorAll('[data-pin-map]').forEach(draw);
})();
