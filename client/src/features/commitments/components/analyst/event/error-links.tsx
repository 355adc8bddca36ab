import { FormAlert } from '../../../../../components/ui/field.tsx';
import { t, tCount } from '../../../../../lib/i18n-tools.ts';

/** One refused field: its name as the form shows it, the message, and the control to focus. */
export interface ErrorLink {
  path: string;
  label: string;
  message: string;
  control: HTMLElement;
}

function labelOf(control: HTMLElement): string {
  const label = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  const fieldset = control.closest('fieldset');
  const own = label?.firstChild?.textContent ?? fieldset?.querySelector('legend')?.textContent ?? '';
  const source = fieldset?.classList.contains('source-fieldset') ? fieldset.querySelector('legend') : null;
  return source && source.textContent !== own ? `${source.textContent}: ${own}` : own;
}

/** The error as the field shows it (the form's own wording), else the schema's message. */
function shownMessage(control: HTMLElement, fallback: string): string {
  const holder = control.closest('.field') ?? control.closest('fieldset');
  const error = holder?.querySelector('.field__error');
  return error?.lastChild?.textContent?.trim() || fallback;
}

/**
 * The refused fields of a send, in the form's order. Each control marks the schema path whose error it
 * shows with data-field (summary, actors, sources.1.url); errors with no control on screen are left out.
 */
export function collectErrorLinks(form: HTMLFormElement | null, errors: Record<string, string>): ErrorLink[] {
  if (!form) return [];
  const links: ErrorLink[] = [];
  for (const control of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const path = control.dataset.field!;
    const message = errors[path];
    if (message)
      links.push({ path, label: labelOf(control), message: shownMessage(control, message), control });
  }
  return links;
}

/**
 * After a refused send: how many fields need attention, and a link to each. A link moves focus to its
 * field, where the error is read with the control.
 */
export function ErrorLinks({ attempt, links }: { attempt: number; links: readonly ErrorLink[] }) {
  if (attempt === 0 || links.length === 0) return null;
  return (
    <FormAlert key={attempt} title={t('form.checkTitle')}>
      <p>{tCount('form.checkFields', links.length)}</p>
      <ul className="error-links">
        {links.map(({ path, label, message, control }) => (
          <li key={path}>
            <a
              href={control.id ? `#${control.id}` : '#'}
              onClick={(event) => {
                event.preventDefault();
                control.focus();
                control.scrollIntoView({ block: 'center' });
              }}
            >
              {label}: {message}
            </a>
          </li>
        ))}
      </ul>
    </FormAlert>
  );
}
