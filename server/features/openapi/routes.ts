import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { sendCacheable } from '../open-data/conditional-get.ts';
import { buildOpenApiDocument } from './document.ts';
import { renderDocsPage } from './docs-page.ts';

const assets = fileURLToPath(new URL('./assets', import.meta.url));
const CACHE = 'public, max-age=300';

/** GET /api/openapi.json (the API described, for machines) and /api/docs (the same, for people). */
export function openApiRoutes(options: { publicOrigin?: string; cookieName: string }): Router {
  const router = Router();
  // Built on first request, then kept: the document only changes with the code.
  let built: { json: string; html: string } | undefined;
  const files = () => {
    if (!built) {
      const document = buildOpenApiDocument(options);
      built = { json: JSON.stringify(document, null, 2), html: renderDocsPage(document) };
    }
    return built;
  };

  router.use('/api/docs/assets', express.static(assets, { maxAge: '1h', fallthrough: false, index: false }));
  router.get('/api/openapi.json', (req, res) => {
    sendCacheable(req, res, {
      body: files().json,
      contentType: 'application/json; charset=utf-8',
      cacheControl: CACHE,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
  router.get('/api/docs', (req, res) => {
    sendCacheable(req, res, {
      body: files().html,
      contentType: 'text/html; charset=utf-8',
      cacheControl: CACHE,
    });
  });
  return router;
}
