import * as api from "../api.js";
import { h, reconcile } from "../dom.js";
import { dateTime, headlineOf, number } from "../format.js";
import { navigate, routeHref } from "../router.js";
import { catalogueFiltersView } from "./catalogueFilters.js";

/** @import { CreativeView, Page } from "../types.js" */

/**
 * The catalogue browser: every creative of the user's brands, searched and filtered by the query in the URL
 * (`#/catalogue?q=…&brand=…`), a page at a time.
 * @param {{ brandList: string }} options The id of the datalist of the user's brands.
 */
export function catalogueView({ brandList }) {
  const filters = catalogueFiltersView({ submit: (params) => navigate("catalogue", params), brandList });
  const heading = h("h1", { id: "catalogue-heading", tabindex: -1 }, "Catalogue");
  const count = h("span", { class: "muted", "data-testid": "catalogue-count", "aria-live": "polite" });
  const status = h("p", { class: "muted empty", "data-testid": "catalogue-status", role: "status" });
  const body = h("tbody", {});
  const wrap = h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Creatives found" },
    h("table", { class: "results-table", "data-testid": "catalogue-table" },
      h("thead", {}, h("tr", {}, ["Creative", "Headline", "Brand", "Platform", "First seen", "Last seen", "Seen in"].map((name) => h("th", { scope: "col" }, name)))),
      body),
  );
  const pageText = h("span", { class: "muted", "data-testid": "catalogue-page" });
  const previous = h("button", { type: "button", class: "button small", "data-testid": "catalogue-previous", onClick: () => goToPage(-1) }, "Previous");
  const next = h("button", { type: "button", class: "button small", "data-testid": "catalogue-next", onClick: () => goToPage(1) }, "Next");
  const pager = h("nav", { class: "pager", "aria-label": "Pages" }, previous, pageText, next);
  const results = h("section", { class: "card results", "data-testid": "catalogue-results", "aria-labelledby": "catalogue-heading" },
    h("div", { class: "results-head" }, heading, count), status, wrap, pager);
  const element = h("div", { class: "view catalogue", "data-testid": "catalogue" }, filters.element, results);

  let shown = new URLSearchParams();
  let latest = 0;

  /** @param {number} step */
  function goToPage(step) {
    const params = new URLSearchParams(shown);
    params.set("page", String(Math.max(1, Number(shown.get("page") ?? 1) + step)));
    navigate("catalogue", params);
  }

  /**
   * @param {Page<CreativeView> | null} page
   * @param {string} text
   */
  function render(page, text) {
    const items = page?.items ?? [];
    status.textContent = text;
    status.hidden = !text;
    wrap.hidden = items.length === 0;
    reconcile(body, items, (item) => item.id, row, () => {});
    // A broad search counts no further than a limit: "1,000+ creatives", and the pages go on while they are full.
    const more = page?.totalIsLowerBound ? "+" : "";
    count.textContent = page ? `${number(page.total)}${more} creative${page.total === 1 && !more ? "" : "s"}` : "";
    const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
    const last = !page || (more ? items.length < page.pageSize : page.page >= pages);
    pager.hidden = !page || (page.page <= 1 && last);
    pageText.textContent = page ? `Page ${number(page.page)} of ${number(pages)}${more}` : "";
    previous.disabled = !page || page.page <= 1;
    next.disabled = last;
  }

  return {
    element,
    heading,
    /** @param {URLSearchParams} params The query of the URL. */
    async show(params) {
      const ticket = ++latest;
      shown = params;
      filters.update(params);
      element.setAttribute("aria-busy", "true");
      try {
        const page = await api.searchCreatives(params);
        if (ticket !== latest) return;
        render(page, page.items.length ? "" : emptyText(params, page));
      } catch (error) {
        if (ticket !== latest) return;
        const problem = /** @type {any} */ (error).problem;
        const rest = problem?.errors ? filters.showErrors(problem.errors) : [];
        render(null, problem?.errors ? ["This search cannot run: correct the marked filters.", ...rest].join(" ") : String(/** @type {any} */ (error).message));
      } finally {
        if (ticket === latest) element.removeAttribute("aria-busy");
      }
    },
  };
}

/** @param {CreativeView} item */
function row(item) {
  const headline = headlineOf(item.metadata);
  const brand = new URLSearchParams({ brand: item.brand });
  return h(
    "tr",
    { "data-testid": "catalogue-row", "data-creative-id": item.id },
    h("td", {}, h("img", { class: "thumb", src: item.thumbnailUrl, alt: "", loading: "lazy", width: 64, height: 64 })),
    h("td", { class: "headline", "data-testid": "catalogue-headline" }, headline ?? h("span", { class: "muted" }, "(no headline)")),
    h("td", {}, h("a", { href: routeHref("timeline", brand), title: `Timeline of ${item.brand}` }, item.brand)),
    h("td", {}, [item.metadata?.platform, item.metadata?.format].filter((part) => typeof part === "string" && part).join(" · ") || "—"),
    h("td", { class: "date" }, h("time", { datetime: item.firstSeenAt }, dateTime(item.firstSeenAt))),
    h("td", { class: "date" }, h("time", { datetime: item.lastSeenAt }, dateTime(item.lastSeenAt))),
    h("td", { class: "number" }, `${number(item.seenCount)} scan${item.seenCount === 1 ? "" : "s"}`),
  );
}

/**
 * @param {URLSearchParams} params
 * @param {Page<CreativeView>} page
 */
function emptyText(params, page) {
  if (page.total > 0) return "No creatives on this page: go back a page.";
  const filtered = [...params.keys()].some((name) => !["page", "pageSize", "sort"].includes(name));
  return filtered ? "No creatives match this search." : "Your catalogue is empty: the creatives your scans find appear here.";
}
