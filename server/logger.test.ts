import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { errorFields } from './observability/error-fields.ts';
import { HOT_PATH_LOG_EVERY, hotPathObserver } from './observability/http-observer.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';

const capture = (level: Parameters<typeof createLogger>[0] = 'info') => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { logger, lines };
};

describe('logs', () => {
  it('are JSON lines with level names, and hide secrets', () => {
    const { logger, lines } = capture();
    logger.info('signed in', {
      password: 'hunter2',
      user: { password: 'x', name: 'kim' },
      headers: { cookie: 'c' },
    });
    logger.debug('not at info');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'signed in', password: '[redacted]' });
    expect(lines[0]!.user).toEqual({ password: '[redacted]', name: 'kim' });
    expect(JSON.stringify(lines[0])).not.toMatch(/hunter2|"c"/);
  });

  it("never carry a failed query's parameters", () => {
    const failed = new DrizzleQueryError(
      'select * from users where name = $1',
      ['secret-name'],
      new Error('boom'),
    );
    const { logger, lines } = capture();
    logger.error('unhandled error', { error: errorFields(failed) });
    const text = JSON.stringify(lines);
    expect(text).toContain('select * from users where name = $1');
    expect(text).toContain('boom');
    expect(text).not.toContain('secret-name');
  });

  it('sample the dashboard hot path: one line per HOT_PATH_LOG_EVERY requests', () => {
    const { logger, lines } = capture();
    const observe = hotPathObserver(undefined, logger);
    const req = { url: '/api/v1/dashboard' } as IncomingMessage;
    const res = { statusCode: 200 } as ServerResponse;
    for (let i = 0; i < HOT_PATH_LOG_EVERY * 3; i++) observe(req, res, process.hrtime.bigint());
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      hotPath: true,
      sampled: HOT_PATH_LOG_EVERY,
      status: 200,
    });
  });
});
