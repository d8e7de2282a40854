// Imports: a CSV of devices or sites sent with progress, then the report and the per-row log (the last import is
// shown again on return).
'use strict';
(function () {
  const LAST = 'dialtone.imports.last';
  const form = document.getElementById('import');
  let log = [];

  /** Rows of a CSV text as the server writes its logs (RFC 4180 quoting). */
  function rows(text) {
    const result = [];
    let row = [], field = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
      } else if (c === '"') { quoted = true; } else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(field); result.push(row); row = []; field = '';
      } else { field += c; }
    }
    if (field !== '' || row.length) { row.push(field); result.push(row); }
    return result;
  }

  function showLog() {
    const filter = document.getElementById('log-filter').value;
    const shown = log.filter(r => !filter || r[1] === filter || (filter === 'warning' && /warn/i.test(r[1])));
    document.querySelector('#log tbody').replaceChildren(...shown.map(r => {
      const row = document.createElement('tr');
      r.forEach(value => Dialtone.cell(row, value));
      if (r[1] === 'failed') row.className = 'failed';
      return row;
    }));
  }

  async function report(id) {
    const answer = await Dialtone.call('GET', '/imports/' + id);
    const section = document.getElementById('report-section');
    section.hidden = false;
    document.getElementById('report-title').textContent = 'Import ' + answer.id + ' of ' + answer.kind;
    const items = [['Rows', answer.rows], ['Created', answer.created], ['Updated', answer.updated], ['Skipped', answer.skipped],
      ['Failed', answer.failed], ['Warnings', answer.warnings], ['Separator', answer.separator === '\t' ? 'tab' : answer.separator]];
    Dialtone.summary(document.getElementById('report'), items);
    log = rows(await Dialtone.call('GET', '/imports/' + id + '/log', null, null, {Accept: 'text/csv'})).slice(1);
    document.getElementById('log-download').href = location.origin + '/api/v1/imports/' + id + '/log';
    showLog();
  }

  form.elements.kind.addEventListener('change', () => { document.getElementById('update-choice').hidden = form.elements.kind.value !== 'devices'; });
  document.getElementById('log-filter').addEventListener('change', showLog);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.elements.file.files[0];
    const kind = form.elements.kind.value;
    const line = document.getElementById('progress-line');
    const bar = document.getElementById('progress');
    const text = document.getElementById('progress-text');
    line.hidden = false;
    const answer = await Dialtone.act(form, () => Dialtone.upload('POST', '/' + kind + '/import' + Dialtone.query({separator: form.elements.separator.value,
      updateExisting: kind === 'devices' ? form.elements.updateExisting.value : ''}), file, 'text/csv', (sent, total) => {
      bar.value = total ? Math.round(100 * sent / total) : 0;
      text.textContent = sent < total ? Dialtone.bytes(sent) + ' of ' + Dialtone.bytes(total) : 'importing…';
    }));
    line.hidden = true;
    if (answer) {
      localStorage.setItem(LAST, String(answer.id));
      Dialtone.say('Imported ' + file.name + ': ' + answer.created + ' created, ' + answer.updated + ' updated, ' + answer.failed + ' failed');
      await report(answer.id).catch(error => Dialtone.showProblem(error));
    }
  });

  const last = localStorage.getItem(LAST);
  if (last) report(last).catch(() => localStorage.removeItem(LAST));
})();
