(function () {
  'use strict';
  // Everything the report says is in the page as HTML; this script only adds the conveniences:
  // the selected finding's details beside the text, next/previous by keyboard, and filters.
  var doc = document;
  var marks = Array.prototype.slice.call(doc.querySelectorAll('mark.finding[id]'));
  var parts = Array.prototype.slice.call(doc.querySelectorAll('mark.finding'));
  var items = Array.prototype.slice.call(doc.querySelectorAll('li.detail'));
  var panel = doc.getElementById('detail');
  var panelBody = doc.getElementById('detail-body');
  var controls = doc.getElementById('controls');
  var showing = doc.getElementById('showing');
  var current = null;

  function isOn(el) { return !el.classList.contains('off'); }

  function openAncestors(el) {
    for (var node = el.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open) { node.open = true; }
    }
  }

  function show(mark) {
    if (current) { current.classList.remove('current'); }
    current = mark;
    mark.classList.add('current');
    var item = doc.getElementById(mark.id + '-d');
    var copy = item.cloneNode(true);
    copy.removeAttribute('id');
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (el) { el.removeAttribute('id'); });
    // The evidence pages are listed once per rule, in the summary: copy them in beside the finding.
    var evidence = copy.querySelector('.evidence');
    var pages = evidence && doc.querySelector('#' + evidence.getAttribute('data-rule') + ' .pages');
    if (pages) {
      var links = pages.cloneNode(true);
      evidence.replaceChildren.apply(evidence, [doc.createTextNode('Evidence: ')].concat(Array.prototype.slice.call(links.childNodes)));
    }
    panelBody.replaceChildren.apply(panelBody, Array.prototype.slice.call(copy.childNodes));
    panel.hidden = false;
  }

  function hide() {
    if (current) { current.classList.remove('current'); }
    current = null;
    panel.hidden = true;
  }

  function step(direction) {
    var visible = marks.filter(isOn);
    if (visible.length === 0) { return; }
    var at = current ? visible.indexOf(current) : -1;
    var next = at < 0 ? (direction > 0 ? 0 : visible.length - 1) : (at + direction + visible.length) % visible.length;
    var mark = visible[next];
    openAncestors(mark);
    mark.focus();
    mark.scrollIntoView({ block: 'center' });
    show(mark);
  }

  marks.forEach(function (mark) {
    mark.addEventListener('focus', function () { if (isOn(mark)) { show(mark); } });
    mark.addEventListener('click', function () { if (isOn(mark)) { show(mark); } });
  });
  // A click on a nested part of a finding selects the finding it belongs to.
  parts.forEach(function (part) {
    var owner = part.getAttribute('data-part-of');
    if (owner) {
      part.addEventListener('click', function () {
        var mark = doc.getElementById(owner);
        if (isOn(mark)) { mark.focus(); show(mark); }
      });
    }
  });

  doc.getElementById('detail-close').addEventListener('click', hide);
  doc.getElementById('next').addEventListener('click', function () { step(1); });
  doc.getElementById('previous').addEventListener('click', function () { step(-1); });

  doc.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    // Letters typed into a field stay there; on a checkbox (a filter just changed) they still step.
    var target = event.target;
    var typing = target && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' ||
      (target.tagName === 'INPUT' && !/^(checkbox|radio|button)$/.test(target.type)));
    if (typing) { return; }
    if (event.key === 'n' || event.key === 'j') { step(1); event.preventDefault(); }
    else if (event.key === 'p' || event.key === 'k') { step(-1); event.preventDefault(); }
    else if (event.key === 'Escape') { hide(); }
  });

  function checked(name) {
    var values = {};
    Array.prototype.forEach.call(controls.querySelectorAll('input[name="' + name + '"]'), function (box) {
      values[box.value] = box.checked;
    });
    return values;
  }

  function applyFilters() {
    var severities = checked('severity');
    var rules = checked('rule');
    function wanted(el) {
      var severity = el.getAttribute('data-suppressed') === 'true' ? 'suppressed' : el.getAttribute('data-severity');
      return severities[severity] !== false && rules[el.getAttribute('data-rule')] !== false;
    }
    parts.forEach(function (mark) {
      var on = wanted(mark);
      mark.classList.toggle('off', !on);
      if (mark.id) { mark.tabIndex = on ? 0 : -1; }
    });
    var count = 0;
    items.forEach(function (item) {
      var on = wanted(item);
      item.hidden = !on;
      if (on) { count++; }
    });
    showing.textContent = 'Showing ' + count + ' of ' + items.length + ' findings.';
    if (current && !isOn(current)) { hide(); }
  }

  controls.addEventListener('change', applyFilters);
  controls.hidden = false;
  applyFilters();
}());
