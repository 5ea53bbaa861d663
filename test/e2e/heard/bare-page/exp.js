/* global location, document, window */
// Test page for the screen-reader tool: where a click listener goes is chosen by the hash (#root, #document, #window, none).
var where = location.hash.slice(1);
var target = where === 'document' ? document : where === 'window' ? window : where === 'root' ? document.getElementById('root') : null;
if (target) target.addEventListener('click', function () {});
document.addEventListener('keydown', function (e) { if (e.key === 'F2') document.getElementById('c').focus(); if (e.key === 'F4') document.getElementById('d').focus(); });
