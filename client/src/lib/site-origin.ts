let renderingFor = '';

/**
 * The origin a server render is for (the server sets it before each render: a render is synchronous, one
 * at a time), and the one a server-rendered page was drawn for (the browser sets it from the page's data).
 */
export function setRenderOrigin(origin: string): void {
  renderingFor = origin;
}

/**
 * The site's origin, for absolute links shown as text (citations, snippets). A server-rendered page keeps
 * the origin it was drawn for (PUBLIC_URL when set), so hydration finds the same text and citations name
 * the site's public address whatever host the reader came through; else the browser's own.
 */
export function siteOrigin(): string {
  if (renderingFor || typeof window === 'undefined') return renderingFor;
  return window.location.origin;
}
