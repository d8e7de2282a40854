// The service dashboard: the server's aggregates (devices by type, model, site and group; software by image) drawn
// with Chart.js; each chart also carries its figures as text for screen readers.
'use strict';
(function () {
  const charts = {};
  const ONLINE = '#2e7d32', OFFLINE = '#9e9e9e', PENDING = '#f0b400', FAILING = '#c62828';
  const PALETTE = ['#12355b', '#2e86de', '#48c9b0', '#f5a623', '#8e44ad', '#c0392b', '#7f8c8d', '#16a085', '#d35400', '#2c3e50'];

  function draw(id, type, labels, datasets, stacked) {
    const canvas = document.getElementById(id);
    canvas.setAttribute('aria-label', labels.length === 0 ? 'no devices yet' : labels.map((label, i) =>
      label + ': ' + datasets.map(d => d.data[i] + (datasets.length > 1 ? ' ' + d.label : '')).join(', ')).join('; '));
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(canvas, {type, data: {labels, datasets},
      options: {responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {legend: {display: type === 'doughnut' || datasets.length > 1}},
        scales: type === 'doughnut' ? {} : {x: {stacked}, y: {stacked, beginAtZero: true, ticks: {precision: 0}}}}});
  }

  function onlineOffline(tallies) {
    return [{label: 'online', data: tallies.map(t => t.online), backgroundColor: ONLINE},
      {label: 'offline', data: tallies.map(t => t.devices - t.online), backgroundColor: OFFLINE}];
  }

  async function load() {
    Dialtone.showProblem(null);
    try {
      const [summary, software, health, alerts] = await Promise.all([Dialtone.call('GET', '/devices/summary'),
        Dialtone.call('GET', '/software/status'), Dialtone.call('GET', '/system/health'), Dialtone.call('GET', '/alerts?state=open&limit=1')]);
      document.getElementById('alerts').textContent = alerts.total.toLocaleString();
      document.getElementById('devices').textContent = summary.devices.toLocaleString();
      document.getElementById('online').textContent = summary.online.toLocaleString();
      document.getElementById('offline').textContent = (summary.devices - summary.online).toLocaleString();
      document.getElementById('pending').textContent = software.reduce((sum, s) => sum + s.pending, 0).toLocaleString();
      document.getElementById('failing').textContent = software.reduce((sum, s) => sum + s.failing, 0).toLocaleString();
      const tally = (list, name) => (list.find(t => t.name === name) || {devices: 0}).devices;
      document.getElementById('in-call').textContent = tally(summary.byCallStatus, 'IN_CALL').toLocaleString();
      document.getElementById('unregistered').textContent = tally(summary.byRegistration, 'UNREGISTERED').toLocaleString();
      const notices = health.notices || [];
      document.getElementById('notices').replaceChildren(...notices.map(n => Dialtone.el('li', {}, n)));
      document.getElementById('notices-title').hidden = notices.length === 0;
      draw('by-type', 'doughnut', summary.byType.map(t => t.name || 'not known yet'), [{data: summary.byType.map(t => t.devices),
        backgroundColor: PALETTE}], false);
      draw('by-registration', 'doughnut', summary.byRegistration.map(t => t.name.toLowerCase()), [{data: summary.byRegistration.map(t => t.devices),
        backgroundColor: [ONLINE, PENDING, FAILING, OFFLINE]}], false);
      draw('by-model', 'bar', summary.byModel.map(t => t.name || 'not known yet'), [{label: 'devices', data: summary.byModel.map(t => t.devices),
        backgroundColor: PALETTE[1]}], false);
      draw('by-site', 'bar', summary.bySite.map(t => t.name), onlineOffline(summary.bySite), true);
      draw('by-group', 'bar', summary.byGroup.map(t => t.name), onlineOffline(summary.byGroup), true);
      const images = software.filter(s => s.imageId !== null);
      draw('software', 'bar', images.map(s => s.imageName + ' ' + (s.version || '')), [
        {label: 'up to date', data: images.map(s => s.upToDate), backgroundColor: ONLINE},
        {label: 'pending', data: images.map(s => s.pending), backgroundColor: PENDING},
        {label: 'failing', data: images.map(s => s.failing), backgroundColor: FAILING}], true);
      document.getElementById('updated').textContent = 'as of ' + new Date().toLocaleTimeString();
    } catch (error) {
      Dialtone.showProblem(error);
    }
  }

  document.getElementById('refresh').addEventListener('click', load);
  load();
})();
