/** @import { Session } from "../types.js" */

const key = "adology.session";

/**
 * The logged-in user's token, or null when there is none or it has expired.
 * @returns {Session | null}
 */
export function loadSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(key) ?? "null");
    if (!session?.token) return null;
    if (isExpired(session)) {
      clearSession();
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

/** @param {Session} session */
export function saveSession(session) {
  sessionStorage.setItem(key, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(key);
}

/** @param {Session} session */
export const isExpired = (session) => Boolean(session.expiresAt) && Date.parse(session.expiresAt) <= Date.now();
