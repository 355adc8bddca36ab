import type { Party } from '../../../../shared/contracts/public.ts';
import { getLocale } from '../../lib/locale-store.ts';

/** A party's name in the page's language; the code only if the registry does not know it. */
export function partyName(code: string, registry: readonly Party[]): string {
  const party = registry.find((p) => p.code === code);
  if (!party) return code;
  return getLocale() === 'ko' ? party.nameKo : party.name;
}
