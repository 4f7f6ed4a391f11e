/**
 * The dashboard's views live in the URL's fragment (`#/catalogue?q=shoes&brand=acme`), so a view can be shared,
 * reloaded and left with the back button; anything unknown or empty is the scans view.
 * @typedef {{ view: string, params: URLSearchParams }} Route
 */

/** @returns {Route} */
export function currentRoute() {
  const fragment = location.hash.replace(/^#\/?/, "");
  const mark = fragment.indexOf("?");
  const path = mark < 0 ? fragment : fragment.slice(0, mark);
  return { view: path || "scans", params: new URLSearchParams(mark < 0 ? "" : fragment.slice(mark + 1)) };
}

/**
 * @param {string} view
 * @param {URLSearchParams} [params]
 */
export function routeHref(view, params) {
  const query = params?.toString();
  return `#/${view === "scans" ? "" : view}${query ? `?${query}` : ""}`;
}

/**
 * Goes to the view as a new history entry; the `hashchange` that follows shows it.
 * @param {string} view
 * @param {URLSearchParams} [params]
 */
export function navigate(view, params) {
  location.hash = routeHref(view, params);
}

/**
 * Calls `listener` with the route now and on every change; returns how to stop.
 * @param {(route: Route) => void} listener
 */
export function followRoute(listener) {
  const changed = () => listener(currentRoute());
  addEventListener("hashchange", changed);
  changed();
  return () => removeEventListener("hashchange", changed);
}
