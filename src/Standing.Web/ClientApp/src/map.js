// Standing's map page: every state's recognition status on a date, under a perspective, with the counts for the date.
// State lives in the URL (?asOf=&perspective=), so a copied link reopens the same view.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";
// The 1:110m outlines draw in a few tens of milliseconds; states too small for them are in the table below the map.
import world from "world-atlas/countries-110m.json";
import { navigation, offerChart } from "./common.js";

navigation();

const FIRST_DAY = "2008-02-17";
const DAY = 86400000;
// world-atlas has ISO numeric ids, except for these entities, joined by name.
const BY_NAME = { "Kosovo": "XKX", "Somaliland": "XSL", "N. Cyprus": "XNC" };
// Okabe–Ito colours, as in site.css, set on each shape so that a downloaded map keeps them.
const STATUS_COLOUR = { recognises: "#0072b2", withdrew: "#d55e00", disputed: "#e69f00", none: "#c8c8c8", subject: "#009e73" };
const STATUS_TEXT = {
  recognises: "recognises",
  withdrew: "withdrew recognition",
  disputed: "withdrawal claimed, disputed",
  none: "does not recognise",
  subject: "the subject itself",
};

const $ = (id) => document.getElementById(id);
// The controls act as they change; Enter in a field does not reload the page (an inline handler would break the CSP).
$("controls").addEventListener("submit", (event) => event.preventDefault());
const iso = (d) => d.toISOString().slice(0, 10);
const today = iso(new Date());
const params = new URLSearchParams(location.search);
let asOf = params.get("asOf") || today;
let perspective = params.get("perspective") || "default";
let layer = params.get("layer") || "recognition";
// Relation layers: each value's colour (Okabe-Ito); states with no row of that kind on the date stay grey.
const LAYERS = {
  diplomatic: { established: "#0072b2", consular: "#56b4e9", none: "#d55e00" },
  "travel-document": { accepted: "#0072b2", "not-accepted": "#d55e00" },
  visa: { "visa-free": "#0072b2", "visa-on-arrival": "#56b4e9", "e-visa": "#009e73", "visa-required": "#d55e00" },
};
let timer = null;
let request = 0;

// One relation as the tooltip and the state panel both say it, flagged when no source states it as recorded.
const relationText = (r) => `${r.kind} ${r.value} since ${r.since}${r.verified ? "" : " (unverified)"}`;

function codeOf(geometry) {
  return BY_NAME[geometry.properties.name] ?? (geometry.id ? countries.numericToAlpha3(geometry.id) : undefined);
}

function drawMap() {
  const svg = $("map");
  const shapes = feature(world, world.objects.countries).features;
  const projection = geoNaturalEarth1().fitSize([960, 500], { type: "FeatureCollection", features: shapes });
  const path = geoPath(projection);
  for (const shape of shapes) {
    const code = codeOf(shape);
    if (!code || code === "ATA") continue;
    const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
    p.setAttribute("d", path(shape));
    p.setAttribute("class", "country");
    p.dataset.mapCode = code;
    p.setAttribute("tabindex", "0");
    p.setAttribute("role", "link");
    p.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title"));
    p.addEventListener("click", () => showState(code));
    p.addEventListener("keydown", (e) => { if (e.key === "Enter") showState(code); });
    svg.appendChild(p);
  }
}

async function paint(pending) {
  const mine = ++request;
  const query = `asOf=${asOf}&perspective=${perspective}`;
  const rows = await (pending ?? fetch(`/api/map?${query}`).then((r) => r.json()));
  if (mine !== request) return; // a later date was asked for meanwhile
  const un = rows.filter((r) => r.recognizing && r.unMember).length;
  $("un-count").textContent = un;
  $("all-count").textContent = rows.filter((r) => r.recognizing).length;
  $("shown-date").textContent = asOf;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const relations = layer in LAYERS
    ? new Map((await (await fetch(`/api/relations?kind=${layer}&${query}`)).json()).map((r) => [r.code, r]))
    : null;
  if (mine !== request) return;
  for (const p of document.querySelectorAll("#map path.country")) {
    const r = byCode.get(p.dataset.mapCode);
    const relation = relations?.get(p.dataset.mapCode);
    p.setAttribute("class", `country ${relations ? "relation" : r ? r.status : "unknown"}`);
    p.style.fill = relations ? (relation ? LAYERS[layer][relation.value] ?? "#999" : "#e0e0e0") : r ? STATUS_COLOUR[r.status] : "#e0e0e0";
    p.firstChild.textContent = relations
      ? `${r?.name ?? p.dataset.mapCode}: ${relation ? relationText(relation) : `no ${layer} on record`}`
      : r ? `${r.name}: ${STATUS_TEXT[r.status]}${r.since ? ` since ${r.since}` : ""}` : p.dataset.mapCode;
  }
  drawLegend();
  const body = $("states");
  body.replaceChildren(...rows.map((r) => {
    const tr = document.createElement("tr");
    tr.dataset.code = r.code;
    tr.dataset.status = r.status;
    const name = document.createElement("td");
    const link = document.createElement("a");
    link.href = `#${r.code}`;
    link.textContent = r.name;
    link.addEventListener("click", (e) => { e.preventDefault(); showState(r.code); });
    name.appendChild(link);
    const source = document.createElement("td");
    if (r.source) {
      const a = document.createElement("a");
      a.href = r.source;
      a.textContent = "source";
      a.rel = "noreferrer";
      source.appendChild(a);
    }
    tr.append(cell(r.code), name, cell(STATUS_TEXT[r.status]), cell(r.since ?? ""), cell(r.unMember ? "yes" : "no"), source);
    return tr;
  }));
  $("csv").href = `/api/map?${query}&format=csv`;
  offerChart($("map"), `map-${asOf}-${perspective}-${layer}`, $("map-svg"), $("map-png"));
  // Says which view is on screen, for scripts and tests waiting for a repaint.
  document.body.dataset.view = `${query}&layer=${layer}`;
}

