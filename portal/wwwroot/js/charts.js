// Draws the line (and bar) charts of a page with Chart.js. Each chart is a <canvas data-chart="ID"> inside a
// <figure hidden> (shown only when this script runs); its data is the JSON in <script id="ID-data">.
(function () {
    'use strict';

    var palette = ['#0b3c66', '#b3261e', '#1e6b3a', '#7a4d00'];
    var number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

    function draw(canvas) {
        var data = JSON.parse(document.getElementById(canvas.dataset.chart + '-data').textContent);
        var emphasised = 0;
        var datasets = data.series.map(function (series) {
            var colour = series.emphasis ? palette[emphasised++ % palette.length] : 'rgba(74, 85, 97, 0.35)';
            return {
                label: series.label,
                data: series.values,
                borderColor: colour,
                backgroundColor: colour,
                borderWidth: series.emphasis ? 2.5 : 1,
                pointRadius: series.emphasis ? 3 : 0,
                spanGaps: false
            };
        });
        var figure = canvas.closest('figure');
        if (figure) {
            figure.hidden = false;
        }

        new Chart(canvas, {
            type: data.type || 'line',
            data: { labels: data.years, datasets: datasets },
            options: {
                animation: false,
                maintainAspectRatio: false,
                locale: 'de-DE',
                scales: { y: { title: { display: !!data.unit, text: data.unit }, ticks: { callback: function (v) { return number.format(v); } } } },
                plugins: {
                    legend: { labels: { filter: function (item) { return data.series[item.datasetIndex].emphasis; } } }
                }
            }
        });
    }

    document.querySelectorAll('canvas[data-chart]').forEach(draw);
})();
