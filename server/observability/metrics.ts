import { existsSync, readFileSync } from 'node:fs';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What dist/build-info.json says (written by `npm run build`); running from source has none. */
function buildInfo(): { version: string; commit: string } {
  const file = new URL('../../build-info.json', import.meta.url);
  if (!existsSync(file)) return { version: 'source', commit: 'none' };
  const info = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; commit?: string };
  return { version: info.version ?? 'unknown', commit: info.commit ?? 'unknown' };
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Figures that are read when Prometheus scrapes, not counted as they happen. */
export interface MetricSources {
  openStreams(): number;
  poolStats?(): PoolStats;
}

/**
 * The instance's Prometheus metrics (docs/deploy.md lists them). Node's own (event-loop lag, heap, GC,
 * CPU, handles) come from prom-client's default collectors; the rest are the app's.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const requests = new Counter({
    name: 'accord_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'accord_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern and method',
    labelNames: ['route', 'method'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const listenerReconnects = new Counter({
    name: 'accord_change_listener_reconnects_total',
    help: 'Times the PostgreSQL LISTEN connection was lost and re-established (caches were rebuilt)',
    registers: [registry],
  });
  const build = new Gauge({
    name: 'accord_build_info',
    help: 'Always 1; the labels say which build runs',
    labelNames: ['version', 'commit', 'node'] as const,
    registers: [registry],
  });
  const { version, commit } = buildInfo();
  build.labels(version, commit, process.version).set(1);

  /** Gauges read at scrape time from the running app. */
  const watch = (sources: MetricSources) => {
    new Gauge({
      name: 'accord_live_streams_open',
      help: 'Open live-update streams (GET /api/v1/events)',
      registers: [registry],
      collect() {
        this.set(sources.openStreams());
      },
    });
    const { poolStats } = sources;
    if (!poolStats) return;
    new Gauge({
      name: 'accord_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, and requests waiting for one)',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const stats = poolStats();
        this.labels('total').set(stats.total);
        this.labels('idle').set(stats.idle);
        this.labels('in_use').set(stats.total - stats.idle);
        this.labels('waiting').set(stats.waiting);
      },
    });
  };

  /** Counts one answered request; the hot path calls it too, so the dashboard's traffic is not invisible. */
  const observe = (route: string, method: string, status: number, seconds: number) => {
    requests.labels(route, method, String(status)).inc();
    duration.labels(route, method).observe(seconds);
  };

  return { registry, observe, listenerReconnects, watch };
}

export type Metrics = ReturnType<typeof createMetrics>;
