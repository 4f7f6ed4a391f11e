import { dateTime, number, percent, phaseLabel } from "../format.js";
import { h, reconcile } from "../dom.js";
import { isCancellable } from "../scan.js";

/** @import { Scan } from "../types.js" */
/** @typedef {{ scan: Scan, selected: boolean, error: string | undefined }} Row */
/** @typedef {HTMLLIElement & { parts: ReturnType<typeof partsOf> }} ScanItem */

/**
 * "My scans": phase, a live progress bar and counts per scan; selecting one shows its analysis and creatives.
 * @param {{ onSelect: (id: string) => void, onCancel: (id: string) => void }} options
 */
export function scanListView({ onSelect, onCancel }) {
  const list = h("ul", { class: "scan-list", "data-testid": "scan-list" });
  const empty = h("p", { class: "muted empty", "data-testid": "scan-list-empty" }, "No scans yet: start one above.");
  const element = h("section", { class: "card scans" }, h("h2", {}, "My scans"), empty, list);

  /** @param {Scan} scan */
  function create(scan) {
    const parts = partsOf(scan, onSelect, onCancel);
    const item = h(
      "li",
      { class: "scan-item", "data-testid": "scan-item", "data-scan-id": scan.id },
      h("div", { class: "scan-top" }, parts.select, parts.status),
      h("div", { class: "scan-progress" }, parts.bar, parts.percent),
      h("div", { class: "scan-bottom" }, parts.phase, parts.counts, parts.cancel),
      parts.message,
      parts.error,
    );
    return Object.assign(item, { parts });
  }

  /**
   * @param {ScanItem} item
   * @param {Row} row
   */
  function update(item, { scan, selected, error }) {
    const { parts } = item;
    const value = percent(scan.value);
    item.dataset.status = scan.status;
    item.classList.toggle("selected", selected);
    parts.select.textContent = scan.brand ?? "…";
    parts.select.setAttribute("aria-pressed", String(selected));
    parts.select.title = `Started ${dateTime(scan.createdAt)}: show its analysis and creatives`;
    parts.status.textContent = scan.status;
    parts.status.className = `badge status-${scan.status}`;
    parts.phase.textContent = phaseLabel(scan.phase);
    parts.bar.setAttribute("aria-valuenow", String(value));
    parts.bar.setAttribute("aria-label", `Progress of the ${scan.brand ?? ""} scan`);
    parts.fill.style.width = `${value}%`;
    parts.percent.textContent = `${value} %`;
    parts.counts.textContent = `${number(scan.processed)} / ${number(scan.total)} items · ${number(scan.failed)} failed`;
    parts.message.textContent = scan.status === "failed" || scan.status === "completed" ? scan.message : "";
    parts.error.textContent = error ?? "";
    parts.cancel.hidden = !isCancellable(scan);
  }

  return {
    element,
    /**
     * @param {Scan[]} scans
     * @param {string | null} selectedId
     * @param {Map<string, string>} errors
     */
    update(scans, selectedId, errors) {
      empty.hidden = scans.length > 0;
      reconcile(list, scans.map((scan) => ({ scan, selected: scan.id === selectedId, error: errors.get(scan.id) })), (row) => row.scan.id, (row) => create(row.scan), update);
    },
  };
}

/**
 * The parts of a scan's row that change.
 * @param {Scan} scan
 * @param {(id: string) => void} onSelect
 * @param {(id: string) => void} onCancel
 */
function partsOf(scan, onSelect, onCancel) {
  const fill = h("div", { class: "bar-fill" });
  return {
    select: h("button", { type: "button", class: "scan-select", "data-testid": "scan-select", onClick: () => onSelect(scan.id) }),
    status: h("span", { class: "badge", "data-testid": "scan-status" }),
    phase: h("span", { class: "phase", "data-testid": "scan-phase" }),
    fill,
    bar: h("div", { class: "bar", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "data-testid": "scan-progress" }, fill),
    percent: h("span", { class: "bar-text", "data-testid": "scan-percent" }),
    counts: h("p", { class: "counts", "data-testid": "scan-counts" }),
    message: h("p", { class: "scan-message", "data-testid": "scan-message" }),
    error: h("p", { class: "form-error", role: "alert", "data-testid": "scan-error" }),
    cancel: h("button", { type: "button", class: "button small danger", "data-testid": "scan-cancel", onClick: () => onCancel(scan.id) }, "Cancel"),
  };
}
