import * as api from "../api.js";

/** @import { Analysis } from "../types.js" */
/** @typedef {{ data: Analysis | null, loading: boolean, error: string | null }} AnalysisEntry */

/**
 * Each completed scan's analysis, fetched the first time the scan is shown. A stored analysis never
 * changes, so it is fetched once; a failed fetch is not repeated until the user asks (`reload`).
 * @param {(scanId: string) => void} onChange
 */
export function createAnalyses(onChange) {
  /** @type {Map<string, AnalysisEntry>} */
  const byScan = new Map();

  /** @param {string} scanId */
  function entryOf(scanId) {
    let entry = byScan.get(scanId);
    if (!entry) {
      entry = { data: null, loading: false, error: null };
      byScan.set(scanId, entry);
    }
    return entry;
  }

  /** @param {string} scanId */
  async function reload(scanId) {
    const entry = entryOf(scanId);
    if (entry.loading) return;
    Object.assign(entry, { loading: true, error: null });
    try {
      entry.data = await api.analysis(scanId);
    } catch (/** @type {any} */ error) {
      entry.error = error.status === 404 ? "This scan has no analysis yet." : `The analysis could not be loaded: ${error.message}`;
    } finally {
      entry.loading = false;
    }
    onChange(scanId);
  }

  return {
    /** @param {string} scanId */
    get: (scanId) => entryOf(scanId),
    reload,
    /** @param {string} scanId */
    ensureLoaded(scanId) {
      const entry = entryOf(scanId);
      if (!entry.data && !entry.loading && !entry.error) void reload(scanId);
    },
  };
}
