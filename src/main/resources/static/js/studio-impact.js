/*
 * 影响分析: while the job runs, the progress bar follows it (the page asks the studio's progress endpoint every
 * 0.7 s) and the page reloads once the job is done, so the report is the server's. The report's per-city figures are
 * drawn as a bar chart (Chart.js, served from the jar).
 */
(function () {
    'use strict';
    var T = JSON.parse(document.getElementById('studio-impact-texts').textContent);
    var card = document.getElementById('impact-progress-card');

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? args[i] : all; });
    }

    function show(progress) {
        var bar = document.getElementById('impact-progress-bar');
        bar.style.width = progress.percent + '%';
        bar.textContent = progress.percent + '%';
        document.getElementById('impact-progress').setAttribute('aria-valuenow', progress.percent);
        document.getElementById('impact-status').textContent =
            format(T[progress.status] || progress.status, [progress.processed, progress.total]);
    }

    function poll() {
        fetch(card.dataset.progressUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok || (response.headers.get('Content-Type') || '').indexOf('application/json') < 0) {
                    throw new Error('unexpected answer');
                }
                return response.json();
            })
            .then(function (progress) {
                show(progress);
                if (progress.status === 'RUNNING') {
                    window.setTimeout(poll, 700);
                } else {
                    window.location.reload();
                }
            })
            .catch(function () {
                document.getElementById('impact-status').textContent = T.network;
                window.setTimeout(poll, 5000);
            });
    }

    if (card && card.dataset.status === 'RUNNING') {
        window.setTimeout(poll, 300);
    }

    var canvas = document.getElementById('impact-chart');
    if (canvas && window.Chart) {
        var rows = Array.prototype.slice.call(document.querySelectorAll('.impact-city'));
        var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        canvas.chart = new Chart(canvas, {
            type: 'bar',
            data: {
                labels: rows.map(function (row) { return row.dataset.name; }),
                datasets: [
                    {label: T.ineligible, backgroundColor: '#dc3545',
                     data: rows.map(function (row) { return parseInt(row.dataset.ineligible, 10); })},
                    {label: T.eligible, backgroundColor: '#198754',
                     data: rows.map(function (row) { return parseInt(row.dataset.eligible, 10); })}
                ]
            },
            options: {
                animation: reduce ? false : undefined,
                responsive: true,
                maintainAspectRatio: false,
                scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
            }
        });
    }
}());
