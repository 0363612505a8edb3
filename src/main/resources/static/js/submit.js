/*
 * 自查 and 提交 in the wizard, and the reviewer's field comments after a return.
 * - 自查 sends the form as it is on the page to /app/applications/{id}/self-check (the rules decide, nothing stored)
 *   and lists every finding with its message, source and hint, then the incentive bundle with amounts and basis.
 * - 提交 saves what is unsaved first, then posts the submit form; the server answers with the page.
 * - After a return, each field the reviewer commented on is outlined red with the comment under it.
 */
(function () {
    'use strict';
    var form = document.getElementById('wizard');
    if (!form || !window.cjrhWizard) { return; }
    var T = JSON.parse(document.getElementById('wizard-texts').textContent);
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

    function headers() {
        var h = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
        return h;
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = text; }
        return node;
    }

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? args[i] : all; });
    }

    // ---- 自查 --------------------------------------------------------------------------------------------------------

    var checkButton = document.getElementById('self-check');
    var checkStatus = document.getElementById('self-check-status');
    var checkResult = document.getElementById('self-check-result');

    function showFindings(result) {
        checkResult.innerHTML = '';
        var card = el('div', 'card findings');
        card.id = 'findings';
        var head = el('div', 'card-header d-flex justify-content-between align-items-center');
        head.appendChild(el('span', 'h6 mb-0', T.findingsHeading));
        var badge = el('span', 'badge ' + (result.eligible ? 'text-bg-success' : 'text-bg-danger'),
            result.eligible ? T.eligible : T.notEligible);
        badge.id = 'findings-eligible';
        head.appendChild(badge);
        card.appendChild(head);
        var list = el('ul', 'list-group list-group-flush');
        result.findings.forEach(function (f) {
            var item = el('li', 'list-group-item finding finding-' + f.status);
            var line = el('div', 'd-flex flex-wrap gap-2 align-items-baseline');
            line.appendChild(el('span', 'badge finding-badge', f.statusText));
            line.appendChild(el('span', 'small text-secondary', f.severityText));
            line.appendChild(el('span', 'finding-message', f.message));
            item.appendChild(line);
            if (f.source) { item.appendChild(el('div', 'small text-secondary', format(T.source, [f.source]))); }
            if (f.hint && f.status === 'NOT_MET') { item.appendChild(el('div', 'small finding-hint', format(T.hint, [f.hint]))); }
            list.appendChild(item);
        });
        card.appendChild(list);
        if (result.incentives && result.incentives.length) { card.appendChild(incentives(result.incentives)); }
        checkResult.appendChild(card);
    }

    // The incentive bundle under the findings, as the application page shows it (application/header.html).
    function incentives(items) {
        var body = el('div', 'card-body border-top incentives');
        body.id = 'incentives';
        body.appendChild(el('h3', 'h6', T.incentivesHeading));
        body.appendChild(el('p', 'small text-secondary', T.incentivesIntro));
        var list = el('ul', 'list-unstyled mb-0');
        items.forEach(function (item) {
            var li = el('li', 'incentive mb-3');
            li.dataset.code = item.code;
            var line = el('div', 'd-flex flex-wrap gap-2 align-items-baseline');
            line.appendChild(el('span', 'badge text-bg-light border', item.pillarText));
            line.appendChild(el('span', 'fw-semibold', item.title));
            line.appendChild(item.amount !== null
                ? el('span', 'incentive-amount', format(T.amount, [item.amount]))
                : el('span', 'small text-secondary', T.noAmount));
            li.appendChild(line);
            if (item.basis) { li.appendChild(el('div', 'small', format(T.basis, [item.basis]))); }
            li.appendChild(el('div', 'small text-secondary', format(T.incentiveSource, [item.source, item.jurisdiction])));
            if (item.details && item.details.length) { li.appendChild(offsetTable(item.details)); }
            list.appendChild(li);
        });
        body.appendChild(list);
        return body;
    }

    function offsetTable(years) {
        var wrap = el('div', 'table-responsive');
        var table = el('table', 'table table-sm small mt-1 mb-0 offset-years');
        table.appendChild(el('caption', 'visually-hidden', T.offsetCaption));
        var head = el('tr');
        [T.offsetYear, T.offsetCredit, T.offsetOffset, T.offsetCarried].forEach(function (text, i) {
            var th = el('th', i ? 'text-end' : '', text);
            th.scope = 'col';
            head.appendChild(th);
        });
        table.appendChild(el('thead')).appendChild(head);
        var body = el('tbody');
        years.forEach(function (y) {
            var row = el('tr');
            row.appendChild(el('td', '', String(y.year)));
            [y.credit, y.offset, y.carriedForward].forEach(function (v) { row.appendChild(el('td', 'text-end', v)); });
            body.appendChild(row);
        });
        table.appendChild(body);
        wrap.appendChild(table);
        return wrap;
    }

    if (checkButton) {
        checkButton.addEventListener('click', function () {
            var collected = window.cjrhWizard.collect();
            checkButton.disabled = true;
            checkStatus.className = 'small mt-2';
            checkStatus.textContent = T.checking;
            fetch(checkButton.dataset.url, {
                method: 'POST', headers: headers(), credentials: 'same-origin',
                body: JSON.stringify({form: collected.form})
            }).then(function (response) {
                return response.json().then(function (body) { return {ok: response.ok, body: body}; });
            }).then(function (answer) {
                if (answer.ok) {
                    checkStatus.textContent = '';
                    showFindings(answer.body);
                } else {
                    checkStatus.className = 'small mt-2 field-error';
                    var named = (answer.body.errors || []).map(function (e) { return e.message; });
                    checkStatus.textContent = [answer.body.message || T.checkFailed].concat(named).join(' ');
                }
            }).catch(function () {
                checkStatus.className = 'small mt-2 field-error';
                checkStatus.textContent = T.checkFailed;
            }).finally(function () { checkButton.disabled = false; });
        });
    }

    // ---- 提交 --------------------------------------------------------------------------------------------------------

    var submitButton = document.getElementById('submit-application');
    if (submitButton) {
        submitButton.addEventListener('click', function () {
            if (!window.confirm(T.confirmSubmit)) { return; }
            submitButton.disabled = true;
            Promise.resolve(window.cjrhWizard.save()).then(function () {
                var status = document.getElementById('save-status');
                if (status && (status.dataset.state === 'error' || status.dataset.state === 'dirty')) {
                    submitButton.disabled = false; // the save problem is shown at the top; nothing is submitted
                    return;
                }
                document.getElementById('submit-form').submit();
            });
        });
    }

    // ---- the reviewer's field comments ------------------------------------------------------------------------------

    function fieldFor(path) {
        var direct = form.querySelector('[data-path="' + path.replace(/"/g, '') + '"]');
        if (direct) { return direct; }
        var m = /^(.*)\[(\d+)\]\.([A-Za-z]+)$/.exec(path); // a field of a repeatable row
        if (!m) { return null; }
        var list = form.querySelector('[data-list="' + m[1] + '"]');
        if (!list) { return null; }
        var row = list.querySelectorAll('.repeat-rows > [data-row]')[parseInt(m[2], 10)];
        return row ? row.querySelector('[data-field="' + m[3] + '"]') : null;
    }

    document.querySelectorAll('[data-comment-field]').forEach(function (entry) {
        var field = fieldFor(entry.dataset.commentField);
        if (!field) { return; }
        var wrapper = field.closest('.form-field');
        if (!wrapper) { return; }
        wrapper.classList.add('field-commented');
        var note = el('div', 'reviewer-comment', format(T.reviewerComment, [entry.dataset.comment]));
        note.id = (field.id || ('f' + Math.random().toString(36).slice(2))) + '-review';
        wrapper.appendChild(note);
        var described = field.getAttribute('aria-describedby');
        field.setAttribute('aria-describedby', (described ? described + ' ' : '') + note.id);
    });
})();
