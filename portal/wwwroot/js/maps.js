// Draws the maps of a page with Leaflet. Each map is a <div data-map="ID"> whose data is the JSON in
// <script type="application/json" id="ID-data"> (GeoJSON of the Sozialräume, optional points and tiles).
// The colours come from the legend's swatches (site.css), so that map and legend cannot disagree.
(function () {
    'use strict';

    function colourOf(figure, cls) {
        // No class (no value, or one withheld) takes the legend's "keine Angabe" swatch.
        var swatch = figure.querySelector('.swatch--' + (cls === null || cls === undefined ? 'none' : cls));
        return swatch ? getComputedStyle(swatch).backgroundColor : '#e8ecf0';
    }

    function draw(container) {
        var data = JSON.parse(document.getElementById(container.dataset.map + '-data').textContent);
        var figure = container.closest('figure') || document;
        figure.hidden = false;
        var map = L.map(container, {
            attributionControl: !!data.tiles,
            scrollWheelZoom: false,
            zoomControl: false,
            zoomSnap: 0.25
        });
        L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
        if (data.tiles) {
            map.attributionControl.setPrefix(false);
            L.tileLayer(data.tiles.url, { attribution: data.tiles.attribution }).addTo(map);
        }

        var shapes = L.geoJSON(data, {
            style: function (feature) {
                var p = feature.properties;
                return {
                    color: p.highlight ? '#000000' : '#1b1f24',
                    weight: p.highlight ? 3 : 1,
                    fillColor: p.highlight && p.class === null ? '#0b3c66' : colourOf(figure, p.class),
                    fillOpacity: p.highlight && p.class === null ? 0.35 : 0.85
                };
            },
            onEachFeature: function (feature, layer) {
                layer.bindTooltip(feature.properties.text, { sticky: true });
                layer.on('click', function () { window.location.href = feature.properties.href; });
            }
        }).addTo(map);

        var highlighted = shapes.getLayers().filter(function (l) { return l.feature.properties.highlight; });
        map.fitBounds(highlighted.length ? L.featureGroup(highlighted).getBounds() : shapes.getBounds(), { padding: [8, 8] });

        // Points only once the map has a view: a circle marker added before throws in Leaflet's renderer.
        (data.points || []).forEach(function (point) {
            L.circleMarker([point.latitude, point.longitude], {
                radius: 6, color: '#ffffff', weight: 2, fillColor: '#b3261e', fillOpacity: 1
            }).bindTooltip(point.name).addTo(map);
        });
    }

    document.querySelectorAll('[data-map]').forEach(draw);
})();
