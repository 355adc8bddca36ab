import { markup } from '../open-data/markup.ts';
import type { Markup } from '../open-data/markup.ts';
import type { JsonSchema } from './schemas.ts';

const SAFE_INTEGER = 9007199254740991;

export const schemaAnchor = (name: string) => `schema-${name}`;

const list = (value: unknown): JsonSchema[] => (Array.isArray(value) ? (value as JsonSchema[]) : []);
const isInlineObject = (schema: JsonSchema) =>
  schema.type === 'object' && typeof schema.properties === 'object' && schema.properties !== null;

/** The constraints worth telling a person: lengths, ranges, patterns, defaults. */
export function constraints(schema: JsonSchema): string[] {
  const notes: string[] = [];
  const { minLength, maxLength, minimum, maximum, minItems, maxItems, pattern } = schema;
  if (minLength !== undefined || maxLength !== undefined)
    notes.push(`${minLength ?? 0}–${maxLength ?? '∞'} characters`);
  if (typeof minimum === 'number' && minimum > -SAFE_INTEGER) notes.push(`≥ ${minimum}`);
  if (typeof maximum === 'number' && maximum < SAFE_INTEGER) notes.push(`≤ ${maximum}`);
  if (minItems !== undefined || maxItems !== undefined)
    notes.push(`${minItems ?? 0}–${maxItems ?? '∞'} items`);
  // A format (date, date-time) says it better than the long pattern that checks it.
  if (typeof pattern === 'string' && typeof schema.format !== 'string') notes.push(`pattern ${pattern}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

/** A short type description, with named schemas as links: "array of StatusUpdate", "string (date) or null". */
export function typeLabel(schema: JsonSchema): Markup {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1)!;
    return markup`<a href="#${schemaAnchor(name)}">${name}</a>`;
  }
  const variants = list(schema.anyOf ?? schema.oneOf);
  if (variants.length > 0) return joinOr(variants.map(typeLabel));
  if ('const' in schema) return markup`<code>${JSON.stringify(schema.const)}</code>`;
  if (Array.isArray(schema.enum))
    return markup`one of ${joinWith(
      schema.enum.map((value) => markup`<code>${JSON.stringify(value)}</code>`),
      ', ',
    )}`;
  const types = Array.isArray(schema.type)
    ? (schema.type as string[])
    : schema.type
      ? [schema.type as string]
      : [];
  if (types.length === 0) return markup`any JSON value`;
  return joinOr(
    types.map((type) => {
      // A tuple (prefixItems, items: false): its members in order, e.g. "array [string (date), one of …]".
      if (type === 'array' && Array.isArray(schema.prefixItems))
        return markup`array [${joinWith((schema.prefixItems as JsonSchema[]).map(typeLabel), ', ')}]`;
      if (type === 'array')
        return markup`array of ${typeLabel((schema.items as JsonSchema | undefined) ?? {})}`;
      if (type === 'object' && schema.propertyNames)
        return markup`map of status to ${typeLabel((schema.additionalProperties as JsonSchema) ?? {})}`;
      if (type === 'string' && typeof schema.format === 'string') return markup`string (${schema.format})`;
      return markup`${type}`;
    }),
  );
}

function joinWith(parts: Markup[], separator: string): Markup {
  return markup`${parts.flatMap((part, index) => (index === 0 ? [part] : [markup`${separator}`, part]))}`;
}
const joinOr = (parts: Markup[]) => joinWith(parts, ' or ');

/** The object an inline schema describes, if any: itself, or the items of an array of objects. */
function innerObject(schema: JsonSchema): JsonSchema | undefined {
  if (isInlineObject(schema)) return schema;
  const items = schema.items as JsonSchema | undefined;
  if (items && isInlineObject(items)) return items;
  return list(schema.anyOf).find(isInlineObject);
}

/** A table of an object's fields (nested inline objects as nested tables), or the type of anything else. */
export function schemaView(schema: JsonSchema): Markup {
  if (!isInlineObject(schema)) {
    const inner = innerObject(schema);
    const notes = constraints(schema);
    return markup`<p class="schema-type">${typeLabel(schema)}${notes.length > 0 ? `; ${notes.join(', ')}` : null}</p>${
      inner ? fieldsTable(inner) : null
    }`;
  }
  return fieldsTable(schema);
}

function fieldsTable(schema: JsonSchema): Markup {
  const properties = schema.properties as Record<string, JsonSchema>;
  const required = new Set(list(schema.required) as unknown as string[]);
  const rows = Object.entries(properties).map(([name, field]) => {
    const notes = constraints(field);
    const inner = innerObject(field);
    return markup`<tr>
  <td><code>${name}</code>${required.has(name) ? null : markup` <span class="optional">optional</span>`}</td>
  <td>${typeLabel(field)}${notes.length > 0 ? markup`<br><span class="notes">${notes.join(', ')}</span>` : null}${
    inner ? fieldsTable(inner) : null
  }</td>
</tr>`;
  });
  return markup`<table class="fields">
<thead><tr><th scope="col">Field</th><th scope="col">Type</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}
