import * as api from "./api.js";
import { debounce, h } from "./dom.js";
import { createHub, hubErrorMessage } from "./hub.js";
import { followRoute } from "./router.js";
import { fromState, fromView, isFinished, withEvent } from "./scan.js";
import { createAnalyses } from "./stores/analyses.js";
import { createMatches } from "./stores/matches.js";
import { onHealth } from "./stores/health.js";
import { createResults } from "./stores/results.js";
import { createTracker } from "./tracker.js";
import { analysisView } from "./views/analysis.js";
import { bannerView } from "./views/banner.js";
import { catalogueView } from "./views/catalogue.js";
import { figuresView } from "./views/figures.js";
import { headerView } from "./views/header.js";
import { matchesView } from "./views/matches.js";
import { navView } from "./views/nav.js";
import { notificationsView } from "./views/notifications.js";
import { resultsView } from "./views/results.js";
import { scanFormView } from "./views/scanForm.js";
import { scanListView } from "./views/scanList.js";
import { settingsView } from "./views/settings.js";
import { timelineView } from "./views/timeline.js";

/** @import { Route } from "./router.js" */
/** @import { Notification, ProgressEvent, Scan, ScanAccepted, Session, StartScanRequest } from "./types.js" */

/**
 * @typedef {object} DashboardOptions
 * @property {Session} session
 * @property {() => string | null} getToken
 * @property {() => void} onLogout
 * @property {() => void} onExpired The session has expired.
 */

/**
 * The logged-in page: figures, the new-scan form, my scans, and the selected scan's analysis and creatives, kept live;
 * and, by the URL's fragment (router.js), the catalogue browser and a brand's timeline.
 * @param {DashboardOptions} options
 */
