// Calls /api/v1 on this server with the console's own sign-in, and shows a problem+json answer in words.
'use strict';
const Dialtone = {
  async call(method, path, body) {
    const options = {method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    // From the origin, never from the page's address: that may carry credentials, which fetch refuses.
    const answer = await fetch(location.origin + '/api/v1' + path, options);
    const type = answer.headers.get('Content-Type') || '';
    const json = type.includes('json') ? await answer.json() : null;
    if (!answer.ok) {
      const problem = json && json.detail ? json.detail : answer.status + ' ' + answer.statusText;
      throw Object.assign(new Error(problem), {field: json && json.field});
    }
    return json;
  },
  showProblem(error) {
    const element = document.getElementById('problem');
    element.textContent = error ? error.message : '';
    element.hidden = !error;
  },
  cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
    return td;
  }
};
