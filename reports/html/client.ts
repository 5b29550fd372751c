/**
 * The report's only own script: embeds each chart from its JSON block (expressions run by
 * vega-interpreter, so no eval), and applies the speaker/theme/target controls to the charts'
 * parameters and to the quote lists. It reads data only through JSON.parse and textContent and writes
 * only classes, `hidden` and chart signals; it never turns data into markup.
 */
import { ALL } from '../charts/common.js';

export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var ALL = ${JSON.stringify(ALL)};
  var CONTROLS = { speaker_pick: 'filter-speaker', theme_pick: 'filter-theme', target_pick: 'filter-target' };
  var views = [];
  function selected() {
    var out = {};
    Object.keys(CONTROLS).forEach(function (name) {
      var el = document.getElementById(CONTROLS[name]);
      out[name] = el ? el.value : null;
    });
    return out;
  }
  function allows(list, value) {
    return !list || value === null || value === ALL || list.indexOf(value) >= 0;
  }
  function apply() {
    var sel = selected();
    views.forEach(function (v) {
      v.params.forEach(function (name) {
        if (sel[name] !== null && sel[name] !== undefined) v.view.signal(name, sel[name]);
      });
      if (v.params.length) v.view.runAsync();
    });
    document.querySelectorAll('[data-filter]').forEach(function (el) {
      var f = JSON.parse(el.getAttribute('data-filter'));
      el.hidden = !(allows(f.themes, sel.theme_pick) && allows(f.targets, sel.target_pick));
    });
    var shown = document.querySelectorAll('[data-filter]:not([hidden])').length;
    document.body.setAttribute('data-visible-quotes', String(shown));
  }
  Object.keys(CONTROLS).forEach(function (name) {
    var el = document.getElementById(CONTROLS[name]);
    if (el) el.addEventListener('change', apply);
  });
  var options = { renderer: 'svg', actions: false, ast: true, expr: vega.expressionInterpreter, downloadFileName: 'chart' };
  var pending = Array.prototype.map.call(document.querySelectorAll('[data-chart]'), function (el) {
    var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
    var params = JSON.parse(el.getAttribute('data-params'));
    return vegaEmbed(el.querySelector('.live'), spec, options).then(function (result) {
      views.push({ view: result.view, params: params });
      el.classList.add('is-live');
    }, function (error) {
      el.classList.add('is-failed');
      console.error('turnlens: chart ' + el.getAttribute('data-chart') + ' could not be drawn: ' + error);
    });
  });
  Promise.all(pending).then(function () {
    apply();
    document.body.setAttribute('data-charts-ready', String(views.length));
  });
})();
`;
