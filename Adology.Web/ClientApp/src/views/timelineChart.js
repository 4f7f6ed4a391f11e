import { dateTime, duration, headlineOf } from "../format.js";

/** @import { CreativeView } from "../types.js" */

const ns = "http://www.w3.org/2000/svg";
const width = 960;
// The gutter holds each bar's headline, so the chart reads without hovering.
const left = 230;
const right = 12;
const top = 30;
const rowHeight = 18;
const barHeight = 10;
const minBar = 4;
const labelLength = 34;

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attributes
 * @param {...(Node | string)} children
 */
function svg(tag, attributes, ...children) {
  const element = document.createElementNS(ns, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/**
 * A creative's run, first seen to last seen, in ms since the epoch.
 * @param {CreativeView} item
 */
export const runOf = (item) => ({ first: Date.parse(item.firstSeenAt), last: Date.parse(item.lastSeenAt) });

/**
 * One bar per creative from its first to its last sighting, oldest first, on a shared time axis; the creatives seen
 * by the brand's latest sighting are marked as still running. Plain SVG; its title and description say what it
 * shows, and the page gives the same data as a table.
 * @param {CreativeView[]} items Oldest first.
 * @param {{ title: string, description: string }} text
 */
export function timelineChart(items, text) {
  const runs = items.map(runOf);
  const start = Math.min(...runs.map((run) => run.first));
  const newest = Math.max(...runs.map((run) => run.last));
  // A brand seen only moments apart still gets an axis a minute wide, so bars do not stretch to fill it.
  const end = Math.max(newest, start + 60_000);
  const plot = width - left - right;
  const x = (/** @type {number} */ time) => left + ((time - start) / (end - start)) * plot;
  const height = top + items.length * rowHeight + 4;

  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline-chart", role: "img", "aria-labelledby": "timeline-title timeline-desc", "data-testid": "timeline-chart" },
    svg("title", { id: "timeline-title" }, text.title),
    svg("desc", { id: "timeline-desc" }, text.description));

  for (const tick of ticks(start, end)) {
    chart.append(
      svg("line", { class: "grid", x1: x(tick), x2: x(tick), y1: top - 6, y2: height }),
      svg("text", { class: "tick", x: x(tick), y: top - 12, "text-anchor": tick === start ? "start" : tick === end ? "end" : "middle" }, tickLabel(tick, end - start)),
    );
  }

  items.forEach((item, index) => {
    const { first, last } = runs[index];
    const running = last === newest;
    const headline = headlineOf(item.metadata) ?? "(no headline)";
    const y = top + index * rowHeight;
    chart.append(
      svg("text", { class: "label", x: 0, y: y + rowHeight / 2 + 4 }, headline.length > labelLength ? `${headline.slice(0, labelLength - 1)}…` : headline),
      svg("rect", {
        class: running ? "mark running" : "mark",
        x: Math.min(x(first), width - right - minBar),
        y: y + (rowHeight - barHeight) / 2,
        width: Math.max(minBar, x(last) - x(first)),
        height: barHeight,
        rx: 2,
        "data-testid": "timeline-mark",
        "data-creative-id": item.id,
        "data-first-seen": item.firstSeenAt,
        "data-last-seen": item.lastSeenAt,
      }, svg("title", {}, `${headline}: ${dateTime(item.firstSeenAt)} → ${dateTime(item.lastSeenAt)} (${duration(last - first)})`)),
    );
  });
  return chart;
}

/**
 * Five evenly spaced times from start to end.
 * @param {number} start
 * @param {number} end
 */
function ticks(start, end) {
  return [0, 1, 2, 3, 4].map((step) => start + ((end - start) * step) / 4);
}

/**
 * A date for a span of days, a time for a shorter one.
 * @param {number} time
 * @param {number} span
 */
function tickLabel(time, span) {
  const options = span > 2 * 86_400_000
    ? /** @type {const} */ ({ day: "numeric", month: "short", year: "2-digit" })
    : span > 3_600_000 ? /** @type {const} */ ({ day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })
    : /** @type {const} */ ({ hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return new Date(time).toLocaleString("en-GB", options);
}
