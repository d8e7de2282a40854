// What every Dialtone page shares: calls to /api/v1 with the console's own sign-in, problems shown in words next to
// the input they name, elements built from text only, searches kept until reset, server-side paging.
'use strict';
const Dialtone = {
  /** Calls under way: a page is settled when none is (its tests wait for that). */
  inFlight: 0,

  /** One call; a body that is not a string or Blob goes as JSON. Resolves to the answer's JSON (or text). */
  async call(method, path, body, contentType, headers) {
    Dialtone.inFlight++;
    try {
      return await Dialtone.send(method, path, body, contentType, headers);
    } finally {
      Dialtone.inFlight--;
    }
  },

  async send(method, path, body, contentType, headers) {
    const options = {method, credentials: 'same-origin', headers: {'Accept': 'application/json', ...headers}};
    if (body !== undefined && body !== null) {
      const raw = typeof body === 'string' || body instanceof Blob;
      options.headers['Content-Type'] = contentType || (raw ? 'application/octet-stream' : 'application/json');
      options.body = raw ? body : JSON.stringify(body);
    }
    // From the origin, never from the page's address: that may carry credentials, which fetch refuses.
    const answer = await fetch(location.origin + '/api/v1' + path, options);
    const type = answer.headers.get('Content-Type') || '';
    const content = type.includes('json') ? await answer.json() : await answer.text();
    if (!answer.ok) {
      throw Dialtone.problem(answer.status, answer.statusText, typeof content === 'object' ? content : null);
    }
    return content;
  },

  /** An upload whose progress {@code onProgress(sent, total)} follows; resolves like call. */
  upload(method, path, file, contentType, onProgress) {
    Dialtone.inFlight++;
    const done = () => Dialtone.inFlight--;
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open(method, location.origin + '/api/v1' + path);
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader('Content-Type', contentType || 'application/octet-stream');
      request.upload.onprogress = event => onProgress && onProgress(event.loaded, event.total);
      request.onerror = () => reject(new Error('The upload was interrupted: check the connection and upload the file again'));
      request.onload = () => {
        let json = null;
        try { json = JSON.parse(request.responseText); } catch (ignored) { /* not JSON */ }
        if (request.status >= 200 && request.status < 300) {
          resolve(json);
        } else {
          reject(Dialtone.problem(request.status, request.statusText, json));
        }
      };
      request.send(file);
    }).finally(done);
  },

  problem(status, statusText, json) {
    const detail = json && json.detail ? json.detail : status + ' ' + statusText;
    return Object.assign(new Error(detail), {status, field: json && json.field, rule: json && json.rule});
  },

  /** Shows a problem at the top of the page and, when it names a field of {@code form}, next to that input. */
  showProblem(error, form) {
    for (const old of document.querySelectorAll('.field-problem')) {
      const input = document.querySelector('[aria-describedby="' + old.id + '"]');
      if (input) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
      old.remove();
    }
    const element = document.getElementById('problem');
    element.textContent = error ? error.message : '';
    element.hidden = !error;
    if (!error || !error.field || !form) {
      return;
    }
    const input = Dialtone.inputFor(form, error.field);
    if (input) {
      const note = Dialtone.el('span', {class: 'field-problem', id: 'problem-' + Math.random().toString(36).slice(2)},
        error.rule || error.message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', note.id);
      input.insertAdjacentElement('afterend', note);
      input.focus();
    }
  },

  /** The input a problem's field names ({@code publicSubnets[0].ipAddress}), or the nearest one it belongs to. */
  inputFor(form, field) {
    for (let name = field; name; name = name.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
      const found = form.querySelector('[data-field="' + CSS.escape(name) + '"], [name="' + CSS.escape(name) + '"]');
      if (found) {
        return found;
      }
      if (!/[.[]/.test(name)) {
        break;
      }
    }
    return null;
  },

  /** An element with attributes (class, id, for, …; on* functions become listeners) and text or element children. */
  el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (typeof value === 'function') {
        element.addEventListener(name.replace(/^on/, ''), value);
      } else {
        element.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child !== undefined && child !== null) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return element;
  },

  cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.append(content);
    } else {
      td.textContent = content === null || content === undefined ? '' : String(content);
    }
    row.appendChild(td);
    return td;
  },

  /** A link to another Dialtone page, e.g. page('device', {id: 7}). */
  link(page, params, text) {
    const query = params ? '?' + new URLSearchParams(params) : '';
    return Dialtone.el('a', {href: '/system/console/dialtone.' + page + query}, text);
  },

  query(params) {
    const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
    return kept.length === 0 ? '' : '?' + new URLSearchParams(kept);
  },

  when(instant) {
    return instant ? new Date(instant).toLocaleString(undefined, {dateStyle: 'short', timeStyle: 'short'}) : '';
  },

  /** A count as people read it (50,400), with the noun in the singular or plural. */
  count(number, one, many) {
    return Number(number).toLocaleString() + ' ' + (number === 1 ? one : many);
  },

  bytes(count) {
    if (count === null || count === undefined) return '';
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = count, unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
    return (unit === 0 ? value : value.toFixed(1)) + ' ' + units[unit];
  },

  /**
   * A search form whose fields are kept in this browser until Reset (F-ADMIN-3), over a list the server pages:
   * {@code load(params, offset, limit)} fetches one page and returns its total.
   */
  keptSearch({key, form, limit, load, pager}) {
    limit = limit || 50;
    let offset = 0;
    const fields = () => [...form.elements].filter(e => e.name);
    const values = () => Object.fromEntries(fields().map(e => [e.name, e.type === 'checkbox' ? (e.checked ? 'true' : '') : e.value]));
    const saved = JSON.parse(localStorage.getItem(key) || '{}');
    for (const e of fields()) {
      if (saved[e.name] !== undefined) {
        if (e.type === 'checkbox') e.checked = saved[e.name] === 'true'; else e.value = saved[e.name];
      }
    }
    const previous = pager.querySelector('.previous');
    const next = pager.querySelector('.next');
    const range = pager.querySelector('.range');
    async function run() {
      Dialtone.showProblem(null);
      try {
        const total = await load(values(), offset, limit);
        range.textContent = total === 0 ? 'none' : (offset + 1).toLocaleString() + '–' + Math.min(offset + limit, total).toLocaleString() + ' of ' + total.toLocaleString();
        previous.disabled = offset === 0;
        next.disabled = offset + limit >= total;
      } catch (error) {
        Dialtone.showProblem(error, form);
      }
    }
    form.addEventListener('submit', event => {
      event.preventDefault();
      localStorage.setItem(key, JSON.stringify(values()));
      offset = 0;
      run();
    });
    form.addEventListener('reset', () => {
      localStorage.removeItem(key);
      offset = 0;
      setTimeout(() => {
        for (const hidden of fields().filter(e => e.type === 'hidden')) hidden.value = '';
        run();
      });
    });
    previous.addEventListener('click', () => { offset = Math.max(0, offset - limit); run(); });
    next.addEventListener('click', () => { offset += limit; run(); });
    run();
    return {reload: run, first() { offset = 0; return run(); }};
  },

  /** A definition list of [term, value] pairs, values as text or elements. */
  summary(list, items) {
    list.replaceChildren(...items.flatMap(([term, value]) => [Dialtone.el('dt', {}, term), Dialtone.el('dd', {}, value ?? '')]));
  },

  /**
   * A list inside a page that the server pages ({@code load(offset, limit)} answers a page): rows from {@code row(item)}
   * into {@code table}'s body, the count in its caption, Previous and Next in {@code pager}. Returns {first(), reload()}.
   */
  pagedList({table, pager, limit, load, row, one, many}) {
    limit = limit || 50;
    let offset = 0;
    const [previous, next] = pager.querySelectorAll('button');
    const range = pager.querySelector('span');
    async function show() {
      const page = await load(offset, limit);
      table.tBodies[0].replaceChildren(...page.items.map(item => {
        const tr = document.createElement('tr');
        for (const value of row(item)) Dialtone.cell(tr, value);
        return tr;
      }));
      table.caption.textContent = Dialtone.count(page.total, one, many);
      range.textContent = page.total === 0 ? 'none' : (offset + 1) + '–' + Math.min(offset + limit, page.total) + ' of ' + page.total;
      previous.disabled = offset === 0;
      next.disabled = offset + limit >= page.total;
    }
    const run = () => show().catch(error => Dialtone.showProblem(error));
    previous.addEventListener('click', () => { offset = Math.max(0, offset - limit); run(); });
    next.addEventListener('click', () => { offset += limit; run(); });
    return {first() { offset = 0; return show(); }, reload: show};
  },

  /** Fills a select with options [{value, label}], keeping a first option when it has no value (the "any" choice). */
  options(select, choices, selected) {
    const keep = select.options.length > 0 && select.options[0].value === '' ? [select.options[0]] : [];
    select.replaceChildren(...keep, ...choices.map(c => Dialtone.el('option', {value: c.value}, c.label)));
    if (selected !== undefined && selected !== null) {
      select.value = String(selected);
    }
  },

  /** Runs an action from a form: clears the problem, shows a failure next to its field, says what happened. */
  async act(form, action, done) {
    Dialtone.showProblem(null);
    try {
      const result = await action();
      if (done) Dialtone.say(done);
      return result;
    } catch (error) {
      Dialtone.showProblem(error, form);
      return undefined;
    }
  },

  say(text) {
    const status = document.getElementById('status');
    if (status) {
      status.textContent = text;
    }
  },

  /**
   * An ordered list the admin rearranges with buttons (keyboard) or by dragging; {@code label(item)} is its text or
   * element. Returns {items(), set(items), add(item)}.
   */
  ordered(list, label, empty) {
    let items = [];
    let dragged = null;
    function move(from, to) {
      if (to < 0 || to >= items.length) return;
      items.splice(to, 0, items.splice(from, 1)[0]);
      show();
    }
    function show() {
      list.replaceChildren(...items.map((item, index) => {
        const text = typeof label(item) === 'string' ? label(item) : label(item).textContent;
        const entry = Dialtone.el('li', {draggable: 'true', class: 'ordered',
          ondragstart: event => { dragged = index; event.dataTransfer.effectAllowed = 'move'; event.dataTransfer.setData('text/plain', text); },
          ondragover: event => event.preventDefault(),
          ondrop: event => { event.preventDefault(); if (dragged !== null) move(dragged, index); dragged = null; }},
          Dialtone.el('span', {class: 'grip', 'aria-hidden': 'true'}, '⠿ '), label(item), ' ',
          Dialtone.el('button', {type: 'button', disabled: index === 0, 'aria-label': 'Move ' + text + ' up', onclick: () => move(index, index - 1)}, '↑'),
          Dialtone.el('button', {type: 'button', disabled: index === items.length - 1, 'aria-label': 'Move ' + text + ' down',
            onclick: () => move(index, index + 1)}, '↓'),
          Dialtone.el('button', {type: 'button', 'aria-label': 'Remove ' + text, onclick: () => { items.splice(index, 1); show(); }}, 'Remove'));
        return entry;
      }));
      if (!items.length && empty) list.append(Dialtone.el('li', {class: 'empty'}, empty));
    }
    return {
      items: () => items.slice(),
      set(next) { items = next.slice(); show(); },
      add(item) { if (!items.some(i => i.id === item.id)) items.push(item); show(); }
    };
  },

  /**
   * A text input that offers the first 20 names the server finds for what is typed ({@code path?q=…&limit=20});
   * {@code chosen()} is the item whose name is in the input, or null; {@code onChosen(item or null)} follows it.
   */
  picker(input, path, name, onChosen) {
    name = name || (item => item.name);
    const list = Dialtone.el('datalist', {id: input.id + '-choices'});
    input.setAttribute('list', list.id);
    input.setAttribute('autocomplete', 'off');
    input.insertAdjacentElement('afterend', list);
    let found = [];
    let asked = 0;
    const chosen = () => found.find(item => name(item) === input.value) || null;
    input.addEventListener('input', async () => {
      if (chosen()) {
        if (onChosen) onChosen(chosen());
        return;
      }
      const ask = ++asked;
      try {
        const answer = await Dialtone.call('GET', path + (path.includes('?') ? '&' : '?') + new URLSearchParams({q: input.value, limit: 20}));
        if (ask !== asked) return;  // an answer to an earlier keystroke
        found = answer.items || answer;
        list.replaceChildren(...found.map(item => Dialtone.el('option', {value: name(item)})));
        if (onChosen) onChosen(chosen());
      } catch (error) {
        Dialtone.showProblem(error);
      }
    });
    return {chosen};
  },

  /** A picker whose Add button puts the chosen item into an ordered list, or says to pick one from the list. */
  pickInto(inputId, buttonId, path, form, list, noun, name) {
    const input = document.getElementById(inputId);
    const picker = Dialtone.picker(input, path, name);
    document.getElementById(buttonId).addEventListener('click', () => {
      const chosen = picker.chosen();
      if (!chosen) {
        Dialtone.showProblem(Object.assign(new Error('Pick ' + noun + ' from the list the search offers'), {field: input.name}), form);
        return;
      }
      input.value = '';
      list.add(chosen);
    });
    return picker;
  },

  /** The query of an apply choice (selects named apply and applyAt in the form): next poll, now, or at a time. */
  applyQuery(form) {
    const apply = form.elements.apply ? form.elements.apply.value : 'next-poll';
    const at = form.elements.applyAt && form.elements.applyAt.value ? new Date(form.elements.applyAt.value).toISOString() : '';
    return Dialtone.query({apply, applyAt: apply === 'scheduled' ? at : ''});
  },

  /** A profile as lists show it: its name and type. */
  profileLabel(profile) {
    return profile.name + ' (' + profile.type.toLowerCase().replaceAll('_', ' ') + ')';
  },

  /** Says what a change did to devices (a ChangeResult). */
  changed(result, what) {
    if (!result) return;
    const devices = result.deviceCount === 1 ? '1 device' : result.deviceCount + ' devices';
    const when = {NOW: 'now', SCHEDULED: 'at the scheduled time', NEXT_POLL: 'at their next poll'}[result.apply && result.apply.mode] || '';
    Dialtone.say(what + ': ' + devices + ' affected' + (when ? ', applied ' + when : ''));
  },

  param(name) {
    return new URLSearchParams(location.search).get(name);
  }
};
