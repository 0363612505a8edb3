/*
 * 证明材料预览: "预览" shows the chosen PDF (in a frame) or image beside the dossier instead of opening a new window.
 * Without scripts the links open the file in a new window, and the first previewable file is already shown.
 */
(function () {
    'use strict';
    var pane = document.getElementById('evidence-preview');
    var table = document.getElementById('evidence-table');
    if (!pane || !table) { return; }

    function text(name, key) {
        return (pane.dataset[key] || '').replace('{name}', name);
    }

    function show(link) {
        var name = link.dataset.fileName;
        var url = link.getAttribute('href');
        pane.textContent = '';
        var heading = document.createElement('p');
        heading.className = 'small mb-2 d-flex flex-wrap justify-content-between gap-2';
        var label = document.createElement('span');
        label.className = 'fw-semibold evidence-preview-name';
        label.textContent = text(name, 'textShowing');
        var open = document.createElement('a');
        open.href = url;
        open.target = '_blank';
        open.rel = 'noopener';
        open.textContent = pane.dataset.textOpen;
        heading.appendChild(label);
        heading.appendChild(open);
        pane.appendChild(heading);
        var view;
        if (link.dataset.previewKind === 'pdf') {
            view = document.createElement('iframe');
            view.className = 'evidence-frame';
            view.title = text(name, 'textFrame');
        } else {
            view = document.createElement('img');
            view.className = 'evidence-image';
            view.alt = text(name, 'textImage');
        }
        view.src = url;
        pane.appendChild(view);
        table.querySelectorAll('tr.evidence-previewed').forEach(function (row) {
            row.classList.remove('evidence-previewed');
        });
        var row = link.closest('tr');
        if (row) { row.classList.add('evidence-previewed'); }
        pane.focus({ preventScroll: window.matchMedia('(min-width: 992px)').matches }); // on a phone, scroll to it
    }

    table.addEventListener('click', function (event) {
        var link = event.target.closest('[data-preview]');
        if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; } // a new tab when asked for
        event.preventDefault();
        show(link);
    });
    var first = table.querySelector('[data-preview]');
    if (first && pane.querySelector('iframe, img')) {
        var row = first.closest('tr');
        if (row) { row.classList.add('evidence-previewed'); }
    }
})();
