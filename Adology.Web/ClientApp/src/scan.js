// One shape for a scan, whether it came from GET /api/scans (a ScanView), JoinJob (a JobState) or an event.
/** @import { JobState, ProgressEvent, Scan, ScanView } from "./types.js" */

const finished = new Set(["completed", "failed", "cancelled"]);
const cancellable = new Set(["queued", "gathering", "acquiring"]);
/** @type {Record<string, string>} */
const statusOfPhase = { queued: "queued", gather: "gathering", acquire: "acquiring", commit: "committing", analyze: "analyzing" };
/** @type {Record<string, string>} */
const statusOfType = { COMPLETE: "completed", ERROR: "failed", CANCELLED: "cancelled" };

export const terminalTypes = new Set(Object.keys(statusOfType));
/** @param {{ status: string }} scan */
export const isFinished = (scan) => finished.has(scan.status);
/** @param {{ status: string }} scan */
export const isCancellable = (scan) => cancellable.has(scan.status);

/**
 * @param {ScanView} view
 * @returns {Scan}
 */
export function fromView(view) {
  return {
    id: view.id,
    brand: view.brand,
    status: view.status,
    phase: view.phase,
    value: view.progress ?? 0,
    processed: view.processed ?? 0,
    total: view.total ?? null,
    failed: view.failed ?? 0,
    message: view.message ?? "",
    createdAt: view.createdAt,
    completedAt: view.completedAt ?? null,
  };
}

/**
 * @param {JobState} state
 * @returns {Scan}
 */
export function fromState(state) {
  return fromView({ ...state, id: state.jobId, progress: state.value });
}

/**
 * The scan after an event; an event names the phase, not the status, so the status follows from both.
 * @param {Scan} scan
 * @param {ProgressEvent} event
 * @returns {Scan}
 */
export function withEvent(scan, event) {
  const status = statusOfType[event.type] ?? (finished.has(scan.status) ? scan.status : statusOfPhase[event.phase] ?? scan.status);
  return {
    ...scan,
    status,
    phase: event.phase ?? scan.phase,
    value: event.value ?? scan.value,
    processed: event.processed ?? scan.processed,
    total: event.total ?? scan.total,
    failed: event.failed ?? scan.failed,
    message: event.message ?? scan.message,
    completedAt: terminalTypes.has(event.type) ? event.at : scan.completedAt,
  };
}
