/*
 * 证明材料: uploads one file at a time with a progress bar (XMLHttpRequest reports upload progress, fetch does not),
 * lists it, and removes files. The evidence service decides what is accepted; its 413/415 reasons are shown next to
 * the upload control.
 */
(function () {
    'use strict';
    var form = document.getElementById('wizard');
    var upload = document.getElementById('evidence-upload');
    if (!form || !upload) { return; }
    var T = JSON.parse(document.getElementById('wizard-texts').textContent);
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var kind = document.getElementById('evidence-kind');
    var file = document.getElementById('evidence-file');
    var progress = document.getElementById('evidence-progress');
    var bar = progress.querySelector('.progress-bar');
    var error = document.getElementById('evidence-error');
    var status = document.getElementById('evidence-status');
    var rows = document.getElementById('evidence-rows');
    var empty = document.getElementById('evidence-empty');
    var url = form.dataset.evidenceUrl;
    var maxSize = parseInt(form.dataset.maxFileSize, 10);

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? args[i] : all; });
    }

    function showError(message, control) {
        error.textContent = message || '';
        [kind, file].forEach(function (c) {
            var bad = !!message && c === control;
            c.classList.toggle('is-invalid', bad);
            if (bad) { c.setAttribute('aria-invalid', 'true'); } else { c.removeAttribute('aria-invalid'); }
        });
        if (message) { status.textContent = ''; }
    }

    function setProgress(percent) {
        progress.setAttribute('aria-valuenow', String(percent));
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
    }

    function cell(text) {
        var td = document.createElement('td');
        td.textContent = text;
        return td;
    }

    function addRow(item) {
        var tr = document.createElement('tr');
        tr.dataset.evidenceId = String(item.id);
        var name = document.createElement('td');
        var link = document.createElement('a');
        link.href = item.downloadUrl;
        link.textContent = item.fileName;
        name.appendChild(link);
        tr.appendChild(name);
        tr.appendChild(cell(item.kindLabel));
        var size = cell(item.sizeText);
        size.className = 'd-none d-sm-table-cell';
        tr.appendChild(size);
        var when = cell(item.uploadedAt);
        when.className = 'd-none d-md-table-cell';
        tr.appendChild(when);
        var actions = document.createElement('td');
        actions.className = 'text-end';
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn btn-sm btn-outline-danger';
        remove.dataset.removeEvidence = '';
        remove.textContent = T.remove;
        remove.setAttribute('aria-label', format(T.removeLabel, [item.fileName]));
        actions.appendChild(remove);
        tr.appendChild(actions);
        rows.insertBefore(tr, empty);
        empty.classList.add('d-none');
    }

    function messageOf(xhr) {
        try {
            var body = JSON.parse(xhr.responseText);
            return body.message || body.detail || null;
        } catch (e) {
            return null;
        }
    }

    upload.addEventListener('click', function () {
        showError(null);
        if (!kind.value) { showError(T.chooseKind, kind); kind.focus(); return; }
        if (!file.files.length) { showError(T.chooseFile, file); file.focus(); return; }
        var chosen = file.files[0];
        if (chosen.size > maxSize) {
            // no point sending it: the server would refuse it with the same limit
            showError(format(T.tooLarge, [(chosen.size / 1048576).toFixed(1), (maxSize / 1048576).toFixed(0)]), file);
            return;
        }
        var data = new FormData();
        data.append('kind', kind.value);
        data.append('file', chosen);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        xhr.setRequestHeader('Accept', 'application/json');
        if (csrfToken && csrfHeader) { xhr.setRequestHeader(csrfHeader.content, csrfToken.content); }
        xhr.upload.addEventListener('progress', function (event) {
            if (event.lengthComputable) { setProgress(Math.round(event.loaded * 100 / event.total)); }
        });
        xhr.addEventListener('load', function () {
            upload.disabled = false;
            progress.classList.add('d-none');
            var json = (xhr.getResponseHeader('Content-Type') || '').indexOf('json') >= 0;
            if (xhr.status === 201 && json) {
                var item = JSON.parse(xhr.responseText);
                addRow(item);
                file.value = '';
                status.textContent = format(T.uploaded, [item.fileName]);
                return;
            }
            if (!json) { showError(xhr.status === 413 ? format(T.tooLarge, ['?', (maxSize / 1048576).toFixed(0)]) : T.uploadFailed, file); return; }
            showError(messageOf(xhr) || T.uploadFailed, file);
        });
        xhr.addEventListener('error', function () {
            upload.disabled = false;
            progress.classList.add('d-none');
            showError(T.uploadFailed, file);
        });
        upload.disabled = true;
        setProgress(0);
        progress.classList.remove('d-none');
        status.textContent = format(T.uploading, [chosen.name]);
        xhr.send(data);
    });

    rows.addEventListener('click', function (event) {
        var button = event.target.closest('[data-remove-evidence]');
        if (!button) { return; }
        var row = button.closest('tr');
        var name = row.querySelector('a').textContent;
        if (!window.confirm(format(T.confirmRemove, [name]))) { return; }
        var headers = {'Accept': 'application/json'};
        if (csrfToken && csrfHeader) { headers[csrfHeader.content] = csrfToken.content; }
        button.disabled = true;
        fetch(url + '/' + row.dataset.evidenceId, {method: 'DELETE', headers: headers, credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 204) {
                    row.parentNode.removeChild(row);
                    if (!rows.querySelector('tr[data-evidence-id]')) { empty.classList.remove('d-none'); }
                    status.textContent = format(T.removed, [name]);
                    upload.focus();
                    return;
                }
                return response.json().then(function (body) { showError(body.message || T.uploadFailed); })
                    .catch(function () { showError(T.uploadFailed); });
            })
            .catch(function () { showError(T.uploadFailed); })
            .finally(function () { button.disabled = false; });
    });
})();
