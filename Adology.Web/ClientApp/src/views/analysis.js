import * as api from "../api.js";
import { h } from "../dom.js";
import { dateTime, number } from "../format.js";
import { similarView } from "./similar.js";

/** @import { AnalysisEntry } from "../stores/analyses.js" */
/** @import { Analysis, NamedColour, Scan } from "../types.js" */
/** @typedef {(creativeId: string, thumbnailUrl: string) => void} ShowSimilar */

const nearGroupsShown = 4;

/**
 * The selected scan's analysis: summary, figures, clusters, colours, mix, duplicates and the report.
 * @param {{ onRetry: (scanId: string) => void }} options
 */
export function analysisView({ onRetry }) {
  const title = h("h2", {}, "Analysis");
  const report = h("button", { type: "button", class: "button small", "data-testid": "report-download", hidden: true, onClick: () => download() }, "Download report (.xlsx)");
  const status = h("p", { class: "muted empty", "data-testid": "analysis-status" });
  const retry = h("button", { type: "button", class: "button small", "data-testid": "analysis-retry", hidden: true, onClick: () => scan && onRetry(scan.id) }, "Try again");
  const similar = similarView();
  const body = h("div", { class: "analysis-body", hidden: true });
  const element = h("section", { class: "card analysis", "data-testid": "analysis" }, h("div", { class: "results-head" }, title, report), h("div", { class: "actions" }, status, retry), body);
  /** @type {Scan | undefined} */
  let scan;
  /** @type {Analysis | null} */
  let shown = null;

  async function download() {
    if (!scan) return;
    const id = scan.id;
    report.disabled = true;
    try {
      const { url } = await api.reportLink(id);
      // The signed link needs no token, so the browser downloads it as any attachment.
      h("a", { href: url, download: "" }).click();
    } catch (/** @type {any} */ error) {
      status.textContent = `The report could not be made: ${error.message}`;
      status.hidden = false;
    } finally {
      report.disabled = false;
    }
  }

  /** @param {Analysis} analysis */
  function render(analysis) {
    similar.hide();
    body.replaceChildren(
      h("p", { class: "summary", "data-testid": "analysis-summary" }, analysis.summary),
      h("p", { class: "muted note" }, changesNote(analysis.changes), ` Summary ${analysis.summarySource === "model" ? "written by a language model" : "from a template"}.`),
      figuresOf(analysis),
      h("h3", {}, `Clusters (${analysis.clusters.length})`),
      analysis.clusters.length
        ? h("div", { class: "clusters" }, analysis.clusters.map((cluster) => clusterCard(cluster, analysis.thumbnailUrls, similar.show)))
        : h("p", { class: "muted empty" }, "No clusters: too few creatives, or none that look and read alike."),
      similar.element,
      h("div", { class: "analysis-grid" },
        h("section", {}, h("h3", {}, "Dominant colours"), swatches(analysis.dominantColours, true)),
        h("section", {}, h("h3", {}, "Platforms"), mix(analysis.platforms)),
        h("section", {}, h("h3", {}, "Formats"), mix(analysis.formats))),
      duplicates(analysis, similar.show),
    );
  }

  return {
    element,
    /**
     * @param {Scan | undefined} selected
     * @param {AnalysisEntry | null} entry
     */
    update(selected, entry) {
      scan = selected;
      title.textContent = scan ? `Analysis · ${scan.brand}` : "Analysis";
      const analysis = entry?.data ?? null;
      status.textContent = analysis ? "" : statusText(scan, entry);
      status.hidden = !status.textContent;
      retry.hidden = !entry?.error;
      report.hidden = !scan || scan.status !== "completed";
      body.hidden = !analysis;
      // A stored analysis never changes: rebuild only when another one is shown, which keeps the similar row open.
      if (analysis && analysis !== shown) render(analysis);
      shown = analysis;
    },
  };
}

/**
 * @param {Scan | undefined} scan
 * @param {AnalysisEntry | null} entry
 */
function statusText(scan, entry) {
  if (!scan) return "Select a completed scan to see its analysis.";
  if (entry?.error) return entry.error;
  if (entry?.loading) return "Loading the analysis…";
  if (scan.status === "failed") return "This scan failed: there is nothing to analyse.";
  if (scan.status === "cancelled") return "This scan was cancelled: there is nothing to analyse.";
  return "The analysis appears here when the scan completes.";
}

/** @param {Analysis["changes"]} changes */
function changesNote(changes) {
  return changes?.previousScanId ? `Compared with the scan analysed ${dateTime(changes.previousScanAt)}.` : "The brand's first analysed scan: every creative is new.";
}

