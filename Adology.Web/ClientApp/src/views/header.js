import { h } from "../dom.js";

/** @import { Health } from "../types.js" */

/** @type {Record<Health["hub"], string>} */
const labels = { connected: "Live", connecting: "Connecting…", reconnecting: "Reconnecting…", disconnected: "Offline" };

/**
 * The page's header: the connection's state, who is logged in, and logging out.
 * @param {{ email: string, onLogout: () => void }} options
 */
export function headerView({ email, onLogout }) {
  const status = h("span", { class: "connection", "data-testid": "connection-status", "data-state": "connecting" }, labels.connecting);
  const element = h(
    "header",
    { class: "app-header", "data-testid": "app-header" },
    h("div", { class: "header-inner" },
      h("div", { class: "wordmark" }, h("span", { class: "logo", "aria-hidden": "true" }), "Adology"),
      h("div", { class: "header-side" },
        status,
        h("span", { class: "user", "data-testid": "user-email", title: email }, email),
        h("a", { href: "#/settings", class: "button small", "data-testid": "settings-link" }, "Settings"),
        h("button", { type: "button", class: "button small", "data-testid": "logout-button", onClick: onLogout }, "Log out"))),
  );
  return {
    element,
    /** @param {Health} health */
    update(health) {
      status.dataset.state = health.hub;
      status.textContent = labels[health.hub] ?? health.hub;
    },
  };
}
