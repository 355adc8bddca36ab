import { escapeHtml } from '../../../shared/lib/escape-html.ts';

// Characters XML 1.0 does not allow at all (C0 controls other than tab and line breaks, U+FFFE/U+FFFF,
// unpaired surrogates): dropped, since they cannot even be escaped.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML and HTML, in content and in quoted attributes alike. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** A tagged template that escapes every interpolated value unless it is already markup. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Value = string | number | Markup | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeXml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let html = strings[0] ?? '';
  values.forEach((value, index) => {
    html += render(value) + (strings[index + 1] ?? '');
  });
  return new Markup(html);
}

/** Markup built by our own code from constants (never from data): inserted as it is. */
export const trustedMarkup = (html: string) => new Markup(html);
