/*
 * 企业注册: checks the USCC as it is typed (the server's GB 32100 check, in the user's language) and fills the county
 * select from the chosen city. Without JavaScript the form still posts and the server shows every message.
 */
(function () {
    'use strict';
    var form = document.getElementById('register-form');
    if (!form) { return; }
    var uscc = document.getElementById('reg-uscc');
    var usccError = document.getElementById('reg-uscc-error');
    var usccOk = document.getElementById('reg-uscc-ok');
    var city = document.getElementById('reg-city');
    var county = document.getElementById('reg-countyCode');
    var checkTimer = null;
    var checkSequence = 0;

    function showUsccError(message) {
        usccError.textContent = message || '';
        uscc.classList.toggle('is-invalid', !!message);
        uscc.setAttribute('aria-invalid', message ? 'true' : 'false');
    }

    function checkUscc(finished) {
        var value = uscc.value;
        var sequence = ++checkSequence;
        if (value === '') {
            showUsccError(null);
            usccOk.textContent = '';
            return;
        }
        fetch(form.dataset.usccCheckUrl + '?value=' + encodeURIComponent(value), {
            headers: {'Accept': 'application/json'}, credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        }).then(function (result) {
            if (sequence !== checkSequence) { return; } // an older answer arriving late
            if (result.valid) {
                showUsccError(null);
                usccOk.textContent = form.dataset.textUsccOk;
            } else if (result.rule === 'LENGTH' && value.length < 18 && !finished) {
                // still typing: say how far along, the length rule is told when the field is left
                showUsccError(null);
                usccOk.textContent = form.dataset.textUsccProgress.replace('{0}', String(value.length));
            } else {
                usccOk.textContent = '';
                showUsccError(result.message);
            }
        }).catch(function () { /* offline: the server checks again on submit */ });
    }

    uscc.addEventListener('input', function () {
        var start = uscc.selectionStart;
        var cleaned = uscc.value.replace(/\s+/g, '').toUpperCase();
        if (cleaned !== uscc.value) {
            var removed = uscc.value.length - cleaned.length;
            uscc.value = cleaned;
            if (start !== null) { uscc.setSelectionRange(start - removed, start - removed); }
        }
        clearTimeout(checkTimer);
        checkTimer = setTimeout(function () { checkUscc(false); }, 200);
    });
    uscc.addEventListener('change', function () {
        clearTimeout(checkTimer);
        checkUscc(true);
    });

    function option(value, text) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = text;
        return o;
    }

    city.addEventListener('change', function () {
        var chosen = county.value;
        county.innerHTML = '';
        if (!city.value) {
            county.appendChild(option('', form.dataset.textCountyChooseCity));
            return;
        }
        county.disabled = true;
        fetch(form.dataset.countiesUrl + '?parent=' + encodeURIComponent(city.value), {
            headers: {'Accept': 'application/json'}, credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        }).then(function (counties) {
            county.innerHTML = '';
            county.appendChild(option('', form.dataset.textCountyChoose));
            counties.forEach(function (c) { county.appendChild(option(c.code, c.name)); });
            if (counties.length === 1) {
                county.value = counties[0].code; // 济源示范区 is its own only county
            } else if (chosen) {
                county.value = chosen;
            }
        }).catch(function () {
            county.innerHTML = '';
            county.appendChild(option('', form.dataset.textCountyFailed));
        }).finally(function () {
            county.disabled = false;
        });
    });

    // A corrected field loses its old server message; the server checks everything again on submit.
    form.querySelectorAll('input:not(#reg-uscc), select').forEach(function (field) {
        field.addEventListener('input', function () {
            if (!field.classList.contains('is-invalid')) { return; }
            field.classList.remove('is-invalid');
            field.setAttribute('aria-invalid', 'false');
            var error = document.getElementById(field.id + '-error');
            if (error) { error.textContent = ''; }
        });
    });
})();
