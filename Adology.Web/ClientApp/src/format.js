/** @type {Record<string, string>} */
const phases = { queued: "Queued", gather: "Gathering", acquire: "Acquiring", commit: "Committing", enrich: "Enriching", analyze: "Analysing", done: "Done" };

/** @param {string} phase */
export const phaseLabel = (phase) => phases[phase] ?? phase ?? "—";

/** @param {number | null | undefined} value */
export const number = (value) => (value === null || value === undefined ? "—" : new Intl.NumberFormat("en").format(value));

/** @param {number | null | undefined} value */
export const percent = (value) => Math.max(0, Math.min(100, Math.floor(value ?? 0)));

/** @param {string | null | undefined} iso */
export function dateTime(iso) {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/**
 * @param {string | null | undefined} iso
 * @param {number} [now]
 */
export function ago(iso, now = Date.now()) {
  if (!iso) return "never";
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/**
 * The headline of a creative's metadata (or its title), as feeds give it.
 * @param {Record<string, any> | null | undefined} metadata
 * @returns {string | null}
 */
export function headlineOf(metadata) {
  const headline = metadata?.headline ?? metadata?.title;
  return typeof headline === "string" && headline.trim() ? headline : null;
}

/**
 * How long a creative ran, first seen to last seen.
 * @param {number} ms
 */
export function duration(ms) {
  const days = ms / 86_400_000;
  if (days >= 1) return `${Math.round(days)} day${Math.round(days) === 1 ? "" : "s"}`;
  const hours = ms / 3_600_000;
  if (hours >= 1) return `${Math.round(hours)} h`;
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return `${minutes} min`;
  return ms > 0 ? `${Math.max(1, Math.round(ms / 1000))} s` : "one sighting";
}
