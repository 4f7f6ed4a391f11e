import { setHealth } from "./health.js";

let getToken = () => null;
let onUnauthorized = () => {};

export function configureApi(options) {
  ({ getToken, onUnauthorized } = options);
}

export class ApiError extends Error {
  constructor(status, message, problem = null, retryAfter = null) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

async function request(method, path, body) {
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

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function problemText(response, problem) {
  const fieldErrors = Object.values(problem?.errors ?? {}).flat();
  if (fieldErrors.length) return fieldErrors.join(" ");
  return problem?.detail ?? problem?.title ?? `HTTP ${response.status} ${response.statusText}`;
}

export const login = (email, password) => request("POST", "/api/auth/login", { email, password });
export const register = (email, password) => request("POST", "/api/auth/register", { email, password });
export const dashboard = () => request("GET", "/api/dashboard");
export const scans = (page = 1, pageSize = 50) => request("GET", `/api/scans?page=${page}&pageSize=${pageSize}`);
export const analysis = (scanId) => request("GET", `/api/scans/${scanId}/analysis`);
export const similar = (creativeId, k = 8) => request("GET", `/api/creatives/${creativeId}/similar?k=${k}`);
export const reportLink = (scanId) => request("POST", `/api/scans/${scanId}/report-link`);

/** An `<img>` cannot send a header: the thumbnail endpoint takes the token from the query. */
export function withToken(url) {
  const src = new URL(url, location.href);
  src.searchParams.set("access_token", getToken() ?? "");
  return src.href;
}

export const thumbnailUrl = (creativeId) => `/api/creatives/${creativeId}/thumbnail`;

/** Every creative the scan found new to its brand, in event order, fetched page by page. */
export async function allScanCreatives(scanId) {
  const items = [];
  for (let page = 1; ; page++) {
    const next = await request("GET", `/api/scans/${scanId}/creatives?page=${page}&pageSize=500`);
    items.push(...next.items);
    if (next.items.length === 0 || items.length >= next.total) return items;
  }
}
