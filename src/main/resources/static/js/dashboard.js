/*
 * 统计看板 charts (Chart.js, served from the jar), drawn from the tables on the page: the tables stay the accessible
 * source of every number, and nothing is lost if the charts cannot be drawn.
 */
(function () {
    'use strict';
    if (typeof window.Chart !== 'function') { return; }
    var Chart = window.Chart;
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var COLOURS = {
        DRAFT: '#9ec5fe', RETURNED: '#f0ad4e', COUNTY_REVIEW: '#6ea8fe', MUNICIPAL_REVIEW: '#3d8bfd',
        PROVINCIAL_REVIEW: '#0a58ca', PUBLICITY: '#8c68cd', CERTIFIED: '#198754', REJECTED: '#dc3545',
        WITHDRAWN: '#adb5bd', REVOKED: '#495057'
    };
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    if (reduced) { Chart.defaults.animation = false; }

    function reveal(canvas) {
        canvas.parentNode.hidden = false;
    }

    function statusChart() {
        var table = document.getElementById('status-table');
        var canvas = document.getElementById('status-chart');
        if (!table || !canvas) { return; }
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
        var links = rows.map(function (row) {
            var link = row.querySelector('th a');
            return link ? link.getAttribute('href') : null;
        });
        var datasets = Array.prototype.slice.call(table.querySelectorAll('thead th[data-status]'))
            .map(function (head) {
                var status = head.dataset.status;
                return {
                    label: head.textContent.trim(),
                    backgroundColor: COLOURS[status] || '#6c757d',
                    data: rows.map(function (row) {
                        var cell = row.querySelector('td[data-status="' + status + '"]');
                        return cell ? Number(cell.dataset.count) : 0;
                    })
                };
            })
            .filter(function (set) { return set.data.some(function (n) { return n > 0; }); });
        reveal(canvas);
        new Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    x: { stacked: true, ticks: { autoSkip: false, maxRotation: 60 } },
                    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
                },
                plugins: { legend: { position: 'bottom' } },
                onClick: function (event, elements) { // a city's bar opens the city, like its name in the table
                    if (elements.length && links[elements[0].index]) {
                        window.location.href = links[elements[0].index];
                    }
                }
            }
        });
    }

    function reviewTimeChart() {
        var table = document.getElementById('review-time-table');
        var canvas = document.getElementById('review-time-chart');
        if (!table || !canvas) { return; }
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        reveal(canvas);
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: rows.map(function (row) { return row.querySelector('th').textContent.trim(); }),
                datasets: [{
                    label: canvas.dataset.axisLabel,
                    backgroundColor: ['#6ea8fe', '#3d8bfd', '#0a58ca'],
                    data: rows.map(function (row) { return row.dataset.days === '' ? null : Number(row.dataset.days); })
                }]
            },
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                scales: { x: { beginAtZero: true, title: { display: true, text: canvas.dataset.axisLabel } } },
                plugins: { legend: { display: false } }
            }
        });
    }

    statusChart();
    reviewTimeChart();
})();
