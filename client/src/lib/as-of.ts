import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso, type IsoDate } from '../../../shared/domain/dates.ts';

/** The URL parameter that holds the date a page is read "as of" (absent: today). */
export const AS_OF_PARAM = 'asOf';

/** A real past date from ?asOf=; a malformed, future or today's date means "today" (undefined). */
export function readAsOf(params: URLSearchParams, today: IsoDate = todayIso()): IsoDate | undefined {
  const value = params.get(AS_OF_PARAM);
  return value && isIsoDate(value) && value < today ? value : undefined;
}

/** The page's ?asOf= date, if it asks about the past. */
export function useAsOf(): IsoDate | undefined {
  const [params] = useSearchParams();
  return readAsOf(params);
}

/** A link to `path` that keeps the date being looked at, so the next page shows the same moment. */
export function withAsOf(path: string, asOf: IsoDate | undefined): string {
  return asOf ? `${path}?${AS_OF_PARAM}=${asOf}` : path;
}
