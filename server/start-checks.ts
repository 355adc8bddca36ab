import { accessSync, constants, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Config, ConfigProblem } from './config.ts';
import { ConfigError } from './config.ts';
import type { Logger } from './logger.ts';

function dataDirProblem(config: Config): ConfigProblem | undefined {
  if (config.DATABASE_URL) return undefined;
  const dir = resolve(config.DATA_DIR);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { variable: 'DATA_DIR', problem: `${dir} is not a writable directory (${reason})` };
  }
}

/** Binds PORT for a moment: a port in use should stop start-up before any migration runs, not after. */
function portProblem(config: Config): Promise<ConfigProblem | undefined> {
  if (config.PORT === 0) return Promise.resolve(undefined);
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      done({ variable: 'PORT', problem: `cannot listen on ${config.HOST}:${config.PORT} (${error.code})` }),
    );
    probe.listen(config.PORT, config.HOST, () => probe.close(() => done(undefined)));
  });
}

/**
 * What the environment must allow before the server does any work: a writable DATA_DIR, a free PORT.
 * Throws a ConfigError naming every problem; warns about settings that are legal but probably unintended.
 */
export async function checkEnvironment(config: Config, logger: Logger): Promise<void> {
  if (!config.PUBLIC_URL) {
    logger.warn('PUBLIC_URL is not set', {
      effect: "feeds and embeds use each request's Host header for absolute links; cookies are not Secure",
    });
  }
  const problems = [dataDirProblem(config), await portProblem(config)].filter(
    (problem): problem is ConfigProblem => problem !== undefined,
  );
  if (problems.length > 0) throw new ConfigError(problems);
}
