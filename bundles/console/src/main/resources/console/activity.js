// The activity log: newest first, narrowed to one account; each week kept is a download.
'use strict';
(function () {
  const form = document.getElementById('search');
  const list = Dialtone.pagedList({table: document.getElementById('activity'), pager: document.querySelector('.pager'),
    load: (offset, limit) => Dialtone.call('GET', '/activity' + Dialtone.query({actor: form.elements.actor.value.trim(), offset, limit})),
    row: a => [Dialtone.when(a.at), a.actor, a.face.toLowerCase(), a.action, a.target, a.status ? String(a.status) : 'done',
      Dialtone.el('code', {}, a.before || ''), Dialtone.el('code', {}, a.after || '')],
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
