import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, pageLocale } from './language.ts';
import { pageAddress } from './page-address.ts';
import { PageCache } from './page-cache.ts';

const page = (bytes: number) => ({ status: 200, body: Buffer.alloc(bytes), etag: '"x"' });

describe('PageCache', () => {
  it('drops the least recently used page beyond its count or its bytes', () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 100 });
    cache.set('a', page(10), 0);
    cache.set('b', page(10), 0);
    cache.get('a'); // a is now the most recently used
    cache.set('c', page(10), 0);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    cache.set('d', page(95), 0);
    expect(cache.size).toBe(1);
    expect(cache.totalBytes).toBe(95);
  });

  it('never keeps a page rendered before a change', () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 100 });
    const generation = cache.generation;
    cache.clear();
    cache.set('a', page(10), generation);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('page language and address', () => {
  it('ranks Accept-Language by q, and ?lang before the cookie', () => {
    expect(fromAcceptLanguage('ko-KR,ko;q=0.9,en-US;q=0.8')).toBe('ko');
    expect(fromAcceptLanguage('en;q=0.5, ko;q=0.7')).toBe('ko');
    expect(fromAcceptLanguage('fr, en;q=0.3, ko;q=0.2')).toBe('en');
    expect(fromAcceptLanguage('fr-FR')).toBeUndefined();
    expect(pageLocale('en', 'accord_lang=ko', 'ko')).toBe('en');
    expect(pageLocale(null, 'other=1; accord_lang=ko', 'en')).toBe('ko');
    expect(pageLocale(null, undefined, undefined)).toBe('en');
  });

  it('keeps the parameters a page reads, once each, and says when the request differs', () => {
    const today = '2026-01-01';
    expect(pageAddress('/', 'status=stalled&lang=ko', today)).toEqual({
      url: '/?status=stalled&lang=ko',
      lang: 'ko',
      changed: false,
    });
    expect(pageAddress('/', 'asOf=2019-01-01&asOf=2018-09-19', today).url).toBe('/?asOf=2018-09-19');
    expect(pageAddress('/updates', 'status=stalled&before=2019-01-01_4', today).url).toBe(
      '/updates?before=2019-01-01_4',
    );
    expect(pageAddress('/about', 'asOf=2026-01-01', today)).toMatchObject({ url: '/about', changed: true });
  });
});
