// The Sites page: a page of 50 sites from the server, filtered by a search kept until reset (F-ADMIN-3).
'use strict';
(function () {
  const KEY = 'dialtone.sites.q';
  const LIMIT = 50;
  let offset = 0;
  let total = 0;
  const q = document.getElementById('q');
  q.value = localStorage.getItem(KEY) || '';

  async function load() {
    Dialtone.showProblem(null);
    try {
      const page = await Dialtone.call('GET', '/sites?q=' + encodeURIComponent(q.value) + '&offset=' + offset + '&limit=' + LIMIT);
      total = page.total;
      const body = document.querySelector('#sites tbody');
      body.replaceChildren();
      for (const site of page.items) {
        const row = document.createElement('tr');
        Dialtone.cell(row, site.name);
        Dialtone.cell(row, site.description);
        Dialtone.cell(row, (site.publicSubnets || []).map(s => s.ipAddress + '/' + s.maskLength).join(', '));
        Dialtone.cell(row, site.deviceCount);
        body.appendChild(row);
      }
      document.getElementById('count').textContent = total + (total === 1 ? ' site' : ' sites');
      document.getElementById('range').textContent = total === 0 ? '' : (offset + 1) + '–' + Math.min(offset + LIMIT, total) + ' of ' + total;
      document.getElementById('previous').disabled = offset === 0;
      document.getElementById('next').disabled = offset + LIMIT >= total;
    } catch (error) {
      Dialtone.showProblem(error);
    }
  }

  document.getElementById('search').addEventListener('submit', event => {
    event.preventDefault();
    localStorage.setItem(KEY, q.value);
    offset = 0;
    load();
  });
  document.getElementById('reset').addEventListener('click', () => {
    localStorage.removeItem(KEY);
    q.value = '';
    offset = 0;
    load();
  });
  document.getElementById('previous').addEventListener('click', () => { offset = Math.max(0, offset - LIMIT); load(); });
  document.getElementById('next').addEventListener('click', () => { offset += LIMIT; load(); });
  load();
})();
