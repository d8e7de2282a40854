// Provisioning settings (account, host name, download paths, polling window, the DHCP option string) and the TLS
// certificate: what is served, installing one, going back to self-signed, and the device trust anchors.
'use strict';
(function () {
  const form = document.getElementById('settings');
  let settings = null;

  function show(s) {
    settings = s;
    document.getElementById('address').textContent = s.provisioningAddress;
    document.getElementById('dhcp').textContent = s.dhcpOptionValue;
    document.getElementById('modified').textContent = Dialtone.when(s.modifiedAt) + ' by ' + s.modifiedBy;
    for (const name of ['hostName', 'downloadPathInside', 'downloadPathOutside', 'accountUser']) form.elements[name].value = s[name] || '';
    form.elements.pollingWindowStart.value = (s.pollingWindowStart || '').slice(0, 5);
    form.elements.pollingWindowEnd.value = (s.pollingWindowEnd || '').slice(0, 5);
    form.elements.accountPassword.value = '';
    document.getElementById('account-state').textContent = s.accountConfigured ? 'an account is set' : 'no account: every device request is refused';
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = name => form.elements[name].value.trim();
    const password = form.elements.accountPassword.value;
    const accountChanged = password !== '' || value('accountUser') !== (settings.accountUser || '');
    const saved = await Dialtone.act(form, () => Dialtone.call('PUT', '/provisioning/settings', {
      hostName: value('hostName'), downloadPathInside: value('downloadPathInside'), downloadPathOutside: value('downloadPathOutside'),
      pollingWindowStart: value('pollingWindowStart'), pollingWindowEnd: value('pollingWindowEnd'),
      accountUser: accountChanged ? value('accountUser') || null : null, accountPassword: accountChanged ? password || null : null,
      expectedVersion: settings.version}), 'Saved the provisioning settings');
    if (saved) show(saved);
  });

  async function tls() {
    const status = await Dialtone.call('GET', '/tls');
    document.querySelector('#certificates tbody').replaceChildren(...status.certificates.map(c => {
      const row = document.createElement('tr');
      for (const value of [c.source, c.keyType, c.subject, (c.subjectAlternativeNames || []).join(', '), Dialtone.when(c.notAfter)]) Dialtone.cell(row, value);
      Dialtone.cell(row, Dialtone.el('code', {}, c.sha256));
      return row;
    }));
    document.getElementById('trust').replaceChildren(...(status.deviceTrust.length ? status.deviceTrust.map(t => Dialtone.el('li', {}, t.subject || JSON.stringify(t)))
      : [Dialtone.el('li', {}, 'the built-in anchors (Polycom and Poly device CAs)')]));
  }
  document.getElementById('ca').href = location.origin + '/api/v1/tls/ca.pem';
  document.getElementById('certificate').href = location.origin + '/api/v1/tls/certificate.pem';

  const install = document.getElementById('install');
  install.addEventListener('submit', async event => {
    event.preventDefault();
    const file = install.elements.file.files[0];
    const pkcs12 = /\.(p12|pfx)$/i.test(file.name);
    const done = await Dialtone.act(install, () => Dialtone.call('PUT', '/tls/certificate', file, pkcs12 ? 'application/x-pkcs12' : 'application/x-pem-file',
      pkcs12 ? {'X-Keystore-Password': install.elements.password.value} : {}), 'Installed the certificate from ' + file.name + '; new connections use it');
    if (done) { install.reset(); tls(); }
  });
  document.getElementById('self-signed').addEventListener('click', async () => {
    if (!confirm('Serve the self-signed certificate again? Phones must trust the Dialtone CA for it.')) return;
    await Dialtone.act(install, () => Dialtone.call('DELETE', '/tls/certificate'), 'Serving the self-signed certificate');
    tls();
  });
  const trust = document.getElementById('device-trust');
  trust.addEventListener('submit', async event => {
    event.preventDefault();
    const file = trust.elements.file.files[0];
    const done = await Dialtone.act(trust, () => Dialtone.call('PUT', '/tls/device-trust', file, 'application/x-pem-file'), 'Replaced the device trust anchors');
    if (done) { trust.reset(); tls(); }
  });
  document.getElementById('trust-default').addEventListener('click', async () => {
    await Dialtone.act(trust, () => Dialtone.call('DELETE', '/tls/device-trust'), 'Using the built-in device trust anchors');
    tls();
  });

  Promise.all([Dialtone.call('GET', '/provisioning/settings').then(show), tls()]).catch(error => Dialtone.showProblem(error));
})();
