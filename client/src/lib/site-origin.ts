let renderingFor = '';

/** The server sets the origin it renders for (a render is synchronous: one at a time). */
export function setRenderOrigin(origin: string): void {
  renderingFor = origin;
}

/** The site's origin, for absolute links shown as text (the server's render and the browser agree on it). */
export function siteOrigin(): string {
  return typeof window === 'undefined' ? renderingFor : window.location.origin;
}
