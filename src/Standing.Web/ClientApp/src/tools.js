import * as Plot from "@observablehq/plot";
import { navigation, offerChart } from "./common.js";

navigation();

// The vote calculator and the route finder: forms whose fields live in the URL, answered by the same API as the map.

const params = new URLSearchParams(location.search);

function fill(form, prefix) {
  for (const input of form.elements) {
    const value = params.get(prefix + input.name);
    if (input.name && value !== null) input.value = value;
  }
}

function remember(form, prefix) {
  const url = new URL(location.href);
  for (const input of form.elements) {
    if (!input.name) continue;
    if (input.value) url.searchParams.set(prefix + input.name, input.value); else url.searchParams.delete(prefix + input.name);
  }
  history.replaceState(null, "", url);
}

async function ask(path, form) {
  const query = new URLSearchParams();
  for (const input of form.elements) if (input.name && input.value) query.set(input.name, input.value);
  const response = await fetch(`${path}?${query}`);
  const body = await response.json();
  return response.ok ? { answer: body } : { problem: body.detail ?? body.title };
}

const vote = document.getElementById("vote");
fill(vote, "vote.");
vote.addEventListener("submit", async (e) => {
  e.preventDefault();
  remember(vote, "vote.");
  const { answer, problem } = await ask("/api/votes/evaluate", vote);
  const out = document.getElementById("verdict");
  out.dataset.passed = answer ? String(answer.passed) : "";
  out.textContent = answer ? `${answer.passed ? "Passed" : "Not passed"}: ${answer.explanation}` : `Cannot evaluate: ${problem}`;
});

const route = document.getElementById("route");
fill(route, "route.");
if (!route.elements.on.value) route.elements.on.value = new Date().toISOString().slice(0, 10);
route.addEventListener("submit", async (e) => {
  e.preventDefault();
  remember(route, "route.");
  const { answer, problem } = await ask("/api/routes", route);
  const list = document.getElementById("routes");
  list.replaceChildren(...(answer?.routes ?? []).map((r) => {
    const li = document.createElement("li");
    li.dataset.route = [r.hops[0].from, ...r.hops.map((h) => h.to)].join(">");
    li.textContent = `${li.dataset.route.replaceAll(">", " > ")} (${r.rank})`;
    return li;
  }));
  document.getElementById("route-reason").textContent = answer ? (answer.reason ?? `${answer.routes.length} route(s), best first`) : `Cannot route: ${problem}`;
});

if (params.has("vote.yes")) vote.requestSubmit();
if (params.has("route.from")) route.requestSubmit();

// Requests per channel and year (the EULEX table), as a grouped bar chart with its data.
async function statistics() {
  const rows = await (await fetch("/api/channels/stats")).json();
  const chart = Plot.plot({
    width: 800, height: 320, marginLeft: 60,
    x: { label: "year", tickFormat: (y) => String(y) },
    y: { label: "requests received and sent", grid: true },
    color: { legend: true, range: ["#0072b2", "#e69f00", "#009e73", "#d55e00"] },
    marks: [
      Plot.barY(rows, { x: "year", y: "requests", fill: "channel", fx: "year", title: (r) => `${r.year} ${r.channel}: ${r.requests}${r.until ? ` (until ${r.until})` : ""}` }),
      Plot.ruleY([0]),
    ],
  });
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", "Police-cooperation requests per channel and year");
  document.getElementById("stats").replaceChildren(chart);
  const svg = chart.tagName === "svg" ? chart : chart.querySelector("svg:last-of-type");
  offerChart(svg, "channel-statistics", document.getElementById("stats-svg"), document.getElementById("stats-png"));
  document.getElementById("stats").dataset.rows = String(rows.length);
}

statistics();
