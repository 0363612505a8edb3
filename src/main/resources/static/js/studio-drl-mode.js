/*
 * 规则文件（DRL）语法高亮: a CodeMirror 5 simple mode for Drools rule files — keywords, rule attributes and
 * annotations, strings, comments, $bindings, numbers and fact types.
 */
(function () {
    'use strict';
    if (!window.CodeMirror || !CodeMirror.defineSimpleMode) { return; }
    var keywords = /(?:package|import|function|global|declare|query|rule|when|then|end|salience|no-loop|lock-on-active|agenda-group|activation-group|ruleflow-group|dialect|enabled|auto-focus|date-effective|date-expires|extends|attributes)\b/;
    var builtins = /(?:and|or|not|exists|forall|from|collect|accumulate|eval|over|entry-point|this|contains|matches|memberOf|soundslike|in|insert|insertLogical|update|modify|retract|delete|drools|kcontext|new|return|if|else|for|while)\b/;
    CodeMirror.defineSimpleMode('drl', {
        start: [
            {regex: /"(?:[^\\"]|\\.)*?(?:"|$)/, token: 'string'},
            {regex: /'(?:[^\\']|\\.)*?(?:'|$)/, token: 'string'},
            {regex: /\/\/.*/, token: 'comment'},
            {regex: /\/\*/, token: 'comment', next: 'comment'},
            {regex: /@[A-Za-z_][\w.]*/, token: 'meta'},
            {regex: new RegExp('\\b' + keywords.source), token: 'keyword'},
            {regex: new RegExp('\\b' + builtins.source), token: 'builtin'},
            {regex: /\b(?:true|false|null)\b/, token: 'atom'},
            {regex: /\$[A-Za-z_]\w*/, token: 'variable-2'},
            {regex: /\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?[BbIiLlDdFf]?\b/, token: 'number'},
            {regex: /[a-z_][A-Za-z0-9_]*/, token: null},
            {regex: /[A-Z][A-Za-z0-9_]*/, token: 'variable-3'},
            {regex: /[-+\/*=<>!&|:,.%]+/, token: 'operator'},
            {regex: /[\{\[\(]/, indent: true},
            {regex: /[\}\]\)]/, dedent: true}
        ],
        comment: [
            {regex: /.*?\*\//, token: 'comment', next: 'start'},
            {regex: /.*/, token: 'comment'}
        ],
        meta: {lineComment: '//', blockCommentStart: '/*', blockCommentEnd: '*/', dontIndentStates: ['comment']}
    });
    CodeMirror.defineMIME('text/x-drools', 'drl');
}());
