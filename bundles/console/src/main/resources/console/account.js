// The signed-in account: details, password, API tokens; for admins the accounts.
'use strict';
(function () {
  document.getElementById('openapi').href = location.origin + '/api/v1/openapi.json';
  const when = t => t ? new Date(t).toLocaleString() : '';

  async function tokens() {
    const list = await Dialtone.call('GET', '/account/tokens');
    document.querySelector('#tokens tbody').replaceChildren(...list.map(t => {
      const tr = document.createElement('tr');
      const usable = !t.revokedAt && new Date(t.expiresAt) > new Date();
      for (const value of [t.label, t.role, when(t.createdAt), when(t.expiresAt), t.lastUsedAt ? when(t.lastUsedAt) + ' from ' + t.lastUsedAddress : 'never',
        t.revokedAt ? 'revoked' : usable ? 'usable' : 'expired']) Dialtone.cell(tr, value);
      const revoke = Dialtone.el('button', {type: 'button'}, 'Revoke');
      revoke.hidden = !usable;
      revoke.addEventListener('click', () => Dialtone.act(null, () => Dialtone.call('DELETE', '/account/tokens/' + t.id), 'Revoked token ' + t.label)
        .then(tokens));
      Dialtone.cell(tr, revoke);
      return tr;
    }));
    document.querySelector('#tokens caption').textContent = Dialtone.count(list.length, 'token', 'tokens');
  }

  async function siteNames() {
    const names = new Map();
    for (let offset = 0; ; offset += 500) {
      const page = await Dialtone.call('GET', '/sites?' + new URLSearchParams({offset, limit: 500}));
      page.items.forEach(s => names.set(s.id, s.name));
      if (offset + page.items.length >= page.total || !page.items.length) return names;
    }
  }

  async function accounts() {
    const section = document.getElementById('accounts-section');
    section.hidden = false;
    const sites = await siteNames();
    document.getElementById('new-sites').replaceChildren(...[...sites].map(([id, name]) => Dialtone.el('option', {value: id}, name)));
    const reach = a => !a.siteLimited ? 'every site' : a.siteIds.length ? a.siteIds.map(id => sites.get(id) || '#' + id).join(', ') : 'none (its sites were removed)';
    const list = Dialtone.pagedList({table: document.getElementById('accounts'), pager: section.querySelector('.pager'),
      one: 'account', many: 'accounts', load: (offset, limit) => Dialtone.call('GET', '/accounts?' + new URLSearchParams({offset, limit})),
      row: a => {
        const toggle = Dialtone.el('button', {type: 'button'}, a.enabled ? 'Disable' : 'Enable');
        toggle.addEventListener('click', () => Dialtone.act(null, () => Dialtone.call('PUT', '/accounts/' + a.id,
          {enabled: !a.enabled, expectedVersion: a.version}), (a.enabled ? 'Disabled ' : 'Enabled ') + a.name).then(() => list.reload()));
        const remove = Dialtone.el('button', {type: 'button', class: 'danger'}, 'Delete');
        remove.addEventListener('click', () => confirm('Delete account ' + a.name + ' and its tokens?')
          && Dialtone.act(null, () => Dialtone.call('DELETE', '/accounts/' + a.id), 'Deleted ' + a.name).then(() => list.reload()));
        return [a.name + (a.fullName ? ' (' + a.fullName + ')' : ''), a.role, reach(a), a.email, a.lastSignInAt ? when(a.lastSignInAt) + ' from '
          + a.lastSignInAddress : 'never', a.enabled ? 'yes' : 'no', Dialtone.el('span', {}, toggle, ' ', remove)];
      }});
    await list.first();
    const form = document.getElementById('new-account');
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const value = name => form.elements[name].value.trim() || null;
      const created = await Dialtone.act(form, () => Dialtone.call('POST', '/accounts', {name: value('name'), fullName: value('fullName'),
        email: value('email'), role: value('role'), siteIds: [...form.elements.siteIds.selectedOptions].map(o => Number(o.value)),
        password: form.elements.password.value}));
      if (created) {
        form.reset();
        Dialtone.say('Added account ' + created.name);
        list.reload();
      }
    });
  }

  Dialtone.call('GET', '/account').then(me => {
    const a = me.account;
    Dialtone.summary(document.getElementById('account'), [['Name', a.name], ['Full name', a.fullName], ['E-mail', a.email], ['Role', a.role],
      ['Acting as', me.actingRole + (me.token ? ' (token ' + me.token + ')' : '')], ['Last sign-in', a.lastSignInAt ? when(a.lastSignInAt)
        + ' from ' + a.lastSignInAddress : ''], ['Password changed', when(a.passwordChangedAt)]]);
    if (me.access.ACCOUNTS === 'WRITE') accounts().catch(error => Dialtone.showProblem(error));
    tokens().catch(error => Dialtone.showProblem(error));
  }, error => Dialtone.showProblem(error));

  const password = document.getElementById('password');
  password.addEventListener('submit', async event => {
    event.preventDefault();
    const done = await Dialtone.act(password, () => Dialtone.call('PUT', '/account/password', {currentPassword: password.elements.currentPassword.value,
      newPassword: password.elements.newPassword.value}), 'Password changed: the browser asks for the new one at your next page');
    if (done !== undefined) password.reset();
  });

  const token = document.getElementById('new-token');
  token.addEventListener('submit', async event => {
    event.preventDefault();
    const created = await Dialtone.act(token, () => Dialtone.call('POST', '/account/tokens', {label: token.elements.label.value.trim(),
      role: token.elements.role.value || null, expiresInDays: Number(token.elements.expiresInDays.value)}));
    if (created) {
      document.getElementById('token-value').textContent = created.secret;
      document.getElementById('token-secret').hidden = false;
      token.elements.label.value = '';
      tokens();
    }
  });
})();
