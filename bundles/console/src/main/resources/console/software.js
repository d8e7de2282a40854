// Software: where devices stand with each image, the images (upload with progress, files, delete) and the Group
// Series licence files.
'use strict';
(function () {
  const countLink = (count, imageId, software) => count === 0 ? '0'
    : Dialtone.link('devices', imageId === null ? {software} : {software, softwareImageId: imageId}, String(count));

  async function status() {
    const list = await Dialtone.call('GET', '/software/status');
    document.querySelector('#status tbody').replaceChildren(...list.map(s => {
      const row = document.createElement('tr');
      Dialtone.cell(row, s.imageName || 'no image');
      Dialtone.cell(row, s.version);
      Dialtone.cell(row, countLink(s.upToDate, s.imageId, 'up-to-date'));
      Dialtone.cell(row, countLink(s.pending, s.imageId, 'pending'));
      Dialtone.cell(row, countLink(s.failing, s.imageId, 'failing'));
      Dialtone.cell(row, countLink(s.none, s.imageId, 'none'));
      return row;
    }));
  }

  async function images() {
    const list = await Dialtone.call('GET', '/software/images');
    document.querySelector('#images tbody').replaceChildren(...list.map(image => {
      const row = document.createElement('tr');
      Dialtone.cell(row, image.name);
      Dialtone.cell(row, image.version);
      Dialtone.cell(row, (image.models || []).join(', ') || (image.families || []).join(', '));
      Dialtone.cell(row, Dialtone.bytes(image.bytes));
      Dialtone.cell(row, Dialtone.when(image.uploadedAt) + ' ' + (image.uploadedBy || ''));
      const files = Dialtone.el('details', {}, Dialtone.el('summary', {}, (image.files || []).length + ' files'),
        Dialtone.el('ul', {}, (image.files || []).map(f => Dialtone.el('li', {}, Dialtone.el('a', {download: f.name,
          href: location.origin + '/api/v1/software/images/' + image.id + '/files/' + encodeURIComponent(f.name)}, f.name), ' ' + Dialtone.bytes(f.bytes)))));
      Dialtone.cell(row, files);
      Dialtone.cell(row, Dialtone.el('button', {type: 'button', class: 'danger write', 'aria-label': 'Delete ' + image.name, onclick: () => remove(image)}, 'Delete'));
      return row;
    }));
    const gs = list.filter(i => (i.families || []).includes('groupseries'));
    Dialtone.options(document.getElementById('license-image'), gs.map(i => ({value: i.id, label: i.name + ' ' + i.version})));
  }

  async function remove(image) {
    if (!confirm('Delete image ' + image.name + ' ' + image.version + '?')) return;
    Dialtone.showProblem(null);
    try {
      await Dialtone.call('DELETE', '/software/images/' + image.id);
    } catch (error) {
      if (error.status !== 409 || !confirm(error.message + '\n\nDelete it anyway? Those profiles then select no image.')) {
        Dialtone.showProblem(error);
        return;
      }
      await Dialtone.act(null, () => Dialtone.call('DELETE', '/software/images/' + image.id + '?force=true'));
    }
    Dialtone.say('Deleted image ' + image.name);
    refresh();
  }

  async function licenses() {
    const list = await Dialtone.call('GET', '/software/licenses');
    document.querySelector('#licenses tbody').replaceChildren(...list.map(l => {
      const row = document.createElement('tr');
      Dialtone.cell(row, l.imageName);
      Dialtone.cell(row, Dialtone.el('a', {href: location.origin + '/api/v1/software/licenses/' + l.imageId + '/file', download: l.fileName}, l.fileName));
      Dialtone.cell(row, Dialtone.when(l.uploadedAt) + ' ' + (l.uploadedBy || ''));
      Dialtone.cell(row, Dialtone.el('button', {type: 'button', class: 'write', 'aria-label': 'Delete the licence of ' + l.imageName, onclick: async () => {
        if (confirm('Delete the licence file of ' + l.imageName + '?')) {
          await Dialtone.act(null, () => Dialtone.call('DELETE', '/software/licenses/' + l.imageId), 'Deleted the licence file');
          licenses();
        }
      }}, 'Delete'));
      return row;
    }));
  }

  function refresh() {
    return Promise.all([status(), images(), licenses()]).catch(error => Dialtone.showProblem(error));
  }

  const upload = document.getElementById('upload');
  upload.addEventListener('submit', async event => {
    event.preventDefault();
    const file = upload.elements.name.files[0];
    const line = document.getElementById('progress-line');
    const bar = document.getElementById('progress');
    const text = document.getElementById('progress-text');
    line.hidden = false;
    bar.value = 0;
    const button = upload.querySelector('button[type=submit]');
    button.disabled = true;
    const image = await Dialtone.act(upload, () => Dialtone.upload('PUT', '/software/packages/' + encodeURIComponent(file.name)
      + Dialtone.query({version: upload.elements.version.value.trim(), family: upload.elements.family.value}), file, 'application/octet-stream',
      (sent, total) => {
        bar.value = total ? Math.round(100 * sent / total) : 0;
        text.textContent = sent < total ? Dialtone.bytes(sent) + ' of ' + Dialtone.bytes(total) : 'received, checking the package…';
      }));
    button.disabled = false;
    line.hidden = true;
    if (image) {
      upload.reset();
      Dialtone.say('Uploaded ' + image.name + ' ' + image.version + ' for ' + ((image.models || []).join(', ') || (image.families || []).join(', ')));
      refresh();
    }
  });

  const license = document.getElementById('license');
  license.addEventListener('submit', async event => {
    event.preventDefault();
    const file = license.elements.fileName.files[0];
    const saved = await Dialtone.act(license, () => Dialtone.call('PUT', '/software/licenses/' + license.elements.imageId.value
      + Dialtone.query({fileName: file.name}), file, 'text/plain'));
    if (saved) { license.reset(); Dialtone.say('Uploaded the licence file of ' + saved.imageName); licenses(); }
  });

  Dialtone.call('GET', '/device-types').then(types => Dialtone.options(document.getElementById('image-family'),
    types.map(t => ({value: t.family, label: t.label}))), error => Dialtone.showProblem(error));
  refresh();
})();
