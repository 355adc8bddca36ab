import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../http/app.ts';
import { listRoutes } from '../../http/route-list.ts';
import { createLogger } from '../../logger.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { signInAs } from '../../test-support/sessions.ts';
import type { TestClient } from '../../test-support/sessions.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import {
  getCommitmentDetail,
  openDataAgreement,
  quietCommitment,
  trickyCommitment,
} from '../open-data/test-fixtures.ts';
import { buildOpenApiDocument, openApiPath } from './document.ts';
import type { OpenApiDocument } from './document.ts';
import type { JsonSchema } from './schemas.ts';

const DOC_ID = 'https://accord-tracker.test/openapi.json';
const pointer = (...segments: string[]) =>
  segments
    .map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1')))
    .join('/');

/** Checks answers against the document's own schemas, as any client generated from it would expect. */
function responseChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOC_ID });
  return (path: string, method: string, status: number, body: unknown) => {
    const operation = document.paths[path]![method]!;
    const response = (operation.responses as Record<string, JsonSchema>)[String(status)];
    expect(response, `${method} ${path} documents ${status}`).toBeDefined();
    const where =
      typeof response!.$ref === 'string'
        ? response!.$ref.slice(1) + '/content/application~1json/schema'
        : `/${pointer('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema')}`;
    const validate = ajv.compile({ $ref: `${DOC_ID}#${where}` });
    expect(validate(body), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  };
}

async function registeredRoutes(): Promise<string[]> {
  // Listing routes queries nothing: no database needs starting (PGlite takes seconds on a busy machine).
  const database = { kind: 'pglite' } as Database;
  const { app } = createApp({ database, logger: createLogger('silent') });
  return listRoutes(app).map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
}

