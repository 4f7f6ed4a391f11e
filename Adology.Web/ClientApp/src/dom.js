/** @typedef {Node | string | null | undefined | false} Child */

/**
 * Creates an element: attributes as strings, `on…` as listeners, children as nodes or text.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any> | null} [attributes]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === "style") {
      // Through the CSSOM: the Content-Security-Policy refuses style attributes (style-src 'self').
      element.style.cssText = String(value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  element.append(...children.flat().filter(/** @returns {child is Node | string} */ (child) => child !== null && child !== undefined && child !== false));
  return element;
}

/**
 * Puts one element per item into `container` in the items' order, reusing the element already made
 * for an item's key, so a refresh neither duplicates rows nor reloads their images.
 * @template T
 * @template {HTMLElement} E
 * @param {HTMLElement} container
 * @param {T[]} items
 * @param {(item: T) => string | number} key
 * @param {(item: T) => E} create
 * @param {(element: E, item: T) => void} update
 */
export function reconcile(container, items, key, create, update) {
  /** @type {Map<string | undefined, E>} */
  const existing = new Map();
  for (const child of container.children) existing.set(/** @type {E} */ (child).dataset.key, /** @type {E} */ (child));
  /** @type {Element | null} */
  let previous = null;
  for (const item of items) {
    const id = String(key(item));
    let element = existing.get(id);
    existing.delete(id);
    if (!element) {
      element = create(item);
      element.dataset.key = id;
    }
    update(element, item);
    /** @type {Element | null} */
    const next = previous ? previous.nextElementSibling : container.firstElementChild;
    if (next !== element) container.insertBefore(element, next);
    previous = element;
  }
  for (const stale of existing.values()) stale.remove();
}

/**
 * Runs `action` once calls have stopped for `wait` ms, or `maxWait` ms after the first of them at the latest.
 * @param {() => void} action
 * @param {number} wait
 * @param {number} maxWait
 */
export function debounce(action, wait, maxWait) {
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  let firstCall = 0;
  return () => {
    const now = Date.now();
    if (timer === null) firstCall = now;
    if (timer !== null) clearTimeout(timer);
    const delay = Math.max(0, Math.min(wait, firstCall + maxWait - now));
    timer = setTimeout(() => {
      timer = null;
      action();
    }, delay);
  };
}
