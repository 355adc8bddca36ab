import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { isValidTrustProxy } from './config-checks.ts';

const problemsOf = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration', () => {
  it('accepts the defaults and a full production setting', () => {
    expect(problemsOf({})).toEqual([]);
    expect(
      problemsOf({
        PORT: '8080',
        PUBLIC_URL: 'https://tracker.example.org',
        TRUST_PROXY: '10.0.0.0/8, loopback',
        METRICS_PORT: '9464',
        METRICS_TOKEN: 'a-long-random-token-value',
        DATABASE_URL: 'postgres://tracker:secret@db/tracker',
      }),
    ).toEqual([]);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      TRUST_PROXY: 'yes please',
      LOG_LEVEL: 'loud',
      METRICS_TOKEN: 'short',
    });
    expect(problems.map((p) => p.variable).sort()).toEqual([
      'LOG_LEVEL',
      'METRICS_TOKEN',
      'PORT',
      'TRUST_PROXY',
    ]);
  });

  it('refuses a PUBLIC_URL with a path prefix (not supported: decision 045)', () => {
    expect(problemsOf({ PUBLIC_URL: 'https://example.org/tracker' })).toEqual([
      { variable: 'PUBLIC_URL', problem: expect.stringContaining('must not have a path') as string },
    ]);
    expect(problemsOf({ PUBLIC_URL: 'https://example.org/' })).toEqual([]);
  });

  it('reads TRUST_PROXY as Express does', () => {
    for (const good of [
      'true',
      'false',
      '1',
      '2',
      '127.0.0.1',
      '10.0.0.0/8,192.168.1.1',
      'loopback, uniquelocal',
      '::1',
      'fd00::/8',
    ])
      expect(isValidTrustProxy(good), good).toBe(true);
    for (const bad of ['yes', '-1', '10.0.0.0/33', 'proxy.internal', '1.2.3', '10.0.0.1/8/9', ''])
      expect(isValidTrustProxy(bad), bad).toBe(false);
  });

  it('prints one JSON line per bad variable', () => {
    const error = new ConfigError([
      { variable: 'PORT', problem: 'bad' },
      { variable: 'DATA_DIR', problem: 'not writable' },
    ]);
    const lines = error
      .jsonLines()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'invalid configuration', variable: 'DATA_DIR' });
  });
});
