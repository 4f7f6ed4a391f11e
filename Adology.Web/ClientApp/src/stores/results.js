import { allScanCreatives } from "../api.js";

/** @import { ScanResult } from "../types.js" */
/**
 * @typedef {{ items: Map<string, ScanResult>, arrived: Map<string, ScanResult>, loaded: boolean, loading: boolean, error: string | null, generation: number }} ResultsEntry
 */

/**
 * The creatives each scan found, keyed by content hash (a scan finds each picture once, before and after its commit) so
 * an item seen twice (an event and a reload) is one row. A reload takes the server's list, in its order, and keeps the
 * items that arrived while it loaded: a row the list no longer has (another scan of the brand committed it first) goes.
 * @param {(scanId: string) => void} onChange
 */
export function createResults(onChange) {
  /** @type {Map<string, ResultsEntry>} */
  const byScan = new Map();

  /** @param {string} scanId */
  function entryOf(scanId) {
    let entry = byScan.get(scanId);
    if (!entry) {
      entry = { items: new Map(), arrived: new Map(), loaded: false, loading: false, error: null, generation: 0 };
      byScan.set(scanId, entry);
    }
    return entry;
  }

  /**
   * @param {string} scanId
   * @param {ScanResult[]} items
   */
  function add(scanId, items) {
    const entry = entryOf(scanId);
    const before = entry.items.size;
    for (const item of items) {
      if (entry.loading) entry.arrived.set(item.sha256, item);
      if (!entry.items.has(item.sha256)) entry.items.set(item.sha256, item);
    }
    if (entry.items.size !== before) onChange(scanId);
  }

  /** @param {string} scanId */
  async function reload(scanId) {
    const entry = entryOf(scanId);
    const generation = ++entry.generation;
    entry.loading = true;
    entry.arrived = new Map();
    try {
      const loaded = await allScanCreatives(scanId);
      if (generation !== entry.generation) return;
      const items = new Map(loaded.map((item) => [item.sha256, item]));
      for (const [sha256, item] of entry.arrived) if (!items.has(sha256)) items.set(sha256, item);
      Object.assign(entry, { items, loaded: true, error: null });
    } catch (/** @type {any} */ error) {
      if (generation !== entry.generation) return;
      Object.assign(entry, { loaded: false, error: error.message });
    } finally {
      if (generation === entry.generation) entry.loading = false;
    }
    onChange(scanId);
  }

  return {
    /** @param {string} scanId */
    get: (scanId) => entryOf(scanId),
    add,
    reload,
    /** @param {string} scanId */
    ensureLoaded(scanId) {
      const entry = entryOf(scanId);
      if (!entry.loaded && !entry.loading) void reload(scanId);
    },
    /**
     * Events of this scan may have been missed: reload now if shown, else when next shown.
     * @param {string} scanId
     * @param {boolean} shown
     */
    invalidate(scanId, shown) {
      if (shown) void reload(scanId);
      else Object.assign(entryOf(scanId), { loaded: false, loading: false, generation: entryOf(scanId).generation + 1 });
    },
  };
}
