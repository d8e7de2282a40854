// The signed-in account.
'use strict';
(function () {
  document.getElementById('openapi').href = location.origin + '/api/v1/openapi.json';
  Dialtone.call('GET', '/account').then(account => {
    Dialtone.summary(document.getElementById('account'), [['Name', account.name], ['Roles', account.roles.join(', ') || 'none'],
      ['Realm', account.realm], ['Password kept in', account.passwordKeptIn]]);
  }, error => Dialtone.showProblem(error));
})();
