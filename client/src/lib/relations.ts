import type {
  AgreementRelationType,
  CommitmentRelationKind,
  RelationDirection,
} from '../../../shared/domain/relations.ts';
import { t } from './i18n.ts';

/** "Implements" / "Implemented by", "Repeats" / "Repeated by": a relation read from the page's side. */
export function relationLabel(
  type: AgreementRelationType | CommitmentRelationKind,
  direction: RelationDirection,
): string {
  return t(`relation.${type}.${direction}`);
}

/** A relation's note in the reader's language, falling back to the other one; null when it has none. */
export function relationNote(
  note: string | null,
  noteKo: string | null,
  locale: 'en' | 'ko',
): { text: string; lang: 'en' | 'ko' } | null {
  const [first, second] = locale === 'ko' ? [noteKo, note] : [note, noteKo];
  if (first) return { text: first, lang: locale };
  if (second) return { text: second, lang: locale === 'ko' ? 'en' : 'ko' };
  return null;
}
