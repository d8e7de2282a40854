// Profile deployment: pick Global, a model, a site, a device group, a device, a user or a user group, then arrange
// its profiles in priority order (keyboard or drag) and say when the devices apply the change.
'use strict';
(function () {
  const PATHS = {site: '/sites', group: '/device-groups', device: '/devices', user: '/directory/users', 'user-group': '/directory/user-groups'};
  const target = document.getElementById('target');
  const form = document.getElementById('profiles-form');
  const profiles = Dialtone.ordered(document.getElementById('profiles'), Dialtone.profileLabel, 'no profiles');
  const deviceName = d => d.name ? d.name + ' (' + (d.mac || d.serialNumber) + ')' : (d.mac || d.serialNumber);
  const pickers = {};
  let current = null;

  function choose() {
    const type = target.elements.type.value;
    document.getElementById('key-choice').hidden = !PATHS[type];
    document.getElementById('model-choice').hidden = type !== 'model';
    const input = document.getElementById('key');
    if (PATHS[type] && !pickers[type]) {
      pickers[type] = Dialtone.picker(input, PATHS[type], type === 'device' ? deviceName : undefined);
    }
  }

  async function show(type, key, name) {
    const path = type === 'global' ? '/deployment/global/profiles' : '/deployment/' + type + '/' + encodeURIComponent(key) + '/profiles';
    profiles.set(await Dialtone.call('GET', path));
    current = {type, key, path};
    form.hidden = false;
    document.getElementById('profiles-title').textContent = 'Profiles of ' + name + ', highest priority first';
    if (type !== 'global') {
      const affected = await Dialtone.call('GET', '/deployment/' + type + '/' + encodeURIComponent(key) + '/devices');
      document.getElementById('affected').textContent = affected.deviceCount + (affected.deviceCount === 1 ? ' device gets' : ' devices get')
        + ' these profiles';
    } else {
      document.getElementById('affected').textContent = 'Every device gets these profiles, below all others';
    }
  }

  target.elements.type.addEventListener('change', choose);
  target.addEventListener('submit', async event => {
    event.preventDefault();
    const type = target.elements.type.value;
    await Dialtone.act(target, async () => {
      if (type === 'global') return show('global', null, 'Global');
      if (type === 'model') return show('model', target.elements.model.value, 'model ' + target.elements.model.selectedOptions[0].textContent);
      const chosen = pickers[type].chosen();
      if (!chosen) {
        throw Object.assign(new Error('Pick one from the list the search offers'), {field: 'key'});
      }
      return show(type, chosen.id, type.replace('-', ' ') + ' ' + (type === 'device' ? deviceName(chosen) : chosen.name));
    });
  });

  Dialtone.pickInto('add-profile', 'add-profile-button', '/profiles', form, profiles, 'a profile');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const result = await Dialtone.act(form, () => Dialtone.call('PUT', current.path + Dialtone.applyQuery(form),
      {profileIds: profiles.items().map(p => p.id)}));
    Dialtone.changed(result, 'Saved');
  });

  async function start() {
    const types = await Dialtone.call('GET', '/device-types');
    Dialtone.options(target.elements.model, types.flatMap(t => t.models).map(m => ({value: m.model, label: m.displayName})));
    const type = Dialtone.param('type');
    const key = Dialtone.param('key');
    if (type && key) {
      target.elements.type.value = type;
      choose();
      const path = PATHS[type];
      const item = path ? await Dialtone.call('GET', (type === 'device' ? '/devices/' : path + '/') + encodeURIComponent(key)) : null;
      if (item) document.getElementById('key').value = type === 'device' ? deviceName(item) : item.name;
      await show(type, key, type + ' ' + (item ? (type === 'device' ? deviceName(item) : item.name) : key));
    } else {
      choose();
    }
  }
  start().catch(error => Dialtone.showProblem(error));
})();
