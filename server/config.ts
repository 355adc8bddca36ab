import { z } from 'zod';
import { isValidTrustProxy } from './config-checks.ts';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  /** The site's public address (https://tracker.example.org): same-site checks, absolute links, secure cookies. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    // The app's links and cookies are root-relative; serving it under a path prefix is not supported (decision 045).
    .refine(
      (value) => new URL(value).pathname === '/',
      'PUBLIC_URL must not have a path: give the tracker its own host name',
    )
    .optional(),
  /** Express's trust-proxy setting: how many proxies (or which addresses) stand in front; off by default. */
  TRUST_PROXY: z
    .string()
    .refine(
      isValidTrustProxy,
      'TRUST_PROXY must be true, false, a hop count, or a comma-separated list of addresses/subnets',
    )
    .optional(),
  /** /metrics on its own port (kept off the public one); unset: served on PORT only with METRICS_TOKEN. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** A bearer token that /metrics requires on the public port; at least 16 characters. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** The name PostgreSQL shows for this app's connections (pg_stat_activity). */
  PG_APPLICATION_NAME: z.string().min(1).max(63).default('accord-tracker'),
  /** Idle keep-alive connections stay open this long; set it above the load balancer's idle timeout. */
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(65_000),
});

export type Config = z.infer<typeof configSchema>;

/** The origin of PUBLIC_URL (scheme, host, port), when set. */
export const publicOrigin = (config: Pick<Config, 'PUBLIC_URL'>) =>
  config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : undefined;

/** Reads the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), problem: issue.message })),
    );
  }
  return parsed.data;
}

export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Every bad variable at once, so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n')}`);
  }

  /** One JSON line per bad variable, as the server's logs are written. */
  jsonLines(): string {
    const time = new Date().toISOString();
    return this.problems
      .map((p) => JSON.stringify({ time, level: 'error', msg: 'invalid configuration', ...p }))
      .join('\n');
  }
}
