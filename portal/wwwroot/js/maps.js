// Draws the maps of a page with Leaflet. Each map is a <div data-map="ID"> whose data is the JSON in
// <script type="application/json" id="ID-data"> (GeoJSON of the Sozialräume, optional points and tiles, and
// optionally the id of a form whose point a click fills in).
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
                // While picking, a click on a shape is a click on the map: it chooses a point (see pick below).
                if (!data.pick) {
                    layer.on('click', function () { window.location.href = feature.properties.href; });
                }
            }
        }).addTo(map);

        var highlighted = shapes.getLayers().filter(function (l) { return l.feature.properties.highlight; });
        map.fitBounds(highlighted.length ? L.featureGroup(highlighted).getBounds() : shapes.getBounds(), { padding: [8, 8] });

        // Points only once the map has a view: a circle marker added before throws in Leaflet's renderer.
        (data.points || []).forEach(function (point) {
            if (point.category) {
                knowledgeMarker(point).addTo(map);
                return;
            }
            L.circleMarker([point.latitude, point.longitude], {
                radius: 6, color: '#ffffff', weight: 2, fillColor: '#b3261e', fillOpacity: 1
            }).bindTooltip(point.name).addTo(map);
        });

        if (data.pick) {
            pick(map, document.getElementById(data.pick));
        }
    }

    // Local knowledge: a focusable marker whose popup names category and title and links to the entry in the list.
    // The text goes in as text nodes, never as HTML: titles are written by the public.
    function knowledgeMarker(point) {
        var popup = document.createElement('div');
        var category = popup.appendChild(document.createElement('span'));
        category.className = 'badge';
        category.textContent = point.category;
        var title = popup.appendChild(document.createElement('a'));
        title.className = 'map-popup__title';
        title.href = point.href;
        title.textContent = point.name;
        return L.marker([point.latitude, point.longitude], {
            icon: L.divIcon({ className: 'map-marker map-marker--knowledge', iconSize: [18, 18] }),
            title: point.category + ': ' + point.name,
            alt: point.category + ': ' + point.name
        }).bindPopup(popup);
    }

    // A click on the map writes its point into the form's latitude and longitude (German decimal comma) and says so
    // in the form's status line; the chosen point is shown until the next click.
    function pick(map, form) {
        if (!form) {
            return;
        }
        var chosen = null;
        var status = form.querySelector('[data-pick-status]');
        map.getContainer().classList.add('map--pick');
        map.on('click', function (e) {
            var latitude = e.latlng.lat.toFixed(5).replace('.', ',');
            var longitude = e.latlng.lng.toFixed(5).replace('.', ',');
            form.elements.latitude.value = latitude;
            form.elements.longitude.value = longitude;
            if (status) {
                status.textContent = 'Ort übernommen: Breite ' + latitude + ', Länge ' + longitude + '.';
            }
            if (chosen) {
                chosen.setLatLng(e.latlng);
            } else {
                chosen = L.circleMarker(e.latlng, {
                    radius: 7, color: '#000000', weight: 3, fillColor: '#ffffff', fillOpacity: 1, interactive: false
                }).addTo(map);
            }
        });
    }

    document.querySelectorAll('[data-map]').forEach(draw);
})();
