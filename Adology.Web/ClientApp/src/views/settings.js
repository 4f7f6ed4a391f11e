import * as api from "../api.js";
import { h, reconcile } from "../dom.js";
import { dateTime } from "../format.js";
import { deliveriesView } from "./deliveries.js";

/** @import { Webhook } from "../types.js" */

/** The notification kinds a webhook may want (docs/API.md, "Webhooks"), with what each says. */
const kinds = [
  { kind: "scan_completed", label: "Scan completed" },
  { kind: "new_creatives", label: "New creatives found" },
  { kind: "matches", label: "Watch terms matched" },
];

/**
 * Settings (`#/settings`): the user's webhooks (POST/GET/DELETE /api/webhooks), each with its recent deliveries; the
 * list is read again whenever the view is shown.
 */
export function settingsView() {
  const url = h("input", { id: "webhook-url", name: "url", type: "url", placeholder: "https://hooks.example.com/adology", autocomplete: "off", "aria-describedby": "webhook-url-error", "data-testid": "webhook-url" });
  const urlError = h("p", { class: "form-error", id: "webhook-url-error", "data-testid": "webhook-url-error" });
  const boxes = kinds.map(({ kind }) => h("input", { type: "checkbox", name: "kinds", value: kind, checked: true, "data-testid": `webhook-kind-${kind}` }));
  const kindsError = h("p", { class: "form-error", id: "webhook-kinds-error", "data-testid": "webhook-kinds-error" });
  const error = h("p", { class: "form-error", role: "alert", "data-testid": "webhook-error" });
  const secret = h("div", { class: "secret", role: "status", "data-testid": "webhook-secret-box" });
  const add = h("button", { type: "submit", class: "button primary", "data-testid": "webhook-add" }, "Add webhook");
  const kindsSet = h("fieldset", { class: "field platforms", "aria-describedby": "webhook-kinds-error" },
    h("legend", {}, "Send"), ...boxes.map((box, index) => h("label", { class: "radio" }, box, ` ${kinds[index].label}`)), kindsError);
  const form = h("form", { class: "webhook-form", novalidate: true, "data-testid": "webhook-form", onSubmit: submit },
    h("div", { class: "field" }, h("label", { for: "webhook-url" }, "Receiver URL (https)"), url, urlError),
    kindsSet, error, h("div", { class: "actions" }, add), secret);
  const list = h("ul", { class: "webhook-list", "data-testid": "webhook-list" });
  const empty = h("p", { class: "muted empty", "data-testid": "webhook-list-empty" }, "No webhooks yet.");
  const heading = h("h1", { tabindex: -1 }, "Settings");
  const element = h("div", { class: "view settings", "data-testid": "settings" },
    h("div", { class: "settings-head" }, heading, h("a", { href: "#/", class: "button small", "data-testid": "settings-back" }, "Back to scans")),
    h("section", { class: "card", "aria-labelledby": "webhooks-title" },
      h("h2", { id: "webhooks-title" }, "Webhooks"),
      h("p", { class: "muted intro" }, "Each is sent a signed JSON POST when a scan of yours completes (docs/API.md, \"Verifying a delivery\")."),
      form),
    h("section", { class: "card", "aria-labelledby": "webhook-list-title" }, h("h2", { id: "webhook-list-title" }, "Your webhooks"), empty, list));

  /** @param {SubmitEvent} event */
  async function submit(event) {
    event.preventDefault();
    for (const text of [urlError, kindsError, error]) text.textContent = "";
    url.removeAttribute("aria-invalid");
    secret.replaceChildren();
    add.disabled = true;
    try {
      const created = await api.createWebhook(url.value.trim(), boxes.filter((box) => box.checked).map((box) => box.value));
      url.value = "";
      secret.replaceChildren(
        h("p", {}, `Added ${created.url}. Its signing secret, shown this once:`),
        h("code", { "data-testid": "webhook-secret" }, created.secret));
      await load();
    } catch (/** @type {any} */ problem) {
      showProblem(problem);
    } finally {
      add.disabled = false;
    }
  }

  /** @param {any} problem */
  function showProblem(problem) {
    /** @type {Record<string, string[]>} */
    const errors = problem.problem?.errors ?? {};
    for (const [name, messages] of Object.entries(errors)) {
      if (name === "url") {
        urlError.textContent = messages.join(" ");
        url.setAttribute("aria-invalid", "true");
      } else if (name.startsWith("kinds")) kindsError.textContent = messages.join(" ");
      else error.textContent += `${name}: ${messages.join(" ")} `;
    }
    if (!Object.keys(errors).length) error.textContent = problem.message;
  }

  /** @param {Webhook} webhook */
  function create(webhook) {
    const deliveries = deliveriesView(webhook.id);
    const toggle = h("button", { type: "button", class: "button small", "aria-expanded": "false", "data-testid": "webhook-deliveries-toggle", onClick: () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      deliveries.element.hidden = !open;
      if (open) void deliveries.load();
    } }, "Deliveries");
    const remove = h("button", { type: "button", class: "button small danger", "aria-label": `Delete the webhook ${webhook.url}`, "data-testid": "webhook-delete", onClick: async () => {
      remove.disabled = true;
      try {
        await api.deleteWebhook(webhook.id);
        await load();
      } catch (/** @type {any} */ problem) {
        error.textContent = problem.message;
        remove.disabled = false;
      }
    } }, "Delete");
    return h("li", { class: "webhook", "data-testid": "webhook", "data-webhook-id": webhook.id },
      h("div", { class: "webhook-top" },
        h("code", { class: "webhook-url", "data-testid": "webhook-url-shown", title: webhook.url }, webhook.url),
        h("div", { class: "actions" }, toggle, remove)),
      h("p", { class: "muted webhook-meta" }, `${webhook.kinds.map((kind) => kinds.find((known) => known.kind === kind)?.label ?? kind).join(", ")} · added ${dateTime(webhook.createdAt)}`),
      deliveries.element);
  }

  async function load() {
    try {
      const page = await api.webhooks();
      empty.hidden = page.items.length > 0;
      reconcile(list, page.items, (webhook) => webhook.id, create, () => {});
    } catch (/** @type {any} */ problem) {
      empty.hidden = false;
      empty.textContent = `The webhooks could not be read: ${problem.message}`;
    }
  }

  return { element, heading, show: () => void load() };
}