function drawLegend() {
  const items = layer in LAYERS
    ? [...Object.entries(LAYERS[layer]).map(([value, colour]) => [colour, `${layer} ${value}`]), ["#e0e0e0", "none on record"]]
    : Object.entries(STATUS_COLOUR).map(([status, colour]) => [colour, status === "subject" ? "Kosovo" : STATUS_TEXT[status]]);
  $("legend").replaceChildren(...items.map(([colour, text]) => {
    const li = document.createElement("li");
    const swatch = Object.assign(document.createElement("span"), { className: "swatch" });
    swatch.style.background = colour;
    li.append(swatch, text);
    return li;
  }));
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

async function showState(code) {
  const panel = $("state");
  const response = await fetch(`/api/states/${code}?asOf=${asOf}&perspective=${perspective}`);
  if (!response.ok) return;
  const s = await response.json();
  const lines = [
    `${s.name} (${s.code}) on ${s.asOf}: ${s.recognition}${s.since ? ` since ${s.since}` : ""}`,
    ...s.events.map((e) => `${e.date}: ${e.event}`),
    ...s.claims.map((c) => `${c.saidOn ?? c.eventDate}: ${c.party} ${c.stance} ${c.event} (${c.status}): ${c.statement}`),
    ...s.positions.map((p) => `Position${p.statedOn ? ` (${p.statedOn})` : ""}: ${p.position}`),
    ...s.memberships.filter((m) => m.current).map((m) => `Member of ${m.org} (${m.status}) since ${m.since ?? "before records"}`),
    ...s.relations.filter((r) => r.current).map((r) => `${relationText(r)}${r.detail ? `: ${r.detail}` : ""}`),
    ...s.votes.map((v) => `${v.date}: voted ${v.cast} in ${v.organisation} ${v.body} on ${v.subject} (${v.motion})`),
  ];
  panel.replaceChildren(...lines.map((l) => Object.assign(document.createElement("p"), { textContent: l })),
    ...s.sources.map((src) => {
      const a = Object.assign(document.createElement("a"), { href: src.url, textContent: `${src.title} (${src.publisher})`, rel: "noreferrer" });
      const p = document.createElement("p");
      p.appendChild(a);
      return p;
    }));
  panel.hidden = false;
  panel.focus();
  const url = new URL(location.href);
  url.searchParams.set("state", code);
  history.replaceState(null, "", url);
}

function dateAt(offset) {
  return iso(new Date(Date.parse(FIRST_DAY) + offset * DAY));
}

function offsetOf(date) {
  return Math.round((Date.parse(date) - Date.parse(FIRST_DAY)) / DAY);
}

function go(date, pending) {
  asOf = date < FIRST_DAY ? FIRST_DAY : date > today ? today : date;
  $("slider").value = offsetOf(asOf);
  $("slider").setAttribute("aria-valuetext", asOf);
  const url = new URL(location.href);
  url.searchParams.set("asOf", asOf);
  url.searchParams.set("perspective", perspective);
  url.searchParams.set("layer", layer);
  history.replaceState(null, "", url);
  paint(pending);
}

function play() {
  if (timer) {
    clearInterval(timer);
    timer = null;
    $("play").textContent = "Play";
    return;
  }

  if (asOf >= today) go(FIRST_DAY);
  $("play").textContent = "Pause";
  timer = setInterval(() => {
    const next = dateAt(offsetOf(asOf) + 30);
    go(next);
    if (next >= today) play();
  }, 150);
}

// The first answer is asked for before the map is drawn, so the two overlap.
const first = fetch(`/api/map?asOf=${asOf}&perspective=${perspective}`).then((r) => r.json());
drawMap();
$("slider").max = offsetOf(today);
$("slider").addEventListener("input", (e) => go(dateAt(Number(e.target.value))));
$("perspective").value = perspective;
$("perspective").addEventListener("change", (e) => { perspective = e.target.value; go(asOf); });
$("play").addEventListener("click", play);
$("layer").value = layer;
$("layer").addEventListener("change", (e) => { layer = e.target.value; go(asOf); });
go(asOf, first);
if (params.get("state")) showState(params.get("state"));
