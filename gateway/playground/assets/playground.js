/* global React, ReactDOM, GraphiQL, document, window, URL */
// Runs in the browser, served as-is by the gateway (gateway/playground/playgroundRouter.ts).
(function () {
  'use strict';
  var settingsElement = document.getElementById('playground-settings');
  var settings = JSON.parse(settingsElement ? settingsElement.textContent || '{}' : '{}');
  var fetcher = GraphiQL.createFetcher({
    url: new URL(settings.endpoint, window.location.href).toString(),
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: settings.tabs,
      isHeadersEditorEnabled: true,
      // Tokens stay in the page: never written to localStorage.
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
    }),
  );
})();
