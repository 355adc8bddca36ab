import { z } from 'zod';

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
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Express's trust-proxy setting: how many proxies (or which addresses) stand in front; off by default. */
  TRUST_PROXY: z.string().optional(),
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
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export class ConfigError extends Error {}
