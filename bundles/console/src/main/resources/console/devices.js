// The Device Monitor: the server searches, filters, sorts and pages (50 at a time); the search and the sort stay in
// this browser until reset, the choice of columns is kept for the account (F-ADMIN-3).
'use strict';
(function () {
  const COLUMNS = [
    {key: 'name', title: 'Name', sort: 'name', value: d => Dialtone.link('device', {id: d.id}, d.name || d.mac || d.serialNumber || ('#' + d.id))},
    {key: 'mac', title: 'MAC address', sort: 'mac', value: d => d.mac},
    {key: 'serialNumber', title: 'Serial number', sort: 'serial', value: d => d.serialNumber, hidden: true},
    {key: 'type', title: 'Type', sort: 'type', value: d => d.type},
    {key: 'model', title: 'Model', sort: 'model', value: d => d.model},
    {key: 'site', title: 'Site', sort: 'site', value: d => d.siteName},
    {key: 'publicIp', title: 'Public IP', sort: 'publicIp', value: d => d.publicIp, hidden: true},
    {key: 'privateIp', title: 'Private IP', sort: 'privateIp', value: d => d.privateIp},
    {key: 'softwareVersion', title: 'Software version', sort: 'softwareVersion', value: d => d.softwareVersion},
    {key: 'software', title: 'Software update', value: d => d.softwareUpdate ? d.softwareUpdate.state.toLowerCase().replaceAll('_', ' ')
        + (d.softwareUpdate.version ? ' (' + d.softwareUpdate.version + ')' : '') : ''},
    {key: 'status', title: 'Status', sort: 'status', value: d => d.status === 'ONLINE' ? 'Online' : 'Offline'},
    {key: 'registration', title: 'SIP registration', sort: 'registration', value: d => (d.registration || '').toLowerCase()},
    {key: 'callStatus', title: 'Call status', sort: 'callStatus', value: d => (d.callStatus || '').toLowerCase().replaceAll('_', ' ')},
    {key: 'lastSeen', title: 'Last seen', sort: 'lastSeen', value: d => Dialtone.when(d.lastSeen)},
    {key: 'lastProvision', title: 'Last provision', value: d => d.lastProvisionAt
        ? Dialtone.when(d.lastProvisionAt) + ' ' + (d.lastProvisionResult || '').toLowerCase() : '', hidden: true},
    {key: 'created', title: 'Added', sort: 'created', value: d => Dialtone.when(d.createdAt) + ' (' + (d.addedBy || '').toLowerCase() + ')', hidden: true},
    {key: 'description', title: 'Description', value: d => d.description, hidden: true},
  ];
  const COLUMNS_KEY = 'dialtone.devices.columns';
  const form = document.getElementById('search');
  let shown = JSON.parse(localStorage.getItem(COLUMNS_KEY) || 'null') || COLUMNS.filter(c => !c.hidden).map(c => c.key);
  let types = [];

  const chooser = document.getElementById('columns');
  for (const column of COLUMNS) {
    const box = Dialtone.el('input', {type: 'checkbox', id: 'column-' + column.key, checked: shown.includes(column.key),
      onchange: () => {
        shown = COLUMNS.filter(c => document.getElementById('column-' + c.key).checked).map(c => c.key);
        localStorage.setItem(COLUMNS_KEY, JSON.stringify(shown));
        Dialtone.call('PUT', '/account/preferences/devices.columns', {value: JSON.stringify(shown)}).catch(error => Dialtone.showProblem(error));
        search.reload();
      }});
    chooser.append(Dialtone.el('span', {class: 'choice'}, box, ' ', Dialtone.el('label', {for: box.id}, column.title), ' '));
  }

  function header() {
    const row = document.querySelector('#devices thead tr');
    row.replaceChildren();
    for (const column of COLUMNS.filter(c => shown.includes(c.key))) {
      const th = Dialtone.el('th', {scope: 'col'});
      if (column.sort) {
        const current = form.elements.sort.value === column.sort;
        const descending = current && form.elements.order.value === 'desc';
        th.setAttribute('aria-sort', current ? (descending ? 'descending' : 'ascending') : 'none');
        th.append(Dialtone.el('button', {type: 'button', class: 'sort', onclick: () => {
          form.elements.order.value = current && !descending ? 'desc' : 'asc';
          form.elements.sort.value = column.sort;
          form.requestSubmit();
        }}, column.title + (current ? (descending ? ' ▼' : ' ▲') : '')));
      } else {
        th.textContent = column.title;
      }
      row.append(th);
    }
  }

  function filters(params) {
    return {q: params.q, type: params.type, model: params.model, status: params.status, software: params.software,
      registration: params.registration, callStatus: params.callStatus,
      siteId: params.siteName ? params.siteId : '', groupId: params.groupName ? params.groupId : '',
      softwareImageId: params.softwareImageId};
  }

  let search;
  let shownFilters = {};
  document.getElementById('refresh').addEventListener('click', async () => {
    const due = await Dialtone.act(form, () => Dialtone.call('POST', '/devices/refresh' + Dialtone.query(shownFilters)));
    if (due) Dialtone.say(Dialtone.count(due.due, 'device is', 'devices are') + ' due a status poll now; reload to see their status as the polls come in');
  });
  // Site and group pickers: the server finds the first 20 names matching what is typed; the id goes with the search.
  for (const [id, path] of [['site', '/sites'], ['group', '/device-groups']]) {
    const input = document.getElementById(id);
    const hidden = form.elements[id + 'Id'];
    Dialtone.picker(input, path, undefined, item => { hidden.value = item ? item.id : ''; });
  }

  function models(typeSelect, modelSelect, selected) {
    const type = types.find(t => t.type === typeSelect.value);
    Dialtone.options(modelSelect, (type ? type.models : []).map(m => ({value: m.model, label: m.displayName})), selected);
  }

  // A link from another page (a site's device count, a software status) sets the search it names.
  async function linked() {
    const url = new URLSearchParams(location.search);
    if (![...url.keys()].length) return;
    const kept = {};
    for (const name of ['q', 'type', 'model', 'status', 'software', 'softwareImageId', 'registration', 'callStatus']) kept[name] = url.get(name) || '';
    for (const [name, path] of [['site', '/sites/'], ['group', '/device-groups/']]) {
      const id = url.get(name + 'Id');
      kept[name + 'Id'] = id || '';
      kept[name + 'Name'] = id ? (await Dialtone.call('GET', path + encodeURIComponent(id))).name : '';
    }
    localStorage.setItem('dialtone.devices.search', JSON.stringify(kept));
    history.replaceState(null, '', location.pathname);
  }

  async function start() {
    const list = await Dialtone.call('GET', '/device-types');
    types = list.map(t => ({type: t.models.length ? t.models[0].type : t.label, label: t.label, models: t.models}));
    const choices = types.map(t => ({value: t.type, label: t.label}));
    await linked();
    const kept = await Dialtone.call('GET', '/account/preferences/devices.columns');
    if (kept.value) {
      // The account's choice, made in any browser, wins over this browser's.
      shown = JSON.parse(kept.value);
      for (const column of COLUMNS) document.getElementById('column-' + column.key).checked = shown.includes(column.key);
    }
    const saved = JSON.parse(localStorage.getItem('dialtone.devices.search') || '{}');
    Dialtone.options(form.elements.type, choices, saved.type);
    models(form.elements.type, form.elements.model, saved.model);
    form.elements.type.addEventListener('change', () => models(form.elements.type, form.elements.model, ''));
    const add = document.getElementById('new-device');
    Dialtone.options(add.elements.type, choices);
    models(add.elements.type, add.elements.model);
    add.elements.type.addEventListener('change', () => models(add.elements.type, add.elements.model));
    search = Dialtone.keptSearch({
      key: 'dialtone.devices.search', form, pager: document.querySelector('.pager'),
      async load(params, offset, limit) {
        header();
        const page = await Dialtone.call('GET', '/devices' + Dialtone.query({...filters(params), sort: params.sort, order: params.order, offset, limit}));
        const body = document.querySelector('#devices tbody');
        body.replaceChildren(...page.items.map(device => {
          const row = document.createElement('tr');
          for (const column of COLUMNS.filter(c => shown.includes(c.key))) {
            Dialtone.cell(row, column.value(device));
          }
          return row;
        }));
        document.getElementById('count').textContent = Dialtone.count(page.total, 'device', 'devices');
        shownFilters = filters(params);
        document.getElementById('export').href = location.origin + '/api/v1/devices/export' + Dialtone.query(shownFilters);
        return page.total;
      }
    });

  }
  start().catch(error => Dialtone.showProblem(error));

  const add = document.getElementById('new-device');
  add.addEventListener('submit', async event => {
    event.preventDefault();
    const value = name => add.elements[name].value.trim() || null;
    const device = await Dialtone.act(add, () => Dialtone.call('POST', '/devices', {type: value('type'), model: value('model'),
      mac: value('mac'), serialNumber: value('serialNumber'), name: value('name')}));
    if (device) {
      Dialtone.say('Added device ' + (device.name || device.mac || device.serialNumber));
      add.reset();
      search.reload();
    }
  });
})();
