import { h } from "../dom.js";

/** @import { Health } from "../types.js" */

/** Says plainly when the server cannot be reached, and goes away when it can. */
export function bannerView() {
  const text = h("span", {});
  const element = h("div", { class: "banner", role: "alert", "data-testid": "connection-banner", hidden: true }, text);
  /** @type {ReturnType<typeof setInterval> | undefined} */
  let timer;

  /** @param {Health} health */
  function render(health) {
    clearInterval(timer);
    const message = messageFor(health);
    element.hidden = !message;
    element.dataset.state = message ? health.hub : "ok";
    text.textContent = message ?? "";
    if (message && health.retryAt) timer = setInterval(() => (text.textContent = messageFor(health)), 1000);
  }
  return { element, update: render };
}

/** @param {Health} health */
function messageFor({ hub, api, retryAt }) {
  const retry = retryAt && retryAt > Date.now() ? ` Retrying in ${Math.ceil((retryAt - Date.now()) / 1000)} s.` : " Retrying…";
  if (hub === "reconnecting") return `Lost the live connection to the server. Progress shown may be out of date.${retry}`;
  if (hub === "disconnected") return `Disconnected from the server: live progress is paused and new scans cannot start.${retry}`;
  if (api === "unreachable") return "The server is not answering: the figures shown may be out of date.";
  return null;
}
