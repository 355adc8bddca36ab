import type { Config } from '../config.ts';

/** DATABASE_URL without its password. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** The configuration as start-up logs it: every setting, secrets masked, so an operator sees what runs. */
export function configSummary(config: Config): Record<string, unknown> {
  return {
    ...config,
    DATABASE_URL: config.DATABASE_URL ? withoutPassword(config.DATABASE_URL) : undefined,
    METRICS_TOKEN: config.METRICS_TOKEN ? '(set)' : undefined,
    database: config.DATABASE_URL ? 'postgres' : 'pglite',
    node: process.version,
  };
}