/** @param {Analysis} analysis */
function figuresOf(analysis) {
  /** @type {(key: string, label: string, value: number) => HTMLElement} */
  const stat = (key, label, value) => h("div", { class: "stat" }, h("dt", {}, label), h("dd", { "data-testid": `analysis-${key}` }, number(value)));
  return h(
    "dl",
    { class: "stats", "data-testid": "analysis-figures" },
    stat("creatives", "Creatives", analysis.creatives),
    stat("new", "New", analysis.changes.new),
    stat("returning", "Returning", analysis.changes.returning),
    stat("gone", "Gone", analysis.changes.gone),
    stat("exact-groups", "Exact duplicate groups", analysis.exactDuplicateGroups.length),
    stat("near-groups", "Near duplicate groups", analysis.nearDuplicateGroups.length),
    stat("flagged", "Flagged copy", analysis.copy.flagged),
  );
}

/**
 * @param {Analysis["clusters"][number]} cluster
 * @param {Analysis["thumbnailUrls"]} thumbnailUrls
 * @param {ShowSimilar} showSimilar
 */
function clusterCard(cluster, thumbnailUrls, showSimilar) {
  const share = Math.round(cluster.share * 100);
  return h(
    "article",
    { class: "cluster", "data-testid": "cluster-card" },
    h("div", { class: "cluster-head" }, h("h4", {}, `Cluster ${cluster.cluster + 1}`), h("span", { class: "muted" }, `${number(cluster.size)} creatives · ${share} %`)),
    h("div", { class: "bar", role: "img", "aria-label": `${share} % of the creatives` }, h("div", { class: "bar-fill", style: `width: ${share}%` })),
    h("p", { class: "chips" }, cluster.themes.map((theme) => h("span", { class: "chip", "data-testid": "cluster-theme" }, theme))),
    swatches(cluster.colours, false),
    h("div", { class: "thumbs" }, cluster.examples.map((id) => exampleButton(id, thumbnailUrls[id], showSimilar))),
  );
}

/**
 * @param {string} creativeId
 * @param {string} src Its signed thumbnail URL, as the analysis gave it.
 * @param {ShowSimilar} showSimilar
 */
function exampleButton(creativeId, src, showSimilar) {
  return h(
    "button",
    { type: "button", class: "thumb-button", "data-testid": "analysis-example", "data-creative-id": creativeId, title: "Show similar creatives", onClick: () => showSimilar(creativeId, src) },
    h("img", { class: "thumb", src, alt: "Example creative", width: 64, height: 64 }),
  );
}

/**
 * @param {NamedColour[]} colours
 * @param {boolean} named
 */
function swatches(colours, named) {
  return h("p", { class: "swatches" }, colours.map((colour) => {
    const label = `${colour.name} ${Math.round(colour.share * 100)} %`;
    // The hex becomes a style: only a plain #rrggbb may.
    const swatch = h("span", { class: "swatch", title: label, "aria-label": label, role: "img" });
    swatch.style.background = /^#[0-9a-f]{6}$/i.test(colour.hex) ? colour.hex : "transparent";
    return named ? h("span", { class: "swatch-named" }, swatch, label) : swatch;
  }));
}

/** @param {Record<string, number>} counts */
function mix(counts) {
  const rows = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
  if (!rows.length) return h("p", { class: "muted empty" }, "None recorded.");
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  return h("ul", { class: "mix" }, rows.slice(0, 6).map(([name, count]) =>
    h("li", {}, h("span", { class: "mix-name", title: name }, name), h("span", { class: "bar" }, h("span", { class: "bar-fill", style: `width: ${(100 * count) / total}%` })), h("span", { class: "mix-count" }, number(count)))));
}

/**
 * @param {Analysis} analysis
 * @param {ShowSimilar} showSimilar
 */
function duplicates(analysis, showSimilar) {
  const exact = analysis.exactDuplicateGroups;
  const near = analysis.nearDuplicateGroups;
  const urls = exact.reduce((sum, group) => sum + group.urls.length, 0);
  return h(
    "section",
    { class: "duplicates" },
    h("h3", {}, "Duplicates"),
    h("p", { class: "muted" }, `${number(exact.length)} exact duplicate groups (the same bytes at ${number(urls)} URLs); ${number(near.length)} near duplicate groups (creatives that look almost the same).`),
    h("div", { class: "near-groups" }, near.slice(0, nearGroupsShown).map((group) =>
      h("div", { class: "near-group", "data-testid": "near-duplicate-group" },
        h("div", { class: "thumbs" }, group.creativeIds.slice(0, 3).map((id) => exampleButton(id, analysis.thumbnailUrls[id], showSimilar))),
        h("span", { class: "muted" }, `${group.creativeIds.length} creatives · hashes ${group.maxDistance}/64 bits apart`)))),
  );
}
