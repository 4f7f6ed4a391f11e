import * as api from "../api.js";
import { h } from "../dom.js";

/**
 * Terms typed as a list: comma-separated or one per line, blanks dropped.
 * @param {string} text
 */
export const termsOf = (text) => text.split(/[,\n]/).map((term) => term.trim()).filter((term) => term.length > 0);

/**
 * "watch[1]: A watch term must …; brand: …" (the hub's refusal, without its prefix) → the parts naming the list or
 * one of its terms, each said with the term it names.
 * @param {string} message
 * @param {string} field The list's JSON name: `watch` or `terms`.
 * @param {string[]} terms What was sent.
 */
export function termProblems(message, field, terms) {
  const problems = [];
  for (const part of message.split("; ")) {
    const at = part.indexOf(": ");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    const index = name.match(/^\w+\[(\d+)\]$/);
    if (name === field) problems.push(part.slice(at + 2));
    else if (index && name.startsWith(`${field}[`)) problems.push(`Term ${Number(index[1]) + 1} ("${terms[Number(index[1])] ?? ""}"): ${part.slice(at + 2)}`);
  }
  return problems;
}

/**
 * The user's saved watch list (GET/PUT /api/watchlist), applied by the server to every scan they start and to their
 * scheduled scans: shown as chips, edited in place.
 */
export function watchlistView() {
  const chips = h("span", { class: "chips watch-chips", "data-testid": "watchlist-terms" });
  const input = h("textarea", { id: "watchlist-input", rows: 3, "aria-describedby": "watchlist-hint watchlist-error", "data-testid": "watchlist-input" });
  const error = h("p", { class: "form-error", id: "watchlist-error", role: "alert", "data-testid": "watchlist-error" });
  const saved = h("span", { class: "muted", role: "status", "data-testid": "watchlist-status" });
  const save = h("button", { type: "button", class: "button small", "data-testid": "watchlist-save", onClick: () => void submit() }, "Save watch list");
  const editor = h("details", { class: "watchlist-editor" },
    h("summary", { "data-testid": "watchlist-edit" }, "Edit saved watch list"),
    h("div", { class: "field" },
      h("label", { for: "watchlist-input" }, "Saved watch terms"),
      input,
      h("p", { class: "hint", id: "watchlist-hint" }, "Watched in every scan you start, and in your scheduled scans.")),
    error,
    h("div", { class: "actions" }, save, saved));
  const element = h("div", { class: "watchlist", "data-testid": "watchlist" },
    h("p", { class: "watch-applied" }, h("span", { class: "muted" }, "Always watched: "), chips), editor);

  /** @param {string[]} terms */
  function show(terms) {
    chips.replaceChildren(...(terms.length ? terms.map((term) => h("span", { class: "chip", "data-testid": "watchlist-term" }, term)) : [h("span", { class: "muted" }, "no saved terms")]));
    input.value = terms.join("\n");
  }

  async function submit() {
    const terms = termsOf(input.value);
    save.disabled = true;
    error.textContent = saved.textContent = "";
    input.removeAttribute("aria-invalid");
    try {
      show((await api.saveWatchlist(terms)).terms);
      saved.textContent = "Saved.";
    } catch (/** @type {any} */ problem) {
      const fields = Object.entries(problem.problem?.errors ?? {}).map(([name, messages]) => `${name}: ${[messages].flat().join(" ")}`).join("; ");
      const named = termProblems(fields, "terms", terms);
      error.textContent = named.length ? named.join(" ") : problem.message;
      input.setAttribute("aria-invalid", "true");
    } finally {
      save.disabled = false;
    }
  }

  return {
    element,
    async load() {
      try {
        show((await api.watchlist()).terms);
      } catch {
        chips.replaceChildren(h("span", { class: "muted" }, "(could not be read)"));
      }
    },
  };
}
