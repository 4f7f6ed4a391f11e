import { setHealth } from "./stores/health.js";

/** @import { Analysis, CreativeView, DashboardFigures, IssuedToken, Page, ScanAccepted, ScanMatch, ScanResult, ScanView, SimilarCreative, Webhook, WebhookDelivery } from "./types.js" */

/** @type {() => string | null} */
let getToken = () => null;
/** @type {() => void} */
let onUnauthorized = () => {};

/** @param {{ getToken: () => string | null, onUnauthorized: () => void }} options */
export function configureApi(options) {
  ({ getToken, onUnauthorized } = options);
}

/** A call that failed: its HTTP status (0 when the server was not reached) and its problem details. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {any} [problem]
   * @param {string | null} [retryAfter]
   */
  constructor(status, message, problem = null, retryAfter = null) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<any>}
 */
async function request(method, path, body) {
  /** @type {Record<string, string>} */
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    setHealth("api", "unreachable");
    throw new ApiError(0, "The server is unreachable.");
  }
  // A proxy in front of a stopped host answers 502–504: that is the server being gone, too.
  if (response.status >= 502 && response.status <= 504) {
    setHealth("api", "unreachable");
    throw new ApiError(response.status, `The server is unavailable (HTTP ${response.status}).`);
  }
  setHealth("api", "ok");

  const text = await response.text();
  const json = text ? safeParse(text) : null;
  if (response.ok) return json;
  if (response.status === 401 && token) onUnauthorized();
  throw new ApiError(response.status, problemText(response, json), json, response.headers.get("retry-after"));
}

/** @param {string} text */
function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * @param {{ status: number, statusText: string }} response
 * @param {any} problem
 */
function problemText(response, problem) {
  const fieldErrors = Object.values(problem?.errors ?? {}).flat();
  if (fieldErrors.length) return fieldErrors.join(" ");
  return problem?.detail ?? problem?.title ?? `HTTP ${response.status} ${response.statusText}`;
}

/** @type {(email: string, password: string) => Promise<IssuedToken>} */
export const login = (email, password) => request("POST", "/api/auth/login", { email, password });
/**
 * Ends the token on the server: every token of the user, so this logs out everywhere. Best effort, outside `request`
 * (a 401 here must not count as an expired session): the dashboard forgets the token anyway.
 * @param {string} token
 */
export async function logout(token) {
  try {
    await fetch("/api/auth/logout", { method: "POST", headers: { authorization: `Bearer ${token}` } });
  } catch {
    // The server is unreachable: the token ends at its expiry.
  }
}
/** @type {(email: string, password: string) => Promise<unknown>} */
export const register = (email, password) => request("POST", "/api/auth/register", { email, password });
/** @type {() => Promise<DashboardFigures>} */
export const dashboard = () => request("GET", "/api/dashboard");
/** @type {(page?: number, pageSize?: number) => Promise<Page<ScanView>>} */
export const scans = (page = 1, pageSize = 50) => request("GET", `/api/scans?page=${page}&pageSize=${pageSize}`);
/** @type {(scanId: string) => Promise<Analysis>} */
export const analysis = (scanId) => request("GET", `/api/scans/${scanId}/analysis`);
/** @type {(creativeId: string, k?: number) => Promise<{ items: SimilarCreative[] }>} */
export const similar = (creativeId, k = 8) => request("GET", `/api/creatives/${creativeId}/similar?k=${k}`);
/** @type {(query: URLSearchParams) => Promise<Page<CreativeView>>} GET /api/creatives, searched and filtered by `query`. */
export const searchCreatives = (query) => request("GET", `/api/creatives?${query}`);
/** @type {(scanId: string) => Promise<{ url: string, expiresAt: string }>} */
export const reportLink = (scanId) => request("POST", `/api/scans/${scanId}/report-link`);

/** @type {() => Promise<{ terms: string[] }>} */
export const watchlist = () => request("GET", "/api/watchlist");
/** @type {(terms: string[]) => Promise<{ terms: string[] }>} */
export const saveWatchlist = (terms) => request("PUT", "/api/watchlist", { terms });
/** @type {(page?: number, pageSize?: number) => Promise<Page<Webhook>>} */
export const webhooks = (page = 1, pageSize = 100) => request("GET", `/api/webhooks?page=${page}&pageSize=${pageSize}`);
/** @type {(url: string, kinds: string[]) => Promise<Webhook & { secret: string }>} */
export const createWebhook = (url, kinds) => request("POST", "/api/webhooks", { url, kinds });
/** @type {(id: string) => Promise<unknown>} */
export const deleteWebhook = (id) => request("DELETE", `/api/webhooks/${id}`);
/** @type {(id: string, pageSize?: number) => Promise<Page<WebhookDelivery>>} */
export const webhookDeliveries = (id, pageSize = 20) => request("GET", `/api/webhooks/${id}/deliveries?page=1&pageSize=${pageSize}`);

/**
 * POST /api/scans/upload with XMLHttpRequest, whose upload events (unlike fetch's) report how much is sent.
 * @param {string} brand
 * @param {File[]} files
 * @param {(fraction: number) => void} onProgress
 * @param {string[]} [watch] The scan's watch terms, one form field each.
 * @returns {Promise<ScanAccepted>}
 */
export function uploadScan(brand, files, onProgress, watch = []) {
  const form = new FormData();
  form.append("brand", brand);
  for (const term of watch) form.append("watch", term);
  for (const file of files) form.append("files", file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/scans/upload");
    xhr.setRequestHeader("accept", "application/json");
    const token = getToken();
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.upload.addEventListener("progress", (event) => event.lengthComputable && onProgress(event.loaded / event.total));
    xhr.addEventListener("error", () => {
      setHealth("api", "unreachable");
      reject(new ApiError(0, "The server is unreachable."));
    });
    xhr.addEventListener("load", () => {
      setHealth("api", "ok");
      const json = xhr.responseText ? safeParse(xhr.responseText) : null;
      if (xhr.status >= 200 && xhr.status < 300) return resolve(json);
      if (xhr.status === 401 && token) onUnauthorized();
      reject(new ApiError(xhr.status, problemText(xhr, json), json, xhr.getResponseHeader("retry-after")));
    });
    xhr.send(form);
  });
}

/**
 * Every creative the scan found new to its brand, in event order.
 * @param {string} scanId
 * @returns {Promise<ScanResult[]>}
 */
export const allScanCreatives = (scanId) => allPages(`/api/scans/${scanId}/creatives`);

/**
 * Every watch-term match of the scan, in the order found.
 * @param {string} scanId
 * @returns {Promise<ScanMatch[]>}
 */
export const allScanMatches = (scanId) => allPages(`/api/scans/${scanId}/matches`);

/**
 * Every item of a paged list, fetched 500 at a time.
 * @param {string} path
 */
async function allPages(path) {
  const items = [];
  for (let page = 1; ; page++) {
    /** @type {Page<any>} */
    const next = await request("GET", `${path}?page=${page}&pageSize=500`);
    items.push(...next.items);
    if (next.items.length === 0 || items.length >= next.total) return items;
  }
}
