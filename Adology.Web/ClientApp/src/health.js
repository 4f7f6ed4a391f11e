// What the page knows about its link to the server; the banner shows the worst of it.
const state = { hub: "connecting", api: "ok", retryAt: null };
const listeners = new Set();

export function setHealth(part, value, retryAt = null) {
  if (state[part] === value && (part !== "hub" || state.retryAt === retryAt)) return;
  state[part] = value;
  if (part === "hub") state.retryAt = retryAt;
  for (const listener of listeners) listener({ ...state });
}

export function onHealth(listener) {
  listeners.add(listener);
  listener({ ...state });
  return () => listeners.delete(listener);
}

export function resetHealth() {
  Object.assign(state, { hub: "connecting", api: "ok", retryAt: null });
  listeners.clear();
}
