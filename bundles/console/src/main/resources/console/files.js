// Files: resource files and the shared device files, each listed, downloaded, uploaded and deleted.
'use strict';
(function () {
  function table(id, rows, columns, download, remove) {
    const body = document.querySelector('#' + id + ' tbody');
    body.replaceChildren(...rows.map(item => {
      const row = document.createElement('tr');
      for (const column of columns) Dialtone.cell(row, column(item));
      Dialtone.cell(row, Dialtone.el('span', {}, Dialtone.el('a', {href: location.origin + '/api/v1' + download(item), download: item.name}, 'Download'), ' ',
        Dialtone.el('button', {type: 'button', class: 'write', 'aria-label': 'Delete ' + item.name, onclick: () => remove(item)}, 'Delete')));
      return row;
    }));
    if (!rows.length) body.append(Dialtone.el('tr', {}, Dialtone.el('td', {colspan: columns.length + 1}, 'none yet')));
  }

  async function resources() {
    const list = await Dialtone.call('GET', '/resources');
    table('resources', list, [r => r.name, r => r.description, r => Dialtone.bytes(r.bytes), r => Dialtone.when(r.uploadedAt) + ' ' + (r.uploadedBy || '')],
      r => '/resources/' + encodeURIComponent(r.name), async r => {
        if (confirm('Delete resource file ' + r.name + '?')) {
          await Dialtone.act(null, () => Dialtone.call('DELETE', '/resources/' + encodeURIComponent(r.name)), 'Deleted ' + r.name);
          resources();
        }
      });
  }

  async function shared() {
    const list = await Dialtone.call('GET', '/files');
    const path = f => '/files/' + encodeURIComponent(f.directory) + '/' + encodeURIComponent(f.name);
    table('shared', list, [f => f.directory, f => f.name, f => Dialtone.bytes(f.bytes), f => Dialtone.when(f.modifiedAt)], path, async f => {
      if (confirm('Delete ' + f.directory + '/' + f.name + '?')) {
        await Dialtone.act(null, () => Dialtone.call('DELETE', path(f)), 'Deleted ' + f.name);
        shared();
      }
    });
  }

  const resource = document.getElementById('resource');
  resource.addEventListener('submit', async event => {
    event.preventDefault();
    const file = resource.elements.name.files[0];
    const saved = await Dialtone.act(resource, () => Dialtone.upload('PUT', '/resources/' + encodeURIComponent(file.name)
      + Dialtone.query({description: resource.elements.description.value.trim()}), file), 'Uploaded ' + file.name);
    if (saved) { resource.reset(); resources(); }
  });
  const share = document.getElementById('share');
  share.addEventListener('submit', async event => {
    event.preventDefault();
    const file = share.elements.name.files[0];
    const saved = await Dialtone.act(share, () => Dialtone.upload('PUT', '/files/' + encodeURIComponent(share.elements.directory.value) + '/'
      + encodeURIComponent(file.name), file), 'Uploaded ' + file.name);
    if (saved) { share.reset(); shared(); }
  });

  Promise.all([resources(), shared()]).catch(error => Dialtone.showProblem(error));
})();
