// Organisations: the subject's standing in each on a date, and one organisation's procedure, votes and forecast with a
// what-if: set a member or a bloc to yes, no or abstain and see P(admitted) change.
import * as Plot from "@observablehq/plot";
import { $, navigation, viewState, remember, offerChart, today } from "./common.js";

navigation();

const state = viewState({ asOf: today, org: "", assume: "" });

const cell = (text) => Object.assign(document.createElement("td"), { textContent: text ?? "" });

async function table() {
  const rows = await (await fetch(`/api/organisations?asOf=${state.asOf}`)).json();
  $("orgs").replaceChildren(...rows.map((r) => {
    const tr = document.createElement("tr");
    tr.dataset.org = r.id;
    const link = Object.assign(document.createElement("a"), { href: `?asOf=${state.asOf}&org=${r.id}`, textContent: r.name });
    link.addEventListener("click", (e) => { e.preventDefault(); state.org = r.id; state.assume = ""; show(); });
    const name = document.createElement("td");
    name.appendChild(link);
    tr.append(cell(r.id), name, cell(`${r.recognizing} of ${r.members}`), cell(r.subjectStatus), cell(r.position));
    return tr;
  }));
  $("orgs-csv").href = `/api/organisations?asOf=${state.asOf}&format=csv`;
}

async function organisation() {
  const panel = $("organisation");
  if (!state.org) {
    panel.hidden = true;
    return;
  }

  const assume = state.assume ? state.assume.split(",").map((a) => `&assume=${encodeURIComponent(a)}`).join("") : "";
  const [one, admission, votes, forecast] = await Promise.all([
    fetch(`/api/organisations/${state.org}?asOf=${state.asOf}`).then((r) => r.json()),
    fetch(`/api/admission?org=${state.org}&asOf=${state.asOf}`).then((r) => r.json()),
    fetch(`/api/votes?org=${state.org}`).then((r) => r.json()),
    fetch(`/api/forecast?org=${state.org}&asOf=${state.asOf}${assume}`).then(async (r) => (r.ok ? r.json() : { problem: (await r.json()).detail })),
  ]);
  $("org-title").textContent = `${one.standing.name} on ${state.asOf}: ${one.standing.recognizing} of ${one.standing.members} members recognise Kosovo; its status: ${admission.subjectStatus}`;
  $("roster").replaceChildren(...one.roster.map((m) => {
    const li = Object.assign(document.createElement("li"), { className: `member ${m.status}`, textContent: m.code, title: `${m.name}: ${m.status}${m.since ? ` since ${m.since}` : ""}` });
    li.dataset.member = m.code;
    li.dataset.memberStatus = m.status;
    return li;
  }));
  $("roster-csv").href = `/api/organisations/${state.org}?asOf=${state.asOf}&format=csv`;
  $("stages").replaceChildren(...admission.stages.map((s) =>
    Object.assign(document.createElement("li"), { textContent: `${s.stage} (${s.body}): ${s.rule}; ${s.passed ? "passed" : "not passed"}${s.lastVote ? `; last vote ${s.lastVote.date}: ${s.lastVote.yes}-${s.lastVote.no}-${s.lastVote.abstain}` : ""}` })));
  $("votes").replaceChildren(...votes.map((v) =>
    Object.assign(document.createElement("li"), { textContent: `${v.date} ${v.body} round ${v.round}: ${v.yes}-${v.no}-${v.abstain}, ${v.outcome} (Standing: ${v.passed ? "passed" : "failed"})` })));
  const p = $("p-admitted");
  if (forecast.problem) {
    p.textContent = `No forecast: ${forecast.problem}`;
    p.dataset.value = "";
    $("swing").replaceChildren();
    $("model").textContent = "";
    $("member-forecast").replaceChildren();
  } else {
    $("model").textContent = forecast.learned
      ? `Learned from ${forecast.learned.memberVotes} member votes in ${forecast.learned.rollCalls} roll calls held before ${forecast.learned.before}, starting from the category table.`
      : `The category table alone (${forecast.model}).`;
    const percent = (x) => `${Math.round(x * 100)}%`;
    $("member-forecast").replaceChildren(...forecast.members.map((m) => {
      const tr = document.createElement("tr");
      tr.dataset.forecastMember = m.code;
      const why = m.reasons.map((r) => `${r.factor} → ${r.towards}`).join("; ");
      tr.append(...[m.code, m.category, percent(m.yes), percent(m.no), percent(m.abstain), percent(m.absent), why]
        .map((text) => Object.assign(document.createElement("td"), { textContent: text })));
      return tr;
    }));
    p.textContent = `P(admitted) = ${forecast.pAdmitted.toFixed(4)} (${forecast.method}); expected yes ${forecast.expected.yes.toFixed(1)}, no ${forecast.expected.no.toFixed(1)}`;
    p.dataset.value = String(forecast.pAdmitted);
    const top = forecast.swing.slice(0, 15);
    const chart = Plot.plot({
      width: 700, height: 320, marginLeft: 60,
      x: { label: "swing: P(admitted | yes) − P(admitted | no)", grid: true },
      y: { label: null, domain: top.map((s) => s.code) },
      marks: [Plot.barX(top, { x: "delta", y: "code", fill: "#0072b2", title: (s) => `${s.code}: ${s.delta.toFixed(6)}` })],
    });
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", "Members whose vote moves P(admitted) most");
    $("swing").replaceChildren(chart);
    offerChart(chart, `swing-${state.org}`, $("swing-svg"), $("swing-png"));
  }

  $("assumed").textContent = state.assume ? `What-if: ${state.assume}` : "No what-if";
  panel.hidden = false;
}

async function show() {
  remember(state);
  $("asOf").value = state.asOf;
  await Promise.all([table(), organisation()]);
  document.body.dataset.view = `asOf=${state.asOf}&org=${state.org}&assume=${state.assume}`;
}

$("asOf").addEventListener("change", (e) => { state.asOf = e.target.value || today; show(); });
$("whatif").addEventListener("submit", (e) => {
  e.preventDefault();
  const target = $("target").value.trim();
  if (!target) return;
  const others = state.assume ? state.assume.split(",").filter((a) => !a.startsWith(`${target}=`)) : [];
  state.assume = [...others, `${target}=${$("choice").value}`].join(",");
  show();
});
$("clear").addEventListener("click", () => { state.assume = ""; show(); });
show();
