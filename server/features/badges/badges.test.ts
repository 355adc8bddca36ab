import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../test-support/databases.ts';
import { startTestServer } from '../../test-support/test-server.ts';
import type { TestServer } from '../../test-support/test-server.ts';
import {
  openDataAgreement,
  quietCommitment,
  retractOverHttp,
  trickyCommitment,
} from '../open-data/test-fixtures.ts';
import { badgeLayout } from '../../../shared/domain/badge-size.ts';

interface Svg {
  svg: {
    '@_role': string;
    '@_aria-label': string;
    '@_width': string;
    title: string;
    g: { rect?: { '@_fill': string }[]; text?: { '#text': string; '@_textLength': string }[] }[];
  };
}

describe.each(TEST_DATABASE_KINDS)('status badges on %s', (kind) => {
  let server: TestServer;
  const badge = async (slug: string, headers?: Record<string, string>) => {
    const response = await server.get(`/badges/${slug}.svg`, headers);
    return { response, text: await response.text() };
  };
  const parsed = (text: string) => {
    expect(XMLValidator.validate(text)).toBe(true);
    return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(text) as Svg;
  };

  beforeAll(async () => {
    server = await startTestServer(kind, [openDataAgreement]);
  }, 120_000); // migrations and seed take longer than the default on a loaded 2-core machine
  afterAll(() => server?.close());

  it('is a well-formed SVG with the short title and the status as text, colour and shape', async () => {
    const { response, text } = await badge(trickyCommitment.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const { svg } = parsed(text);
    expect(svg['@_role']).toBe('img');
    // The size the commitment's page gives the image (its width and height attributes).
    expect(Number(svg['@_width'])).toBe(badgeLayout(trickyCommitment.title, 'Partially implemented').width);
    expect(svg.title).toBe('Reopen the "Kaesong" <complex>, & more: Partially implemented');
    expect(svg['@_aria-label']).toBe('Reopen the "Kaesong" <complex>, & more: Partially implemented');
    const texts = svg.g.flatMap((group) => group.text ?? []).map((node) => node['#text']);
    expect(texts).toEqual(['Reopen the "Kaesong" <complex>, &…', 'Partially implemented']);
    const fills = svg.g.flatMap((group) => group.rect ?? []).map((rect) => rect['@_fill']);
    expect(fills).toEqual(['#3d4247', '#00676e']);
    expect(text).toContain('<path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="#fff"/>'); // the half-disc of "partial"
  });

  it('shows Not started for a commitment without updates; 404 for an unknown one', async () => {
    const { svg } = parsed((await badge(quietCommitment.slug)).text);
    expect(svg.title).toBe(`${quietCommitment.title}: Not started`);
    expect((await server.get('/badges/no-such-commitment.svg')).status).toBe(404);
  });

  it('may be cached and embedded anywhere, and answers If-None-Match with 304 until the status changes', async () => {
    const { response } = await badge(trickyCommitment.slug);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=300/);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const again = await badge(trickyCommitment.slug, { 'If-None-Match': etag });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');

    await retractOverHttp(server, trickyCommitment.slug, '2019-06-01', 'Entered twice by mistake');
    const changed = await badge(trickyCommitment.slug, { 'If-None-Match': etag });
    expect(changed.response.status).toBe(200);
    expect(parsed(changed.text).svg.title).toMatch(/: Stalled$/);
  });
});
