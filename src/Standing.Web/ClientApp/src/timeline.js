// The timeline: UN members recognising the subject over time, withdrawals and quoted counts marked, under a perspective.
import * as Plot from "@observablehq/plot";
import { $, navigation, viewState, remember, offerChart } from "./common.js";

navigation();

const state = viewState({ perspective: "default" });

async function draw() {
  remember(state);
  const query = `perspective=${state.perspective}`;
  const [events, quotes] = await Promise.all([
    fetch(`/api/timeline?${query}`).then((r) => r.json()),
    fetch(`/api/milestones?${query}`).then((r) => r.json()),
  ]);
  const points = events.map((e) => ({ ...e, day: new Date(e.date) }));
  const withdrawals = points.filter((e) => e.event === "withdrawn");
  const chart = Plot.plot({
    width: 960, height: 420, marginLeft: 50,
    x: { type: "utc", label: "date" },
    y: { label: "UN members recognising", grid: true, domain: [0, 193] },
    color: { legend: true, domain: ["recognising", "withdrawal", "count quoted by a source"], range: ["#0072b2", "#d55e00", "#e69f00"] },
    marks: [
      Plot.line(points, { x: "day", y: "unCount", curve: "step-after", stroke: "#0072b2" }),
      Plot.dot(withdrawals, { x: "day", y: "unCount", fill: "#d55e00", r: 4, title: (e) => `${e.name} withdrew, ${e.date}` }),
      Plot.dot(quotes.map((q) => ({ ...q, day: new Date(q.date) })), { x: "day", y: "quoted", symbol: "cross", stroke: "#e69f00", r: 5,
        title: (q) => `${q.date}: ${q.quoted} quoted (${q.detail}); the data counts ${q.recognizing} states, ${q.unMembersRecognizing} UN members` }),
    ],
  });
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `UN members recognising over time, ${state.perspective} perspective`);
  $("chart").replaceChildren(chart);
  const svg = chart.tagName === "svg" ? chart : chart.querySelector("svg:last-of-type");
  offerChart(svg, `timeline-${state.perspective}`, $("svg"), $("png"));
  $("csv").href = `/api/timeline?${query}&format=csv`;
  $("latest").textContent = points.length ? `${points.at(-1).unCount} UN members on ${points.at(-1).date}` : "";
  document.body.dataset.view = query;
}

$("perspective").value = state.perspective;
$("perspective").addEventListener("change", (e) => { state.perspective = e.target.value; draw(); });
draw();
