// Shared by the pages: the URL as the view's state, and downloads of a chart as SVG or PNG.

export const $ = (id) => document.getElementById(id);
export const today = new Date().toISOString().slice(0, 10);

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