const document = buildOpenApiDocument({ cookieName: 'accord_session' });
const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method} ${path}`),
);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(document as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the server registers, and nothing else', async () => {
    const registered = await registeredRoutes();
    expect(registered.length).toBeGreaterThan(25);
    for (const route of registered)
      expect(documented, `${route} is not in the OpenAPI document`).toContain(route);
    expect([...documented].sort()).toEqual([...new Set(registered)].sort());
  }, 120_000);

  it('describes writes with their body, security and errors, from the shared schemas', () => {
    const publish = document.paths['/api/v1/commitments/{slug}/updates']!.post!;
    expect(publish.security).toEqual([{ sessionCookie: [], csrfToken: [] }, { apiToken: [] }]);
    expect(publish['x-required-role']).toBe('analyst');
    expect(publish.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewUpdate' } } },
    });
    expect(Object.keys(publish.responses as object).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
    ]);
    const newUpdate = document.components.schemas.NewUpdate!;
    expect(newUpdate.required).toEqual([
      'status',
      'effectiveOn',
      'actors',
      'summary',
      'sources',
      'baseVersion',
    ]);
    const newUpdateFields = Object.keys(newUpdate.properties as object);
    for (const field of ['datePrecision', 'standing', 'disputeNote', 'disputeNoteKo', 'meetsDeadline'])
      expect(newUpdateFields).toContain(field);
    const source = document.components.schemas.SourceInput!;
    expect(source.required).toContain('kind');
    const development = document.components.schemas.NewDevelopment!;
    expect(development.required).toContain('effects');
    expect((development.properties as Record<string, JsonSchema>).effects).toMatchObject({ maxItems: 100 });
    expect(document.paths['/api/v1/developments']!.post!['x-required-role']).toBe('analyst');
    expect(document.paths['/api/v1/commitments/{slug}/reviews']!.post!.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewReview' } } },
    });
    const summary = document.components.schemas.CommitmentSummary!.properties as Record<string, JsonSchema>;
    for (const field of ['textKo', 'deadlineNoteKo', 'deadlineMetOn', 'deadlineState', 'reviewedThrough'])
      expect(summary[field], `CommitmentSummary.${field}`).toBeDefined();
    const update = document.components.schemas.StatusUpdate!.properties as Record<string, JsonSchema>;
    for (const field of [
      'datePrecision',
      'actors',
      'standing',
      'disputeNote',
      'meetsDeadline',
      'developmentId',
    ])
      expect(update[field], `StatusUpdate.${field}`).toBeDefined();
    expect(document.components.schemas.Dashboard!.required).toContain('checkedThrough');
    expect((newUpdate.properties as Record<string, JsonSchema>).effectiveOn).toMatchObject({
      format: 'date',
    });
    expect(document.components.schemas.ApiError).toBeDefined();
    expect(document.paths['/api/v1/users']!.get!.security).toEqual([{ sessionCookie: [] }, { apiToken: [] }]);
    // Tokens are managed from a browser session only: a token cannot mint tokens.
    expect(document.paths['/api/v1/tokens']!.post!.security).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    expect(document.paths['/api/v1/tokens/{id}']!.delete!.security).toEqual([
      { sessionCookie: [], csrfToken: [] },
    ]);
    expect(document.components.schemas.ApiTokenCreate!.properties).toMatchObject({
      expiresInDays: { minimum: 1, maximum: 365, default: 90 },
    });
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.paths['/api/v1/dashboard']!.get!.security).toBeUndefined();
    expect(document.components.securitySchemes.csrfToken).toMatchObject({
      in: 'header',
      name: 'X-CSRF-Token',
    });
  });
});

describe.each(TEST_DATABASE_KINDS)('the API answers as documented, on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let served: OpenApiDocument;
  let check: ReturnType<typeof responseChecker>;
  let developmentId = 0;

  beforeAll(async () => {
    server = await startTestServer(kind, [openDataAgreement]);
    admin = await signInAs(server, 'admin');
    served = (await (await server.get('/api/openapi.json')).json()) as OpenApiDocument;
    check = responseChecker(served);
    // A development and a review, written as documented, so every GET below has one to show.
    const versions = await Promise.all(
      [trickyCommitment, quietCommitment].map(
        async (c) => (await getCommitmentDetail(server, c.slug)).version,
      ),
    );
    const development = await admin.send('POST', '/api/v1/developments', {
      effectiveOn: '2019-03-15',
      datePrecision: 'month',
      actors: ['DPRK'],
      standing: 'claimed',
      summary: 'Both moved at once',
      sources: [{ url: 'https://example.org/both', title: 'Both', kind: 'official' }],
      effects: [
        { commitmentSlug: trickyCommitment.slug, status: 'stalled', baseVersion: versions[0] },
        { commitmentSlug: quietCommitment.slug, status: 'in_progress', baseVersion: versions[1] },
      ],
    });
    expect(development.status).toBe(201);
    const body = (await development.json()) as { id: number };
    check('/api/v1/developments', 'post', 201, body);
    developmentId = body.id;
    const review = await admin.send('POST', `/api/v1/commitments/${quietCommitment.slug}/reviews`, {
      reviewedOn: '2020-01-01',
      note: 'No change',
    });
    expect(review.status).toBe(201);
    check('/api/v1/commitments/{slug}/reviews', 'post', 201, await review.json());
  }, 120_000);
  afterAll(() => server?.close());

  /** A real value for each path parameter, so every GET reaches a real resource. */
  const fill = (path: string) =>
    path
      .replace('/agreements/{slug}', '/agreements/open-data-agreement')
      .replace('/developments/{id}', `/developments/${developmentId}`)
      .replace('{slug}', trickyCommitment.slug)
      .replace('{username}', admin.username);

  it('serves the same document as it builds', () => {
    expect(served).toEqual(buildOpenApiDocument({ cookieName: 'accord_session' }));
  });

  it('every GET answers with its documented media type and schema (and 304 where it sends ETags)', async () => {
    const gets = Object.entries(served.paths).filter(([, methods]) => methods.get);
    expect(gets.length).toBeGreaterThan(15);
    for (const [path, methods] of gets) {
      const operation = methods.get!;
      const signedIn = operation.security !== undefined;
      const url = server.baseUrl + fill(path);
      const headers: Record<string, string> = signedIn ? { cookie: admin.cookie } : {};
      const abort = new AbortController();
      const response = await fetch(url, { headers, signal: abort.signal });
      expect(response.status, `GET ${path}`).toBe(200);
      const ok = (operation.responses as Record<string, JsonSchema>)['200']!;
      const [mediaType] = Object.keys(ok.content as object);
      expect(response.headers.get('content-type'), `GET ${path}`).toMatch(
        new RegExp(`^${mediaType!.replace('+', '\\+')}`),
      );
      if (mediaType === 'text/event-stream') {
        abort.abort(); // a stream stays open: its headers are the answer
        continue;
      }
      if (mediaType === 'application/json') check(path, 'get', 200, await response.json());
      else expect((await response.text()).length).toBeGreaterThan(0);
      const etag = response.headers.get('etag');
      if ((operation.responses as Record<string, JsonSchema>)['304']) {
        expect(etag, `GET ${path} sends an ETag`).toBeTruthy();
        expect((await fetch(url, { headers: { ...headers, 'if-none-match': etag! } })).status).toBe(304);
      }
    }
  });

  it('unknown resources give the documented 404 error body', async () => {
    for (const [path, methods] of Object.entries(served.paths)) {
      const responses = methods.get?.responses as Record<string, JsonSchema> | undefined;
      if (!responses?.['404'] || !path.includes('{')) continue;
      const missing = path.replace('{id}', '999999').replace(/\{[^}]+\}/, 'no-such-thing');
      const response = await server.get(missing, { cookie: admin.cookie });
      expect(response.status, `GET ${path}`).toBe(404);
      if (response.headers.get('content-type')?.startsWith('application/json'))
        check(path, 'get', 404, await response.json());
    }
  });

  it('writes answer with their documented schemas too', async () => {
    const before = await getCommitmentDetail(server, trickyCommitment.slug);
    const published = await admin.send('POST', `/api/v1/commitments/${trickyCommitment.slug}/updates`, {
      status: 'implemented',
      actors: ['ROK'],
      effectiveOn: '2020-01-01',
      summary: 'Done',
      sources: [{ url: 'https://example.org/done', title: 'Report', kind: 'news' }],
      baseVersion: before.version,
    });
    expect(published.status).toBe(201);
    const body = (await published.json()) as { update: { id: number }; commitment: { version: number } };
    check('/api/v1/commitments/{slug}/updates', 'post', 201, body);
    const retracted = await admin.send('POST', `/api/v1/updates/${body.update.id}/retraction`, {
      reason: 'A test entry',
      baseVersion: body.commitment.version,
    });
    check('/api/v1/updates/{id}/retraction', 'post', retracted.status, await retracted.json());
    const conflict = await admin.send('PATCH', `/api/v1/commitments/${trickyCommitment.slug}`, {
      title: 'New title',
      baseVersion: before.version,
    });
    expect(conflict.status).toBe(409);
    check('/api/v1/commitments/{slug}', 'patch', 409, await conflict.json());
    const stale = await admin.send('POST', '/api/v1/developments', {
      effectiveOn: '2020-02-01',
      actors: ['ROK'],
      summary: 'Stale',
      sources: [{ url: 'https://example.org/stale', title: 'Stale', kind: 'news' }],
      effects: [{ commitmentSlug: trickyCommitment.slug, status: 'stalled', baseVersion: before.version }],
    });
    expect(stale.status).toBe(409);
    check('/api/v1/developments', 'post', 409, await stale.json());
    const badReview = await admin.send('POST', `/api/v1/commitments/${trickyCommitment.slug}/reviews`, {
      reviewedOn: '2999-01-01',
    });
    expect(badReview.status).toBe(400);
    check('/api/v1/commitments/{slug}/reviews', 'post', 400, await badReview.json());
    // Relations: 201 with the subject, 409 for the same pair again, 204 on removal.
    const second = 'openapi-second-agreement';
    const created = await admin.send('POST', '/api/v1/agreements', {
      slug: second,
      title: 'A second agreement',
      signedOn: '2018-06-12',
      place: 'Singapore',
      parties: ['ROK'],
      summary: 'For relating',
    });
    expect(created.status).toBe(201);
    const first = openDataAgreement.slug;
    const relationPath = `/api/v1/agreements/${first}/relations`;
    const related = await admin.send('POST', relationPath, { type: 'builds_on', agreementSlug: second });
    check('/api/v1/agreements/{slug}/relations', 'post', 201, await related.json());
    const twice = await admin.send('POST', relationPath, { type: 'implements', agreementSlug: second });
    check('/api/v1/agreements/{slug}/relations', 'post', 409, await twice.json());
    const removed = await admin.send('DELETE', `${relationPath}/${second}`);
    expect(removed.status).toBe(204);
    const invalid = await admin.send('POST', '/api/v1/users', { username: 'X' });
    expect(invalid.status).toBe(400);
    check('/api/v1/users', 'post', 400, await invalid.json());
  });

  it('/api/docs lists every endpoint for people, with no script and no inline style', async () => {
    const response = await server.get('/api/docs');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const methods of Object.values(served.paths))
      for (const [method, operation] of Object.entries(methods)) {
        expect(html).toContain(`<article class="operation" id="${String(operation.operationId)}">`);
        expect(html).toContain(`<span class="method method--${method}">${method.toUpperCase()}</span>`);
      }
    for (const name of Object.keys(served.components.schemas)) expect(html).toContain(`id="schema-${name}"`);
    expect(html).not.toMatch(/<script|style=|https?:\/\/cdn/i);
    const css = await server.get('/api/docs/assets/docs.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});
