import type { ExportParty } from '../../../shared/contracts/export.ts';
import { formatDateAtPrecision } from '../../../shared/domain/date-precision.ts';
import type { DatePrecision, Standing } from '../../../shared/domain/evidence.ts';

/** What feeds say of an event: its date as precisely as known, who acted, how settled it is (English). */
export interface EventFacts {
  effectiveOn: string;
  datePrecision: DatePrecision;
  actors: readonly string[];
  standing: Standing;
  disputeNote: string | null;
}

/** Registry names joined for reading ("South Korea and North Korea"); an unknown code stays as it is. */
export function actorNames(codes: readonly string[], parties: ReadonlyMap<string, ExportParty>): string {
  const names = codes.map((code) => parties.get(code)?.name ?? code);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export const eventDate = (event: EventFacts) =>
  formatDateAtPrecision(event.effectiveOn, event.datePrecision, 'en');

/** "Confirmed", "Claimed by North Korea" or "Disputed: <note>". */
export function standingText(event: EventFacts, parties: ReadonlyMap<string, ExportParty>): string {
  if (event.standing === 'claimed')
    return event.actors.length > 0 ? `Claimed by ${actorNames(event.actors, parties)}` : 'Claimed';
  if (event.standing === 'disputed') return event.disputeNote ? `Disputed: ${event.disputeNote}` : 'Disputed';
  return 'Confirmed';
}
