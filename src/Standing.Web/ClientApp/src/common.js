// Shared by the pages: the URL as the view's state, and downloads of a chart as SVG or PNG.

export const $ = (id) => document.getElementById(id);
export const today = new Date().toISOString().slice(0, 10);

const pages = [
  ["/", "Map"],
  ["/timeline.html", "Timeline"],
  ["/organisations.html", "Organisations"],
  ["/tools.html", "Vote calculator and routes"],
  ["/openapi/v1.json", "API"],
];

/** Fills the page's <nav> with the links to every page, the current one marked; written once for all pages. */
export function navigation() {
  const nav = document.querySelector("nav");
  nav.replaceChildren(...pages.flatMap(([href, text], i) => {
    const link = Object.assign(document.createElement("a"), { href, textContent: text });
    if (href === location.pathname || (href === "/" && location.pathname === "/index.html")) link.setAttribute("aria-current", "page");
    return i === 0 ? [link] : [" · ", link];
  }));
}

/** Reads the view's state from the URL, with defaults. */
export function viewState(defaults) {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, params.get(k) ?? v]));
}

/** Writes the view's state into the URL, so a copied link reopens the same view. */
export function remember(state) {
  const url = new URL(location.href);
  for (const [k, v] of Object.entries(state)) {
    if (v) url.searchParams.set(k, v); else url.searchParams.delete(k);
  }
  history.replaceState(null, "", url);
}

/** Offers an SVG chart as .svg and .png downloads through two links. */
export function offerChart(svg, name, svgLink, pngLink) {
  const text = new XMLSerializer().serializeToString(svg);
  const blob = new Blob([text], { type: "image/svg+xml" });
  svgLink.href = URL.createObjectURL(blob);
  svgLink.download = `${name}.svg`;
  pngLink.onclick = async (e) => {
    e.preventDefault();
    const image = new Image();
    image.src = svgLink.href;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: svg.clientWidth * 2, height: svg.clientHeight * 2 });
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const link = Object.assign(document.createElement("a"), { href: canvas.toDataURL("image/png"), download: `${name}.png` });
    link.click();
  };
}
