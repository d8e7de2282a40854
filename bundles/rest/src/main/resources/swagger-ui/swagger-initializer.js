// Swagger UI on this server's own API description; the browser's sign-in to /api/v1 carries over to "Try it out".
// The address is built from the origin: a page opened as https://user:password@host/ may not fetch relative URLs.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: window.location.origin + window.location.pathname.replace(/docs\/[^/]*$/, 'openapi.json'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout'
  });
};
