/*
 * 申请填报向导: one form in steps, saved as a draft while the user types.
 *
 * - Every field carries its path in the form JSON (data-path, or data-field inside a repeatable row), so the whole
 *   form is collected and sent to the application service with the version this page holds.
 * - Saves are debounced, made on every step change and on demand, one at a time; a change made during a save is saved
 *   right after it.
 * - A refused save never touches what is typed: a bad value is named next to its field, a lost version race (409)
 *   offers to overwrite with what is typed or, after confirmation, to load the stored version; a network failure is
 *   retried.
 */
(function () {
    'use strict';
    var form = document.getElementById('wizard');
    if (!form) { return; }
    var T = JSON.parse(document.getElementById('wizard-texts').textContent);
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var statusBox = document.getElementById('save-status');
    var problemBox = document.getElementById('save-problem');
    var problemText = document.getElementById('save-problem-text');
    var conflictActions = document.getElementById('conflict-actions');
    var gotoButton = document.getElementById('problem-goto');
    var firstInvalid = null;    // the first field the server refused, for the "go to it" button
    var savedText = statusBox.textContent.trim(); // what the status line says while nothing is unsaved
    var saveUrl = form.dataset.saveUrl;
    var version = parseInt(form.dataset.version, 10);
    var steps = Array.prototype.map.call(document.querySelectorAll('[data-step-panel]'), function (panel) {
        return panel.dataset.stepPanel;
    });
    var lastSaved = null;      // JSON of the form as last stored
    var saving = false;
    var again = false;         // a save was asked for while one was running
    var conflict = false;      // a version race is waiting for the user's choice
    var timer = null;
    var retryTimer = null;

    function format(text, args) {
        return text.replace(/\{(\d+)\}/g, function (all, i) { return args[i] !== undefined ? args[i] : all; });
    }

    // ---- collecting the form -------------------------------------------------------------------------------------

    /** Full-width digits and separators typed with a Chinese input method become plain ones. */
    function normalizeNumber(text) {
        return text.replace(/[\uFF10-\uFF19]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
            .replace(/[\uFF0E\u3002]/g, '.').replace(/[,\uFF0C\s]/g, '');
    }

    /** The value of one field as the form JSON holds it; numbers go as typed and the server decides if they are. */
    function valueOf(field, group) {
        var type = field.dataset.type;
        if (type === 'bool') {
            var checked = group.filter(function (r) { return r.checked; })[0];
            return checked ? checked.value === 'true' : null;
        }
        var raw = field.value.trim();
        if (raw === '') { return null; }
        if (type === 'int' || type === 'money') { return normalizeNumber(raw); }
        return raw;
    }

    function setPath(target, path, value) {
        var parts = path.split('.');
        var node = target;
        for (var i = 0; i < parts.length - 1; i++) {
            node[parts[i]] = node[parts[i]] || {};
            node = node[parts[i]];
        }
        node[parts[parts.length - 1]] = value;
    }

    /** Fields of one scope (the form, or a row) by name, radios of one question grouped. */
    function fieldsIn(scope, attribute, skipRows) {
        var fields = {};
        scope.querySelectorAll('[' + attribute + ']').forEach(function (field) {
            if (skipRows && field.closest('[data-row]')) { return; }
            if (field.closest('template')) { return; }
            var name = field.getAttribute(attribute);
            (fields[name] = fields[name] || []).push(field);
        });
        return fields;
    }

    /**
     * The form as JSON, plus where each field lives (paths like participation.cooperations[0].sinceYear, as the
     * server names them) and the fields the browser itself could not read (a half-typed date).
     */
    function collect() {
        var data = {investments: []};
        var locations = {};
        var unreadable = [];
        var top = fieldsIn(form, 'data-path', true);
        Object.keys(top).forEach(function (path) {
            var group = top[path];
            if (group[0].validity && group[0].validity.badInput) { unreadable.push(group[0]); }
            setPath(data, path, valueOf(group[0], group));
            locations[path] = group[0];
        });
        form.querySelectorAll('[data-list]').forEach(function (list) {
            var rows = [];
            list.querySelectorAll('.repeat-rows > [data-row]').forEach(function (row) {
                var fields = fieldsIn(row, 'data-field', false);
                var item = {};
                var filled = false;
                Object.keys(fields).forEach(function (name) {
                    var group = fields[name];
                    if (group[0].validity && group[0].validity.badInput) { unreadable.push(group[0]); }
                    item[name] = valueOf(group[0], group);
                    filled = filled || item[name] !== null;
                });
                if (!filled) { return; } // an empty row is not part of the form (it stays on the page)
                Object.keys(fields).forEach(function (name) {
                    locations[list.dataset.list + '[' + rows.length + '].' + name] = fields[name][0];
                });
                rows.push(item);
            });
            setPath(data, list.dataset.list, rows);
        });
        return {form: data, locations: locations, unreadable: unreadable};
    }

    // ---- field errors ---------------------------------------------------------------------------------------------

    function errorBoxOf(field) {
        var id = field.type === 'radio' ? field.name : field.id;
        return document.getElementById(id + '-error');
    }

    function markField(field, message) {
        var box = errorBoxOf(field);
        if (box) { box.textContent = message || ''; }
        var targets = field.type === 'radio' ? form.querySelectorAll('input[name="' + field.name + '"]') : [field];
        Array.prototype.forEach.call(targets, function (target) {
            target.classList.toggle('is-invalid', !!message);
            if (message) { target.setAttribute('aria-invalid', 'true'); } else { target.removeAttribute('aria-invalid'); }
        });
    }

    function clearFieldErrors() {
        form.querySelectorAll('.is-invalid').forEach(function (field) { markField(field, null); });
    }

    function stepOf(field) {
        var panel = field.closest('[data-step-panel]');
        return panel ? panel.dataset.stepPanel : null;
    }

    // ---- status line and problems -----------------------------------------------------------------------------------

    function setStatus(kind, text) {
        statusBox.textContent = text;
        statusBox.dataset.state = kind;
    }

    function showProblem(text, withConflictActions) {
        problemText.textContent = text;
        gotoButton.classList.add('d-none');
        problemBox.classList.remove('d-none');
        conflictActions.classList.toggle('d-none', !withConflictActions);
    }

    function hideProblem() {
        problemBox.classList.add('d-none');
        gotoButton.classList.add('d-none');
        conflictActions.classList.add('d-none');
    }

    // ---- saving ---------------------------------------------------------------------------------------------------

    function schedule(delay) {
        clearTimeout(timer);
        timer = setTimeout(save, delay === undefined ? 1200 : delay);
    }

    function isDirty() {
        return lastSaved !== JSON.stringify(collect().form);
    }

    function headers() {
        var h = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        if (csrfToken && csrfHeader) { h[csrfHeader.content] = csrfToken.content; }
        return h;
    }

    /** A page answer is JSON; anything else (the sign-in page after a redirect) means the session has ended. */
    function readAnswer(response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.redirected || type.indexOf('json') < 0) {
            return Promise.reject({session: true});
        }
        return response.json().then(function (body) { return {status: response.status, ok: response.ok, body: body}; });
    }

    function save() {
        clearTimeout(timer);
        if (conflict) { return Promise.resolve(); }
        if (saving) { again = true; return Promise.resolve(); }
        var collected = collect();
        var json = JSON.stringify(collected.form);
        clearFieldErrors();
        if (collected.unreadable.length) {
            collected.unreadable.forEach(function (field) { markField(field, T.badDate); });
            setStatus('error', T.invalidFields);
            return Promise.resolve();
        }
        if (json === lastSaved) {
            if (statusBox.dataset.state === 'dirty') { setStatus('saved', savedText); } // typed back to what is stored
            return Promise.resolve();
        }
        saving = true;
        setStatus('saving', T.saving);
        return fetch(saveUrl, {
            method: 'PUT', headers: headers(), credentials: 'same-origin',
            body: JSON.stringify({version: version, form: collected.form})
        }).then(readAnswer).then(function (answer) {
            if (answer.ok) {
                version = answer.body.version;
                form.dataset.version = String(version);
                lastSaved = json;
                hideProblem();
                savedText = format(T.saved, [answer.body.savedAtText, version]);
                setStatus('saved', savedText);
                return;
            }
            var body = answer.body;
            if (answer.status === 409 && body.stale) {
                conflict = true;
                setStatus('error', T.unsaved);
                showProblem(body.message + ' ' + T.conflict, true);
                problemBox.focus();
                return;
            }
            var named = 0;
            (body.errors || []).forEach(function (error) {
                var field = collected.locations[error.field];
                if (field) { markField(field, error.message); named++; }
            });
            setStatus('error', T.unsaved);
            if (named) {
                // say where, but never pull the user away from the step they are on
                firstInvalid = collected.locations[body.errors[0].field];
                showProblem(T.invalidFields, false);
                gotoButton.classList.remove('d-none');
            } else {
                showProblem(body.message || T.failed, false);
            }
        }).catch(function (failure) {
            setStatus('error', T.unsaved);
            if (failure && failure.session) {
                showProblem(T.session, false);
            } else {
                showProblem(T.network, false);
                clearTimeout(retryTimer);
                retryTimer = setTimeout(save, 10000);
            }
        }).finally(function () {
            saving = false;
            if (again) { again = false; schedule(0); }
        });
    }

    form.addEventListener('input', function (event) {
        if (event.target.closest('.evidence-step')) { return; }
        markField(event.target, null);
        if (!conflict) { setStatus('dirty', T.unsaved); }
        schedule();
    });
    form.addEventListener('change', function (event) {
        if (event.target.closest('.evidence-step')) { return; }
        schedule(300);
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); save(); });
    gotoButton.addEventListener('click', function () {
        if (!firstInvalid) { return; }
        showStep(stepOf(firstInvalid), false);
        firstInvalid.focus();
    });
    document.getElementById('save-now').addEventListener('click', function () { save(); });

    document.getElementById('conflict-keep-mine').addEventListener('click', function () {
        // The user chose to keep what is typed: take the stored version number and save over it.
        fetch(saveUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(readAnswer).then(function (answer) {
                if (!answer.ok) { showProblem(answer.body.message || T.failed, false); return; }
                version = answer.body.version;
                conflict = false;
                lastSaved = null;
                hideProblem();
                save();
            }).catch(function () { showProblem(T.network, true); });
    });
    document.getElementById('conflict-reload').addEventListener('click', function () {
        if (window.confirm(T.confirmReload)) {
            lastSaved = JSON.stringify(collect().form); // nothing left to warn about: the user chose to discard
            window.location.reload();
        }
    });

    window.addEventListener('beforeunload', function (event) {
        if (saving || isDirty()) {
            event.preventDefault();
            event.returnValue = T.leave;
            return T.leave;
        }
    });

    // ---- repeatable rows --------------------------------------------------------------------------------------------

    function renumber(list) {
        list.querySelectorAll('.repeat-rows > [data-row]').forEach(function (row, i) {
            var number = row.querySelector('[data-row-number]');
            if (number) { number.textContent = String(i + 1); }
        });
    }

    form.querySelectorAll('[data-list]').forEach(function (list) {
        var template = list.querySelector('template');
        var add = list.querySelector('[data-add-row]');
        if (!template || !add) { return; }
        add.addEventListener('click', function () {
            var key = list.dataset.next;
            list.dataset.next = String(parseInt(key, 10) + 1);
            var html = template.innerHTML.replace(/ROWKEY/g, key);
            var holder = document.createElement('div');
            holder.innerHTML = html.trim();
            var row = holder.firstElementChild;
            list.querySelector('.repeat-rows').appendChild(row);
            renumber(list);
            var first = row.querySelector('input, select, textarea');
            if (first) { first.focus(); }
        });
        list.addEventListener('click', function (event) {
            var remove = event.target.closest('[data-remove-row]');
            if (!remove) { return; }
            var row = remove.closest('[data-row]');
            row.parentNode.removeChild(row);
            renumber(list);
            add.focus();
            schedule(0);
        });
    });

    // ---- steps ------------------------------------------------------------------------------------------------------

    function currentStep() {
        var shown = form.querySelector('[data-step-panel]:not([hidden])');
        return shown ? shown.dataset.stepPanel : steps[0];
    }

    function showStep(name, focusHeading) {
        if (steps.indexOf(name) < 0) { name = steps[0]; }
        form.querySelectorAll('[data-step-panel]').forEach(function (panel) {
            panel.hidden = panel.dataset.stepPanel !== name;
        });
        document.querySelectorAll('[data-step-target]').forEach(function (button) {
            var current = button.dataset.stepTarget === name;
            button.classList.toggle('active', current);
            if (current) { button.setAttribute('aria-current', 'step'); } else { button.removeAttribute('aria-current'); }
        });
        if (name === 'summary') { renderSummary(); }
        if (window.history && window.history.replaceState) {
            window.history.replaceState(null, '', '#' + name);
        }
        if (focusHeading) {
            var heading = document.getElementById('step-' + name + '-title');
            if (heading) { heading.focus(); }
        }
    }

    function go(offset) {
        var index = steps.indexOf(currentStep()) + offset;
        if (index >= 0 && index < steps.length) {
            save();
            showStep(steps[index], true);
        }
    }

    document.querySelectorAll('[data-step-target]').forEach(function (button) {
        button.addEventListener('click', function () {
            save();
            showStep(button.dataset.stepTarget, true);
        });
    });
    form.querySelectorAll('[data-step-next]').forEach(function (b) { b.addEventListener('click', function () { go(1); }); });
    form.querySelectorAll('[data-step-prev]').forEach(function (b) { b.addEventListener('click', function () { go(-1); }); });

    // ---- summary ----------------------------------------------------------------------------------------------------

    function labelOf(wrapper) {
        var label = wrapper.querySelector('legend, label.form-label');
        return label ? label.textContent.trim() : '';
    }

    function displayOf(wrapper) {
        var radios = wrapper.querySelectorAll('input[type="radio"]');
        if (radios.length) {
            var checked = Array.prototype.filter.call(radios, function (r) { return r.checked; })[0];
            return checked ? wrapper.querySelector('label[for="' + checked.id + '"]').textContent.trim() : null;
        }
        var field = wrapper.querySelector('input, select, textarea');
        if (!field || field.value.trim() === '') { return null; }
        if (field.tagName === 'SELECT') { return field.options[field.selectedIndex].textContent.trim(); }
        var unit = wrapper.querySelector('.input-group-text');
        return field.value.trim() + (unit ? ' ' + unit.textContent.trim() : '');
    }

    function summaryList(wrappers, counter) {
        var dl = document.createElement('dl');
        dl.className = 'row mb-0 summary-list';
        wrappers.forEach(function (wrapper) {
            var dt = document.createElement('dt');
            dt.className = 'col-sm-5 fw-normal text-secondary';
            dt.textContent = labelOf(wrapper);
            var dd = document.createElement('dd');
            dd.className = 'col-sm-7';
            var value = displayOf(wrapper);
            dd.textContent = value === null ? T.empty : value;
            if (value === null) { dd.classList.add('text-secondary', 'summary-empty'); counter.missing++; }
            dl.appendChild(dt);
            dl.appendChild(dd);
        });
        return dl;
    }

    function renderSummary() {
        var target = document.getElementById('summary-content');
        if (!target) { return; }
        target.innerHTML = '';
        var counter = {missing: 0};
        form.querySelectorAll('[data-step-panel]').forEach(function (panel) {
            var name = panel.dataset.stepPanel;
            if (name === 'summary') { return; }
            var card = document.createElement('div');
            card.className = 'summary-section mb-3';
            var head = document.createElement('div');
            head.className = 'd-flex justify-content-between align-items-baseline border-bottom mb-2';
            var title = document.createElement('h3');
            title.className = 'h6 mb-1';
            title.textContent = document.querySelector('[data-step-target="' + name + '"] .step-label').textContent;
            var edit = document.createElement('button');
            edit.type = 'button';
            edit.className = 'btn btn-link btn-sm';
            edit.textContent = T.edit;
            edit.setAttribute('aria-label', T.edit + ' ' + title.textContent);
            edit.addEventListener('click', function () { showStep(name, true); });
            head.appendChild(title);
            head.appendChild(edit);
            card.appendChild(head);
            if (name === 'evidence') {
                var count = document.querySelectorAll('#evidence-rows tr[data-evidence-id]').length;
                var p = document.createElement('p');
                p.className = 'mb-0';
                p.textContent = format(T.evidenceCount, [count]);
                card.appendChild(p);
            } else {
                var plain = Array.prototype.filter.call(panel.querySelectorAll('.form-field'), function (w) {
                    return !w.closest('[data-row]') && !w.closest('template');
                });
                card.appendChild(summaryList(plain, counter));
                panel.querySelectorAll('[data-list]').forEach(function (list) {
                    var rows = list.querySelectorAll('.repeat-rows > [data-row]');
                    var heading = document.createElement('p');
                    heading.className = 'fw-semibold mt-2 mb-1';
                    var labelledBy = list.getAttribute('aria-labelledby');
                    var name = labelledBy ? document.getElementById(labelledBy).textContent : '';
                    heading.textContent = rows.length ? format(T.rows, [name, rows.length]) : format(T.noRows, [name]);
                    card.appendChild(heading);
                    rows.forEach(function (row) {
                        var block = document.createElement('div');
                        block.className = 'summary-row ps-3 mb-2';
                        block.appendChild(summaryList(Array.prototype.slice.call(row.querySelectorAll('.form-field')), {missing: 0}));
                        card.appendChild(block);
                    });
                });
            }
            target.appendChild(card);
        });
        var note = document.createElement('p');
        note.className = counter.missing ? 'alert alert-info' : 'alert alert-success';
        note.setAttribute('role', 'status');
        note.textContent = counter.missing ? format(T.missing, [counter.missing]) : T.complete;
        target.insertBefore(note, target.firstChild);
    }

    // ---- start ------------------------------------------------------------------------------------------------------

    window.addEventListener('hashchange', function () {
        var name = window.location.hash.replace('#', '');
        if (steps.indexOf(name) >= 0 && name !== currentStep()) {
            save();
            showStep(name, true);
        }
    });

    lastSaved = JSON.stringify(collect().form);
    showStep((window.location.hash || '').replace('#', '') || steps[0], false);
    window.cjrhWizard = {save: save, collect: collect};
})();
