import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { collectDrawnParts, lazyPart, preloadParts } from './lazy-page.tsx';

describe('lazyPart', () => {
  it('preloads a part that only becomes known once its outer part has loaded, so the render holds both', async () => {
    // Like the cite block inside the commitment page's chunk: the inner part is declared when the outer loads.
    let Inner: ComponentType<object> | undefined;
    const Outer = lazyPart<object>('test/outer.tsx', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1)); // a chunk arrives later, like import()
      Inner ??= lazyPart<object>('test/inner.tsx', async () => () => createElement('em', null, 'inner'));
      return () => createElement('p', null, 'outer ', createElement(Inner!));
    });
    await preloadParts(['test/outer.tsx', 'test/inner.tsx']);

    let html = '';
    const drawn = collectDrawnParts(() => {
      html = renderToString(createElement(Outer));
    });
    expect(html).toBe('<p>outer <em>inner</em></p>');
    expect(drawn).toEqual(['test/outer.tsx', 'test/inner.tsx']);
  });
});
