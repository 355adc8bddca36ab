import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './safe-next.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/commitments/gp-withdrawal')).toBe('/commitments/gp-withdrawal');
    expect(safeNextPath('/admin/audit?actor=ana#top')).toBe('/admin/audit?actor=ana#top');
  });

  it('falls back to the analyst home for anything that could leave the site', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'commitments/x',
      '/login?next=/admin',
    ]) {
      expect(safeNextPath(next), String(next)).toBe('/workspace');
    }
  });
});

describe('loginPath', () => {
  it('carries the page to come back to', () => {
    expect(loginPath('/admin/users')).toBe('/login?next=%2Fadmin%2Fusers');
    expect(loginPath('/')).toBe('/login');
  });
});
