// Device groups: search kept until reset, a group's profiles in priority order (keyboard or drag), its members
// paged from the server, top priority, and the default groups new devices join.
'use strict';
(function () {
  const MEMBERS = 50;
  let group = null;
  const section = document.getElementById('group');
  const profiles = Dialtone.ordered(document.getElementById('profiles'), Dialtone.profileLabel, 'no profiles');
  const defaults = Dialtone.ordered(document.getElementById('defaults'), g => g.name, 'no default groups');
  const deviceName = d => d.name ? d.name + ' (' + (d.mac || d.serialNumber) + ')' : (d.mac || d.serialNumber);

  const search = Dialtone.keptSearch({
    key: 'dialtone.groups.search', form: document.getElementById('search'), pager: document.querySelector('.pager'),
    async load(params, offset, limit) {
      const page = await Dialtone.call('GET', '/device-groups' + Dialtone.query({q: params.q, offset, limit}));
      document.querySelector('#groups tbody').replaceChildren(...page.items.map(g => {
        const row = document.createElement('tr');
        Dialtone.cell(row, g.name);
        Dialtone.cell(row, g.description);
        Dialtone.cell(row, Dialtone.link('devices', {groupId: g.id}, String(g.deviceCount)));
        Dialtone.cell(row, g.defaultRank ? 'yes, ' + g.defaultRank : '');
        Dialtone.cell(row, Dialtone.el('button', {type: 'button', onclick: () => open(g.id)}, 'Open ', Dialtone.el('span', {class: 'visually-hidden'}, g.name)));
        return row;
      }));
      document.getElementById('count').textContent = Dialtone.count(page.total, 'device group', 'device groups');
      return page.total;
    }
  });

  async function open(id) {
    Dialtone.showProblem(null);
    try {
      group = await Dialtone.call('GET', '/device-groups/' + id);
      section.hidden = false;
      document.getElementById('group-title').textContent = 'Group ' + group.name;
      const edit = document.getElementById('edit');
      edit.elements.name.value = group.name;
      edit.elements.description.value = group.description || '';
      document.getElementById('schedule').href = '/system/console/dialtone.tasks?' + new URLSearchParams({target: 'group:' + group.id + ':' + group.name});
      profiles.set(await Dialtone.call('GET', '/deployment/group/' + id + '/profiles'));
      await members.first();
      history.replaceState(null, '', location.pathname + '?id=' + id);
      section.scrollIntoView();
    } catch (error) {
      Dialtone.showProblem(error);
    }
  }

  const members = Dialtone.pagedList({table: document.getElementById('members'), pager: document.querySelector('.member-pager'), limit: MEMBERS,
    load: (offset, limit) => Dialtone.call('GET', '/device-groups/' + group.id + '/devices' + Dialtone.query({offset, limit})),
    row: d => [Dialtone.link('device', {id: d.id}, d.name || d.mac || d.serialNumber), d.mac, d.model, d.siteName,
      Dialtone.el('button', {type: 'button', class: 'write', 'aria-label': 'Remove ' + (d.name || d.mac) + ' from the group',
        onclick: () => change({remove: [d.id]}, 'Removed ' + (d.name || d.mac))}, 'Remove')],
    one: 'member', many: 'members'});

  async function change(body, what) {
    const form = document.getElementById('members-form');
    const result = await Dialtone.act(form, () => Dialtone.call('POST', '/device-groups/' + group.id + '/devices', body));
    if (result) {
      Dialtone.changed(result, what);
      await members.reload();
      search.reload();
    }
  }

  Dialtone.pickInto('add-device', 'add-device-button', '/devices', document.getElementById('members-form'),
    {add: device => change({add: [device.id]}, 'Added ' + deviceName(device))}, 'a device', deviceName);

  const created = document.getElementById('new');
  created.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(created, () => Dialtone.call('POST', '/device-groups', {name: created.elements.name.value.trim(),
      description: created.elements.description.value.trim() || null}));
    if (saved) {
      created.reset();
      Dialtone.say('Created device group ' + saved.name);
      search.reload();
      open(saved.id);
    }
  });

  const edit = document.getElementById('edit');
  edit.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(edit, () => Dialtone.call('PUT', '/device-groups/' + group.id, {name: edit.elements.name.value.trim(),
      description: edit.elements.description.value.trim() || null, expectedVersion: group.version}), 'Saved');
    if (saved) { group = saved; search.reload(); }
  });
  document.getElementById('delete').addEventListener('click', async () => {
    if (!confirm('Delete device group ' + group.name + '? Its devices stay in the inventory.')) return;
    const done = await Dialtone.act(edit, () => Dialtone.call('DELETE', '/device-groups/' + group.id).then(() => true));
    if (done) {
      Dialtone.say('Deleted device group ' + group.name);
      section.hidden = true;
      history.replaceState(null, '', location.pathname);
      search.reload();
      loadDefaults();
    }
  });

  const profilesForm = document.getElementById('profiles-form');
  Dialtone.pickInto('add-profile', 'add-profile-button', '/profiles', profilesForm, profiles, 'a profile');
  profilesForm.addEventListener('submit', async event => {
    event.preventDefault();
    const result = await Dialtone.act(profilesForm, () => Dialtone.call('PUT', '/deployment/group/' + group.id + '/profiles'
      + Dialtone.applyQuery(profilesForm), {profileIds: profiles.items().map(p => p.id)}));
    Dialtone.changed(result, 'Saved the profiles of ' + group.name);
  });
  document.getElementById('top').addEventListener('click', async () => {
    const result = await Dialtone.act(profilesForm, () => Dialtone.call('POST', '/device-groups/' + group.id + '/top-priority'
      + Dialtone.applyQuery(profilesForm)));
    Dialtone.changed(result, group.name + ' is now the top priority group of its devices');
  });

  async function loadDefaults() {
    defaults.set(await Dialtone.call('GET', '/device-groups/defaults'));
  }
  const defaultsForm = document.getElementById('defaults-form');
  Dialtone.pickInto('add-default', 'add-default-button', '/device-groups', defaultsForm, defaults, 'a device group');
  defaultsForm.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(defaultsForm, () => Dialtone.call('PUT', '/device-groups/defaults', {groupIds: defaults.items().map(g => g.id)}),
      'Saved the default groups');
    if (saved) { defaults.set(saved); search.reload(); }
  });

  loadDefaults().catch(error => Dialtone.showProblem(error));
  if (Dialtone.param('id')) open(Dialtone.param('id'));
})();
