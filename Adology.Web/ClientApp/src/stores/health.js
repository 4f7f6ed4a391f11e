// What the page knows about its link to the server; the banner shows the worst of it.
/** @import { Health } from "../types.js" */

/** @type {Health} */
const state = { hub: "connecting", api: "ok", retryAt: null };
/** @type {Set<(health: Health) => void>} */
const listeners = new Set();

/**
 * @template {"hub" | "api"} P
 * @param {P} part
 * @param {Health[P]} value
 * @param {number | null} [retryAt]
 */
export function setHealth(part, value, retryAt = null) {
  if (state[part] === value && (part !== "hub" || state.retryAt === retryAt)) return;
  state[part] = value;
  if (part === "hub") state.retryAt = retryAt;
  for (const listener of listeners) listener({ ...state });
}

/**
 * Calls `listener` now and at every change; returns what stops that.
 * @param {(health: Health) => void} listener
 */
export function onHealth(listener) {
  listeners.add(listener);
  listener({ ...state });
  return () => listeners.delete(listener);
}

export function resetHealth() {
  Object.assign(state, { hub: "connecting", api: "ok", retryAt: null });
  listeners.clear();
}
