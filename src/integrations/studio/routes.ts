import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentRoot } from '../../lib/content/paths';
import { inProjectLayout } from '../../lib/studio/layout';
import { fontFile } from './fonts';
import { editableFiles, isEditable, readEditable, removeEditable, writeEditable } from './files';
import { REACT_PREAMBLE, studioHeaders, studioPage } from './page';
import { checkApi } from './check-draft';
import { mapApi } from './map-field';
import { translationsApi } from './translations';

/** One call of the studio's page: what it asked, and the answer (status 200 unless said). */
export interface ApiRequest {
  root: string;
  url: URL;
  /** The JSON a POST sent. */
  body: unknown;
}
export type ApiAnswer = (
  request: ApiRequest,
) => Promise<{ status?: number; value: unknown }> | { status?: number; value: unknown };

/** The studio's calls by address (each ends in a slash, as every address of the site does). */
const API: Record<string, ApiAnswer> = { ...checkApi, ...mapApi, ...translationsApi };

type Next = (error?: unknown) => void;

/** The whole body of a request, as text. */
const bodyOf = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

function send(response: ServerResponse, status: number, type: string, body: string) {
  response.statusCode = status;
  const host = response.req.headers.host ?? '127.0.0.1';
  for (const [name, value] of Object.entries(studioHeaders(host))) response.setHeader(name, value);
  response.setHeader('content-type', `${type}; charset=utf-8`);
  response.end(body);
}

function sendFont(response: ServerResponse, pathname: string) {
  const font = fontFile(pathname);
  if (!font) return sendJson(response, 404, { error: `${pathname}: no such font` });
  response.statusCode = 200;
  response.setHeader('content-type', 'font/woff2');
  response.setHeader('cache-control', 'no-store');
  response.end(font);
}

const sendJson = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, 'application/json', JSON.stringify(value));

/**
 * The studio's page and the few calls it makes, all under /studio/: the files it may edit, each
 * save (written in the project's own layout), and the content check run on a draft.
 */
export function studioRoutes() {
  return (request: IncomingMessage, response: ServerResponse, next: Next) => {
    const url = new URL(request.url ?? '/', 'http://studio.invalid');
    if (!url.pathname.startsWith('/studio')) return next();
    const root = contentRoot();
    const handle = async () => {
      if (url.pathname === '/studio' || url.pathname === '/studio/') {
        return send(response, 200, 'text/html', studioPage('/src/studio/main.ts'));
      }
      if (url.pathname === '/studio/translate/') {
        return send(response, 200, 'text/html', studioPage('/src/studio/translate/main.tsx', 'Translations'));
      }
      if (url.pathname === '/studio/react-preamble.js') return send(response, 200, 'text/javascript', REACT_PREAMBLE);
      if (url.pathname.startsWith('/studio/fonts/')) return sendFont(response, url.pathname);
      for (const [path, answer] of Object.entries(API)) {
        if (url.pathname !== path) continue;
        const body = request.method === 'POST' ? (JSON.parse(await bodyOf(request)) as unknown) : undefined;
        const reply = await answer({ root, url, body });
        return sendJson(response, reply.status ?? 200, reply.value);
      }
      if (url.pathname === '/studio/api/files/' && request.method === 'GET') {
        return sendJson(response, 200, editableFiles(root));
      }
      if (url.pathname === '/studio/api/file/') {
        const path = url.searchParams.get('path') ?? '';
        if (!isEditable(path)) return sendJson(response, 403, { error: `${path}: not a file the studio writes` });
        if (request.method === 'PUT') {
          const text = await inProjectLayout(path, await bodyOf(request), readEditable(root, path));
          writeEditable(root, path, text);
          return sendJson(response, 200, { path, text });
        }
      }
      if (url.pathname === '/studio/api/file/' && request.method === 'DELETE') {
        const path = url.searchParams.get('path') ?? '';
        if (!isEditable(path)) return sendJson(response, 403, { error: `${path}: not a file the studio writes` });
        removeEditable(root, path);
        return sendJson(response, 200, { path });
      }
      return sendJson(response, 404, { error: `${url.pathname}: no such studio address` });
    };
    handle().catch((error: unknown) => sendJson(response, 500, { error: String(error) }));
  };
}
