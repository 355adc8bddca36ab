import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { RequestHandler } from 'express';
import { chooseEncoding, varyWithEncoding, type Encoding } from './encoding.ts';

const FILE_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Every file of the built client that has a .br or .gz beside it (scripts/build.mjs makes them), by URL path. */
function precompressedFiles(root: string): Map<string, Partial<Record<Encoding, string>>> {
  const files = new Map<string, Partial<Record<Encoding, string>>>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (!entry.endsWith('.br') && !entry.endsWith('.gz')) {
        const variants: Partial<Record<Encoding, string>> = {};
        for (const encoding of ['br', 'gzip'] as const)
          if (existsSync(path + FILE_SUFFIX[encoding])) variants[encoding] = path + FILE_SUFFIX[encoding];
        if (variants.br || variants.gzip)
          files.set(`/${relative(root, path).split(sep).join('/')}`, variants);
      }
    }
  };
  if (existsSync(root)) visit(root);
  return files;
}

/**
 * Serves a built file's precompressed form when the client accepts it: the bytes the build made with
 * brotli at its best, not compressed per request (decision 065). `send` gives each form its own ETag (its
 * size and time), and a 304 when the browser has it. Files with no precompressed form go on to express.static.
 */
export function precompressedStatic(
  root: string,
  cacheFor: (path: string) => { maxAge: string; immutable: boolean },
): RequestHandler {
  const files = precompressedFiles(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const variants = files.get(req.path);
    if (!variants) return next();
    res.setHeader('Vary', varyWithEncoding(res.getHeader('vary')));
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const file = encoding ? variants[encoding] : undefined;
    if (!encoding || !file) return next();
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    res.sendFile(file, { ...cacheFor(req.path), dotfiles: 'allow' }, (error) => error && next(error));
  };
}
