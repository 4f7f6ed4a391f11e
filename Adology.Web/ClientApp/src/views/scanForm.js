import { h } from "../dom.js";
import { fileDropView } from "./fileDrop.js";
import { termProblems, termsOf, watchlistView } from "./watchlist.js";

/** @import { ScanSource, StartScanRequest } from "../types.js" */

/** The platforms the ad library can be searched on (docs/API.md). */
const adPlatforms = ["facebook", "instagram", "messenger", "audience_network", "whatsapp", "oculus", "threads"];

/** @type {Record<string, string>} The form input of each field a refusal may name ("source.countries[0]" → countries). */
const inputOfField = {
  brand: "brand",
  "source.count": "count",
  "source.url": "url",
  "source.maxPages": "maxPages",
  "source.scrolls": "scrolls",
  "source.searchTerms": "searchTerms",
  "source.countries": "countries",
  "source.activeStatus": "activeStatus",
  "source.from": "from",
  "source.to": "to",
};

/**
 * The sources of the form and the fields each one asks for; `upload` sends files instead of JSON.
 * @type {{ type: string, label: string, fields: string[] }[]}
 */
const sources = [
  { type: "demo", label: "Demo creatives", fields: ["count"] },
  { type: "feed", label: "JSON feed", fields: ["url"] },
  { type: "page", label: "Web page", fields: ["url", "maxPages"] },
  { type: "browser", label: "Web page (JavaScript)", fields: ["url", "maxPages", "scrolls"] },
  { type: "adLibrary", label: "Meta Ad Library", fields: ["searchTerms", "countries", "activeStatus", "from", "to", "platforms"] },
  { type: "upload", label: "Upload files", fields: ["files"] },
];

/** @type {Record<string, string>} */
const urlPlaceholder = { feed: "https://feeds.example.com/ads", page: "https://www.example.com/campaigns", browser: "https://www.example.com/campaigns" };

/**
 * @callback Upload
 * @param {string} brand
 * @param {File[]} files
 * @param {(fraction: number) => void} onProgress
 * @param {string[]} watch
 * @returns {Promise<string | null>}
 */

/**
 * The new-scan form; `start(request)` and `upload(brand, files, onProgress)` resolve to the error text, or null once
 * the scan is accepted. `setUnavailable` takes the sources this host cannot run, with the reason (GET /api/dashboard).
 * @param {{ start: (request: StartScanRequest) => Promise<string | null>, upload: Upload }} options
 */
