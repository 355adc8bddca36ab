import type { RequestHandler } from 'express';
import helmet from 'helmet';

const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

const common = {
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  crossOriginEmbedderPolicy: false,
  hsts: false, // set by the TLS-terminating proxy, which knows whether HTTPS is in use
} as const;

/**
 * Safe headers for every response. The CSP allows no inline script or style: the client is
 * built by Vite into external files, and React components use classes, not style attributes.
 * No page may be framed by another site (clickjacking), through both the CSP and X-Frame-Options.
 */
const framingRefused = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { ...directives, frameAncestors: ["'none'"] } },
  xFrameOptions: { action: 'deny' },
});

/**
 * The embed pages (/embed/...) exist to be framed by other sites: any ancestor may frame them, so they
 * send no X-Frame-Options (which cannot say "anyone") and let other origins load them.
 */
const framingAllowed = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { ...directives, frameAncestors: ['*'] } },
  xFrameOptions: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
});

export const isEmbedPath = (path: string) => path === '/embed' || path.startsWith('/embed/');

export const securityHeaders: RequestHandler = (req, res, next) =>
  (isEmbedPath(req.path) ? framingAllowed : framingRefused)(req, res, next);
