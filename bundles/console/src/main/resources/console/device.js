// One device: its summary, its groups in priority order, the profiles deployed to it, its effective configuration
// with each value's source and what it shadows, and its files and logs.
'use strict';
(function () {
  const id = Dialtone.param('id');
  let device = null;
  const groups = Dialtone.ordered(document.getElementById('groups'), g => Dialtone.link('groups', {id: g.id}, g.name), 'in no device group');
  let config = [];

  function describe(source) {
    if (!source) return '';
    const where = source.containerType === 'GLOBAL' ? 'Global' : source.containerType.toLowerCase().replace('_', ' ') + ' '
      + (source.containerName || source.containerKey);
    return where + (source.profileName ? ' — ' + source.profileName : '');
  }

  function summary() {
    const list = document.getElementById('summary');
    const items = [
      ['Name', device.name], ['MAC address', device.mac], ['Serial number', device.serialNumber], ['Type', device.type],
      ['Model', device.model], ['Site', Dialtone.link('devices', {siteId: device.siteId}, device.siteName)],
      ['Status', device.status === 'ONLINE' ? 'Online' : 'Offline'], ['Last seen', Dialtone.when(device.lastSeen)],
      ['Public IP', device.publicIp], ['Private IP', device.privateIp], ['Software version', device.softwareVersion],
      ['Software update', device.softwareUpdate ? device.softwareUpdate.state.toLowerCase().replaceAll('_', ' ') + ' '
        + (device.softwareUpdate.version || '') : 'no image chosen'],
      ['Last provision', device.lastProvisionAt ? Dialtone.when(device.lastProvisionAt) + ' ' + (device.lastProvisionResult || '').toLowerCase() : 'never'],
      ['Added', Dialtone.when(device.createdAt) + ' (' + (device.addedBy || '').toLowerCase() + ')'],
      ['Description', device.description]];
    Dialtone.summary(list, items);
    const note = document.getElementById('model-note');
    note.textContent = device.driverMissing ? 'No installed driver serves this device\'s family: it cannot be provisioned until one is.'
      : (device.modelNote || '');
    note.hidden = !note.textContent;
    document.querySelector('h1').textContent = 'Device ' + (device.name || device.mac || device.serialNumber);
    const edit = document.getElementById('edit');
    edit.elements.name.value = device.name || '';
    edit.elements.description.value = device.description || '';
    edit.elements.privateIp.value = device.privateIp || '';
    document.getElementById('deploy-link').href = '/system/console/dialtone.deployment?' + new URLSearchParams({type: 'device', key: device.id});
  }

  const words = text => (text || 'unknown').toLowerCase().replaceAll('_', ' ');

  function showStatus(state) {
    Dialtone.summary(document.getElementById('device-status'), [
      ['Status', state.status === 'ONLINE' ? 'Online' : 'Offline'],
      ['Last heard', state.lastSeen ? Dialtone.when(state.lastSeen) + ' by ' + words(state.heardFrom) : 'never'],
      ['SIP registration', words(state.registration)], ['Call status', words(state.callStatus)],
      ['SIP URI', state.sipUri], ['SIP user', state.sipUser], ['Signed-in user', state.userLoggedIn],
      ['Uptime', state.uptimeSeconds == null ? null : Math.floor(state.uptimeSeconds / 86400) + ' d '
        + new Date(state.uptimeSeconds % 86400 * 1000).toISOString().substring(11, 19)],
      ['Last restart', state.lastRebootAt ? Dialtone.when(state.lastRebootAt) : null],
      ['Licence', words(state.licence)],
      ['Last event', state.lastEvent ? state.lastEvent + ', ' + Dialtone.when(state.lastEventAt) : null],
      ['Last poll', state.polledAt ? Dialtone.when(state.polledAt) + ': ' + state.pollResult : 'never'],
      ['Next poll', state.nextPollAt ? Dialtone.when(state.nextPollAt) : null]]);
    document.querySelector('#lines tbody').replaceChildren(...(state.lines.length ? state.lines.map(line => {
      const row = document.createElement('tr');
      Dialtone.cell(row, String(line.line));
      Dialtone.cell(row, line.address);
      Dialtone.cell(row, line.label);
      Dialtone.cell(row, words(line.registration));
      Dialtone.cell(row, line.inCall ? line.callState || 'in a call' : 'idle');
      return row;
    }) : [Dialtone.el('tr', {}, Dialtone.el('td', {colspan: 5}, 'no line reported yet'))]));
    document.querySelector('#changes tbody').replaceChildren(...state.changes.map(change => {
      const row = document.createElement('tr');
      Dialtone.cell(row, Dialtone.when(change.at));
      Dialtone.cell(row, words(change.status));
      Dialtone.cell(row, change.reason);
      return row;
    }));
  }

  document.getElementById('refresh-status').addEventListener('click', async () => {
    const state = await Dialtone.act(document.getElementById('status-form'),
      () => Dialtone.call('POST', '/devices/' + id + '/status/refresh'), 'Polled the device');
    if (state) showStatus(state);
  });

  function showConfig() {
    const filter = document.getElementById('config-filter').value.trim().toLowerCase();
    const shown = config.filter(a => !filter || a.name.toLowerCase().includes(filter));
    const body = document.querySelector('#config tbody');
    body.replaceChildren(...shown.map(attribute => {
      const row = document.createElement('tr');
      Dialtone.cell(row, attribute.name);
      Dialtone.cell(row, attribute.resourceFile ? 'resource file ' + attribute.value : attribute.value);
      Dialtone.cell(row, describe(attribute.source));
      Dialtone.cell(row, (attribute.shadowed || []).map(s => describe(s) + ': ' + s.value).join('; ')).className = 'shadowed';
      return row;
    }));
    document.getElementById('config-count').textContent = shown.length + ' of ' + config.length + ' parameters';
  }

  async function files() {
    const list = await Dialtone.call('GET', '/devices/' + id + '/files');
    const body = document.querySelector('#files tbody');
    body.replaceChildren(...list.map(file => {
      const row = document.createElement('tr');
      const path = '/devices/' + id + '/files/' + encodeURIComponent(file.directory) + '/' + encodeURIComponent(file.name);
      Dialtone.cell(row, file.directory);
      Dialtone.cell(row, Dialtone.el('a', {href: location.origin + '/api/v1' + path, download: file.name}, file.name));
      Dialtone.cell(row, Dialtone.bytes(file.bytes));
      Dialtone.cell(row, Dialtone.when(file.modifiedAt));
      Dialtone.cell(row, Dialtone.el('button', {type: 'button', class: 'write', 'aria-label': 'Delete ' + file.name, onclick: async () => {
        if (confirm('Delete ' + file.directory + '/' + file.name + '?')) {
          await Dialtone.act(null, () => Dialtone.call('DELETE', path), 'Deleted ' + file.name);
          files();
        }
      }}, 'Delete'));
      return row;
    }));
    if (!list.length) body.append(Dialtone.el('tr', {}, Dialtone.el('td', {colspan: 5}, 'no files')));
  }

  async function load() {
    device = await Dialtone.call('GET', '/devices/' + encodeURIComponent(id));
    summary();
    showStatus(await Dialtone.call('GET', '/devices/' + id + '/status'));
    groups.set(await Dialtone.call('GET', '/devices/' + id + '/groups'));
    const profiles = await Dialtone.call('GET', '/deployment/device/' + id + '/profiles');
    document.getElementById('profiles').replaceChildren(...(profiles.length ? profiles.map(p =>
      Dialtone.el('li', {}, Dialtone.link('profiles', {id: p.id}, Dialtone.profileLabel(p)))) : [Dialtone.el('li', {}, 'none of its own')]));
    const effective = await Dialtone.call('GET', '/devices/' + id + '/effective-config');
    config = effective.attributes;
    const image = effective.software ? await Dialtone.call('GET', '/software/images/' + encodeURIComponent(effective.software.value)) : null;
    document.getElementById('software-choice').textContent = image
      ? 'Software: ' + image.name + ' ' + image.version + ', chosen by ' + describe(effective.software) : 'Software: no image chosen for this device';
    showConfig();
    await files();
  }

  document.getElementById('config-filter').addEventListener('input', showConfig);
  const edit = document.getElementById('edit');
  edit.addEventListener('submit', async event => {
    event.preventDefault();
    const value = name => edit.elements[name].value.trim() || null;
    const saved = await Dialtone.act(edit, () => Dialtone.call('PUT', '/devices/' + id, {name: value('name'),
      description: value('description'), privateIp: value('privateIp'), expectedVersion: device.version}), 'Saved');
    if (saved) { device = saved; summary(); }
  });
  document.getElementById('reset-account').addEventListener('click', () => Dialtone.act(edit,
    () => Dialtone.call('DELETE', '/devices/' + id + '/provisioning-account'), 'The device gets a new provisioning account at its next request'));
  document.getElementById('delete').addEventListener('click', async () => {
    if (confirm('Delete this device from the inventory?')) {
      const done = await Dialtone.act(edit, () => Dialtone.call('DELETE', '/devices/' + id).then(() => true));
      if (done) location.href = '/system/console/dialtone.devices';
    }
  });

  const groupsForm = document.getElementById('groups-form');
  Dialtone.pickInto('add-group', 'add-group-button', '/device-groups', groupsForm, groups, 'a device group');
  groupsForm.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(groupsForm, () => Dialtone.call('PUT', '/devices/' + id + '/groups',
      {groupIds: groups.items().map(g => g.id)}), 'Saved the device groups');
    if (saved) {
      groups.set(saved);
      const effective = await Dialtone.call('GET', '/devices/' + id + '/effective-config');
      config = effective.attributes;
      showConfig();
    }
  });

  const upload = document.getElementById('upload');
  upload.addEventListener('submit', async event => {
    event.preventDefault();
    const file = upload.elements.name.files[0];
    const done = await Dialtone.act(upload, () => Dialtone.call('PUT', '/devices/' + id + '/files/'
      + encodeURIComponent(upload.elements.directory.value) + '/' + encodeURIComponent(file.name), file), 'Uploaded ' + file.name);
    if (done) { upload.reset(); files(); }
  });

  async function history() {
    const page = await Dialtone.call('GET', '/devices/' + id + '/tasks?limit=20');
    document.querySelector('#history tbody').replaceChildren(...page.items.map(t => {
      const row = document.createElement('tr');
      Dialtone.cell(row, Dialtone.link('tasks', {id: t.taskId}, 'task ' + t.taskId));
      Dialtone.cell(row, t.result.toLowerCase().replaceAll('_', ' '));
      Dialtone.cell(row, t.reason);
      Dialtone.cell(row, Dialtone.when(t.finishedAt));
      return row;
    }));
  }

  const control = document.getElementById('control');
  async function act(action, body) {
    const task = await Dialtone.act(control, () => Dialtone.call('POST', '/devices/' + id + '/actions/' + action, body));
    if (task) {
      Dialtone.say(task.typeTitle + ': task ' + task.name + ' created');
      setTimeout(() => history().catch(error => Dialtone.showProblem(error)), 1500);
    }
  }
  document.getElementById('reboot').addEventListener('click', () => confirm('Reboot this device?') && act('reboot', {}));
  document.getElementById('reset').addEventListener('click', () => confirm('Reset this device: ' + control.elements.kind.selectedOptions[0].textContent + '?')
    && act('reset', {kind: control.elements.kind.value}));
  document.getElementById('dial').addEventListener('click', () => act('dial', {destination: control.elements.destination.value.trim(),
    type: control.elements.type.value, line: control.elements.line.value.trim()}));
  document.getElementById('set').addEventListener('click', () => act('set-parameters', Object.fromEntries(control.elements.arguments.value
    .split('\n').map(line => line.trim()).filter(Boolean).map(line => [line.split('=')[0].trim(), line.slice(line.indexOf('=') + 1).trim()]))));

  document.getElementById('capture').addEventListener('click', async () => {
    const file = await Dialtone.act(control, () => Dialtone.call('POST', '/devices/' + id + '/screen-capture'), 'Captured the screen; it is kept among the logs');
    if (file) {
      document.getElementById('screen').src = location.origin + '/api/v1/devices/' + id + '/files/logs/' + encodeURIComponent(file.name);
      document.getElementById('screen-line').hidden = false;
      files();
    }
  });
  document.getElementById('get-configuration').addEventListener('click', async () => {
    const file = await Dialtone.act(control, () => Dialtone.call('POST', '/devices/' + id + '/configurations'
      + Dialtone.query({kind: control.elements.configurationKind.value})), 'Read the configuration; it is kept among the logs');
    if (file) {
      const content = await Dialtone.call('GET', '/devices/' + id + '/files/logs/' + encodeURIComponent(file.name));
      const shown = document.getElementById('configuration');
      shown.textContent = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
      shown.hidden = false;
      files();
    }
  });
  async function captureState() {
    const latest = (await Dialtone.call('GET', '/devices/' + id + '/packet-captures'))[0];
    const active = latest && (latest.state === 'CAPTURING' || latest.state === 'UPLOADING');
    document.getElementById('capture-start').disabled = active;
    document.getElementById('capture-stop').disabled = !latest || latest.state !== 'CAPTURING';
    document.getElementById('capture-cancel').disabled = !active;
    document.getElementById('capture-state').textContent = !latest ? 'No capture yet.'
      : latest.state === 'CAPTURING' ? 'Capturing' + (latest.filter ? ' ' + latest.filter : '') + ' since ' + Dialtone.when(latest.startedAt)
        + ', until ' + Dialtone.when(latest.endsAt) + ' or ' + latest.sizeMb + ' MB'
      : latest.state === 'UPLOADING' ? 'The device was told to send its capture; it appears among the logs'
      : latest.state === 'DONE' ? 'Last capture kept as ' + latest.fileName + ' (among the logs)'
      : 'Last capture ' + latest.state.toLowerCase() + (latest.reason ? ': ' + latest.reason : '');
  }
  document.getElementById('capture-start').addEventListener('click', async () => {
    const e = control.elements;
    const started = await Dialtone.act(control, () => Dialtone.call('POST', '/devices/' + id + '/packet-captures', {filter: e.filter.value.trim(),
      sizeMb: Number(e.sizeMb.value), minutes: Number(e.minutes.value)}), 'Started the capture');
    if (started) await captureState();
  });
  for (const [button, action, done] of [['capture-stop', 'stop', 'Stopped the capture; the device sends its file'],
    ['capture-cancel', 'cancel', 'Cancelled the capture; no file is kept']]) {
    document.getElementById(button).addEventListener('click', async () => {
      if (await Dialtone.act(control, () => Dialtone.call('POST', '/devices/' + id + '/packet-captures/' + action), done)) {
        await captureState();
        setTimeout(() => captureState().then(files).catch(error => Dialtone.showProblem(error)), 3000);
      }
    });
  }
  document.getElementById('change-ad-password').addEventListener('click', async () => {
    const password = control.elements.activeDirectoryPassword.value;
    await act('set-parameters', {activeDirectoryPassword: password});
    control.elements.activeDirectoryPassword.value = '';
  });
  document.getElementById('get').addEventListener('click', async () => {
    const values = await Dialtone.act(control, () => Dialtone.call('GET', '/devices/' + id + '/parameters'
      + Dialtone.query({names: control.elements.names.value.split(',').map(n => n.trim()).filter(Boolean).join(',')})));
    if (values) {
      const table = document.getElementById('parameters');
      table.hidden = false;
      table.tBodies[0].replaceChildren(...Object.entries(values).map(([name, v]) => {
        const row = document.createElement('tr');
        [name, v.value, v.source].forEach(text => Dialtone.cell(row, text));
        return row;
      }));
      control.elements.arguments.value = Object.entries(values).map(([name, v]) => name + '=' + (v.value ?? '')).join('\n');
    }
  });

  load().then(history).then(captureState).catch(error => Dialtone.showProblem(error));
})();
