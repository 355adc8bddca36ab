import { markup } from '../open-data/markup.ts';
import type { Markup } from '../open-data/markup.ts';
import type { OpenApiDocument } from './document.ts';
import type { JsonSchema } from './schemas.ts';
import { constraints, schemaAnchor, schemaView, typeLabel } from './schema-view.ts';

export const DOCS_CSS_PATH = '/api/docs/assets/docs.css';

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '204': 'No Content',
  '304': 'Not Modified',
  '400': 'Bad Request',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'Not Found',
  '409': 'Conflict',
  '413': 'Content Too Large',
  '429': 'Too Many Requests',
  '503': 'Service Unavailable',
};

interface Entry {
  method: string;
  path: string;
  operation: JsonSchema;
}

function entriesByTag(document: OpenApiDocument): Map<string, Entry[]> {
  const byTag = new Map<string, Entry[]>(document.tags.map((tag) => [tag.name, []]));
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const tag = (operation.tags as string[])[0]!;
      byTag.get(tag)?.push({ method, path, operation });
    }
  }
  return byTag;
}

/** Descriptions use `backticks` for code, as in Markdown; nothing else is interpreted. */
const withCode = (text: string): Markup =>
  markup`${text.split('`').map((part, index) => (index % 2 === 1 ? markup`<code>${part}</code>` : part))}`;

const methodBadge = (method: string) =>
  markup`<span class="method method--${method}">${method.toUpperCase()}</span>`;

function resolve(document: OpenApiDocument, item: JsonSchema): JsonSchema {
  const ref = item.$ref;
  if (typeof ref !== 'string') return item;
  return document.components.responses[ref.split('/').at(-1)!] ?? item;
}

function notesOf(schema: JsonSchema): Markup | null {
  const notes = constraints(schema);
  return notes.length > 0 ? markup`<br><span class="notes">${notes.join(', ')}</span>` : null;
}

/** A named schema's own definition, so a request body can be shown in place. */
function component(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  return typeof ref === 'string' ? (document.components.schemas[ref.split('/').at(-1)!] ?? schema) : schema;
}

function parametersView(parameters: JsonSchema[]): Markup {
  return markup`<h4>Parameters</h4>
<table class="fields">
<thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>${parameters.map(
    (parameter) => markup`<tr>
  <td><code>${String(parameter.name)}</code>${parameter.required ? null : markup` <span class="optional">optional</span>`}</td>
  <td>${String(parameter.in)}</td>
  <td>${typeLabel(parameter.schema as JsonSchema)}${notesOf(parameter.schema as JsonSchema)}</td>
  <td>${typeof parameter.description === 'string' ? withCode(parameter.description) : ''}</td>
</tr>`,
  )}</tbody>
</table>`;
}

function contentView(content: JsonSchema | undefined): Markup | null {
  if (!content) return null;
  return markup`${Object.entries(content).map(([mediaType, media]) => {
    const schema = (media as JsonSchema).schema as JsonSchema;
    return markup`<p class="media"><code>${mediaType}</code>${
      schema.$ref || mediaType.endsWith('json') ? markup`: ${typeLabel(schema)}` : null
    }</p>`;
  })}`;
}

function operationView(document: OpenApiDocument, { method, path, operation }: Entry): Markup {
  const id = String(operation.operationId);
  const parameters = (operation.parameters as JsonSchema[] | undefined) ?? [];
  const body = operation.requestBody as JsonSchema | undefined;
  const bodySchema = body
    ? ((body.content as Record<string, JsonSchema>)['application/json']!.schema as JsonSchema)
    : undefined;
  const responses = Object.entries(operation.responses as Record<string, JsonSchema>);
  const description = String(operation.description ?? '')
    .split('\n\n')
    .filter(Boolean);
  return markup`<article class="operation" id="${id}">
<h3>${methodBadge(method)} <code class="path">${path}</code></h3>
<p class="summary">${withCode(String(operation.summary))}</p>
${description.map((paragraph) => markup`<p>${withCode(paragraph)}</p>`)}
${parameters.length > 0 ? parametersView(parameters) : null}
${
  bodySchema
    ? markup`<h4>Request body <span class="media-type">application/json</span></h4>
<p class="schema-type">${typeLabel(bodySchema)}</p>${schemaView(component(document, bodySchema))}`
    : null
}
<h4>Responses</h4>
<dl class="responses">${responses.map(([status, item]) => {
    const resolved = resolve(document, item);
    return markup`<dt><span class="status status--${status.slice(0, 1)}xx">${status}</span> ${STATUS_TEXT[status] ?? ''}</dt>
<dd><p>${withCode(String(resolved.description ?? ''))}</p>${contentView(resolved.content as JsonSchema | undefined)}</dd>`;
  })}</dl>
</article>`;
}

/** /api/docs: the OpenAPI document for people, server-rendered with no script and no inline style. */
export function renderDocsPage(document: OpenApiDocument): string {
  const byTag = [...entriesByTag(document)];
  const schemas = Object.entries(document.components.schemas);
  const sessionCookie = document.components.securitySchemes.sessionCookie as JsonSchema;
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API — Accord Tracker</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${DOCS_CSS_PATH}">
</head>
<body>
<header class="page-header">
<p class="site"><a href="/">Accord Tracker</a></p>
<h1>Accord Tracker API <span class="version">${String(document.info.version)}</span></h1>
<p>${String(document.info.description)}</p>
<p>The same description for machines: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${document.openapi}).</p>
</header>
<div class="layout">
<nav class="toc" aria-label="Endpoints">
<h2>Endpoints</h2>
${byTag.map(
  ([tag, entries]) => markup`<h3>${tag}</h3>
<ul>${entries.map(
    ({ method, path, operation }) =>
      markup`<li><a href="#${String(operation.operationId)}">${methodBadge(method)} <code>${path}</code></a></li>`,
  )}</ul>`,
)}
<h3><a href="#schemas">Schemas</a></h3>
</nav>
<main>
<section aria-labelledby="auth">
<h2 id="auth">Signing in and writing</h2>
<p>Reading is public. Analysts and admins sign in with <code>POST /api/v1/session</code>, which sets the
<code>${String(sessionCookie.name)}</code> cookie (HttpOnly) and returns a <code>csrfToken</code>. Every
state-changing request then sends that token as the <code>X-CSRF-Token</code> header, from this site (its
<code>Origin</code>), with a JSON body. Anonymous writes get 401, writes without the token 403, and an analyst
calling an admin route 403. Every error is <code>{"error": {"code", "message"}}</code>.</p>
</section>
${byTag.map(
  ([tag, entries]) => markup`<section class="tag">
<h2>${tag}</h2>
${entries.map((entry) => operationView(document, entry))}
</section>`,
)}
<section id="schemas" class="schemas">
<h2>Schemas</h2>
<p>Generated from the zod contracts in <code>shared/contracts</code>.</p>
${schemas.map(
  ([name, schema]) => markup`<article class="schema" id="${schemaAnchor(name)}">
<h3>${name}</h3>
${schemaView(schema)}
</article>`,
)}
</section>
</main>
</div>
</body>
</html>
`.html;
}
