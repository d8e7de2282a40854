// Configuration profiles: search by name and type (kept until reset), the editor with the schema's search and each
// parameter's rule, import of a .cfg/.xml file, copy, and ZIP export and import.
'use strict';
(function () {
  let profile = null;
  let schemaFound = [];
  const selected = new Set();
  const section = document.getElementById('editor-section');
  const editor = document.getElementById('editor');
  const rows = document.querySelector('#attributes tbody');

  const search = Dialtone.keptSearch({
    key: 'dialtone.profiles.search', form: document.getElementById('search'), pager: document.querySelector('.pager'),
    async load(params, offset, limit) {
      const page = await Dialtone.call('GET', '/profiles' + Dialtone.query({q: params.q, type: params.type, offset, limit}));
      document.querySelector('#profiles tbody').replaceChildren(...page.items.map(p => {
        const row = document.createElement('tr');
        Dialtone.cell(row, Dialtone.el('input', {type: 'checkbox', 'aria-label': 'Select ' + p.name, checked: selected.has(p.id),
          onchange: event => event.target.checked ? selected.add(p.id) : selected.delete(p.id)}));
        Dialtone.cell(row, p.name);
        Dialtone.cell(row, p.type.toLowerCase().replaceAll('_', ' '));
        Dialtone.cell(row, p.attributeCount);
        Dialtone.cell(row, p.description);
        Dialtone.cell(row, Dialtone.when(p.modifiedAt) + ' ' + (p.modifiedBy || ''));
        Dialtone.cell(row, Dialtone.el('button', {type: 'button', onclick: () => open(p.id)}, 'Open ', Dialtone.el('span', {class: 'visually-hidden'}, p.name)));
        return row;
      }));
      document.getElementById('count').textContent = Dialtone.count(page.total, 'profile', 'profiles');
      return page.total;
    }
  });

  function rule(attribute) {
    if (!attribute) return 'not in the schema';
    const parts = [attribute.type];
    if (attribute.enumeration && attribute.enumeration.length) parts.push('one of ' + attribute.enumeration.join(', '));
    if (attribute.minInclusive !== null || attribute.maxInclusive !== null) parts.push((attribute.minInclusive ?? '') + '…' + (attribute.maxInclusive ?? ''));
    if (attribute.maxLength !== null) parts.push('up to ' + attribute.maxLength + ' characters');
    if (attribute.defaultValue !== null) parts.push('default ' + attribute.defaultValue);
    return parts.join('; ');
  }

  function attributeRow(attribute, schema) {
    const index = rows.children.length;
    const row = document.createElement('tr');
    Dialtone.cell(row, Dialtone.el('input', {name: 'attributes[' + index + '].name', value: attribute.name, 'aria-label': 'Parameter ' + (index + 1), size: 36}));
    const value = schema && schema.enumeration && schema.enumeration.length
      ? Dialtone.el('select', {name: 'attributes[' + index + '].value', 'aria-label': 'Value of ' + attribute.name},
        ...schema.enumeration.map(v => Dialtone.el('option', {value: v, selected: v === attribute.value}, v)))
      : Dialtone.el('input', {name: 'attributes[' + index + '].value', value: attribute.value ?? '', 'aria-label': 'Value of ' + attribute.name, size: 30});
    Dialtone.cell(row, value);
    Dialtone.cell(row, schema === undefined ? '' : rule(schema)).className = 'shadowed';
    Dialtone.cell(row, Dialtone.el('button', {type: 'button', 'aria-label': 'Remove ' + attribute.name, onclick: () => row.remove()}, 'Remove'));
    rows.append(row);
  }

  async function open(id) {
    Dialtone.showProblem(null);
    try {
      profile = await Dialtone.call('GET', '/profiles/' + id);
      section.hidden = false;
      document.getElementById('editor-title').textContent = 'Profile ' + Dialtone.profileLabel(profile);
      editor.elements.name.value = profile.name;
      editor.elements.description.value = profile.description || '';
      const images = await Dialtone.call('GET', '/software/images');
      Dialtone.options(editor.elements.softwareImageId, images.map(i => ({value: i.id, label: i.name + ' ' + i.version})), profile.softwareImageId ?? '');
      editor.elements.copyName.value = profile.name.replace(/-TEMPLATE$/, '') + '-copy';
      rows.replaceChildren();
      for (const attribute of profile.attributes) attributeRow(attribute);
      const readOnly = profile.type === 'STANDARD' || profile.type === 'TEMPLATE' || profile.type === 'SOFTWARE';
      for (const id of ['save', 'merge', 'delete', 'add-attribute']) document.getElementById(id).disabled = readOnly;
      const notes = [...(profile.warnings || []), profile.softwareProblem].filter(Boolean);
      if (readOnly) notes.unshift('A ' + profile.type.toLowerCase() + ' profile cannot be changed: copy it and change the copy.');
      const warnings = document.getElementById('warnings');
      warnings.textContent = notes.join(' ');
      warnings.hidden = notes.length === 0;
      history.replaceState(null, '', location.pathname + '?id=' + id);
      section.scrollIntoView();
    } catch (error) {
      Dialtone.showProblem(error);
    }
  }

  function input() {
    const attributes = [...rows.children].map(row => {
      const fields = row.querySelectorAll('input, select');
      return {name: fields[0].value.trim(), value: fields[1].value};
    });
    return {name: editor.elements.name.value.trim(), description: editor.elements.description.value.trim() || null,
      attributes, softwareImageId: editor.elements.softwareImageId.value ? Number(editor.elements.softwareImageId.value) : null,
      expectedVersion: profile.version};
  }

  editor.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(editor, () => Dialtone.call('PUT', '/profiles/' + profile.id + Dialtone.applyQuery(editor), input()));
    if (saved) {
      Dialtone.say('Saved profile ' + editor.elements.name.value);
      await open(profile.id);
      search.reload();
    }
  });
  document.getElementById('close').addEventListener('click', () => { section.hidden = true; history.replaceState(null, '', location.pathname); });
  document.getElementById('copy').addEventListener('click', async () => {
    const copy = await Dialtone.act(editor, () => Dialtone.call('POST', '/profiles/' + profile.id + '/copy', {name: editor.elements.copyName.value.trim()}));
    if (copy) { Dialtone.say('Copied to ' + copy.name); search.reload(); open(copy.id); }
  });
  document.getElementById('merge').addEventListener('click', async () => {
    const file = editor.elements.mergeFile.files[0];
    if (!file) {
      Dialtone.showProblem(Object.assign(new Error('Choose the .cfg or .xml file to merge'), {field: 'mergeFile'}), editor);
      return;
    }
    const merged = await Dialtone.act(editor, () => Dialtone.call('POST', '/profiles/' + profile.id + '/import-config' + Dialtone.applyQuery(editor),
      file, 'application/octet-stream'));
    if (merged) { Dialtone.say('Merged ' + file.name); open(profile.id); }
  });
  document.getElementById('delete').addEventListener('click', async () => {
    if (!confirm('Delete profile ' + profile.name + '? It is taken off every device it is deployed to.')) return;
    const done = await Dialtone.act(editor, () => Dialtone.call('DELETE', '/profiles/' + profile.id + Dialtone.applyQuery(editor)).then(() => true));
    if (done) { Dialtone.say('Deleted profile ' + profile.name); section.hidden = true; search.reload(); }
  });

  const schemaQ = document.getElementById('schema-q');
  let asked = 0;
  schemaQ.addEventListener('input', async () => {
    const q = schemaQ.value.trim();
    const results = document.getElementById('schema-results');
    const ask = ++asked;
    if (q.length < 2) { results.replaceChildren(); return; }
    try {
      const found = await Dialtone.call('GET', '/schema/attributes' + Dialtone.query({q, limit: 20, softwareImageId: profile && profile.softwareImageId}));
      if (ask !== asked) return;  // an answer to an earlier keystroke
      schemaFound = found;
      results.replaceChildren(...schemaFound.map(a => Dialtone.el('li', {},
        Dialtone.el('button', {type: 'button', onclick: () => { attributeRow({name: a.name, value: a.defaultValue}, a); results.replaceChildren(); schemaQ.value = ''; }},
          'Add ' + a.name), ' ', Dialtone.el('span', {class: 'shadowed'}, rule(a) + (a.documentation ? ' — ' + a.documentation : '')))));
    } catch (error) {
      Dialtone.showProblem(error);
    }
  });
  document.getElementById('add-attribute').addEventListener('click', () => {
    const name = schemaQ.value.trim();
    attributeRow({name, value: ''}, schemaFound.find(a => a.name === name) || null);
    schemaQ.value = '';
  });

  const created = document.getElementById('new');
  created.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await Dialtone.act(created, () => Dialtone.call('POST', '/profiles', {name: created.elements.name.value.trim(),
      description: created.elements.description.value.trim() || null, attributes: []}));
    if (saved) { created.reset(); Dialtone.say('Created profile ' + saved.name); search.reload(); open(saved.id); }
  });
  const config = document.getElementById('import-config');
  config.addEventListener('submit', async event => {
    event.preventDefault();
    const file = config.elements.file.files[0];
    const saved = await Dialtone.act(config, () => Dialtone.call('POST', '/profiles/import-config' + Dialtone.query({name: config.elements.name.value.trim()}),
      file, 'application/octet-stream'));
    if (saved) { config.reset(); Dialtone.say('Imported ' + file.name + ' as profile ' + saved.name); search.reload(); open(saved.id); }
  });
  const zip = document.getElementById('import-zip');
  zip.addEventListener('submit', async event => {
    event.preventDefault();
    const file = zip.elements.file.files[0];
    const saved = await Dialtone.act(zip, () => Dialtone.call('POST', '/profiles/import' + Dialtone.query({overwrite: zip.elements.overwrite.checked ? 'true' : ''}),
      file, 'application/zip'));
    if (saved) { zip.reset(); Dialtone.say('Imported ' + saved.length + (saved.length === 1 ? ' profile' : ' profiles') + ' from ' + file.name); search.reload(); }
  });
  document.getElementById('export').addEventListener('click', () => {
    if (selected.size === 0) {
      Dialtone.showProblem(new Error('Select the profiles to export first'));
      return;
    }
    location.href = location.origin + '/api/v1/profiles/export?ids=' + [...selected].join(',');
  });

  if (Dialtone.param('id')) open(Dialtone.param('id'));
})();
