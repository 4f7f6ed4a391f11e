import { h, reconcile } from "../dom.js";
import { number } from "../format.js";

/** @import { Notification } from "../types.js" */
/** @typedef {{ scanId: string, brand: string, counts: Record<string, Record<string, number>>, at: number }} Toast */

// Older news goes once there are more than this: the list is a heads-up, the scan list is the record.
const keptAtMost = 5;

/**
 * The user's news as it arrives (the hub's `notification`: a scan of theirs completed, found new creatives, matched
 * watch terms), one dismissable toast per scan, in a polite live region. A scan in the user's list gets a "Show scan"
 * button; `onShow(scanId)` selects it.
 * @param {{ onShow: (scanId: string) => void }} options
 */
export function notificationsView({ onShow }) {
  const list = h("ol", { class: "toast-list" });
  // An <ol> may not take role=log: the region around it does.
  const element = h("div", { class: "toasts", role: "log", "aria-live": "polite", "aria-label": "Notifications", "data-testid": "notifications" }, list);
  /** @type {Map<string, Toast>} */
  const toasts = new Map();
  /** @type {(scanId: string) => boolean} */
  let isListed = () => false;

  /** @param {Toast} toast */
  function create(toast) {
    const text = h("p", { class: "toast-text", "data-testid": "notification-text" });
    const show = h("button", { type: "button", class: "button small", "data-testid": "notification-show", onClick: () => onShow(toast.scanId) }, "Show scan");
    const dismiss = h("button", { type: "button", class: "toast-close", "aria-label": `Dismiss the news of ${toast.brand}`, "data-testid": "notification-dismiss", onClick: () => remove(toast.scanId) }, "×");
    return h("li", { class: "toast", "data-testid": "notification", "data-scan-id": toast.scanId }, text, h("div", { class: "toast-actions" }, show, dismiss));
  }

  /**
   * @param {HTMLElement} element
   * @param {Toast} toast
   */
  function update(element, toast) {
    const [text, actions] = /** @type {HTMLElement[]} */ ([...element.children]);
    text.textContent = describe(toast);
    /** @type {HTMLElement} */ (actions.firstElementChild).hidden = !isListed(toast.scanId);
  }

  function render() {
    reconcile(list, [...toasts.values()].sort((a, b) => a.at - b.at), (toast) => toast.scanId, create, update);
  }

  /** @param {string} scanId */
  function remove(scanId) {
    toasts.delete(scanId);
    render();
  }

  return {
    element,
    /**
     * @param {Notification} notification
     * @param {(scanId: string) => boolean} listed Whether the scan is in the user's scan list.
     */
    add(notification, listed) {
      isListed = listed;
      const toast = toasts.get(notification.scanId) ?? { scanId: notification.scanId, brand: notification.brand, counts: {}, at: Date.now() };
      toast.counts[notification.kind] = notification.counts ?? {};
      toasts.set(toast.scanId, toast);
      for (const old of [...toasts.keys()].slice(0, Math.max(0, toasts.size - keptAtMost))) toasts.delete(old);
      render();
    },
    /** The scan list changed: a toast's scan may now be shown. */
    refresh: render,
  };
}

/**
 * One sentence of whatever kinds of news of the scan have come ("scan_completed", "new_creatives", "matches").
 * @param {Toast} toast
 */
function describe({ brand, counts }) {
  const completed = counts.scan_completed;
  const newCreatives = counts.new_creatives?.newCreatives ?? completed?.newCreatives;
  const matches = counts.matches?.matches ?? completed?.matches;
  const parts = [];
  if (newCreatives) parts.push(`${number(newCreatives)} new creative${newCreatives === 1 ? "" : "s"}`);
  if (matches) parts.push(`${number(matches)} watch-term match${matches === 1 ? "" : "es"}`);
  if (completed?.failed) parts.push(`${number(completed.failed)} failed`);
  return `Scan of ${brand} completed${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}
