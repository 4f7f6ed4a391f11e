import { allScanCreatives } from "../api.js";
import { createScanLists } from "./scanLists.js";

/** @import { ScanResult } from "../types.js" */
/** @import { ScanListEntry } from "./scanLists.js" */
/** @typedef {ScanListEntry<ScanResult>} ResultsEntry */

/**
 * The creatives each scan found, keyed by content hash: a scan finds each picture once, before and after its commit,
 * and a row the server's list no longer has (another scan of the brand committed it first) goes at the next reload.
 * @param {(scanId: string) => void} onChange
 */
export function createResults(onChange) {
  return createScanLists({ load: allScanCreatives, keyOf: (/** @type {ScanResult} */ item) => item.sha256, onChange });
}
