import * as api from "../api.js";
import { h } from "../dom.js";
import { dateTime, duration, headlineOf, number } from "../format.js";
import { navigate } from "../router.js";
import { runOf, timelineChart } from "./timelineChart.js";

/** @import { CreativeView } from "../types.js" */

/** The most creatives one chart draws: the brand's most recently first seen (one page of the catalogue). */
const limit = 500;

/**
 * A brand's timeline (`#/timeline?brand=…`): each creative from first to last seen, so what ran longest — what
 * ad-intelligence users read first — stands out; drawn from the catalogue list (sort=firstSeen), with a table for
 * those who cannot see the chart.
 * @param {{ brandList: string }} options The id of the datalist of the user's brands.
 */
export function timelineView({ brandList }) {
  const brandInput = h("input", { id: "timeline-brand", name: "brand", list: brandList, autocomplete: "off", required: true, "data-testid": "timeline-brand" });
  const form = h("form", { class: "card timeline-form", "data-testid": "timeline-form", onSubmit },
    h("div", { class: "search-row" },
      h("div", { class: "field search-field" }, h("label", { for: "timeline-brand" }, "Brand"), brandInput),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button primary", "data-testid": "timeline-submit" }, "Show timeline"))));
  const heading = h("h1", { id: "timeline-heading", tabindex: -1 }, "Timeline");
  const summary = h("p", { class: "timeline-summary", "data-testid": "timeline-summary" });
  const status = h("p", { class: "muted empty", role: "status", "data-testid": "timeline-status" });
  const chart = h("div", { class: "timeline-wrap" });
  const legend = h("p", { class: "legend muted" },
    h("span", { class: "legend-item" }, h("span", { class: "key" }), "ran (first seen → last seen)"),
    h("span", { class: "legend-item" }, h("span", { class: "key running" }), "still running (seen by the latest sighting)"));
  const tableBody = h("tbody", {});
  const table = h("details", { class: "timeline-table", "data-testid": "timeline-table" },
    h("summary", {}, "The same as a table, longest-running first"),
    h("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Creatives by how long they ran" },
      h("table", { class: "results-table" },
        h("thead", {}, h("tr", {}, ["Headline", "First seen", "Last seen", "Ran", "Seen in"].map((name) => h("th", { scope: "col" }, name)))),
        tableBody)));
  const card = h("section", { class: "card", "aria-labelledby": "timeline-heading" }, heading, summary, status, legend, chart, table);
  const element = h("div", { class: "view timeline", "data-testid": "timeline" }, form, card);
  let latest = 0;

  /** @param {SubmitEvent} event */
  function onSubmit(event) {
    event.preventDefault();
    const brand = brandInput.value.trim();
    if (brand) navigate("timeline", new URLSearchParams({ brand }));
  }

  /**
   * @param {string} text
   * @param {CreativeView[]} [items] Oldest first.
   * @param {number} [total]
   * @param {string} [brand]
   * @param {boolean} [totalIsLowerBound] More than `total` creatives: counted no further.
   */
  function render(text, items = [], total = 0, brand = "", totalIsLowerBound = false) {
    status.textContent = text;
    status.hidden = !text;
    legend.hidden = table.hidden = items.length === 0;
    summary.textContent = items.length ? summaryText(items, total, totalIsLowerBound) : "";
    chart.replaceChildren(items.length ? timelineChart(items, { title: `Creatives of ${brand} over time`, description: summaryText(items, total, totalIsLowerBound) }) : "");
    const longestFirst = [...items].sort((a, b) => ran(b) - ran(a));
    tableBody.replaceChildren(...longestFirst.map((item) =>
      h("tr", { "data-testid": "timeline-row" },
        h("td", { class: "headline" }, headlineOf(item.metadata) ?? "(no headline)"),
        h("td", { class: "date" }, dateTime(item.firstSeenAt)),
        h("td", { class: "date" }, dateTime(item.lastSeenAt)),
        h("td", {}, duration(ran(item))),
        h("td", { class: "number" }, `${number(item.seenCount)} scan${item.seenCount === 1 ? "" : "s"}`))));
  }

  return {
    element,
    heading,
    /** @param {URLSearchParams} params */
    async show(params) {
      const ticket = ++latest;
      const brand = params.get("brand")?.trim() ?? "";
      brandInput.value = brand;
      heading.textContent = brand ? `Timeline · ${brand}` : "Timeline";
      if (!brand) return render("Choose a brand to see its creatives from first to last seen.");
      render("Loading…");
      try {
        const page = await api.searchCreatives(new URLSearchParams({ brand, sort: "firstSeen", pageSize: String(limit) }));
        if (ticket !== latest) return;
        const items = page.items.reverse();
        render(items.length ? "" : `No creatives of ${brand} yet: scan it, then come back.`, items, page.total, brand, page.totalIsLowerBound);
      } catch (error) {
        if (ticket === latest) render(String(/** @type {any} */ (error).message));
      }
    },
  };
}

/** @param {CreativeView} item */
function ran(item) {
  const { first, last } = runOf(item);
  return last - first;
}

/**
 * @param {CreativeView[]} items Oldest first.
 * @param {number} total
 * @param {boolean} totalIsLowerBound
 */
function summaryText(items, total, totalIsLowerBound) {
  const longest = items.reduce((best, item) => (ran(item) > ran(best) ? item : best));
  const shown = total > items.length || totalIsLowerBound
    ? `The ${number(items.length)} first seen most recently, of ${number(total)}${totalIsLowerBound ? "+" : ""} creatives`
    : `${number(items.length)} creative${items.length === 1 ? "" : "s"}`;
  return `${shown}, first seen ${dateTime(items[0].firstSeenAt)} to ${dateTime(items.at(-1)?.firstSeenAt)}; ` +
    `longest-running: "${headlineOf(longest.metadata) ?? "(no headline)"}", ${duration(ran(longest))}.`;
}
