import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; the API server proxies nothing in production (it serves dist/client itself).
// `vite build --ssr` builds the server's renderer (client/src/entry-server.tsx) into dist/ssr.
export default defineConfig(({ isSsrBuild }) => ({
  root: 'client',
  plugins: [react()],
  // The renderer carries React and the rest with it: production installs omit devDependencies (decision 040).
  ssr: { noExternal: true },
  // React's production build in the renderer too, whatever NODE_ENV the server runs with (its development
  // build renders several times slower).
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: isSsrBuild
    ? { outDir: '../dist/ssr', emptyOutDir: true, sourcemap: false, copyPublicDir: false }
    : {
        outDir: '../dist/client',
        emptyOutDir: true,
        sourcemap: false,
        // Which CSS each lazy part needs: the server links it into pages that draw the part.
        manifest: true,
        rolldownOptions: {
          output: {
            // Everything the first page needs in one file; the sign-in, analyst and admin code stays in lazy chunks.
            codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
          },
        },
      },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/readyz': 'http://localhost:3000',
    },
  },
}));
