// Added by `opcat-press serve` to every page it serves; never part of a
// built site. It listens for the server's events: "state" says whether the
// last build failed (its problems are shown over the page, which is the
// last good build), "reload" lists the output files a rebuild changed.
// Both carry the number of the latest build; the server gave this script
// the number of the build this page is from.

let build = Number(new URL(import.meta.url).searchParams.get("build"));
let events = null;
let panel = null;

function showErrors(text) {
  if (!panel) {
    panel = document.createElement("section");
    panel.id = "opcat-press-errors";
    panel.setAttribute("role", "alert");
    panel.setAttribute("aria-labelledby", "opcat-press-errors-title");
    panel.style.cssText =
      "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
      "z-index:2147483647;margin:0;padding:1rem 1.25rem;box-sizing:border-box;" +
      "background:#fff;color:#0b0c0c;border-top:6px solid #d4351c;" +
      "box-shadow:0 -2px 10px rgba(0,0,0,.35);font:16px/1.4 system-ui,sans-serif";
    const title = document.createElement("h2");
    title.id = "opcat-press-errors-title";
    title.textContent = "The last change did not build";
    title.style.cssText = "margin:0 0 .25rem;font-size:1.25rem;color:#aa2a16";
    const note = document.createElement("p");
    note.textContent =
      "This page is from the last good build. Fix the problems below and save: the page updates by itself.";
    note.style.margin = "0";
    const pre = document.createElement("pre");
    pre.style.cssText =
      "white-space:pre-wrap;margin:.75rem 0;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace";
    const hide = document.createElement("button");
    hide.type = "button";
    hide.textContent = "Hide";
    hide.addEventListener("click", () => {
      panel.hidden = true;
    });
    panel.append(title, note, pre, hide);
    document.body.append(panel);
  }
  // Text, never markup: the problems quote the chapters.
  panel.querySelector("pre").textContent = text;
  panel.hidden = false;
}

function hideErrors() {
  panel?.remove();
  panel = null;
}

// Whether a rebuild that changed `paths` changes what this page shows: its
// own file, or a stylesheet, script or image it may use.
function affects(paths) {
  let here = decodeURIComponent(location.pathname).replace(/^\//, "");
  if (here === "" || here.endsWith("/")) here += "index.html";
  return paths.some(
    (p) =>
      p === here ||
      (!/\.(html|pdf|json|csv|xml)$/.test(p) && !p.startsWith("pagefind/")),
  );
}

function listen() {
  events = new EventSource("/__opcat-press/events");
  events.addEventListener("state", (e) => {
    const state = JSON.parse(e.data);
    // Rebuilt since this page was fetched (or while it was hidden).
    if (state.build !== build) location.reload();
    else if (state.errors) showErrors(state.errors);
    else hideErrors();
  });
  events.addEventListener("reload", (e) => {
    const { build: latest, paths } = JSON.parse(e.data);
    if (affects(paths)) location.reload();
    else build = latest;
  });
}

// A hidden tab lets go of its connection (browsers allow only a few per
// server) and asks again when it is shown.
document.addEventListener("visibilitychange", () => {
  if (document.hidden) {
    events?.close();
    events = null;
  } else if (!events) {
    listen();
  }
});
addEventListener("pagehide", () => {
  events?.close();
  events = null;
});
addEventListener("pageshow", () => {
  if (!events && !document.hidden) listen();
});

