import * as api from "../api.js";
import { h, reconcile } from "../dom.js";
import { number } from "../format.js";

/** @import { MatchesEntry } from "../stores/matches.js" */
/** @import { Scan, ScanMatch } from "../types.js" */

/** @type {Record<string, string>} */
const fieldLabels = { headline: "headline", body: "body", callToAction: "call to action", altText: "alt text", onImageText: "text on the picture" };

// A scan may match thousands of times; the page shows the first ones and the report has them all.
const shownAtMost = 500;

/**
 * The selected scan's watch-term matches, filled live from MATCH_FOUND while the scan acquires; once COMPLETE has
 * come, its match count and a link to the scan's report (COMPLETE's signed downloadUrl).
 */
export function matchesView() {
  const title = h("h2", { id: "matches-title", "data-testid": "matches-title" }, "Watch-term matches");
  const count = h("span", { class: "muted", "aria-live": "polite", "data-testid": "matches-count" });
  const report = h("a", { class: "button small", "data-testid": "matches-report", hidden: true, download: "", onClick: refreshExpired }, "Download report");
  const status = h("p", { class: "muted empty", "data-testid": "matches-empty" });
  const body = h("tbody", {});
  const more = h("p", { class: "muted note", "data-testid": "matches-more" });
  const wrap = h(
    "div",
    { class: "table-wrap matches-wrap", tabindex: 0, role: "region", "aria-labelledby": "matches-title" },
    h("table", { class: "results-table matches-table", "data-testid": "matches-table" },
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, "Term"),
        h("th", { scope: "col" }, "Creative"),
        h("th", { scope: "col" }, "Found in"),
        h("th", { scope: "col" }, "Item"))),
      body),
  );
  const element = h("section", { class: "card matches", "data-testid": "matches" },
    h("div", { class: "results-head" }, h("div", { class: "matches-heading" }, title, " ", count), report), status, wrap, more);
  /** @type {string | null} */
  let scanId = null;

  /**
   * COMPLETE's link expires (Reports:LinkLifetime): an old one is swapped for a fresh one before the browser follows it.
   * @param {MouseEvent} event
   */
  async function refreshExpired(event) {
    const expires = Number(new URL(report.href).searchParams.get("expires"));
    if (!scanId || !expires || expires * 1000 > Date.now() + 5000) return;
    event.preventDefault();
    try {
      report.href = (await api.reportLink(scanId)).url;
      report.click();
    } catch (/** @type {any} */ error) {
      status.textContent = `The report could not be made: ${error.message}`;
      status.hidden = false;
    }
  }

  /** @param {ScanMatch} match */
  function create(match) {
    const creative = match.headline || match.url;
    return h("tr", { "data-testid": "match-row", "data-term": match.term, "data-ordinal": match.ordinal },
      h("td", {}, h("mark", { class: "term" }, match.term)),
      h("td", { class: "headline" }, safeHref(match.url)
        ? h("a", { href: match.url, target: "_blank", rel: "noopener noreferrer", title: match.url }, creative)
        : creative),
      h("td", { "data-testid": "match-field" }, fieldLabels[match.matchedIn] ?? match.matchedIn),
      h("td", { class: "numeric" }, `#${match.ordinal + 1}`));
  }

  return {
    element,
    /**
     * @param {Scan | undefined} scan
     * @param {MatchesEntry | null} entry
     */
    update(scan, entry) {
      scanId = scan?.id ?? null;
      element.hidden = !scan || !entry;
      if (!scan || !entry) return;
      const items = [...entry.items.values()];
      const total = Math.max(items.length, entry.complete?.totalMatches ?? 0);
      count.textContent = `${number(total)} match${total === 1 ? "" : "es"}`;
      status.textContent = entry.error ?? (items.length ? "" : emptyText(scan, entry));
      status.hidden = !status.textContent;
      wrap.hidden = items.length === 0;
      more.textContent = total > shownAtMost ? `The first ${number(shownAtMost)} shown; the report lists all ${number(total)}.` : "";
      more.hidden = !more.textContent;
      const link = entry.complete?.downloadUrl;
      report.hidden = !link;
      if (link) report.href = link;
      reconcile(body, items.slice(0, shownAtMost), (match) => `${match.ordinal}|${match.term}`, create, () => {});
    },
  };
}

/**
 * @param {Scan} scan
 * @param {MatchesEntry} entry
 */
function emptyText(scan, entry) {
  if (entry.loading && !entry.loaded) return "Loading…";
  if (scan.status === "completed" || scan.status === "failed" || scan.status === "cancelled") return "No watch term matched in this scan.";
  return "Watch terms found in a creative's copy appear here as the scan acquires it.";
}

// Feeds are outside data: only web links become clickable.
/** @param {string} url */
function safeHref(url) {
  try {
    return ["http:", "https:"].includes(new URL(url, location.href).protocol);
  } catch {
    return false;
  }
}
