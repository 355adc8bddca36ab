import pino from 'pino';
import type { DestinationStream } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

/**
 * Whatever a log line may carry that must not reach a log collector: passwords, tokens, cookies, the
 * session's CSRF token, and SQL parameters (they hold user input and password hashes).
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.cookie',
  'params',
  '*.params',
  'error.params',
];

/** Structured logs through pino: one JSON object per line on stdout, so any collector can parse them. */
export function createLogger(level: LogLevel = 'info', write?: (line: string) => void): Logger {
  const destination: DestinationStream = write ? { write } : pino.destination({ dest: 1, sync: true });
  const base = pino(
    {
      level,
      base: undefined, // no pid/hostname on every line: the collector knows where a line came from
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  const log = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, fields?: Fields) =>
    fields ? base[lvl](fields, msg) : base[lvl](msg);
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
