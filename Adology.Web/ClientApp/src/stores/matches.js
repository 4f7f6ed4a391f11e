import { allScanMatches } from "../api.js";
import { createScanLists } from "./scanLists.js";

/** @import { ScanMatch } from "../types.js" */
/** @import { ScanListEntry } from "./scanLists.js" */
/** @typedef {{ totalMatches: number, downloadUrl: string | null }} MatchesCompletion */
/** @typedef {ScanListEntry<ScanMatch> & { complete: MatchesCompletion | null }} MatchesEntry */

/** A scan records a term once per creative. @param {ScanMatch} match */
const keyOf = (match) => `${match.ordinal}\u0000${match.term}`;

/**
 * The watch-term matches of each scan: filled from MATCH_FOUND as they happen, read again from
 * GET /api/scans/{id}/matches on join or reload, and what COMPLETE said when it was seen live.
 * @param {(scanId: string) => void} onChange
 */
export function createMatches(onChange) {
  const lists = createScanLists({ load: allScanMatches, keyOf, onChange });
  /** @type {Map<string, MatchesCompletion>} */
  const completions = new Map();

  return {
    /**
     * @param {string} scanId
     * @returns {MatchesEntry}
     */
    get: (scanId) => ({ ...lists.get(scanId), complete: completions.get(scanId) ?? null }),
    ensureLoaded: lists.ensureLoaded,
    invalidate: lists.invalidate,
    /**
     * A MATCH_FOUND event's data.
     * @param {string} scanId
     * @param {{ term: string, item: { ordinal: number, url: string, headline: string | null }, matchedIn: string }} data
     */
    add(scanId, { term, item, matchedIn }) {
      lists.add(scanId, [{ term, ordinal: item.ordinal, url: item.url, headline: item.headline, matchedIn }]);
    },
    /**
     * COMPLETE's totals and report link.
     * @param {string} scanId
     * @param {{ totalMatches?: number, downloadUrl?: string | null }} data
     */
    complete(scanId, data) {
      completions.set(scanId, { totalMatches: data.totalMatches ?? 0, downloadUrl: data.downloadUrl ?? null });
      onChange(scanId);
    },
  };
}
