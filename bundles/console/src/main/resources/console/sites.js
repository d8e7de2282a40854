// The Sites page: a page of 50 sites from the server, a search kept until reset (F-ADMIN-3), a site's editor with its
// subnets, and the address tester that asks the server which site a device would land in.
'use strict';
(function () {
  const editor = document.getElementById('editor');
  const subnets = document.querySelector('#subnets tbody');
  let editing = null;

  const search = Dialtone.keptSearch({
    key: 'dialtone.sites.search', form: document.getElementById('search'), pager: document.querySelector('.pager'),
    async load(params, offset, limit) {
      const page = await Dialtone.call('GET', '/sites' + Dialtone.query({q: params.q, offset, limit}));
      const body = document.querySelector('#sites tbody');
      body.replaceChildren();
      for (const site of page.items) {
        const row = document.createElement('tr');
        Dialtone.cell(row, site.name);
        Dialtone.cell(row, site.description);
        Dialtone.cell(row, (site.publicSubnets || []).map(s => s.ipAddress + '/' + s.maskLength).join(', '));
        Dialtone.cell(row, Dialtone.link('devices', {siteId: site.id}, String(site.deviceCount)));
        Dialtone.cell(row, Dialtone.el('button', {type: 'button', onclick: () => edit(site)}, 'Edit ', Dialtone.el('span', {class: 'visually-hidden'}, site.name)));
        body.appendChild(row);
      }
      document.getElementById('count').textContent = Dialtone.count(page.total, 'site', 'sites');
      return page.total;
    }
  });

  function subnetRow(subnet) {
    const index = subnets.children.length;
    const row = document.createElement('tr');
    const input = (name, value, label, size) => Dialtone.el('input', {name: 'publicSubnets[' + index + '].' + name, value: value ?? '',
      'aria-label': label + ' ' + (index + 1), size});
    Dialtone.cell(row, input('ipAddress', subnet.ipAddress, 'Public address', 16));
    Dialtone.cell(row, input('maskLength', subnet.maskLength, 'Mask length', 3));
    Dialtone.cell(row, input('privateSubnets', (subnet.privateSubnets || []).map(p => p.ipAddress + '/' + p.maskLength).join(', '),
      'Private subnets', 40));
    Dialtone.cell(row, Dialtone.el('button', {type: 'button', onclick: () => row.remove()}, 'Remove'));
    subnets.appendChild(row);
  }

  function edit(site) {
    editing = site;
    Dialtone.showProblem(null);
    editor.hidden = false;
    document.getElementById('editor-title').textContent = site ? 'Site ' + site.name : 'New site';
    for (const name of ['name', 'description', 'location', 'downloadPath']) {
      editor.elements[name].value = site && site[name] ? site[name] : '';
    }
    editor.elements.agentSiteSpecific.checked = Boolean(site && site.agentSiteSpecific);
    editor.elements.pollIntervalMinutes.value = site && site.pollIntervalMinutes != null ? site.pollIntervalMinutes : '';
    subnets.replaceChildren();
    for (const subnet of site ? site.publicSubnets : []) {
      subnetRow(subnet);
    }
    document.getElementById('delete').hidden = !site || site.builtIn === 'INTERNET';
    const schedule = document.getElementById('schedule');
    schedule.hidden = !site;
    if (site) schedule.href = '/system/console/dialtone.tasks?' + new URLSearchParams({target: 'site:' + site.id + ':' + site.name});
    editor.elements.name.focus();
  }

  function privateSubnets(text) {
    return text.split(',').map(s => s.trim()).filter(Boolean).map(s => {
      const [ipAddress, maskLength] = s.split('/');
      return {ipAddress, maskLength: maskLength === undefined ? null : Number(maskLength)};
    });
  }

  function input() {
    const value = name => editor.elements[name].value.trim() || null;
    const rows = [...subnets.children].map(row => {
      const cells = row.querySelectorAll('input');
      return {ipAddress: cells[0].value.trim(), maskLength: cells[1].value.trim() === '' ? null : Number(cells[1].value),
        privateSubnets: privateSubnets(cells[2].value)};
    });
    return {name: value('name'), description: value('description'), location: value('location'), downloadPath: value('downloadPath'),
      agentSiteSpecific: editor.elements.agentSiteSpecific.checked, publicSubnets: rows,
      pollIntervalMinutes: value('pollIntervalMinutes') === null ? null : Number(value('pollIntervalMinutes')),
      expectedVersion: editing ? editing.version : undefined};
  }

  document.getElementById('new').addEventListener('click', () => edit(null));
  document.getElementById('add-subnet').addEventListener('click', () => subnetRow({}));
  document.getElementById('cancel').addEventListener('click', () => { editor.hidden = true; Dialtone.showProblem(null); });
  editor.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(editor, () => editing
      ? Dialtone.call('PUT', '/sites/' + editing.id, input()) : Dialtone.call('POST', '/sites', input()));
    if (saved) {
      editor.hidden = true;
      Dialtone.say('Saved site ' + saved.name);
      search.reload();
    }
  });
  document.getElementById('delete').addEventListener('click', async () => {
    if (!editing || !confirm('Delete site ' + editing.name + '? Its devices move to the site their address matches.')) {
      return;
    }
    const name = editing.name;
    const done = await Dialtone.act(editor, () => Dialtone.call('DELETE', '/sites/' + editing.id).then(() => true));
    if (done) {
      editor.hidden = true;
      Dialtone.say('Deleted site ' + name);
      search.reload();
    }
  });

  const tester = document.getElementById('tester');
  tester.addEventListener('submit', async event => {
    event.preventDefault();
    const answer = await Dialtone.act(tester, () => Dialtone.call('GET', '/sites/match'
      + Dialtone.query({public: tester.elements.public.value.trim(), private: tester.elements.private.value.trim()})));
    if (answer) {
      document.getElementById('match').textContent = 'Site ' + answer.siteName + (answer.reason ? ': ' + answer.reason : '');
    }
  });
})();
