// Draws the network graph with Cytoscape.js. The container is <div data-network="ID">, its data the JSON in
// <script type="application/json" id="ID-data"> ({ nodes: [{id, label}], edges: [{id, source, target, intensity}] }).
// The same data is in the table beside it; the graph is hidden until drawn, so without JavaScript only the table shows.
(function () {
    'use strict';

    function draw(container) {
        var data = JSON.parse(document.getElementById(container.dataset.network + '-data').textContent);
        var figure = container.closest('figure');
        if (!data.nodes.length) {
            return;
        }

        figure.hidden = false;
        cytoscape({
            container: container,
            elements: data.nodes.map(function (n) { return { data: { id: n.id, label: n.label } }; })
                .concat(data.edges.map(function (e) {
                    return { data: { id: e.id, source: e.source, target: e.target, width: e.intensity * 1.5 } };
                })),
            layout: { name: 'cose', animate: false, randomize: false },
            style: [
                { selector: 'node', style: { 'background-color': '#0b3c66', 'label': 'data(label)', 'font-size': 9, 'color': '#1b1f24', 'text-wrap': 'wrap', 'text-max-width': 90 } },
                { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#5c6b7a', 'curve-style': 'bezier' } }
            ],
            wheelSensitivity: 0.2
        });
    }

    document.querySelectorAll('[data-network]').forEach(draw);
})();
