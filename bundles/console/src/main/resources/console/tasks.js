// Scheduled tasks: the list filtered by type and status (kept until reset), a task's results per device, edits
// before it runs, delete unless it runs, cancel while it runs.
'use strict';
(function () {
  const SUB = 50;
  let task = null;
  const words = text => (text || '').toLowerCase().replaceAll('_', ' ');

  const search = Dialtone.keptSearch({
    key: 'dialtone.tasks.search', form: document.getElementById('search'), pager: document.querySelector('.pager'),
    async load(params, offset, limit) {
      const page = await Dialtone.call('GET', '/tasks' + Dialtone.query({type: params.type, state: params.state, offset, limit}));
      document.querySelector('#tasks tbody').replaceChildren(...page.items.map(t => {
        const row = document.createElement('tr');
        Dialtone.cell(row, words(t.state));
        Dialtone.cell(row, t.name);
        Dialtone.cell(row, t.typeTitle);
        Dialtone.cell(row, Dialtone.when(t.createdAt) + ' ' + t.createdBy);
        Dialtone.cell(row, Dialtone.when(t.runAt));
        for (const n of [t.totals.total, t.totals.success, t.totals.failure, t.totals.notApplicable, t.totals.inProgress]) Dialtone.cell(row, n);
        Dialtone.cell(row, Dialtone.el('button', {type: 'button', onclick: () => open(t.id)}, 'View ', Dialtone.el('span', {class: 'visually-hidden'}, t.name)));
        return row;
      }));
      document.getElementById('count').textContent = Dialtone.count(page.total, 'task', 'tasks');
      return page.total;
    }
  });

  function local(instant) {
    const date = new Date(instant);
    return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  }

  async function open(id) {
    Dialtone.showProblem(null);
    try {
      task = await Dialtone.call('GET', '/tasks/' + id);
      const section = document.getElementById('task');
      section.hidden = false;
      document.getElementById('task-title').textContent = task.name + ' — ' + task.typeTitle + ' (' + words(task.state) + ')';
      const edit = document.getElementById('edit');
      edit.elements.name.value = task.name;
      edit.elements.runAt.value = local(task.runAt);
      const scheduled = task.state === 'SCHEDULED';
      for (const element of [edit.elements.name, edit.elements.runAt, edit.querySelector('button[type=submit]')]) element.disabled = !scheduled;
      document.getElementById('cancel').disabled = task.state !== 'EXECUTING';
      document.getElementById('delete').disabled = task.state === 'EXECUTING' || (task.state === 'CANCELLED' && !task.finishedAt);
      const targets = task.targets.map(t => t.kind.toLowerCase().replace('_', ' ') + ' ' + (t.kind === 'FILTER' ? (t.filter || 'all devices') : t.id));
      const items = [['Targets', targets.join(', ')], ['Arguments', Object.entries(task.arguments).map(([k, v]) => k + ' = ' + v).join(', ') || 'none'],
        ['Created', Dialtone.when(task.createdAt) + ' by ' + task.createdBy], ['Started', Dialtone.when(task.startedAt)], ['Finished', Dialtone.when(task.finishedAt)]];
      Dialtone.summary(document.getElementById('task-summary'), items);
      await subTasks.first();
      history.replaceState(null, '', location.pathname + '?id=' + id);
    } catch (error) {
      Dialtone.showProblem(error);
    }
  }

  const subTasks = Dialtone.pagedList({table: document.getElementById('sub-tasks'), pager: document.querySelector('.sub-pager'), limit: SUB,
    load: (offset, limit) => Dialtone.call('GET', '/tasks/' + task.id + '/sub-tasks' + Dialtone.query({offset, limit})),
    row: s => [Dialtone.link('device', {id: s.deviceId}, s.deviceName), words(s.result), s.reason, s.attempts, Dialtone.when(s.finishedAt)],
    one: 'device', many: 'devices'});

  document.getElementById('refresh').addEventListener('click', () => { search.reload(); if (task) open(task.id); });
  const edit = document.getElementById('edit');
  edit.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(edit, () => Dialtone.call('PUT', '/tasks/' + task.id, {name: edit.elements.name.value.trim(),
      runAt: edit.elements.runAt.value ? new Date(edit.elements.runAt.value).toISOString() : null, expectedVersion: task.version}), 'Saved the task');
    if (saved) { open(task.id); search.reload(); }
  });
  document.getElementById('cancel').addEventListener('click', async () => {
    if (!confirm('Cancel ' + task.name + '? Devices not yet reached are left alone; those under way finish.')) return;
    const done = await Dialtone.act(edit, () => Dialtone.call('POST', '/tasks/' + task.id + '/cancel'), 'Cancelled the task');
    if (done) { open(task.id); search.reload(); }
  });
  document.getElementById('delete').addEventListener('click', async () => {
    if (!confirm('Delete ' + task.name + '?' + (task.state === 'SCHEDULED' ? ' Its changes then apply at the devices\' next poll.' : ''))) return;
    const done = await Dialtone.act(edit, () => Dialtone.call('DELETE', '/tasks/' + task.id).then(() => true), 'Deleted the task');
    if (done) { document.getElementById('task').hidden = true; history.replaceState(null, '', location.pathname); search.reload(); }
  });

  // A new task: its type's arguments, targets picked from the server's lists (or a Device Monitor query), a time.
  const creating = document.getElementById('new-task');
  const targets = [];
  const deviceName = d => d.name ? d.name + ' (' + (d.mac || d.serialNumber) + ')' : (d.mac || d.serialNumber);
  const targetInput = kind => document.getElementById('new-target-' + kind);
  const pickers = {group: Dialtone.picker(targetInput('group'), '/device-groups'), site: Dialtone.picker(targetInput('site'), '/sites'),
    device: Dialtone.picker(targetInput('device'), '/devices', deviceName)};
  function showTargets() {
    document.getElementById('new-targets').replaceChildren(...targets.map((t, i) => Dialtone.el('li', {}, t.label + ' ',
      Dialtone.el('button', {type: 'button', onclick: () => { targets.splice(i, 1); showTargets(); }}, 'Remove ',
        Dialtone.el('span', {class: 'visually-hidden'}, t.label)))));
  }
  function addTarget(target) {
    if (!targets.some(t => t.kind === target.kind && t.id === target.id && t.filter === target.filter)) targets.push(target);
    showTargets();
  }
  function chooseType() {
    for (const part of creating.querySelectorAll('[data-for]')) part.hidden = part.dataset.for !== creating.elements.type.value;
  }
  function chooseKind() {
    for (const input of creating.querySelectorAll('[data-kind]')) input.hidden = input.dataset.kind !== creating.elements.targetKind.value;
  }
  creating.elements.type.addEventListener('change', chooseType);
  creating.elements.targetKind.addEventListener('change', chooseKind);
  document.getElementById('add-target').addEventListener('click', () => {
    const kind = creating.elements.targetKind.value;
    const input = targetInput(kind);
    if (kind === 'filter') {
      addTarget({kind, filter: input.value.trim(), label: 'filter ' + (input.value.trim() || '(all devices)')});
    } else {
      const chosen = pickers[kind].chosen();
      if (!chosen) {
        Dialtone.showProblem(Object.assign(new Error('Pick a ' + kind + ' from the list the search offers'), {field: 'target-' + kind}), creating);
        return;
      }
      addTarget({kind, id: chosen.id, label: kind + ' ' + (kind === 'device' ? deviceName(chosen) : chosen.name)});
    }
    input.value = '';
  });
  function taskArguments(type) {
    const e = creating.elements;
    switch (type) {
      case 'reset': return {kind: e.kind.value};
      case 'dial': return {destination: e.destination.value.trim(), type: e.dialType.value, line: e.line.value.trim()};
      case 'set-parameters': return Object.fromEntries(e.parameters.value.split('\n').map(line => line.trim()).filter(Boolean)
        .map(line => [line.split('=')[0].trim(), line.slice(line.indexOf('=') + 1).trim()]));
      case 'ad-password': return {activeDirectoryPassword: e.activeDirectoryPassword.value};
      default: return {};
    }
  }
  creating.addEventListener('submit', async event => {
    event.preventDefault();
    const type = creating.elements.type.value;
    const created = await Dialtone.act(creating, () => Dialtone.call('POST', '/tasks', {type: type === 'ad-password' ? 'set-parameters' : type,
      name: creating.elements.name.value.trim() || null, targets: targets.map(({kind, id, filter}) => ({kind, id, filter})),
      arguments: taskArguments(type), runAt: creating.elements.runAt.value ? new Date(creating.elements.runAt.value).toISOString() : null}));
    if (created) {
      Dialtone.say(created.typeTitle + ': task ' + created.name + ' created for ' + targets.map(t => t.label).join(', '));
      creating.elements.activeDirectoryPassword.value = '';
      search.reload();
      open(created.id);
    }
  });
  // Linked from a device group's or a site's page: ?target=group:<id>:<name>&type=reboot
  const preset = Dialtone.param('target');
  if (preset && /^(group|site|device):\d+:/.test(preset)) {
    const [kind, id, ...name] = preset.split(':');
    addTarget({kind, id: Number(id), label: kind + ' ' + name.join(':')});
  }
  if (Dialtone.param('type') && creating.querySelector('option[value="' + CSS.escape(Dialtone.param('type')) + '"]')) {
    creating.elements.type.value = Dialtone.param('type');
  }
  chooseType();
  chooseKind();

  if (Dialtone.param('id')) open(Dialtone.param('id'));
})();
