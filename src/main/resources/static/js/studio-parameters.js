/*
 * 参数表: adds a row from the template and removes a row (the whole list is posted and replaced by the service), and
 * asks before leaving with unsaved changes.
 */
(function () {
    'use strict';
    var form = document.getElementById('parameters-form');
    if (!form) { return; }
    var T = JSON.parse(document.getElementById('studio-parameter-texts').textContent);
    var rows = document.getElementById('parameter-rows');
    var template = document.getElementById('parameter-row-template');
    var changed = false;
    var counter = rows.querySelectorAll('tr').length;

    document.getElementById('add-parameter').addEventListener('click', function () {
        var n = 'new' + (counter++);
        var row = template.content.firstElementChild.cloneNode(true);
        row.dataset.row = n;
        row.querySelectorAll('[id]').forEach(function (el) { el.id = el.id.replace('p-N-', 'p-' + n + '-'); });
        row.querySelectorAll('[aria-describedby]').forEach(function (el) {
            el.setAttribute('aria-describedby', el.getAttribute('aria-describedby').replace('p-N-', 'p-' + n + '-'));
        });
        rows.appendChild(row);
        changed = true;
        row.querySelector('input').focus();
    });
    rows.addEventListener('click', function (event) {
        var button = event.target.closest('[data-remove-row]');
        if (!button) { return; }
        var row = button.closest('tr');
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        changed = true;
        var focus = next ? next.querySelector('input') : document.getElementById('add-parameter');
        if (focus) { focus.focus(); }
    });
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    window.addEventListener('beforeunload', function (event) {
        if (changed) { event.preventDefault(); event.returnValue = T.leave; return T.leave; }
    });
    var firstInvalid = form.querySelector('.is-invalid');
    if (firstInvalid) { firstInvalid.focus(); }
}());
