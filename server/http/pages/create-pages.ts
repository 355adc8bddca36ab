import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageRendererModule } from '../../../shared/contracts/page-render.ts';
import type { DataChanges } from '../../features/catalog/data-changes.ts';
import type { Logger } from '../../logger.ts';
import { pageDocuments } from '../client-pages.ts';
import { createToday } from '../hot-path.ts';
import { inProcessReads, type ReadSources } from './in-process-reads.ts';
import { ServerPages } from './server-pages.ts';

interface PagesOptions {
  clientDir: string;
  renderer: Promise<PageRendererModule> | undefined;
  reads: ReadSources;
  changes: DataChanges;
  logger: Logger;
  /** Whether status cards can be drawn (pages then announce one as og:image). */
  cards?: () => Promise<boolean>;
}

/** The built renderer beside the built client: dist/ssr/entry-server.js (scripts/build.mjs makes both). */
function builtRenderer(clientDir: string): Promise<PageRendererModule> | undefined {
  const entry = resolve(clientDir, '..', 'ssr', 'entry-server.js');
  if (!existsSync(entry)) return undefined;
  return import(pathToFileURL(entry).href) as Promise<PageRendererModule>;
}

/** The server-rendered pages, or undefined when there is no client or no renderer built. */
export function serverPages({ clientDir, renderer, reads, changes, logger, cards }: PagesOptions) {
  if (!existsSync(resolve(clientDir, 'index.html'))) return undefined;
  const module = renderer ?? builtRenderer(clientDir);
  if (!module) {
    logger.warn('no page renderer built: pages are drawn by the browser alone', { clientDir });
    return undefined;
  }
  const ready = module.then((loaded) => loaded.createPageRenderer(inProcessReads(reads)));
  ready.catch((error: unknown) => logger.error('page renderer failed to load', { error: String(error) }));
  return new ServerPages({
    render: async (request) => (await ready)(request),
    document: pageDocuments(clientDir, reads.catalog, cards),
    changes,
    today: createToday(),
  });
}
