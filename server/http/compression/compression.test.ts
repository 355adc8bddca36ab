import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgreement, makeCommitment } from '../../test-support/factories.ts';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer, type TestServer } from '../../test-support/test-server.ts';
import { chooseEncoding } from './encoding.ts';

const TEMPLATE = `<!doctype html><html lang="en"><head><title>Accord Tracker</title>
<meta name="description" content="default" /></head><body><div id="root"></div></body></html>`;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(3000))});\n`;
const STYLE = `.a { color: red; }\n`.repeat(200);
const ICON = `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(100)}</svg>`;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with node:http, which neither asks for nor decodes an encoding by itself (unlike fetch). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}, firstChunkOnly = false) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (firstChunkOnly) {
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
          req.destroy();
        }
      });
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', (error) => (firstChunkOnly ? undefined : reject(error)));
    req.end();
  });
}

const decode = (raw: Raw) =>
  raw.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(raw.body)
    : raw.headers['content-encoding'] === 'gzip'
      ? gunzipSync(raw.body)
      : raw.body;

describe('choosing an encoding', () => {
  it('prefers brotli, honours q=0, and answers nothing for identity', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});

describe.each(TEST_DATABASE_KINDS)('compression (%s)', (kind) => {
  let server: TestServer;
  const commitments = Array.from({ length: 12 }, (_, i) =>
    makeCommitment({ slug: `commitment-${i}`, title: `Commitment number ${i} of the agreement` }),
  );

  beforeAll(async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'accord-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), TEMPLATE);
    // As scripts/build.mjs leaves them: each file with its .br and .gz beside it.
    for (const [name, text] of [
      ['assets/main-1.js', SCRIPT],
      ['assets/main-1.css', STYLE],
      ['icon.svg', ICON],
    ]) {
      writeFileSync(join(clientDir, name!), text!);
      writeFileSync(join(clientDir, `${name}.br`), brotliCompressSync(text!));
      writeFileSync(join(clientDir, `${name}.gz`), gzipSync(text!));
    }
    server = await startTestServer(kind, [makeAgreement({ slug: 'the-agreement', commitments })], {
      clientDir,
      pageRenderer: import('../../../client/src/entry-server.tsx'),
    });
  });
  afterAll(() => server?.close());

  const paths = {
    html: '/agreements/the-agreement',
    json: '/api/v1/dashboard',
    export: '/api/v1/export.json',
    js: '/assets/main-1.js',
    css: '/assets/main-1.css',
    svg: '/icon.svg',
  };

  it('sends each type with brotli or gzip as asked, decoding to the same bytes as identity', async () => {
    for (const [type, path] of Object.entries(paths)) {
      const plain = await rawGet(server.baseUrl, path);
      expect(plain.status, type).toBe(200);
      expect(plain.headers['content-encoding'], type).toBeUndefined();
      expect(plain.body.length, type).toBeGreaterThan(1024);
      for (const [asked, expected] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
      ] as const) {
        const encoded = await rawGet(server.baseUrl, path, { 'accept-encoding': asked });
        expect(encoded.headers['content-encoding'], `${type} ${asked}`).toBe(expected);
        expect(encoded.headers.vary, type).toMatch(/Accept-Encoding/);
        expect(encoded.body.length, type).toBeLessThan(plain.body.length);
        expect(decode(encoded).equals(plain.body), `${type} ${asked}`).toBe(true);
        expect(encoded.headers.etag, type).not.toBe(plain.headers.etag);
      }
    }
  });

  it('answers 304 to the ETag of the encoding the client holds, and 200 to another encoding', async () => {
    for (const [type, path] of Object.entries(paths)) {
      const br = await rawGet(server.baseUrl, path, { 'accept-encoding': 'br' });
      const etag = br.headers.etag as string;
      const again = await rawGet(server.baseUrl, path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status, type).toBe(304);
      expect(again.headers.etag, type).toBe(etag);
      const gzip = await rawGet(server.baseUrl, path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      expect(gzip.status, type).toBe(200);
      expect(gzip.headers['content-encoding'], type).toBe('gzip');
    }
  });

  it('answers 304 to an encoded ETag on the first request after a change too (through Express, not the hot path)', async () => {
    // The dashboard's snapshot names the time it was built, so it is checked below instead.
    const kept = [paths.html, paths.export, '/api/v1/timeline'];
    const etags = new Map<string, string>();
    for (const path of kept)
      etags.set(
        path,
        (await rawGet(server.baseUrl, path, { 'accept-encoding': 'br' })).headers.etag as string,
      );
    server.changes.notify({ entity: '*' }); // drops every kept page and snapshot; the data is the same
    for (const path of kept) {
      const again = await rawGet(server.baseUrl, path, {
        'accept-encoding': 'br',
        'if-none-match': etags.get(path)!,
      });
      expect(again.status, path).toBe(304);
      expect(again.headers.etag, path).toBe(etags.get(path));
    }
    const dashboard = await rawGet(server.baseUrl, paths.json, { 'accept-encoding': 'gzip' }); // the hot path
    const viaExpress = await rawGet(server.baseUrl, `${paths.json}/`, {
      'accept-encoding': 'gzip',
      'if-none-match': dashboard.headers.etag as string,
    });
    expect(viaExpress.status).toBe(304);
    expect(viaExpress.headers.etag).toBe(dashboard.headers.etag);
  });

  it('leaves small bodies and the live event stream alone', async () => {
    const small = await rawGet(server.baseUrl, '/badges/commitment-1.svg', { 'accept-encoding': 'br' });
    expect(small.status).toBe(200);
    expect(small.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    const live = await rawGet(server.baseUrl, '/api/v1/events', { 'accept-encoding': 'gzip, br' }, true);
    expect(live.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(live.headers['content-encoding']).toBeUndefined();
  });
});
