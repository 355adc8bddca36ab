import { describe, expect, it } from 'vitest';
import { signInRequestSchema } from '../../../shared/contracts/auth.ts';
import { newUpdateSchema } from '../../../shared/contracts/writes.ts';
import { validate } from './form-errors.ts';

describe('validate', () => {
  it('gives the checked data when the input passes the shared schema', () => {
    const result = validate(signInRequestSchema, { username: 'ana', password: 'secret' });
    expect(result).toEqual({ ok: true, data: { username: 'ana', password: 'secret' }, errors: {} });
  });

  it('gives one message per field path, in words a person can act on', () => {
    const result = validate(newUpdateSchema, {
      status: undefined,
      effectiveOn: '',
      summary: '  ',
      actors: ['ROK'],
      sources: [
        { url: 'https://example.org/ok', title: 'Fine', kind: 'news' },
        { url: 'javascript:alert(1)', title: '', kind: 'news' },
      ],
      baseVersion: 3,
    });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      status: 'Choose one of the options',
      // Empty: asked for, not told the format it failed.
      effectiveOn: 'This field is required',
      summary: 'Summary is required',
      'sources.1.url': 'Enter a full http:// or https:// address',
      'sources.1.title': 'Source title is required',
    });
  });

  it('keeps the schema’s own message for a value that is there but wrong', () => {
    const result = validate(newUpdateSchema, {
      status: 'done',
      effectiveOn: '2999-01-01',
      summary: 'x',
      actors: ['ROK'],
      sources: [{ url: 'https://example.org', title: 'T', kind: 'official' }],
      baseVersion: 1,
    });
    expect(result.errors).toEqual({
      status: 'Choose one of the options',
      effectiveOn: 'The date cannot be in the future',
    });
  });
});
