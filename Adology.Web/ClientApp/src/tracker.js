import { hubErrorMessage } from "./hub.js";
import { isFinished, terminalTypes } from "./scan.js";

/** @import { Hub } from "./hub.js" */
/** @import { JobState, ProgressEvent } from "./types.js" */
/** @typedef {{ seq: number, joining: boolean, again: boolean, buffer: ProgressEvent[] }} Watch */

/**
 * @typedef {object} TrackerCallbacks
 * @property {(state: JobState) => void} applyState The scan as JoinJob returned it.
 * @property {(event: ProgressEvent) => void} applyEvent The scan's next event, in order.
 * @property {(id: string) => void} resynced Events of the scan may have been missed.
 * @property {(id: string, message: string) => void} rejected The hub refused to let this user watch the scan.
 */

/**
 * Follows the unfinished scans over the hub. Each watched scan is joined on every (re)connect and its
 * events are applied strictly in `seq` order: a gap, or a new connection, means JoinJob again and start
 * from the state it returns (events at or below its `seq` are already in it).
 * @param {Hub} hub
 * @param {TrackerCallbacks} callbacks
 */
export function createTracker(hub, { applyState, applyEvent, resynced, rejected }) {
  /** @type {Map<string, Watch>} */
  const watched = new Map();

  /** @param {string} id */
  function watch(id) {
    if (watched.has(id)) return;
    watched.set(id, { seq: 0, joining: false, again: false, buffer: [] });
    if (hub.connected) void resync(id);
  }

  /** @param {string} id */
  async function unwatch(id) {
    if (!watched.delete(id) || !hub.connected) return;
    try {
      await hub.invoke("LeaveJob", id);
    } catch {
      // A closed connection has left every group already.
    }
  }

  /** @param {string} id */
  async function resync(id) {
    const entry = watched.get(id);
    if (!entry) return;
    if (entry.joining) {
      entry.again = true;
      return;
    }
    entry.joining = true;
    entry.again = false;
    /** @type {JobState} */
    let state;
    try {
      state = await hub.invoke("JoinJob", id);
    } catch (error) {
      entry.joining = false;
      entry.buffer = [];
      // Lost connection: the next connect joins again. Connected: the hub refused the scan.
      if (hub.connected && watched.get(id) === entry) {
        watched.delete(id);
        rejected(id, hubErrorMessage(error));
      }
      return;
    }
    if (watched.get(id) !== entry) return;

    entry.joining = false;
    entry.seq = state.seq;
    const buffered = entry.buffer.sort((a, b) => a.seq - b.seq);
    entry.buffer = [];
    applyState(state);
    resynced(id);
    for (const event of buffered) handle(event);
    if (entry.again) void resync(id);
    else if (isFinished({ status: state.status })) void unwatch(id);
  }

  /** @param {ProgressEvent} event */
  function handle(event) {
    const entry = watched.get(event.jobId);
    if (!entry) return;
    if (entry.joining) {
      // Events can overtake JoinJob's answer on the wire; keep them until its seq is known.
      entry.buffer.push(event);
      return;
    }
    if (event.seq <= entry.seq) return;
    if (event.seq !== entry.seq + 1) {
      void resync(event.jobId);
      return;
    }
    entry.seq = event.seq;
    applyEvent(event);
    if (terminalTypes.has(event.type)) void unwatch(event.jobId);
  }

  return {
    watch,
    handle,
    /** @param {string} id */
    isWatched: (id) => watched.has(id),
    resyncAll: () => Promise.all([...watched.keys()].map(resync)),
  };
}
