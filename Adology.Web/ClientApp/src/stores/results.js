import { allScanCreatives } from "../api.js";

/** @import { FoundCreative } from "../types.js" */
/** @typedef {{ items: Map<string, FoundCreative>, loaded: boolean, loading: boolean, error: string | null, generation: number }} ResultsEntry */

/**
 * The creatives each scan found, keyed by creative id so an item seen twice (an event and a reload)
 * is one row. A reload takes the server's list, in its order, and keeps items that arrived meanwhile.
 * @param {(scanId: string) => void} onChange
 */
export function createResults(onChange) {
  /** @type {Map<string, ResultsEntry>} */
  const byScan = new Map();

  /** @param {string} scanId */
  function entryOf(scanId) {
    let entry = byScan.get(scanId);
    if (!entry) {
      entry = { items: new Map(), loaded: false, loading: false, error: null, generation: 0 };
      byScan.set(scanId, entry);
    }
    return entry;
  }

  /**
   * @param {string} scanId
   * @param {FoundCreative[]} items
   */
  function add(scanId, items) {
    const entry = entryOf(scanId);
    const before = entry.items.size;
    for (const item of items) if (!entry.items.has(item.id)) entry.items.set(item.id, item);
    if (entry.items.size !== before) onChange(scanId);
  }

  /** @param {string} scanId */
  async function reload(scanId) {
    const entry = entryOf(scanId);
    const generation = ++entry.generation;
    entry.loading = true;
    try {
      const loaded = await allScanCreatives(scanId);
      if (generation !== entry.generation) return;
      const items = new Map(loaded.map((item) => [item.id, item]));
      for (const [id, item] of entry.items) if (!items.has(id)) items.set(id, item);
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
