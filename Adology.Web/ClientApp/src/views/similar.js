import * as api from "../api.js";
import { h } from "../dom.js";

/** The creatives most like a chosen one, with their cosine scores; `show(id, thumbnailUrl)` fetches and shows them. */
export function similarView() {
  const title = h("h3", {}, "Creatives like this one");
  const status = h("p", { class: "muted empty", "data-testid": "similar-status" });
  const list = h("div", { class: "thumbs" });
  const close = h("button", { type: "button", class: "button small", onClick: () => hide() }, "Close");
  const element = h("section", { class: "similar", "data-testid": "similar", hidden: true }, h("div", { class: "similar-head" }, title, close), status, list);
  let shown = null;

  function hide() {
    shown = null;
    element.hidden = true;
  }

  /**
   * @param {string} creativeId
   * @param {string} thumbnailUrl Its signed thumbnail URL, as the API gave it.
   */
  async function show(creativeId, thumbnailUrl) {
    shown = creativeId;
    element.hidden = false;
    status.textContent = "Loading…";
    list.replaceChildren(thumbnail(creativeId, thumbnailUrl, "This one", "similar-source"));
    element.scrollIntoView({ block: "nearest", behavior: "smooth" });
    try {
      const answer = await api.similar(creativeId);
      if (shown !== creativeId) return;
      status.textContent = answer.items.length ? "" : "No other creative of the brand is alike.";
      list.append(...answer.items.map((item) => thumbnail(item.id, item.thumbnailUrl, `score ${item.score.toFixed(2)}`, "similar-item", item.headline)));
    } catch (/** @type {any} */ error) {
      if (shown === creativeId) status.textContent = `Similar creatives could not be loaded: ${error.message}`;
    }
  }

  return { element, show, hide };
}

/**
 * @param {string} creativeId
 * @param {string} src Its signed thumbnail URL.
 * @param {string} caption
 * @param {string} testId
 * @param {string | null} [headline]
 */
function thumbnail(creativeId, src, caption, testId, headline) {
  return h(
    "figure",
    { class: `thumb-figure ${testId}`, "data-testid": testId, "data-creative-id": creativeId, title: headline || null },
    h("img", { class: "thumb", src, alt: headline || "", width: 64, height: 64 }),
    h("figcaption", {}, caption),
  );
}
