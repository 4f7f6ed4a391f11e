import { h } from "../dom.js";
import { fileDropView } from "./fileDrop.js";

/** @import { StartScanRequest } from "../types.js" */

/** @type {Record<string, "brand" | "count" | "url" | "source">} */
const fieldOfError = { brand: "brand", "source.count": "count", "source.url": "url", "source.type": "source", source: "source" };

/**
 * @callback Upload
 * @param {string} brand
 * @param {File[]} files
 * @param {(fraction: number) => void} onProgress
 * @returns {Promise<string | null>}
 */

/**
 * The new-scan form; `start(request)` and `upload(brand, files, onProgress)` resolve to the error text, or null once
 * the scan is accepted.
 * @param {{ start: (request: StartScanRequest) => Promise<string | null>, upload: Upload }} options
 */
export function scanFormView({ start, upload }) {
  /** @type {Record<string, HTMLInputElement>} */
  const inputs = {
    brand: h("input", { id: "scan-brand", name: "brand", required: true, maxlength: 100, placeholder: "e.g. acme", autocomplete: "off", "data-testid": "scan-brand" }),
    count: h("input", { id: "scan-count", name: "count", type: "number", min: 1, max: 100000, value: 100, inputmode: "numeric", "data-testid": "scan-count" }),
    url: h("input", { id: "scan-url", name: "url", type: "url", placeholder: "https://feeds.example.com/ads", "data-testid": "scan-url" }),
  };
  const demo = h("input", { type: "radio", name: "source", value: "demo", id: "scan-source-demo", checked: true, "data-testid": "scan-source-demo" });
  const feed = h("input", { type: "radio", name: "source", value: "feed", id: "scan-source-feed", "data-testid": "scan-source-feed" });
  const files = h("input", { type: "radio", name: "source", value: "upload", id: "scan-source-upload", "data-testid": "scan-source-upload" });
  const drop = fileDropView({ onChange: () => (error.textContent = "") });
  const countField = h("div", { class: "field" }, h("label", { for: "scan-count" }, "Creatives to generate"), inputs.count);
  const urlField = h("div", { class: "field", hidden: true }, h("label", { for: "scan-url" }, "Feed URL"), inputs.url);
  const error = h("p", { class: "form-error", role: "alert", id: "scan-form-error", "data-testid": "scan-form-error" });
  const submit = h("button", { type: "submit", class: "button primary", "data-testid": "scan-submit" }, "Start scan");

  function showSource() {
    countField.hidden = !demo.checked;
    urlField.hidden = !feed.checked;
    drop.element.hidden = !files.checked;
    inputs.count.required = demo.checked;
    inputs.url.required = feed.checked;
  }
  for (const radio of [demo, feed, files]) radio.addEventListener("change", showSource);
  showSource();

  /** @param {string} message */
  function markInvalid(message) {
    for (const input of Object.values(inputs)) input.removeAttribute("aria-invalid");
    // "Invalid scan request: source.count: …; brand: …" names the fields at fault.
    const fields = message.replace(/^Invalid scan request:\s*/, "").split("; ").map((part) => fieldOfError[part.split(":")[0].trim()]);
    for (const field of fields) inputs[field]?.setAttribute("aria-invalid", "true");
  }

  /** @returns {StartScanRequest["source"]} */
  function jsonSource() {
    return demo.checked ? { type: "demo", count: Number(inputs.count.value) } : { type: "feed", url: inputs.url.value.trim() };
  }

  async function uploadFiles() {
    drop.progress(0);
    const problem = await upload(inputs.brand.value, drop.files(), (fraction) => drop.progress(fraction));
    drop.progress(null);
    if (!problem) drop.clear();
    return problem;
  }

  const form = h(
    "form",
    {
      class: "card scan-form",
      "data-testid": "scan-form",
      "aria-describedby": "scan-form-error",
      onSubmit: async (/** @type {SubmitEvent} */ event) => {
        event.preventDefault();
        if (files.checked && drop.files().length === 0) {
          error.textContent = "Drop or choose at least one file.";
          return;
        }
        submit.disabled = true;
        error.textContent = "";
        markInvalid("");
        const problem = files.checked ? await uploadFiles() : await start({ brand: inputs.brand.value, source: jsonSource() });
        submit.disabled = false;
        if (problem) {
          error.textContent = problem;
          markInvalid(problem);
        }
      },
    },
    h("h2", {}, "New scan"),
    h("div", { class: "field" }, h("label", { for: "scan-brand" }, "Brand"), inputs.brand),
    h("fieldset", { class: "field source" },
      h("legend", {}, "Source"),
      h("label", { class: "radio" }, demo, " Demo creatives"),
      h("label", { class: "radio" }, feed, " JSON feed"),
      h("label", { class: "radio" }, files, " Upload files")),
    countField,
    urlField,
    drop.element,
    error,
    h("div", { class: "actions" }, submit),
  );
  return { element: form };
}
