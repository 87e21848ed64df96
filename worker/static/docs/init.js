// Starts Swagger UI on /docs. A file of its own (not an inline script) so the page's CSP can say script-src 'self'.
// validatorUrl: null keeps the UI from calling validator.swagger.io with our document.
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
