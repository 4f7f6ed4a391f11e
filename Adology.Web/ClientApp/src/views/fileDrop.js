import { h } from "../dom.js";
import { number, percent } from "../format.js";

const accept = ".png,.jpg,.jpeg,.gif,.webp,.zip,.csv,.xlsx";

/**
 * The files of an upload, dropped on the zone or chosen with the file picker, and the upload's progress.
 * @param {{ onChange: () => void }} options
 */
export function fileDropView({ onChange }) {
  /** @type {File[]} */
  let files = [];
  const input = h("input", { type: "file", id: "scan-files", class: "visually-hidden", multiple: true, accept, "data-testid": "scan-files" });
  const list = h("ul", { class: "file-list", "data-testid": "scan-file-list" });
  const fill = h("div", { class: "bar-fill" });
  const text = h("span", { class: "bar-text" });
  const bar = h("div", { class: "bar", role: "progressbar", "aria-label": "Upload", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": 0 }, fill);
  const progress = h("div", { class: "scan-progress", hidden: true, "data-testid": "scan-upload-progress" }, bar, text);
  const zone = h(
    "label",
    { for: "scan-files", class: "drop-zone", "data-testid": "scan-drop" },
    h("strong", {}, "Drop files here"),
    h("span", { class: "muted" }, " or click to choose: pictures, a zip of pictures (with a manifest.csv), a csv or xlsx of URLs"),
    input,
  );

  /** @param {File[]} chosen */
  function choose(chosen) {
    files = chosen;
    list.replaceChildren(...files.map((file) => h("li", {}, file.name, h("span", { class: "muted" }, ` ${number(Math.ceil(file.size / 1024))} KB`))));
    onChange();
  }

  input.addEventListener("change", () => choose([...(input.files ?? [])]));
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    choose([...(event.dataTransfer?.files ?? [])]);
  });

  return {
    element: h("div", { class: "field" }, zone, list, progress),
    files: () => files,
    /** @param {number | null} fraction Sent of the upload, 0–1; null hides the bar. */
    progress(fraction) {
      progress.hidden = fraction === null;
      const value = percent((fraction ?? 0) * 100);
      fill.style.width = `${value}%`;
      bar.setAttribute("aria-valuenow", String(value));
      text.textContent = `${value}%`;
    },
    clear() {
      input.value = "";
      choose([]);
    },
  };
}
