import { ApiError, parseProblem } from './problem.ts';

/** Every API path lives under this prefix; the web client is always served by the same origin. */
export const API_BASE = '/api/v1';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version the user edited; sent as If-Match so a stale edit fails with 412 instead of overwriting. */
  ifMatch?: number;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

/** A JSON answer together with the version from its ETag, when the server sent one. */
export interface Versioned<T> {
  data: T;
  etag?: number;
}

/** Builds a URL under /api/v1, leaving out empty query values. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** A successful answer: its headers, its text exactly as sent, and that text parsed as JSON. */
interface Answer {
  response: Response;
  text: string;
  body: unknown;
}

/** Calls the API; throws ApiError with the parsed problem details when the answer is not a success. */
async function send(path: string, options: RequestOptions): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', detail: String(error) });
  }
  const text = response.status === 204 ? '' : await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw new ApiError(parseProblem(response.status, body));
  return { response, text, body };
}

/** Calls the API and returns the body and ETag; throws ApiError with the parsed problem details. */
export async function requestWithEtag<T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  const { response, body } = await send(path, options);
  return { data: body as T, etag: parseEtag(response.headers.get('ETag')) };
}

/** Calls the API and returns the body together with its text as the server sent it, for saving unchanged. */
export async function requestWithText<T>(path: string, options: RequestOptions = {}): Promise<{ data: T; text: string }> {
  const { text, body } = await send(path, options);
  return { data: body as T, text };
}

/** Calls the API and returns only the body. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await requestWithEtag<T>(path, options)).data;
}

/** Reads `"12"` or `W/"12"` as 12. */
export function parseEtag(header: string | null): number | undefined {
  if (!header) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  return match ? Number(match[1]) : undefined;
}
