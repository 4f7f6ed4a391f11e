import * as api from "../api.js";
import { h } from "../dom.js";
import { dateTime } from "../format.js";

/** @import { WebhookDelivery } from "../types.js" */

/**
 * A webhook's recent deliveries (GET /api/webhooks/{id}/deliveries), newest first, each with its outcome.
 * @param {string} webhookId
 */
export function deliveriesView(webhookId) {
  const status = h("p", { class: "muted empty", role: "status", "data-testid": "deliveries-status" });
  const body = h("tbody", {});
  const table = h("table", { class: "results-table deliveries-table", "data-testid": "deliveries-table" },
    h("caption", { class: "visually-hidden" }, "Recent deliveries"),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, "Sent"),
      h("th", { scope: "col" }, "Kind"),
      h("th", { scope: "col" }, "Outcome"),
      h("th", { scope: "col" }, "Attempts"),
      h("th", { scope: "col" }, "Last answer"))),
    body);
  const refresh = h("button", { type: "button", class: "button small", "data-testid": "deliveries-refresh", onClick: () => void load() }, "Refresh");
  const wrap = h("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Recent deliveries", hidden: true }, table);
  const element = h("div", { class: "deliveries", "data-testid": "deliveries", hidden: true }, h("div", { class: "actions" }, status, refresh), wrap);

  /** @param {WebhookDelivery} delivery */
  function row(delivery) {
    const answer = delivery.lastError ?? (delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : "—");
    return h("tr", { "data-testid": "delivery-row", "data-status": delivery.status },
      h("td", {}, dateTime(delivery.deliveredAt ?? delivery.createdAt)),
      h("td", {}, delivery.kind),
      h("td", {}, h("span", { class: `badge delivery-${delivery.status}` }, delivery.status)),
      h("td", { class: "numeric" }, String(delivery.attempts)),
      h("td", { class: "delivery-answer" }, answer));
  }

  async function load() {
    status.textContent = "Loading…";
    try {
      const page = await api.webhookDeliveries(webhookId);
      body.replaceChildren(...page.items.map(row));
      wrap.hidden = page.items.length === 0;
      status.textContent = page.items.length ? `${page.items.length} of ${page.total} deliveries, newest first.` : "No deliveries yet: one is sent when a scan of yours completes.";
    } catch (/** @type {any} */ problem) {
      status.textContent = `The deliveries could not be read: ${problem.message}`;
    }
  }

  return { element, load };
}