export function scanFormView({ start, upload }) {
  const urlInput = h("input", { id: "scan-url", name: "url", type: "url", "data-testid": "scan-url" });
  /** @type {Record<string, HTMLInputElement | HTMLSelectElement>} */
  const inputs = {
    brand: h("input", { id: "scan-brand", name: "brand", required: true, maxlength: 100, placeholder: "e.g. acme", autocomplete: "off", "data-testid": "scan-brand" }),
    count: h("input", { id: "scan-count", name: "count", type: "number", min: 1, max: 100000, value: 100, inputmode: "numeric", "data-testid": "scan-count" }),
    url: urlInput,
    maxPages: h("input", { id: "scan-max-pages", name: "maxPages", type: "number", min: 1, max: 50, value: 1, inputmode: "numeric", "data-testid": "scan-max-pages" }),
    scrolls: h("input", { id: "scan-scrolls", name: "scrolls", type: "number", min: 0, max: 50, value: 10, inputmode: "numeric", "data-testid": "scan-scrolls" }),
    searchTerms: h("input", { id: "scan-search-terms", name: "searchTerms", maxlength: 100, placeholder: "e.g. acme", "data-testid": "scan-search-terms" }),
    countries: h("input", { id: "scan-countries", name: "countries", placeholder: "e.g. US, GB (or ALL)", autocomplete: "off", "data-testid": "scan-countries" }),
    activeStatus: h("select", { id: "scan-active-status", name: "activeStatus", "data-testid": "scan-active-status" },
      h("option", { value: "active" }, "Active ads"), h("option", { value: "inactive" }, "Inactive ads"), h("option", { value: "all" }, "All ads")),
    from: h("input", { id: "scan-from", name: "from", type: "date", "data-testid": "scan-from" }),
    to: h("input", { id: "scan-to", name: "to", type: "date", "data-testid": "scan-to" }),
  };
  const platforms = adPlatforms.map((name) => h("input", { type: "checkbox", name: "platforms", value: name, "data-testid": `scan-platform-${name}` }));
  const radios = sources.map(({ type }) =>
    h("input", { type: "radio", name: "source", value: type, id: `scan-source-${type}`, checked: type === "demo", "data-testid": `scan-source-${type}` }),
  );
  const drop = fileDropView({ onChange: () => (error.textContent = "") });
  const urlLabel = h("label", { for: "scan-url" }, "URL");
  const watchInput = h("textarea", { id: "scan-watch", name: "watch", rows: 2, placeholder: "e.g. free shipping, guaranteed income", "aria-describedby": "scan-watch-hint scan-watch-error", "data-testid": "scan-watch" });
  const watchError = h("p", { class: "form-error", id: "scan-watch-error", "data-testid": "scan-watch-error" });
  const savedWatch = watchlistView();
  void savedWatch.load();

  /** @type {Record<string, HTMLElement>} */
  const fields = {
    count: field("count", "Creatives to generate"),
    url: h("div", { class: "field" }, urlLabel, urlInput),
    maxPages: field("maxPages", "Pages to read (following rel=\"next\")"),
    scrolls: field("scrolls", "Scrolls per page"),
    searchTerms: field("searchTerms", "Search terms"),
    countries: field("countries", "Countries"),
    activeStatus: field("activeStatus", "Delivery"),
    from: field("from", "Ran from"),
    to: field("to", "Ran until"),
    platforms: h("fieldset", { class: "field platforms" }, h("legend", {}, "Platforms (none: all)"),
      ...platforms.map((box) => h("label", { class: "radio" }, box, ` ${box.value}`))),
    files: drop.element,
  };
  const hint = h("p", { class: "hint source-hint", "data-testid": "scan-source-hint" });
  const error = h("p", { class: "form-error", role: "alert", id: "scan-form-error", "data-testid": "scan-form-error" });
  const submit = h("button", { type: "submit", class: "button primary", "data-testid": "scan-submit" }, "Start scan");
  /** @type {Record<string, string>} */
  let unavailable = {};

  /**
   * @param {string} name
   * @param {string} label
   */
  function field(name, label) {
    return h("div", { class: "field" }, h("label", { for: inputs[name].id }, label), inputs[name]);
  }

  function selected() {
    return sources[radios.findIndex((radio) => radio.checked)];
  }

  function showSource() {
    const source = selected();
    for (const [name, element] of Object.entries(fields)) element.hidden = !source.fields.includes(name);
    inputs.count.required = source.type === "demo";
    inputs.url.required = source.fields.includes("url");
    inputs.searchTerms.required = inputs.countries.required = source.type === "adLibrary";
    urlInput.placeholder = urlPlaceholder[source.type] ?? "";
    urlLabel.textContent = source.type === "feed" ? "Feed URL" : "Page URL";
    hint.textContent = unavailable[source.type] ?? "";
    submit.disabled = source.type in unavailable;
  }
  for (const radio of radios) radio.addEventListener("change", showSource);
  showSource();

  /** @param {string} message */
  function markInvalid(message) {
    for (const input of Object.values(inputs)) input.removeAttribute("aria-invalid");
    // "Invalid scan request: source.count: …; brand: …" names the fields at fault.
    const named = message.replace(/^Invalid scan request:\s*/, "").split("; ").map((part) => inputOfField[part.split(":")[0].replace(/\[\d+\]$/, "").trim()]);
    for (const name of named) if (name) inputs[name].setAttribute("aria-invalid", "true");
  }

  /** @param {string} text */
  const listOf = (text) => text.split(",").map((part) => part.trim()).filter((part) => part.length > 0);

  /** @returns {ScanSource} */
  function jsonSource() {
    const value = (/** @type {string} */ name) => inputs[name].value.trim();
    switch (selected().type) {
      case "feed":
        return { type: "feed", url: value("url") };
      case "page":
        return { type: "page", url: value("url"), maxPages: Number(value("maxPages")) };
      case "browser":
        return { type: "browser", url: value("url"), maxPages: Number(value("maxPages")), scrolls: Number(value("scrolls")) };
      case "adLibrary":
        return {
          type: "adLibrary",
          searchTerms: value("searchTerms"),
          countries: listOf(value("countries")).map((code) => code.toUpperCase()),
          activeStatus: value("activeStatus"),
          from: value("from") || null,
          to: value("to") || null,
          platforms: platforms.filter((box) => box.checked).map((box) => box.value),
        };
      default:
        return { type: "demo", count: Number(value("count")) };
    }
  }

  async function uploadFiles() {
    drop.progress(0);
    const problem = await upload(inputs.brand.value, drop.files(), (fraction) => drop.progress(fraction), termsOf(watchInput.value));
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
        const uploading = selected().type === "upload";
        if (uploading && drop.files().length === 0) {
          error.textContent = "Drop or choose at least one file.";
          return;
        }
        submit.disabled = true;
        error.textContent = watchError.textContent = "";
        watchInput.removeAttribute("aria-invalid");
        markInvalid("");
        const watch = termsOf(watchInput.value);
        const problem = uploading ? await uploadFiles() : await start({ brand: inputs.brand.value, source: jsonSource(), watch });
        submit.disabled = false;
        if (problem) {
          // Refusals of a term are said next to the terms, with the term; the rest above the button.
          const parts = problem.replace(/^Invalid scan request:\s*/, "");
          const ofWatch = termProblems(parts, "watch", watch);
          const rest = parts.split("; ").filter((part) => !/^watch(\[\d+\])?:/.test(part));
          watchError.textContent = ofWatch.join(" ");
          if (ofWatch.length) watchInput.setAttribute("aria-invalid", "true");
          error.textContent = !ofWatch.length ? problem : rest.length ? `Invalid scan request: ${rest.join("; ")}` : "Check the watch terms.";
          markInvalid(problem);
        }
      },
    },
    h("h2", {}, "New scan"),
    h("div", { class: "field" }, h("label", { for: "scan-brand" }, "Brand"), inputs.brand),
    h("fieldset", { class: "field source" },
      h("legend", {}, "Source"),
      ...sources.map((source, index) => h("label", { class: "radio" }, radios[index], ` ${source.label}`))),
    hint,
    ...Object.values(fields),
    h("div", { class: "field watch" },
      h("label", { for: "scan-watch" }, "Watch terms"),
      watchInput,
      h("p", { class: "hint", id: "scan-watch-hint" }, "Comma-separated or one per line: up to 50 terms of 1–100 characters, found as whole words in any case and accent."),
      watchError,
      savedWatch.element),
    error,
    h("div", { class: "actions" }, submit),
  );

  return {
    element: form,
    /** @param {Record<string, string>} reasons The sources this host cannot run, each with why. */
    setUnavailable(reasons) {
      unavailable = reasons;
      sources.forEach((source, index) => {
        radios[index].title = reasons[source.type] ?? "";
        radios[index].parentElement?.classList.toggle("unavailable", source.type in reasons);
      });
      showSource();
    },
  };
}
