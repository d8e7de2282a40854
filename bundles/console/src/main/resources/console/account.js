// The signed-in account.
'use strict';
(function () {
  document.getElementById('openapi').href = location.origin + '/api/v1/openapi.json';
  Dialtone.call('GET', '/account').then(account => {
    document.getElementById('account').replaceChildren(...[['Name', account.name], ['Roles', account.roles.join(', ') || 'none'],
      ['Realm', account.realm], ['Password kept in', account.passwordKeptIn]]
      .flatMap(([term, value]) => [Dialtone.el('dt', {}, term), Dialtone.el('dd', {}, value)]));
  }, error => Dialtone.showProblem(error));
})();
