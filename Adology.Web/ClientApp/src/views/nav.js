import { h } from "../dom.js";
import { routeHref } from "../router.js";

/**
 * The dashboard's views, one link each; the current one is marked for the eye and for screen readers.
 * @param {{ view: string, label: string }[]} views
 */
export function navView(views) {
  const links = views.map(({ view, label }) => h("a", { href: routeHref(view), "data-view": view, "data-testid": `nav-${view}` }, label));
  const element = h("nav", { class: "app-nav", "aria-label": "Views" }, h("div", { class: "nav-inner" }, links));
  return {
    element,
    /** @param {string} current */
    update(current) {
      for (const link of links) {
        if (link.dataset.view === current) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      }
    },
  };
}
