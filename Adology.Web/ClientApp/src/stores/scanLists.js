/**
 * @template T
 * @typedef {{ items: Map<string, T>, arrived: Map<string, T>, loaded: boolean, loading: boolean, error: string | null, generation: number }} ScanListEntry
 */

/**
 * A list per scan that its progress events fill live and that is read again from the server on join, on reload, or
 * when events may have been missed. Items are keyed, so one seen twice (an event and a reload) is one row. A reload
 * takes the server's list, in its order, and keeps the items that arrived while it loaded; an item the list no longer
 * has goes.
 * @template T
 * @param {{ load: (scanId: string) => Promise<T[]>, keyOf: (item: T) => string, onChange: (scanId: string) => void }} options
 */
export function createScanLists({ load, keyOf, onChange }) {
  /** @type {Map<string, ScanListEntry<T>>} */
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

  /** @param {string} scanId */
  async function reload(scanId) {
    const entry = entryOf(scanId);
    const generation = ++entry.generation;
    entry.loading = true;
    entry.arrived = new Map();
    try {
      const loaded = await load(scanId);
      if (generation !== entry.generation) return;
      const items = new Map(loaded.map((item) => [keyOf(item), item]));
      for (const [key, item] of entry.arrived) if (!items.has(key)) items.set(key, item);
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
    reload,
    /**
     * Items an event brought.
     * @param {string} scanId
     * @param {T[]} items
     */
    add(scanId, items) {
      const entry = entryOf(scanId);
      const before = entry.items.size;
      for (const item of items) {
        const key = keyOf(item);
        if (entry.loading) entry.arrived.set(key, item);
        if (!entry.items.has(key)) entry.items.set(key, item);
      }
      if (entry.items.size !== before) onChange(scanId);
    },
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
