// The one way this client talks to the API: JSON or multipart in, problem+json errors out as ApiProblem, the
// user's language on every call, the bearer token when signed in. A submission carries an Idempotency-Key and is
// sent again with the same key when the connection drops, so a worker on a bad connection never files twice.
import { accessToken } from './auth.js';
import { locale, t } from './i18n.js';

export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
  }
}

const RETRY_DELAYS = [1, 2, 4, 8];

/** Listeners told of a retry after a lost connection (the shell shows it; tests read it). */
export const connection = { onRetry: () => {}, onRecovered: () => {} };

export function newIdempotencyKey() {
  return crypto.randomUUID();
}

/**
 * Calls the API. Options: method, body (an object, sent as JSON, or FormData), idempotencyKey, ifMatch.
 * Returns { status, data, etag, location }. Reads and keyed submissions are retried after a network error.
 */
export async function api(path, { method = 'GET', body, idempotencyKey, ifMatch, accept = 'application/json' } = {}) {
  const retriable = method === 'GET' || !!idempotencyKey;
  for (let attempt = 0; ; attempt++) {
    const headers = { 'Accept': accept, 'Accept-Language': locale() };
    const token = await accessToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (ifMatch) headers['If-Match'] = ifMatch;
    let payload;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, { method, headers, body: payload, cache: 'no-store' });
    } catch (networkError) {
      if (!retriable || attempt >= RETRY_DELAYS.length) {
        connection.onRecovered();
        throw new ApiProblem({ status: 0, code: 'NETWORK', title: t('net.failed') });
      }
      connection.onRetry(RETRY_DELAYS[attempt], attempt + 1);
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt] * 1000));
      continue;
    }
    if (attempt > 0) connection.onRecovered();
    return read(response);
  }
}

async function read(response) {
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null
    : type.includes('json') ? await response.json().catch(() => null)
      : await response.text();
  if (!response.ok) {
    const problem = type.includes('problem+json') && data ? data
      : { status: response.status, code: 'HTTP_' + response.status, title: t('error.http', { status: response.status }) };
    const retryAfter = response.headers.get('Retry-After');
    if (retryAfter && /^\d+$/.test(retryAfter)) problem.retryAfter = Number(retryAfter);
    throw new ApiProblem(problem);
  }
  return { status: response.status, data, etag: response.headers.get('ETag'), location: response.headers.get('Location') };
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * A submission that keeps its Idempotency-Key until the server has answered: a lost connection (or the user
 * pressing the button again) sends the same key, so the server files once and answers the retry with the first
 * response; after the server's answer (success or a refusal, which created nothing) the next submission is new.
 */
export function keyedSubmission() {
  let key = null;
  return async (path, options = {}) => {
    key ??= newIdempotencyKey();
    try {
      const result = await api(path, { ...options, idempotencyKey: key });
      key = null;
      return result;
    } catch (error) {
      if (!(error instanceof ApiProblem) || error.status !== 0) key = null;
      throw error;
    }
  };
}
