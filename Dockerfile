# Accord Tracker's container image. CI cannot run docker, so scripts/production-install-test.mjs runs these
# same steps on every build (npm ci, npm run build, production dependencies only, node dist/server/main.js,
# /healthz, SIGTERM -> exit 0 within 10 s): change both together.

# --- build: every dependency, then the client and the compiled server in dist/ ---
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# .git is not sent to docker; pass the commit for /metrics' accord_build_info: --build-arg GIT_COMMIT=$(git rev-parse --short HEAD)
ARG GIT_COMMIT=unknown
RUN GIT_COMMIT=$GIT_COMMIT npm run build

# --- runtime: production dependencies, dist/, a non-root user, no compiler or bundler ---
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    CLIENT_DIR=/app/dist/client
WORKDIR /app
# Noto Sans CJK (Latin and Hangul) for the PNG status cards; without it the server warns and draws with what it finds.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# For `npm run db:backup`, `user:create` and the other tasks (they run the compiled ones from dist/).
COPY --from=build /app/scripts ./scripts
RUN mkdir -p /data && chown node:node /data
USER node
# The embedded database (when DATABASE_URL is not set) lives here: keep it on a volume.
VOLUME ["/data"]
EXPOSE 3000
# node is PID 1 and handles SIGTERM itself (it reaps its one child, the first-start process); `docker run
# --init` or compose's `init: true` adds tini as well.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/server/main.js"]
