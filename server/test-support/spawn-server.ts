import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface SpawnedServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the real entry point (as `npm run serve` does) on a port the OS picks. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): SpawnedServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      CLIENT_DIR: join(dataDir, 'no-client'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

/** The URL the server says it listens on, once it does. */
export async function listeningUrl(server: SpawnedServer): Promise<string> {
  // Generous: on a loaded 2-core machine a cold start (migrations, seed) can take a minute.
  for (let waited = 0; waited < 120_000; waited += 100) {
    const line = server
      .output()
      .split('\n')
      .find((text) => text.includes('"msg":"listening"'));
    const match = line ? /"url":"([^"]+)"/.exec(line) : null;
    if (match) return match[1]!.replace('localhost', '127.0.0.1');
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start:\n${server.output()}`);
}
