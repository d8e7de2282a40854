// Alerts: the server filters and pages; each open alert can be acknowledged, any alert not cleared can be cleared.
'use strict';
(function () {
  const form = document.getElementById('search');
  const words = text => text.toLowerCase().replaceAll('_', ' ');

  function state(alert) {
    if (alert.state === 'ACKNOWLEDGED') return 'acknowledged by ' + alert.acknowledgedBy + ', ' + Dialtone.when(alert.acknowledgedAt);
    if (alert.state === 'CLEARED') return 'cleared by ' + alert.clearedBy + ', ' + Dialtone.when(alert.clearedAt);
    return 'open';
  }

  function action(alert, verb, label) {
    return Dialtone.el('button', {type: 'button', class: 'write', 'aria-label': label + ' alert ' + alert.id, onclick: async () => {
      const done = await Dialtone.act(form, () => Dialtone.call('POST', '/alerts/' + alert.id + '/' + verb), label + 'd alert ' + alert.id);
      if (done) list.reload().catch(error => Dialtone.showProblem(error));
    }}, label);
  }

  const list = Dialtone.pagedList({table: document.getElementById('alerts'), pager: document.querySelector('.pager'),
    load: (offset, limit) => Dialtone.call('GET', '/alerts' + Dialtone.query({state: form.elements.state.value, kind: form.elements.kind.value,
      offset, limit})),
    row: a => [Dialtone.when(a.raisedAt), words(a.kind), a.deviceId ? Dialtone.link('device', {id: a.deviceId}, 'device ' + a.deviceId) : '',
      a.message, state(a), Dialtone.el('span', {}, ...(a.state === 'OPEN' ? [action(a, 'acknowledge', 'Acknowledge'), ' '] : []),
        ...(a.state !== 'CLEARED' ? [action(a, 'clear', 'Clear')] : []))],
    one: 'alert', many: 'alerts'});
  form.addEventListener('submit', event => {
    event.preventDefault();
    list.first().catch(error => Dialtone.showProblem(error));
  });
  document.getElementById('test').addEventListener('click', async () => {
    const sent = await Dialtone.act(form, () => Dialtone.call('POST', '/alerts/test'));
    if (sent) Dialtone.say(sent.result);
  });
  list.first().catch(error => Dialtone.showProblem(error));
})();
