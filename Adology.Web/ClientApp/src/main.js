import * as api from "./api.js";
import { createDashboard } from "./dashboard.js";
import { resetHealth } from "./stores/health.js";
import { clearSession, isExpired, loadSession, saveSession } from "./stores/session.js";
import { loginView } from "./views/login.js";

/** @import { Session } from "./types.js" */

const root = /** @type {HTMLElement} */ (document.getElementById("app"));
let session = loadSession();
/** @type {ReturnType<typeof createDashboard> | null} */
let dashboard = null;

const getToken = () => (session && !isExpired(session) ? session.token : null);
api.configureApi({ getToken, onUnauthorized: () => logout("Your session has expired: log in again.") });

/**
 * @param {"login" | "register"} mode
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string | null>} Why it failed, or null.
 */
async function submitLogin(mode, email, password) {
  try {
    if (mode === "register") await api.register(email, password);
    const issued = await api.login(email, password);
    session = { token: issued.accessToken, expiresAt: issued.expiresAt, email };
    saveSession(session);
    showDashboard(session);
    return null;
  } catch (error) {
    return loginProblem(mode, error);
  }
}

/**
 * @param {"login" | "register"} mode
 * @param {any} error
 */
function loginProblem(mode, error) {
  // Register answers a taken e-mail as a new one (docs/API.md): only the login after it can fail.
  if (error.status === 401 && mode === "register") return "Could not log in with this email and password: if the email already has an account, log in with its password.";
  if (error.status === 401) return "Wrong email or password.";
  if (error.status === 403 && mode === "register") return "Registration is closed on this server.";
  if (error.status === 429) return `Too many attempts: try again in ${error.retryAfter ?? "a few"} s.`;
  return error.message;
}

/** @param {string} [notice] */
function showLogin(notice) {
  root.replaceChildren(loginView({ submit: submitLogin, notice }));
  root.querySelector("input")?.focus();
}

/** @param {Session} session */
function showDashboard(session) {
  resetHealth();
  dashboard = createDashboard({ session, getToken, onLogout: () => logout(), onExpired: () => logout("Your session has expired: log in again.") });
  root.replaceChildren(dashboard.element);
  void dashboard.start();
}

/** @param {string} [notice] */
async function logout(notice) {
  if (!session && !dashboard) return;
  // Asked for (no notice): the server ends the token too; an expired or revoked one is over already.
  const token = notice ? null : getToken();
  session = null;
  clearSession();
  if (token) void api.logout(token);
  const current = dashboard;
  dashboard = null;
  showLogin(notice);
  await current?.stop();
}

if (session) showDashboard(session);
else showLogin();
