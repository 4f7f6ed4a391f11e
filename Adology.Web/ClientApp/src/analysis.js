import * as api from "./api.js";

/**
 * Each completed scan's analysis, fetched the first time the scan is shown. A stored analysis never
 * changes, so it is fetched once; a failed fetch is not repeated until the user asks (`reload`).
 */
export function createAnalyses(onChange) {
  const byScan = new Map();

  function entryOf(scanId) {
    let entry = byScan.get(scanId);
    if (!entry) {
      entry = { data: null, loading: false, error: null };
      byScan.set(scanId, entry);
    }
    return entry;
  }

  async function reload(scanId) {
    const entry = entryOf(scanId);
    if (entry.loading) return;
    Object.assign(entry, { loading: true, error: null });
    try {
      entry.data = await api.analysis(scanId);
    } catch (error) {
      entry.error = error.status === 404 ? "This scan has no analysis yet." : `The analysis could not be loaded: ${error.message}`;
    } finally {
      entry.loading = false;
    }
    onChange(scanId);
  }

  return {
    get: (scanId) => entryOf(scanId),
    reload,
    ensureLoaded(scanId) {
      const entry = entryOf(scanId);
      if (!entry.data && !entry.loading && !entry.error) void reload(scanId);
    },
  };
}
