import { ago, dateTime, number } from "../format.js";
import { h } from "../dom.js";

const running = ["queued", "gathering", "acquiring", "committing", "analyzing"];
const breakdown = [
  ["running", "running"],
  ["completed", "completed"],
  ["failed", "failed"],
  ["cancelled", "cancelled"],
];

/** @import { DashboardFigures } from "../types.js" */

/**
 * @param {string} testId
 * @param {string} label
 * @param {...HTMLElement} extra
 */
function card(testId, label, ...extra) {
  const value = h("p", { class: "figure-value", "data-testid": testId }, "—");
  return { value, element: h("section", { class: "card figure" }, h("h2", { class: "figure-label" }, label), value, ...extra) };
}

/** The immediate-mode figures of GET /api/dashboard. */
export function figuresView() {
  const counts = Object.fromEntries(breakdown.map(([key]) => [key, h("strong", { "data-testid": `status-count-${key}` }, "0")]));
  const chips = h("p", { class: "chips" }, breakdown.map(([key, label]) => h("span", { class: `chip status-${key}` }, counts[key], ` ${label}`)));
  const scans = card("figure-scans", "Scans", chips);
  const brands = card("figure-brands", "Brands");
  const creatives = card("figure-creatives", "Creatives");
  const failedItems = card("figure-failed-items", "Failed items");
  const lastActivity = card("figure-last-activity", "Last activity");
  const element = h("div", { class: "figures", "data-testid": "figures" }, [scans, brands, creatives, failedItems, lastActivity].map((c) => c.element));

  return {
    element,
    /** @param {DashboardFigures} figures */
    update(figures) {
      const byStatus = figures.scansByStatus ?? {};
      scans.value.textContent = number(figures.scans);
      brands.value.textContent = number(figures.brands);
      creatives.value.textContent = number(figures.creatives);
      failedItems.value.textContent = number(figures.failedItems);
      lastActivity.value.textContent = ago(figures.lastActivityAt);
      lastActivity.value.title = dateTime(figures.lastActivityAt);
      counts.running.textContent = number(running.reduce((sum, status) => sum + (byStatus[status] ?? 0), 0));
      for (const status of ["completed", "failed", "cancelled"]) counts[status].textContent = number(byStatus[status] ?? 0);
    },
  };
}
