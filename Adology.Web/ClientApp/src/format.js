/** @type {Record<string, string>} */
const phases = { queued: "Queued", gather: "Gathering", acquire: "Acquiring", commit: "Committing", analyze: "Analysing", done: "Done" };

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
