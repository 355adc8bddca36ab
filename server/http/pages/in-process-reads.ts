import { API_PREFIX } from '../../../shared/contracts/api-paths.ts';
import type { ApiRead } from '../../../shared/contracts/page-render.ts';
import { asOfQuerySchema, updatesQuerySchema } from '../../../shared/contracts/public.ts';
import { todayIso } from '../../../shared/domain/dates.ts';
import type { Db } from '../../db/client.ts';
import { getAgreement } from '../../features/agreements/service.ts';
import type { CatalogStore } from '../../features/catalog/catalog-store.ts';
import { getCommitment } from '../../features/commitments/service.ts';
import type { DashboardSnapshots } from '../../features/dashboard/snapshot-cache.ts';
import type { TimelineBody } from '../../features/timeline/timeline-bodies.ts';
import type { CompareBodies } from '../../features/compare/compare-bodies.ts';
import { listRecentUpdates } from '../../features/updates/service.ts';
import { ZodError } from 'zod';
import { HttpError, validationError } from '../errors.ts';

export interface ReadSources {
  db: Db;
  catalog: CatalogStore;
  snapshots: DashboardSnapshots;
  timeline: () => Promise<TimelineBody>;
  compare: () => Promise<CompareBodies>;
}

const errorBody = (error: HttpError) =>
  JSON.stringify({
    error: { code: error.status === 404 ? 'not_found' : error.code, message: error.message },
  });

const slugIn = (path: string, prefix: string) => {
  if (!path.startsWith(prefix) || path.indexOf('/', prefix.length) !== -1) return undefined;
  return decodeURIComponent(path.slice(prefix.length));
};

/**
 * The public reads a server-rendered page makes, answered in-process by the services the API routes call
 * (the dashboard and timeline from their kept bytes): the same JSON the API would send, with no HTTP.
 */
export function inProcessReads({ db, catalog, snapshots, timeline, compare }: ReadSources): ApiRead {
  const answer = async (path: string, query: Record<string, string>): Promise<string | Uint8Array> => {
    if (path === '/dashboard') {
      const { asOf } = asOfQuerySchema.parse(query);
      return (await snapshots.get(asOf ?? todayIso())).body;
    }
    if (path === '/timeline') return (await timeline()).body;
    if (path === '/compare') return (await compare()).json;
    if (path === '/updates')
      return JSON.stringify(await listRecentUpdates(db, updatesQuerySchema.parse(query)));
    const commitment = slugIn(path, '/commitments/');
    if (commitment) return JSON.stringify(await getCommitment(db, commitment));
    const agreement = slugIn(path, '/agreements/');
    if (agreement) {
      const { asOf } = asOfQuerySchema.parse(query);
      return JSON.stringify(await getAgreement(db, catalog, agreement, asOf));
    }
    throw new HttpError(404, 'not_found', `${path} is not read by any page`);
  };

  return async (url) => {
    const address = new URL(url, 'http://in-process.invalid');
    const path = address.pathname.slice(API_PREFIX.length);
    try {
      return { status: 200, body: await answer(path, Object.fromEntries(address.searchParams)) };
    } catch (error) {
      if (error instanceof ZodError) return { status: 400, body: errorBody(validationError(error, 'query')) };
      if (error instanceof HttpError) return { status: error.status, body: errorBody(error) };
      throw error; // a database failure: the page is not rendered (the shell is sent instead)
    }
  };
}
