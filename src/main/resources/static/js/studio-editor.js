/*
 * 规则文件编辑器: CodeMirror over the page's textarea (read-only unless the version is a draft).
 *
 * - 保存 (or Ctrl-S) sends the file with the draft's save count the page read; a save made meanwhile by someone else is
 *   a 409: the typed text stays in the editor and the user chooses to overwrite with it or, after confirming, to load
 *   the stored text. Other refusals (path, size, not a draft, city staff) are shown above the editor.
 * - 校验 saves what is unsaved first, then compiles the version: every problem is listed with file, line and column;
 *   those in this file get a marker in the gutter and a red line, and a click moves the cursor there; those in other
 *   files link to them. Opening the page with ?line=n validates and goes to that line.
 */
(function () {
    'use strict';
    var box = document.getElementById('drl-editor');
    if (!box || !window.CodeMirror) { return; }
    var T = JSON.parse(document.getElementById('studio-editor-texts').textContent);
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var editable = box.dataset.editable === 'true';
    var path = box.dataset.path;
    var rowVersion = parseInt(box.dataset.rowVersion, 10);
    var statusLine = document.getElementById('save-status');
    var problem = document.getElementById('save-problem');
    var problemText = document.getElementById('save-problem-text');
    var conflictActions = document.getElementById('conflict-actions');
    var summary = document.getElementById('validation-summary');
    var list = document.getElementById('validation-messages');
    var textarea = document.getElementById('drl-source');
    var currentRowVersion = null; // the draft's save count after someone else's save, for "overwrite"
    var marked = [];              // lines carrying the error class

    var cm = CodeMirror.fromTextArea(textarea, {
        mode: 'drl',
        lineNumbers: true,
        readOnly: !editable,
        gutters: ['drl-errors', 'CodeMirror-linenumbers'],
        matchBrackets: true,
        indentUnit: 4,
        viewportMargin: Infinity,
        extraKeys: {
            'Tab': function (editor) { editor.replaceSelection('    '); },
            'Ctrl-S': function () { save(); },
            'Cmd-S': function () { save(); },
            // keyboard users leave the editor with Esc (Tab indents)
            'Esc': function () { (document.getElementById('save-file') || document.getElementById('validate')).focus(); }
        }
    });
    var input = cm.getInputField();
    input.setAttribute('aria-label', document.querySelector('label[for="drl-source"]').textContent);
    input.setAttribute('aria-describedby', 'editor-hint');
    input.setAttribute('aria-multiline', 'true');
    document.querySelector('label[for="drl-source"]').setAttribute('for', input.id || (input.id = 'drl-source-input'));
    var savedText = cm.getValue();

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? args[i] : all; });
    }
    function dirty() { return editable && cm.getValue() !== savedText; }
    function setStatus(text, state) {
        statusLine.textContent = text;
        statusLine.dataset.state = state;
    }
    function showProblem(text, conflict) {
        problemText.textContent = text;
        conflictActions.hidden = !conflict;
        problem.hidden = false;
    }
    function hideProblem() {
        problem.hidden = true;
        conflictActions.hidden = true;
    }
    function headers(json) {
        var h = {'Accept': 'application/json'};
        if (json) { h['Content-Type'] = 'application/json'; }
        if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
        return h;
    }
    /** The JSON answer, or a refusal with the server's message; a login page instead of JSON means the session ended. */
    function call(method, url, body) {
        return fetch(url, {method: method, headers: headers(body !== undefined), credentials: 'same-origin',
                           body: body === undefined ? undefined : JSON.stringify(body)})
            .then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                if (response.redirected || type.indexOf('application/json') < 0) {
                    throw {message: T.session};
                }
                return response.json().then(function (json) {
                    if (!response.ok) { json.httpStatus = response.status; throw json; }
                    return json;
                });
            }, function () { throw {message: T.network}; });
    }
    function updateRowVersion(value) {
        rowVersion = value;
        document.querySelectorAll('input[name="rowVersion"]').forEach(function (field) { field.value = value; });
    }

    // ---- saving --------------------------------------------------------------------------------------------------

    var saving = null;
    function save(expected) {
        if (!editable) { return Promise.resolve(true); }
        if (saving) { return saving; }
        var content = cm.getValue();
        setStatus(T.saving, 'saving');
        saving = call('PUT', box.dataset.saveUrl,
                      {path: path, content: content, rowVersion: expected !== undefined ? expected : rowVersion})
            .then(function (saved) {
                savedText = content;
                updateRowVersion(saved.rowVersion);
                hideProblem();
                setStatus(format(T.saved, [saved.savedAtText]), 'saved');
                if (dirty()) { setStatus(T.unsaved, 'dirty'); }
                return true;
            }, function (refusal) {
                setStatus(T.unsaved, 'error');
                if (refusal.stale) {
                    currentRowVersion = refusal.currentRowVersion;
                    showProblem(refusal.message + ' ' + T.conflict, true);
                } else {
                    var fieldText = (refusal.errors || []).map(function (e) { return e.message; }).join(' ');
                    showProblem(fieldText || refusal.message, false);
                }
                return false;
            })
            .finally(function () { saving = null; });
        return saving;
    }

    cm.on('change', function () {
        if (dirty()) { setStatus(T.unsaved, 'dirty'); }
    });
    var saveButton = document.getElementById('save-file');
    if (saveButton) { saveButton.addEventListener('click', function () { save(); }); }
    document.getElementById('conflict-overwrite').addEventListener('click', function () {
        if (currentRowVersion !== null) { save(currentRowVersion); }
    });
    document.getElementById('conflict-reload').addEventListener('click', function () {
        if (!window.confirm(T.confirmReload)) { return; }
        call('GET', box.dataset.saveUrl + '?path=' + encodeURIComponent(path)).then(function (stored) {
            cm.setValue(stored.content);
            savedText = stored.content;
            updateRowVersion(stored.rowVersion);
            hideProblem();
            setStatus(T.saved.replace(/（\{0\}）|\s*\(\{0\}\)/, ''), 'saved');
        }, function (refusal) { showProblem(refusal.message, false); });
    });
    window.addEventListener('beforeunload', function (event) {
        if (dirty()) { event.preventDefault(); event.returnValue = T.leave; return T.leave; }
    });
    var deleteForm = document.getElementById('delete-file-form');
    if (deleteForm) {
        deleteForm.addEventListener('submit', function (event) {
            if (!window.confirm(format(T.confirmDelete, [path]))) { event.preventDefault(); return; }
            savedText = cm.getValue(); // leaving on purpose
        });
    }

    // ---- validating ----------------------------------------------------------------------------------------------

    function clearMarks() {
        cm.clearGutter('drl-errors');
        marked.forEach(function (handle) { cm.removeLineClass(handle, 'background', 'drl-error-line'); });
        marked = [];
    }
    function goTo(line, column) {
        cm.setCursor({line: line - 1, ch: Math.max(0, column - 1)});
        cm.scrollIntoView({line: line - 1, ch: 0}, 80);
        cm.focus();
    }
    function mark(message) {
        var line = message.line - 1;
        if (line < 0 || line >= cm.lineCount()) { return; }
        var handle = cm.addLineClass(line, 'background', 'drl-error-line');
        marked.push(handle);
        var marker = document.createElement('span');
        marker.className = 'drl-error-marker';
        marker.textContent = '●';
        marker.title = message.text;
        marker.setAttribute('aria-label', format(T.gutter, [message.line, message.text]));
        cm.setGutterMarker(line, 'drl-errors', marker);
    }
    function describe(message) {
        if (message.file === 'parameters') { return T.parameters; }
        return message.line > 0 ? format(T.at, [message.file, message.line, message.column]) : message.file;
    }
    function render(result) {
        clearMarks();
        list.innerHTML = '';
        var messages = result.messages || [];
        if (messages.length === 0) {
            summary.textContent = T.validOk;
            summary.className = 'mb-2 fw-semibold text-success';
            return;
        }
        var here = messages.filter(function (m) { return m.file === path; }).length;
        summary.textContent = format(T.validProblems, [messages.length]) + (here ? ' ' + format(T.validInFile, [here]) : '');
        summary.className = 'mb-2 fw-semibold text-danger';
        messages.forEach(function (message) {
            var item = document.createElement('li');
            item.className = 'list-group-item validation-message';
            item.dataset.file = message.file;
            item.dataset.line = message.line;
            var where;
            if (message.file === path && message.line > 0) {
                where = document.createElement('button');
                where.type = 'button';
                where.className = 'btn btn-link p-0 fw-semibold align-baseline';
                where.addEventListener('click', function () { goTo(message.line, message.column); });
                mark(message);
            } else if (/\.drl$/.test(message.file)) {
                where = document.createElement('a');
                where.className = 'fw-semibold';
                where.href = box.dataset.filesUrl + '?path=' + encodeURIComponent(message.file) +
                    (message.line > 0 ? '&line=' + message.line : '');
            } else {
                where = document.createElement('span');
                where.className = 'fw-semibold';
            }
            where.textContent = describe(message);
            var text = document.createElement('span');
            text.className = 'd-block studio-message-text';
            text.textContent = message.text;
            item.appendChild(where);
            item.appendChild(text);
            list.appendChild(item);
        });
    }
    function validate() {
        summary.textContent = T.validating;
        summary.className = 'mb-2 fw-semibold text-secondary';
        var ready = dirty() ? save() : Promise.resolve(true);
        return ready.then(function (saved) {
            if (!saved) { summary.textContent = ''; return; }
            return call('POST', box.dataset.validateUrl).then(render, function (refusal) {
                summary.textContent = '';
                showProblem(refusal.message, false);
            });
        });
    }
    document.getElementById('validate').addEventListener('click', validate);

    var wanted = parseInt(new URLSearchParams(window.location.search).get('line'), 10);
    if (wanted > 0) {
        validate().then(function () { goTo(Math.min(wanted, cm.lineCount()), 1); });
    }
}());
