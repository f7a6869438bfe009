// Starts GraphiQL (a UMD bundle from npm, see api/package.json) against the URL this page was served from:
// GET /graphql with Accept: text/html. A file of its own because the page's CSP allows no inline script.
(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
