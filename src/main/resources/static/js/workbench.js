/* The decision form's field comments: "添加项目意见" adds a row (field picker + comment), "删除" removes one. */
(function () {
    'use strict';
    var form = document.getElementById('decision-form');
    if (!form) { return; }
    var rows = form.querySelector('.field-comment-rows');
    var template = document.getElementById('field-comment-template');
    var counter = rows.children.length;

    document.getElementById('add-field-comment').addEventListener('click', function () {
        var fragment = template.content.cloneNode(true);
        var n = 'r' + (counter++);
        fragment.querySelectorAll('[id]').forEach(function (node) { node.id = node.id.replace('-N', '-' + n); });
        fragment.querySelectorAll('[for]').forEach(function (node) { node.htmlFor = node.htmlFor.replace('-N', '-' + n); });
        fragment.querySelectorAll('[aria-describedby]').forEach(function (node) {
            node.setAttribute('aria-describedby', node.getAttribute('aria-describedby').replace('-N', '-' + n));
        });
        var row = fragment.firstElementChild;
        rows.appendChild(fragment);
        row.querySelector('select').focus();
    });

    rows.addEventListener('click', function (event) {
        var button = event.target.closest('[data-remove-comment]');
        if (!button) { return; }
        button.closest('.field-comment-row').remove();
        document.getElementById('add-field-comment').focus();
    });
})();
