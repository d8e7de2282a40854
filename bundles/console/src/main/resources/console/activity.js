// The activity log: newest first, narrowed to one account; each week kept is a download.
'use strict';
(function () {
  const form = document.getElementById('search');

  function parsed(text) {
    try { return text ? JSON.parse(text) : null; } catch (e) { return text; }
  }

  const shown = value => value === null || value === undefined || value === '' ? '(none)'
    : typeof value === 'object' ? JSON.stringify(value) : String(value);

  /** What changed, field by field, when before and after are both objects; the full texts in a details element. */
  function change(a) {
    const before = parsed(a.before), after = parsed(a.after);
    let lines = [];
    if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(before)) {
      lines = Object.keys(after).filter(k => k !== 'version' && shown(before[k]) !== shown(after[k]))
        .map(k => k + ': ' + shown(before[k]) + ' → ' + shown(after[k]));
    } else if (!before && after && typeof after === 'object' && !Array.isArray(after)) {
      lines = [after.detail ? 'refused: ' + after.detail : 'answered ' + (after.name || after.id || '')];
    } else if (typeof after === 'string') {
      lines = [after];
    }
    const parts = lines.slice(0, 6).map(line => Dialtone.el('div', {}, line.length > 160 ? line.substring(0, 157) + '...' : line));
    if (a.before || a.after) {
      parts.push(Dialtone.el('details', {}, Dialtone.el('summary', {}, 'before and after'),
        Dialtone.el('pre', {}, 'before: ' + (a.before || '(none)') + '\n\nafter: ' + (a.after || '(none)'))));
    }
    return Dialtone.el('div', {}, ...parts);
  }
  const list = Dialtone.pagedList({table: document.getElementById('activity'), pager: document.querySelector('.pager'),
    load: (offset, limit) => Dialtone.call('GET', '/activity' + Dialtone.query({actor: form.elements.actor.value.trim(), offset, limit})),
    row: a => [Dialtone.when(a.at), a.actor, a.face.toLowerCase(), a.action, a.target, a.status ? String(a.status) : 'done', change(a)],
    one: 'write', many: 'writes'});
  form.addEventListener('submit', event => {
    event.preventDefault();
    list.first().catch(error => Dialtone.showProblem(error));
  });

  async function weeks() {
    const kept = await Dialtone.call('GET', '/activity/weeks');
    document.getElementById('weeks').replaceChildren(...kept.map(w => Dialtone.el('li', {},
      Dialtone.el('a', {href: location.origin + '/api/v1/activity/weeks/' + w.start, download: 'activity-' + w.start + '.zip'},
        'Week of ' + w.start), ' (' + Dialtone.count(w.entries, 'write', 'writes') + ')')));
  }
  list.first().then(weeks).catch(error => Dialtone.showProblem(error));
})();
