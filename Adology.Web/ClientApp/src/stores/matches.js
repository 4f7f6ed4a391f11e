import { allScanMatches } from "../api.js";

/** @import { ScanMatch } from "../types.js" */

/**
 * @typedef {object} MatchesEntry
 * @property {Map<string, ScanMatch>} items Keyed by term and item: a scan records a term once per creative.
 * @property {{ totalMatches: number, downloadUrl: string | null } | null} complete What COMPLETE said, when seen live.
 * @property {boolean} loaded
 * @property {boolean} loading
 * @property {string | null} error
 * @property {number} generation
 */

/** @param {ScanMatch} match */
const keyOf = (match) => `${match.ordinal}\u0000${match.term}`;

/**
 * The watch-term matches of each scan: filled from MATCH_FOUND as they happen, and read again from
 * GET /api/scans/{id}/matches on join or reload, keeping what arrived meanwhile (as stores/results.js does).
 * @param {(scanId: string) => void} onChange
 */
export function createMatches(onChange) {
  /** @type {Map<string, MatchesEntry>} */
  const byScan = new Map();

  /** @param {string} scanId */
  function entryOf(scanId) {
    let entry = byScan.get(scanId);
    if (!entry) {
      entry = { items: new Map(), complete: null, loaded: false, loading: false, error: null, generation: 0 };
      byScan.set(scanId, entry);
    }
    return entry;
  }

  /** @param {string} scanId */
  async function reload(scanId) {
    const entry = entryOf(scanId);
    const generation = ++entry.generation;
    entry.loading = true;
    try {
      const loaded = await allScanMatches(scanId);
      if (generation !== entry.generation) return;
      const items = new Map(loaded.map((match) => [keyOf(match), match]));
      for (const [key, match] of entry.items) if (!items.has(key)) items.set(key, match);
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
     * A MATCH_FOUND event's data.
     * @param {string} scanId
     * @param {{ term: string, item: { ordinal: number, url: string, headline: string | null }, matchedIn: string }} data
     */
    add(scanId, { term, item, matchedIn }) {
      const entry = entryOf(scanId);
      const match = { term, ordinal: item.ordinal, url: item.url, headline: item.headline, matchedIn };
      if (entry.items.has(keyOf(match))) return;
      entry.items.set(keyOf(match), match);
      onChange(scanId);
    },
    /**
     * COMPLETE's totals and report link.
     * @param {string} scanId
     * @param {{ totalMatches?: number, downloadUrl?: string | null }} data
     */
    complete(scanId, data) {
      entryOf(scanId).complete = { totalMatches: data.totalMatches ?? 0, downloadUrl: data.downloadUrl ?? null };
      onChange(scanId);
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
