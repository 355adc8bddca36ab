import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedPage } from '../../../shared/contracts/page-render.ts';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** The stylesheets of lazy parts (by module path), read from Vite's manifest, not those index.html links already. */
export function partStylesheets(clientDir: string, template: string): (parts: readonly string[]) => string[] {
  const path = join(clientDir, '.vite', 'manifest.json');
  const manifest: Record<string, ManifestChunk> = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>)
    : {};
  return (parts) => {
    const files = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      for (const css of chunk.css ?? []) if (!template.includes(`/${css}`)) files.add(`/${css}`);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    parts.forEach(visit);
    return [...files];
  };
}

/**
 * No first paint before the page's <main> is parsed whole (decision 073): a browser paints a long page while
 * it is still parsing it, and content parsed after a paint reflows what was painted (a row's later items,
 * a table's later rows), which counts as layout shift. Chromium lifts the hold when the named element is
 * inserted, at its start tag: so the target is the footer, which follows <main>. The header alone is not
 * worth painting first.
 */
const HOLD_PAINT = '<link rel="expect" href="#site-footer" blocking="render" />';

/**
 * The page as sent: the shell (with its title, description and language filled in) around the rendered
 * markup, the stylesheets of the lazy parts it drew, and its data, once, as a JSON block (the CSP allows no
 * inline script; a data block is not script). The "needs JavaScript" notice goes: the page reads without it.
 */
export function pageHtml(shell: string, page: RenderedPage, stylesheets: readonly string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}" />`).join('') + HOLD_PAINT;
  return shell
    .replace(/<\/head>/i, (end) => `${links}${end}`)
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/i, '')
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div><script type="application/json" id="page-data">${page.data}</script>`,
    );
}
