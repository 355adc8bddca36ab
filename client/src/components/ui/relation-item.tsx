import type { ReactNode } from 'react';
import { getLocale } from '../../lib/locale-store.ts';
import { relationNote } from '../../lib/relations.ts';
import './relation-list.css';

/** One relation as a list item: its label ("Repeats"), the link to the other end, and its note if any. */
export function RelationItem(props: {
  label: string;
  children: ReactNode;
  note: string | null;
  noteKo: string | null;
}) {
  const locale = getLocale();
  const note = relationNote(props.note, props.noteKo, locale);
  return (
    <li className="relation-list__item">
      <span className="relation-list__label">{props.label}</span> {props.children}
      {note ? (
        <p className="relation-list__note" lang={note.lang === locale ? undefined : note.lang}>
          {note.text}
        </p>
      ) : null}
    </li>
  );
}
