// The search index is fetched when the reader first opens search, not with every page:
// on a content page it would be more than half of the first view, and it grows with the
// guide. Material's bundle requests search/search_index.json as it starts (an
// XMLHttpRequest); this holds back only that request's send() until the search box gets
// focus or the search toggle opens (a click, a tap, or the "/" and "s" shortcuts, which
// focus the box). Everything else about search is Material's own. Loaded before the
// bundle by overrides/main.html; tests/test_browser.py checks both halves.
(function () {
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var wanted = false;
  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (go) { go(); });
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.searchIndex || wanted) return send.apply(xhr, args);
    held.push(function () { send.apply(xhr, args); });
  };
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(".md-search__input")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
  if (/[?&]q=/.test(location.search)) release();
})();