export function createDashboard({ session, getToken, onLogout, onExpired }) {
  /** @type {Map<string, Scan>} */
  const scans = new Map();
  /** @type {Map<string, string>} */
  const scanErrors = new Map();
  /** @type {number | null} */
  let listTotal = null;
  /** @type {string | null} */
  let selectedId = null;

  const header = headerView({ email: session.email, onLogout });
  const banner = bannerView();
  const figures = figuresView();
  const form = scanFormView({ start: startScan, upload: uploadScan });
  const list = scanListView({ onSelect: select, onCancel: cancel });
  const table = resultsView();
  const results = createResults((scanId) => scanId === selectedId && renderSelected());
  const analysis = analysisView({ onRetry: retryAnalysis });
  const analyses = createAnalyses((scanId) => scanId === selectedId && renderSelected());
  const matchesPanel = matchesView();
  const matches = createMatches((scanId) => scanId === selectedId && renderSelected());
  const notifications = notificationsView({
    onShow: (id) => {
      // From another view (#/settings), back to the scans, where the selection shows.
      if (location.hash) location.hash = "#/";
      select(id);
    },
  });

  const hub = createHub({ getToken, onEvent: (event) => tracker.handle(event), onNotification: notify, onConnected: connected, onExpired });
  const tracker = createTracker(hub, {
    applyState: (state) => put(fromState(state)),
    applyEvent,
    resynced: (id) => {
      results.invalidate(id, id === selectedId);
      matches.invalidate(id, id === selectedId);
    },
    rejected: (id, message) => showScanError(id, message),
  });

  const refreshFigures = debounce(loadFigures, 500, 2000);
  // The brands of the user's scans, offered by the brand fields of the catalogue and the timeline.
  const brandList = h("datalist", { id: "known-brands" });
  const scansHeading = h("h1", { class: "visually-hidden", tabindex: -1 }, "Scans");
  /** @type {Record<string, { element: HTMLElement, heading: HTMLElement, show?: (params: URLSearchParams) => void }>} */
  const views = {
    scans: {
      heading: scansHeading,
      element: h("div", { class: "view", "data-testid": "scans-view" },
        scansHeading,
        figures.element,
        h("div", { class: "columns" },
          h("div", { class: "side" }, form.element, list.element),
          h("div", { class: "main" }, analysis.element, matchesPanel.element, table.element))),
    },
    catalogue: catalogueView({ brandList: brandList.id }),
    timeline: timelineView({ brandList: brandList.id }),
    settings: settingsView(),
  };
  const nav = navView([
    { view: "scans", label: "Scans" },
    { view: "catalogue", label: "Catalogue" },
    { view: "timeline", label: "Timeline" },
  ]);
  /** @type {string | null} */
  let currentView = null;
  /** @type {(() => void) | null} */
  let stopRoute = null;
  const element = h(
    "div",
    { class: "app" },
    header.element,
    banner.element,
    notifications.element,
    nav.element,
    h("main", { class: "content" }, Object.values(views).map((view) => view.element), brandList),
  );
  const stopHealth = onHealth((health) => {
    header.update(health);
    banner.update(health);
  });

  /** @param {Scan} scan */
  function put(scan) {
    scans.set(scan.id, { ...scans.get(scan.id), ...scan });
    renderList();
    if (scan.id === selectedId) renderSelected();
  }

  /** @param {ProgressEvent} event */
  function applyEvent(event) {
    const scan = scans.get(event.jobId);
    if (!scan) return;
    put(withEvent(scan, event));
    if (event.type === "ITEM_FOUND") results.add(event.jobId, event.data?.items ?? []);
    // The list has what ITEM_FOUND could not carry (the on-image text and labels of the enriching phase), and the
    // final count says how many rows there should be: a completed scan's list is read again.
    if (event.type === "COMPLETE") results.invalidate(event.jobId, event.jobId === selectedId);
    if (event.type === "MATCH_FOUND" && event.data) matches.add(event.jobId, event.data);
    if (event.type === "COMPLETE" && event.data) matches.complete(event.jobId, event.data);
    // As the results: the final list is the server's, whatever the page was told on the way.
    if (event.type === "COMPLETE") matches.invalidate(event.jobId, event.jobId === selectedId);
    refreshFigures();
  }

  function ordered() {
    const time = (/** @type {Scan} */ scan) => Date.parse(scan.createdAt ?? "") || 0;
    return [...scans.values()].sort((a, b) => time(b) - time(a));
  }

  function renderList() {
    list.update(ordered(), selectedId, scanErrors);
    notifications.refresh();
    const brands = [...new Set([...scans.values()].map((scan) => scan.brand))].sort();
    if (brands.join("\n") !== [...brandList.options].map((option) => option.value).join("\n")) {
      brandList.replaceChildren(...brands.map((brand) => h("option", { value: brand })));
    }
  }

  /** @param {Route} route */
  function showRoute(route) {
    const name = Object.hasOwn(views, route.view) ? route.view : "scans";
    for (const [key, view] of Object.entries(views)) view.element.hidden = key !== name;
    nav.update(name);
    views[name].show?.(route.params);
    // Moving to another view moves the focus to its heading, as a new page would; a new query of the same view leaves it.
    if (currentView !== null && currentView !== name) views[name].heading.focus();
    currentView = name;
  }

  function renderSelected() {
    const scan = selectedId ? scans.get(selectedId) : undefined;
    table.update(scan, scan ? results.get(scan.id) : null);
    matchesPanel.update(scan, scan ? matches.get(scan.id) : null);
    // A scan is analysed before it completes, so "completed", however learnt, means there is one to show.
    if (scan?.status === "completed") analyses.ensureLoaded(scan.id);
    analysis.update(scan, scan ? analyses.get(scan.id) : null);
  }

  /** @param {string} id */
  function retryAnalysis(id) {
    void analyses.reload(id);
    renderSelected();
  }

  /** @param {string | null} id */
  function select(id) {
    selectedId = id;
    renderList();
    if (id) results.ensureLoaded(id);
    if (id) matches.ensureLoaded(id);
    renderSelected();
  }

  /**
   * @param {string} id
   * @param {string} message
   */
  function showScanError(id, message) {
    scanErrors.set(id, message);
    renderList();
  }

  /**
   * A scan this tab may not know yet (scheduled, or started elsewhere): the list is read again, so the toast can offer it.
   * @param {Notification} notification
   */
  async function notify(notification) {
    const listed = (/** @type {string} */ id) => scans.has(id);
    notifications.add(notification, listed);
    refreshFigures();
    if (!listed(notification.scanId)) await loadScans();
  }

  async function loadFigures() {
    try {
      const next = await api.dashboard();
      figures.update(next);
      table.setVisionModel(next.visionModel);
      form.setUnavailable(next.unavailableSources);
      if (listTotal !== null && next.scans !== listTotal) await loadScans();
    } catch {
      // The banner already says when the server is unreachable; figures stay as last seen.
    }
  }

  async function loadScans() {
    try {
      const page = await api.scans(1, 50);
      listTotal = page.total;
      for (const view of page.items) {
        const scan = fromView(view);
        // A watched scan's hub state is at least as new as this page.
        if (!tracker.isWatched(scan.id)) put(scan);
        if (!isFinished(scan)) tracker.watch(scan.id);
      }
      if (!selectedId && page.items.length) select(page.items[0].id);
    } catch {
      // As above: shown by the banner, retried on reconnect.
    }
  }

  function connected() {
    void tracker.resyncAll();
    void loadScans();
    refreshFigures();
  }

  /**
   * @param {StartScanRequest} request
   * @returns {Promise<string | null>} Why the scan did not start, or null.
   */
  async function startScan(request) {
    // Right after login the connection may still be starting: wait a moment rather than refuse.
    if (!(await hub.whenConnected(5000))) return "Not connected to the server: the scan can start once the connection is back.";
    try {
      follow(request.brand, await hub.invoke("StartScan", request));
      return null;
    } catch (error) {
      return hubErrorMessage(error);
    }
  }

  /**
   * An upload goes over HTTP (the hub carries no files); its scan is then followed like any other.
   * @param {string} brand
   * @param {File[]} files
   * @param {(fraction: number) => void} onProgress
   * @param {string[]} watch
   * @returns {Promise<string | null>} Why the scan did not start, or null.
   */
  async function uploadScan(brand, files, onProgress, watch) {
    try {
      follow(brand, await api.uploadScan(brand, files, onProgress, watch));
      return null;
    } catch (/** @type {any} */ error) {
      // Said as the hub says a refusal, so the form can put each field's problem next to it.
      const fields = Object.entries(error?.problem?.errors ?? {}).map(([name, messages]) => `${name}: ${[messages].flat().join(" ")}`);
      return fields.length ? `Invalid scan request: ${fields.join("; ")}` : error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * @param {string} brand
   * @param {ScanAccepted} accepted
   */
  function follow(brand, accepted) {
    const id = accepted.requestId;
    put({ id, brand: brand.trim().toLowerCase(), status: "queued", phase: "queued", value: 0, processed: 0, total: null, failed: 0, message: accepted.message, createdAt: new Date().toISOString(), completedAt: null });
    tracker.watch(id);
    select(id);
    refreshFigures();
  }

  /** @param {string} id */
  async function cancel(id) {
    scanErrors.delete(id);
    if (!hub.connected) {
      showScanError(id, "Not connected to the server: cancel once the connection is back.");
      return;
    }
    try {
      await hub.invoke("CancelJob", id);
    } catch (error) {
      showScanError(id, hubErrorMessage(error));
    }
  }

  return {
    element,
    async start() {
      stopRoute = followRoute(showRoute);
      renderList();
      renderSelected();
      await Promise.all([loadFigures(), loadScans()]);
      void hub.start();
    },
    async stop() {
      stopRoute?.();
      stopHealth();
      await hub.stop();
    },
  };
}
