import { lazy, type ComponentType } from 'react';

type Load<P> = () => Promise<ComponentType<P>>;

/** Each public lazy part by its module path under client/ (the key of Vite's manifest), to preload it. */
const preloaders = new Map<string, () => Promise<void>>();
/** The lazy parts one server render drew (the render is synchronous, so one set at a time is enough). */
let drawn: Set<string> | undefined;

/**
 * React.lazy that can be loaded ahead: once preloaded, the part renders at once instead of suspending. The
 * server preloads every public part at start, so its HTML holds their content; the browser preloads the
 * parts a page drew before hydrating it, so hydration finds the same tree. Un-preloaded, it is plain lazy.
 * `id` is the module's path under client/ (as Vite's manifest names it): the server links its CSS.
 */
export function lazyPart<P extends object>(id: string, load: Load<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  preloaders.set(id, () =>
    load().then((component) => {
      loaded = component;
    }),
  );
  function LazyPart(props: P) {
    drawn?.add(id);
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return LazyPart;
}

/**
 * Loads the named parts (unknown names are ignored); all of them when no list is given. A part may live in
 * another part's chunk (the cite block inside the commitment page), so it is only known once that chunk has
 * loaded: keep going until a round finds nothing new.
 */
export async function preloadParts(ids?: readonly string[]): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    const wanted = (ids ?? [...preloaders.keys()]).filter((id) => preloaders.has(id) && !done.has(id));
    if (wanted.length === 0) return;
    await Promise.all(
      wanted.map((id) => {
        done.add(id);
        return preloaders.get(id)!();
      }),
    );
  }
}

/** Runs a synchronous render and returns which lazy parts it drew. */
export function collectDrawnParts(render: () => void): string[] {
  drawn = new Set();
  try {
    render();
    return [...drawn];
  } finally {
    drawn = undefined;
  }
}
