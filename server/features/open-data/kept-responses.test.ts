import { describe, expect, it } from 'vitest';
import { KeptResponses } from './kept-responses.ts';

describe('kept responses', () => {
  it('builds a body once and serves the same bytes and ETag after', () => {
    const kept = new KeptResponses();
    let builds = 0;
    const build = () => (builds++, '<feed/>');
    const first = kept.get('feed', build);
    const second = kept.get('feed', build);
    expect(builds).toBe(1);
    expect(second).toBe(first);
    expect(first.body.toString()).toBe('<feed/>');
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('drops the least recently used entry beyond its count', () => {
    const kept = new KeptResponses(2);
    kept.get('a', () => 'A');
    kept.get('b', () => 'B');
    kept.get('a', () => 'A again'); // a is now the most recent
    kept.get('c', () => 'C');
    expect(kept.size).toBe(2);
    expect(kept.get('a', () => 'rebuilt').body.toString()).toBe('A');
    expect(kept.get('b', () => 'rebuilt').body.toString()).toBe('rebuilt');
  });

  it('keeps its bytes under the limit, whatever the keys', () => {
    const kept = new KeptResponses(1_000, 10_000);
    for (let i = 0; i < 100; i++) kept.get(`host-${i}`, () => 'x'.repeat(1_000));
    expect(kept.size).toBe(10);
  });
});
