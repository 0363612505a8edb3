/*
 * 流程图: draws the application's process (bpmn-js navigated viewer, served from the jar) and marks the current
 * step(s) and the completed ones. The data comes from /applications/{id}/process under the page session. Without
 * scripts, or if anything fails, the text list of steps under it stays open: nothing is lost.
 */
(function () {
    'use strict';
    var box = document.getElementById('process-viewer');
    if (!box || typeof window.BpmnJS !== 'function' || !window.fetch || !window.Promise) { return; }
    var container = document.getElementById('process-canvas');
    var steps = document.getElementById('process-steps-details');

    function failed() {
        box.hidden = true;
        box.dataset.state = 'failed';
        var note = document.createElement('p');
        note.className = 'small text-secondary mb-2';
        note.id = 'process-failed';
        note.textContent = box.dataset.textFailed;
        box.parentNode.insertBefore(note, box);
        if (steps) { steps.open = true; }
    }

    fetch(box.dataset.processUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
            if (!response.ok) { throw new Error('HTTP ' + response.status); }
            return response.json();
        })
        .then(function (data) {
            box.hidden = false; // the viewer measures its container: it must be visible before the import
            var viewer = new window.BpmnJS({ container: container, keyboard: { bindTo: container } });
            return viewer.importXML(data.bpmnXml).then(function () {
                var canvas = viewer.get('canvas');
                var elements = viewer.get('elementRegistry');
                data.completedActivityIds.forEach(function (id) {
                    if (elements.get(id)) { canvas.addMarker(id, 'process-completed'); }
                });
                data.activeActivityIds.forEach(function (id) {
                    if (elements.get(id)) { canvas.addMarker(id, 'process-active'); }
                });
                canvas.zoom('fit-viewport', 'auto');
                box.querySelectorAll('[data-process-zoom]').forEach(function (button) {
                    button.addEventListener('click', function () {
                        var how = button.dataset.processZoom;
                        if (how === 'fit') {
                            canvas.zoom('fit-viewport', 'auto');
                        } else {
                            canvas.zoom(canvas.zoom() * (how === 'in' ? 1.25 : 0.8));
                        }
                    });
                });
                if (steps) { steps.open = false; } // the diagram says it; the text stays one click away
                box.dataset.state = 'rendered';
            });
        })
        .catch(failed);
})();
