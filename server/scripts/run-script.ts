import { ConfigError } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';

/** Runs a command-line task: expected failures print their message alone and exit 1; others print in full. */
export async function runScript(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    const expected =
      error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof ScriptError;
    console.error(expected ? `Refused: ${error.message}` : error);
    process.exitCode = 1;
  }
}

/** A failure the user can fix; printed as its message alone. */
export class ScriptError extends Error {}
