import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { fhirHandlers } from './server.ts';

/**
 * Serves the mock FHIR server from a Node HTTP server (Vite dev/preview via
 * `server.middlewares.use`), so the browser reaches it on the app's own origin without a
 * service worker. Only `/fhir` and `/fhir-fail` paths are looked at; the rest goes to `next()`.
 */

export type ConnectMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const handledPath = /^\/fhir(?:-fail)?(?:[/?]|$)/;

export function fhirMiddleware(): ConnectMiddleware {
  return (req, res, next) => {
    if (!handledPath.test(req.url ?? '')) {
      next();
      return;
    }
    respond(req, res).then(
      (handled) => {
        if (!handled) next();
      },
      (error: unknown) => {
        // Connect turns next(error) into a 500; after headers went out only a reset is left.
        if (res.headersSent) res.destroy();
        else next(error);
      },
    );
  };
}

async function respond(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const request = await toRequest(req);
  const response = await getResponse(fhirHandlers, request);
  if (response === undefined) return false;

  // A 302 from /auth/authorize is passed on as is: the browser, not us, follows it.
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    // The body was decoded by fetch semantics; let Node frame it afresh.
    if (name !== 'content-length' && name !== 'transfer-encoding') res.setHeader(name, value);
  });
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`);

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (":authority") are not valid Fetch header names.
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }

  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return new Request(url, { method, headers, body: new Uint8Array(Buffer.concat(chunks)) });
}
