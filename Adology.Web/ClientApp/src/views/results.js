import { h, reconcile } from "../dom.js";
import { number } from "../format.js";

/** @import { ResultsEntry } from "../stores/results.js" */
/** @import { ScanResult, Scan } from "../types.js" */

/**
 * The creatives the selected scan found new to its brand, filled live from ITEM_FOUND events as each acquire batch stores
 * them; their catalogue ids come with the list once committed, their on-image text and labels once enriched.
 */
export function resultsView() {
  const title = h("h2", { "data-testid": "results-title" }, "Results");
  const count = h("span", { class: "muted", "data-testid": "results-count" });
  const labelling = h("p", { class: "muted labelling", "data-testid": "results-labelling" });
  const status = h("p", { class: "muted empty", "data-testid": "results-empty" }, "Select a scan to see the creatives it found.");
  const body = h("tbody", {});
  const table = h(
    "table",
    { class: "results-table", "data-testid": "results-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Creative"),
        h("th", { scope: "col" }, "Headline"),
        h("th", { scope: "col" }, "On-image text"),
        h("th", { scope: "col" }, "Labels"),
        h("th", { scope: "col" }, "SHA-256"),
        h("th", { scope: "col" }, "Source"),
      ),
    ),
    body,
  );
  const wrap = h("div", { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Found creatives" }, table);
  const element = h("section", { class: "card results", "data-testid": "results" }, h("div", { class: "results-head" }, title, count), labelling, status, wrap);

  /** @param {ScanResult} item */
  function create(item) {
    // A short-lived signed URL: an `<img>` cannot send the token.
    const src = item.thumbnailUrl;
    return h(
      "tr",
      { "data-testid": "result-row", "data-sha256": item.sha256 },
      h("td", {}, h("img", { class: "thumb", src, alt: "", loading: "lazy", width: 64, height: 64 })),
      h("td", { class: "headline" }, item.headline || h("span", { class: "muted" }, "(no headline)")),
      h("td", { class: "on-image-text", "data-testid": "result-text" }),
      h("td", { class: "labels", "data-testid": "result-labels" }),
      h("td", {}, h("code", { title: item.sha256 }, item.sha256.slice(0, 12))),
      h("td", { class: "url" }, h("a", { href: safeHref(item.url), target: "_blank", rel: "noopener noreferrer", title: item.url }, shortUrl(item.url))),
    );
  }

  /**
   * The catalogue id and the enrichment arrive after the row: the list reloaded once the scan completes has them.
   * @param {HTMLElement} row
   * @param {ScanResult} item
   */
  function enrich(row, item) {
    if (item.id) row.dataset.creativeId = item.id;
    else delete row.dataset.creativeId;
    const [text, labels] = [row.querySelector(".on-image-text"), row.querySelector(".labels")];
    if (!text || !labels) return;
    text.replaceChildren(item.onImageText ? item.onImageText : h("span", { class: "muted" }, item.onImageText === "" ? "(none)" : "—"));
    labels.replaceChildren(labelsOf(item));
  }

  return {
    element,
    /**
     * The vision model that labels creatives, from GET /api/dashboard; null says there is none, so no labels.
     * @param {string | null | undefined} model
     */
    setVisionModel(model) {
      labelling.textContent = model ? `Labels by ${model}.` : "No vision model configured: creatives are not labelled.";
    },
    /**
     * @param {Scan | undefined} scan
     * @param {ResultsEntry | null} entry
     */
    update(scan, entry) {
      if (!scan || !entry) {
        title.textContent = "Results";
        count.textContent = "";
        status.textContent = "Select a scan to see the creatives it found.";
        status.hidden = false;
        wrap.hidden = true;
        reconcile(body, [], () => "", create, () => {});
        return;
      }
      const items = [...entry.items.values()];
      title.textContent = `Results · ${scan.brand}`;
      count.textContent = `${number(items.length)} new creative${items.length === 1 ? "" : "s"}`;
      status.textContent = entry.error ?? (items.length ? uncommittedText(scan) : emptyText(scan, entry));
      status.hidden = !status.textContent;
      wrap.hidden = items.length === 0;
      reconcile(body, items, (item) => item.sha256, create, enrich);
    },
  };
}

/** @param {ScanResult} item */
function labelsOf(item) {
  const labels = item.labels;
  if (labels) {
    return h(
      "span",
      { title: labels.description },
      h("strong", {}, labels.productType),
      ` · ${[labels.environment, labels.marketingApproach, ...labels.colors].filter(Boolean).join(", ")}`,
    );
  }
  return h("span", { class: "muted", title: item.labelFailure ?? "" }, item.labelFailure ? "(not labelled)" : "—");
}

/**
 * @param {Scan} scan
 * @param {ResultsEntry} entry
 */
function emptyText(scan, entry) {
  if (entry.loading) return "Loading…";
  if (scan.status === "completed") return "This scan found no creatives new to the brand.";
  if (scan.status === "failed" || scan.status === "cancelled") return `This scan ${scan.status === "failed" ? "failed" : "was cancelled"} before committing any creatives.`;
  return "New creatives appear here as the scan acquires them.";
}

/**
 * Found while acquiring, but the scan ended before its commit: the rows are not in the catalogue.
 * @param {Scan} scan
 */
function uncommittedText(scan) {
  if (scan.status === "failed" || scan.status === "cancelled") return `Found before the scan ${scan.status === "failed" ? "failed" : "was cancelled"}: not added to the catalogue.`;
  return "";
}

// Feeds are outside data: only web links become clickable.
/** @param {string} url */
function safeHref(url) {
  try {
    return ["http:", "https:"].includes(new URL(url, location.href).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** @param {string} url */
function shortUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    // The file name tells creatives apart; the folders between are in the link's title.
    const segments = parsed.pathname.split("/").filter(Boolean);
    const path = segments.length > 1 ? `/…/${segments.at(-1)}` : parsed.pathname;
    return `${parsed.host}${decodeURIComponent(path)}`;
  } catch {
    return url;
  }
}
