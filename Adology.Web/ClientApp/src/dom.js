/** Creates an element: attributes as strings, `on…` as listeners, children as nodes or text. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/**
 * Puts one element per item into `container` in the items' order, reusing the element already made
 * for an item's key, so a refresh neither duplicates rows nor reloads their images.
 */
export function reconcile(container, items, key, create, update) {
  const existing = new Map();
  for (const child of container.children) existing.set(child.dataset.key, child);
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
    const next = previous ? previous.nextElementSibling : container.firstElementChild;
    if (next !== element) container.insertBefore(element, next);
    previous = element;
  }
  for (const stale of existing.values()) stale.remove();
}

export function debounce(action, wait, maxWait) {
  let timer = null;
  let firstCall = 0;
  return () => {
    const now = Date.now();
    if (timer === null) firstCall = now;
    clearTimeout(timer);
    const delay = Math.max(0, Math.min(wait, firstCall + maxWait - now));
    timer = setTimeout(() => {
      timer = null;
      action();
    }, delay);
  };
}
