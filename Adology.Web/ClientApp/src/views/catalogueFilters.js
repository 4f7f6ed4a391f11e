import { h } from "../dom.js";

/**
 * @typedef {object} Filter A query parameter of GET /api/creatives (docs/API.md "Searching the catalogue") as a form field.
 * @property {string} name
 * @property {string} label
 * @property {string} [placeholder]
 * @property {string} [inputmode]
 * @property {[string, string][]} [options] Value and label; a select instead of a text box.
 */

const date = "YYYY-MM-DD";
const anyOption = /** @type {[string, string]} */ (["", "Any"]);

/** @type {Filter[]} */
const filters = [
  { name: "brand", label: "Brand", placeholder: "All brands" },
  { name: "platform", label: "Platform", placeholder: "e.g. facebook" },
  { name: "format", label: "Format", placeholder: "e.g. story" },
  { name: "cta", label: "Call to action", placeholder: "e.g. shop now" },
  { name: "firstSeenFrom", label: "First seen from", placeholder: date },
  { name: "firstSeenTo", label: "First seen to", placeholder: date },
  { name: "lastSeenFrom", label: "Last seen from", placeholder: date },
  { name: "lastSeenTo", label: "Last seen to", placeholder: date },
  { name: "minSeenCount", label: "Seen in at least (scans)", inputmode: "numeric" },
  { name: "cluster", label: "Cluster (of a brand)", inputmode: "numeric" },
  { name: "productType", label: "Product type", placeholder: "e.g. sneakers" },
  { name: "flagged", label: "Content rules", options: [anyOption, ["true", "Flagged"], ["false", "Not flagged"]] },
  { name: "source", label: "Source", options: [anyOption, ["demo", "Demo"], ["feed", "JSON feed"], ["page", "Web page"], ["browser", "Web page (JavaScript)"], ["adLibrary", "Meta Ad Library"], ["upload", "Upload"]] },
  { name: "sort", label: "Order", options: [["", "Best first"], ["lastSeen", "Last seen"], ["firstSeen", "First seen"], ["seenCount", "Seen most"], ["relevance", "Relevance"]] },
  { name: "pageSize", label: "Per page", options: [["", "50"], ["25", "25"], ["100", "100"], ["200", "200"]] },
];

/**
 * The catalogue's search box and filters. `update(params)` shows a query (the URL's), `submit` gets the query the form
 * now asks for, and `showErrors` puts a 400's messages next to the fields they name.
 * @param {{ submit: (params: URLSearchParams) => void, brandList: string }} options
 */
export function catalogueFiltersView({ submit, brandList }) {
  /** @type {Map<string, { input: HTMLInputElement | HTMLSelectElement, error: HTMLElement }>} */
  const fields = new Map();

  /**
   * @param {Filter & { type?: string }} filter
   * @param {string} [extraClass]
   */
  function field(filter, extraClass = "") {
    const id = `catalogue-${filter.name}`;
    const error = h("p", { class: "field-error", id: `${id}-error`, "data-testid": `catalogue-error-${filter.name}` });
    const input = filter.options
      ? h("select", { id, name: filter.name, "data-testid": id }, filter.options.map(([value, label]) => h("option", { value }, label)))
      : h("input", {
          id,
          name: filter.name,
          type: filter.type ?? "text",
          placeholder: filter.placeholder,
          inputmode: filter.inputmode,
          list: filter.name === "brand" ? brandList : null,
          autocomplete: "off",
          "data-testid": id,
        });
    if (input instanceof HTMLSelectElement) input.addEventListener("change", () => submit(values()));
    fields.set(filter.name, { input, error });
    return h("div", { class: `field ${extraClass}` }, h("label", { for: id }, filter.label), input, error);
  }

  const search = field({ name: "q", label: "Search the copy", type: "search", placeholder: "Words, \"an exact phrase\", ship*, -exclude" }, "search-field");
  const element = h(
    "form",
    { class: "card catalogue-filters", role: "search", "aria-label": "Search the catalogue", "data-testid": "catalogue-form", onSubmit },
    h("div", { class: "search-row" },
      search,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", "data-testid": "catalogue-submit" }, "Search"),
        h("button", { type: "button", class: "button", "data-testid": "catalogue-clear", onClick: () => submit(new URLSearchParams()) }, "Clear"))),
    h("fieldset", { class: "filter-grid" }, h("legend", { class: "visually-hidden" }, "Filters"), filters.map((filter) => field(filter))),
  );

  /** @param {SubmitEvent} event */
  function onSubmit(event) {
    event.preventDefault();
    submit(values());
  }

  /** The non-empty fields, in the form's order; a new query starts at its first page. */
  function values() {
    const params = new URLSearchParams();
    for (const [name, { input }] of fields) {
      const value = input.value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function clearErrors() {
    for (const { input, error } of fields.values()) {
      error.textContent = "";
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }

  return {
    element,
    /** @param {URLSearchParams} params */
    update(params) {
      clearErrors();
      for (const [name, { input }] of fields) {
        const value = params.get(name) ?? "";
        // A value the URL gives that no option has is shown as given, so its error makes sense.
        if (input instanceof HTMLSelectElement && ![...input.options].some((option) => option.value === value)) input.append(h("option", { value }, value));
        input.value = value;
      }
    },
    /**
     * @param {Record<string, string[]>} errors A 400's `errors`, by field.
     * @returns {string[]} The messages of fields the form does not have.
     */
    showErrors(errors) {
      /** @type {string[]} */
      const rest = [];
      for (const [name, messages] of Object.entries(errors)) {
        const target = fields.get(name);
        if (!target) {
          rest.push(...messages);
          continue;
        }
        target.error.textContent = messages.join(" ");
        target.input.setAttribute("aria-invalid", "true");
        target.input.setAttribute("aria-describedby", target.error.id);
      }
      return rest;
    },
  };
}
