import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

// The baseline for the dashboard benchmark: plain node:http sending the same bytes and headers the
// real server sent, with an If-None-Match check and nothing else.
const body = readFileSync(process.env.BODY_FILE!);
const headers = JSON.parse(readFileSync(process.env.HEADERS_FILE!, 'utf8')) as Record<string, string>;
const etag = headers.etag!;

createServer((req, res) => {
  if (req.url === '/healthz') return void res.end('ok');
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
  res.writeHead(200, { ...headers, 'content-length': body.length });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
