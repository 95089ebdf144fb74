// Progressive enhancement for the published site. Every page works without
// this file; each feature below looks for its own elements and does nothing
// when they are missing. No dependencies, no build step.
//
// The site can be served from a sub-folder, and this file is always at
// `<site root>/js/site.js`, so the site root is the folder above it.
const siteRoot = new URL("../", import.meta.url);

// Text the site shows. Everything inserted from data goes through
// textContent or createElement, never innerHTML (except Pagefind's excerpt,
// which is HTML from our own pages with <mark> around the matches).
const el = (name, props = {}, ...children) => {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
};

function locale() {
  const lang = document.documentElement.lang;
  return !lang || lang === "en" ? "en-GB" : lang;
}

// The words this script shows, in the page's language, from the site's
// message catalogue: `js/words.<language>.json`, written by the build. A
// message is a text with `{name}` where a variable goes, or one text per
// plural category, chosen by `count` with the browser's plural rules.
// Each feature shows its controls at once; what writes text waits for
// `wordsReady` first.
let words = {};
const wordsReady = fetch(new URL(`words.${document.documentElement.lang || "en-GB"}.json`, import.meta.url))
  .then((response) => (response.ok ? response.json() : {}))
  .catch(() => ({}))
  .then((loaded) => {
    words = loaded;
  });

function pattern(id, vars) {
  let message = words[id];
  if (message === undefined) return id;
  if (typeof message === "object") {
    const category = new Intl.PluralRules(locale()).select(Number(vars.count ?? 0));
    message = message[category] ?? message.other ?? id;
  }
  return String(message);
}

// The message `id` as text, its variables filled in.
function t(id, vars = {}) {
  return pattern(id, vars).replace(/\{(\w+)\}/g, (all, name) => (name in vars ? String(vars[name]) : all));
}

// The message `id` as a list of strings and nodes, for a message with an
// element in it (a link, a date): `nodes` gives the element of a variable.
function tNodes(id, vars = {}, nodes = {}) {
  const out = [];
  for (const [i, part] of pattern(id, vars).split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (part) out.push(part);
    } else if (part in nodes) out.push(nodes[part]);
    else out.push(part in vars ? String(vars[part]) : `{${part}}`);
  }
  return out;
}

// `2015-01-01` → `1 January 2015`, without time-zone surprises.
function formatDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  try {
    return new Intl.DateTimeFormat(locale(), {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(date);
  } catch {
    return iso;
  }
}

function timeOf(iso) {
  return el("time", { datetime: iso, text: formatDay(iso) });
}

// ---------------------------------------------------------------------------
// a) The search box in the header: shown instead of the A to Z link.
// ---------------------------------------------------------------------------

function enhanceHeaderSearch() {
  const form = document.querySelector(".site-search__form");
  if (!form) return;
  // Pagefind cannot load from a file opened straight from disk.
  if (location.protocol === "file:") return;
  form.hidden = false;
  const fallback = document.querySelector(".site-search__fallback");
  if (fallback) fallback.hidden = true;
}

// ---------------------------------------------------------------------------
// b) The search page, with Pagefind's index from `<root>/pagefind/`.
// ---------------------------------------------------------------------------

const MAX_RESULTS = 20;
let pagefindPromise = null;

function loadPagefind() {
  if (!pagefindPromise) {
    pagefindPromise = (async () => {
      const pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
      // Pagefind prefixes result URLs with `baseUrl`, which it otherwise
      // guesses from where the bundle is; "/" keeps them relative to the
      // site root, whatever folder the site is served from.
      await pagefind.options({ excerptLength: 30, baseUrl: "/" });
      return pagefind;
    })();
  }
  return pagefindPromise;
}

// Pagefind's excerpt is HTML: escaped page text with <mark> around the
// matches. It is parsed in an inert <template> (nothing in it loads or
// runs) and rebuilt from its text alone, keeping only the <mark>s, so the
// page never takes markup from the index.
function excerptNodes(html) {
  const template = document.createElement("template");
  template.innerHTML = String(html);
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") {
      out.push(el("mark", { text: node.textContent }));
    } else {
      out.push(document.createTextNode(node.textContent));
    }
  }
  return out;
}

function resultItem(data) {
  let href;
  try {
    href = new URL(String(data.url || "").replace(/^\//, ""), siteRoot).href;
  } catch {
    return null;
  }
  const meta = data.meta || {};
  const title = meta.title || data.url;
  const li = el(
    "li",
    { class: "search-result" },
    el("h2", { class: "search-result__heading" }, el("a", { class: "search-result__title", href, text: title })),
  );
  const parts = [meta.kind, meta.year, meta.sample].filter((p) => typeof p === "string" && p.trim() !== "");
  if (parts.length) li.append(el("p", { class: "search-result__meta", text: parts.join(" · ") }));
  if (data.excerpt) li.append(el("p", { class: "search-result__snippet" }, ...excerptNodes(data.excerpt)));
  return li;
}

function enhanceSearchPage() {
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  form.hidden = false;
  const nojs = document.getElementById("search-nojs");
  if (nojs) nojs.hidden = true;

  let latest = 0;
  let timer = 0;
  let indexLoaded = false;

  // The index's filters (a recommendation's response, progress and
  // addressees), offered once the index has loaded, when it has any.
  const FILTERS = [
    ["response", "js-filter-response"],
    ["progress", "js-filter-progress"],
    ["authority", "js-filter-authority"],
  ];
  const filterBox = document.getElementById("search-filters");
  const selects = [];
  const chosenFilters = () => {
    const out = {};
    for (const s of selects) if (s.value) out[s.dataset.filter] = s.value;
    return out;
  };
  const showFilters = async (pagefind) => {
    if (!filterBox || selects.length) return;
    const available = (await pagefind.filters()) || {};
    await wordsReady;
    for (const [key, label] of FILTERS) {
      const values = Object.keys(available[key] || {}).sort();
      if (values.length === 0) continue;
      const id = `search-filter-${key}`;
      const select = el("select", { id, class: "finder__select", "data-filter": key });
      select.append(el("option", { value: "", text: t("js-filter-any") }));
      for (const v of values) select.append(el("option", { value: v, text: v }));
      select.addEventListener("change", () => run());
      selects.push(select);
      filterBox.append(el("div", { class: "finder__field" }, el("label", { for: id, class: "finder__label", text: t(label) }), select));
    }
    if (selects.length) {
      filterBox.prepend(el("p", { class: "search-filters__title", text: t("js-filters-title") }));
      filterBox.hidden = false;
    }
  };

  const keepUrlInStep = (q) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    if (url.href !== location.href) history.replaceState(history.state, "", url.href);
  };

  const unavailable = () => {
    list.replaceChildren();
    status.replaceChildren(
      ...tNodes(
        "js-search-unavailable",
        {},
        { link: el("a", { href: new URL("a-z/", siteRoot).href, text: t("js-search-unavailable-link") }) },
      ),
    );
  };

  const run = async () => {
    await wordsReady;
    const q = input.value.trim();
    const mine = ++latest;
    keepUrlInStep(q);
    const filters = chosenFilters();
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    // Only the first search waits for the index to load; say so.
    if (!indexLoaded) status.textContent = t("js-searching");
    let pagefind;
    try {
      pagefind = await loadPagefind();
      indexLoaded = true;
      await showFilters(pagefind);
    } catch (error) {
      console.warn("search: could not load the index", error);
      if (mine === latest) unavailable();
      return;
    }
    try {
      const search = await pagefind.search(q || null, { filters });
      if (mine !== latest || !search) return;
      const total = search.results.length;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== latest) return;
      list.replaceChildren(...data.map(resultItem).filter(Boolean));
      const what = q ? t("js-search-for", { q }) : t("js-search-for-filters");
      if (total === 0) status.textContent = t("js-search-none", { what });
      else {
        status.textContent = t("js-search-count", { count: total, what });
        if (total > MAX_RESULTS) status.textContent += ` ${t("js-search-first", { max: MAX_RESULTS })}`;
      }
    } catch (error) {
      console.warn("search: the search failed", error);
      if (mine === latest) unavailable();
    }
  };

  // The filters are offered before anything is typed: this page is for
  // searching, so the index is wanted anyway.
  loadPagefind()
    .then(showFilters)
    .catch((error) => console.warn("search: could not load the filters", error));

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });

  const q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run();
  }
}

// ---------------------------------------------------------------------------
// c) The finder: kind of detention × nation, answered from the static page
//    registry/settings/<setting>/<nation>/ without leaving this page.
// ---------------------------------------------------------------------------

function absolutize(root, base) {
  for (const node of root.querySelectorAll("script")) node.remove();
  for (const node of root.querySelectorAll("[href], [src]")) {
    for (const attr of ["href", "src"]) {
      const value = node.getAttribute(attr);
      // In-page links (a fact's source marker → its Sources entry) come
      // along with the answer, so they stay on this page.
      if (value === null || value.startsWith("#")) continue;
      try {
        node.setAttribute(attr, new URL(value, base).href);
      } catch {
        node.removeAttribute(attr);
      }
    }
  }
}

function enhanceFinder() {
  const form = document.getElementById("finder");
  const setting = document.getElementById("finder-setting");
  const nation = document.getElementById("finder-nation");
  const result = document.getElementById("finder-result");
  if (!form || !setting || !nation || !result) return;

  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());

  let latest = 0;
  let controller = null;

  const update = async () => {
    const s = setting.value;
    const n = nation.value;
    if (!s || !n) return;
    await wordsReady;
    const url = new URL(`registry/settings/${encodeURIComponent(s)}/${encodeURIComponent(n)}/`, siteRoot);
    const label = t("js-finder-label", {
      setting: setting.selectedOptions[0]?.textContent.trim() || s,
      nation: nation.selectedOptions[0]?.textContent.trim() || n,
    });
    const mine = ++latest;
    if (controller) controller.abort();
    controller = new AbortController();
    result.setAttribute("aria-busy", "true");
    result.replaceChildren(el("p", { class: "finder-loading", text: t("js-loading") }));
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const html = await response.text();
      if (mine !== latest) return;
      const doc = new DOMParser().parseFromString(html, "text/html");
      const fresh = doc.getElementById("finder-result");
      if (!fresh) throw new Error("the page has no #finder-result");
      absolutize(fresh, response.url || url.href);
      result.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
      // On a finder page (all at the same depth, so relative links still
      // hold), the heading, title and address follow the answer.
      if (document.body.classList.contains("page--finder")) {
        const heading = document.querySelector("h1");
        const freshHeading = doc.querySelector("h1");
        if (heading && freshHeading) heading.textContent = freshHeading.textContent;
        if (doc.title) document.title = doc.title;
        history.replaceState(history.state, "", url.href);
      }
    } catch (error) {
      if (mine !== latest) return;
      console.warn("finder: could not load", url.href, error);
      result.replaceChildren(
        el(
          "p",
          { class: "finder-error" },
          ...tNodes(
            "js-finder-failed",
            {},
            { link: el("a", { class: "finder-permalink", href: url.href, text: t("js-finder-see", { label }) }) },
          ),
        ),
      );
    } finally {
      if (mine === latest) result.removeAttribute("aria-busy");
    }
  };

  setting.addEventListener("change", update);
  nation.addEventListener("change", update);

  // A browser may restore earlier choices (back button, reload) that differ
  // from what the page shows: bring the answer in step with them.
  const changed = (select) => select.value && select.selectedOptions[0] && !select.selectedOptions[0].defaultSelected;
  if (changed(setting) || changed(nation)) update();
}

// ---------------------------------------------------------------------------
// d) Membership on a date, from the periods listed on the history page.
// ---------------------------------------------------------------------------

function enhanceMembersOn() {
  const form = document.getElementById("members-on");
  const input = document.getElementById("members-on-date");
  const result = document.getElementById("members-on-result");
  const section = document.getElementById("membership-periods");
  if (!form || !input || !result || !section) return;
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const periods = Array.from(section.querySelectorAll("details.period"))
    .filter((p) => iso.test(p.dataset.from || "") && (!p.dataset.to || iso.test(p.dataset.to)))
    .sort((a, b) => (a.dataset.from < b.dataset.from ? -1 : a.dataset.from > b.dataset.from ? 1 : 0));
  if (periods.length === 0) return;

  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());

  const show = async () => {
    await wordsReady;
    const date = input.value;
    if (!iso.test(date)) {
      result.replaceChildren();
      return;
    }
    const first = periods[0].dataset.from;
    if (date < first) {
      result.replaceChildren(
        el("p", {}, ...tNodes("js-members-before", {}, { date: timeOf(first) })),
      );
      return;
    }
    // The latest period that has begun by then: when one period ends on the
    // day the next begins, that day belongs to the new one.
    const period = periods.filter((p) => p.dataset.from <= date && (!p.dataset.to || date <= p.dataset.to)).pop();
    if (!period) {
      result.replaceChildren(el("p", {}, ...tNodes("js-members-none", {}, { date: timeOf(date) })));
      return;
    }
    const members = period.querySelector("ul.period__members");
    const listed = members ? members.querySelectorAll(":scope > li").length : 0;
    const declared = Number.parseInt(period.dataset.count || "", 10);
    const count = Number.isFinite(declared) ? declared : listed;
    result.replaceChildren(
      el(
        "p",
        {},
        ...tNodes(
          "js-members-on",
          { count },
          { count: el("strong", { class: "members-on__count", text: String(count) }), date: timeOf(date) },
        ),
      ),
    );
    if (members) {
      const copy = members.cloneNode(true);
      copy.removeAttribute("id");
      for (const node of copy.querySelectorAll("[id]")) node.removeAttribute("id");
      result.append(copy);
    }
    period.open = true;
  };

  input.addEventListener("input", show);
  input.addEventListener("change", show);
  if (input.value) show();
}

// ---------------------------------------------------------------------------
// e) The register of recommendations: filters combined in place. Each row
//    carries its values of each filter (`data-<filter>`, ids separated by
//    spaces); the choices are kept in the address (?response=accepted&...)
//    so a filtered view can be shared. Without this, each value has a page.
// ---------------------------------------------------------------------------

function enhanceRegister() {
  const form = document.getElementById("register-filter");
  const count = document.getElementById("register-count");
  const register = document.getElementById("register");
  if (!form || !count || !register) return;
  const selects = Array.from(form.querySelectorAll("select[data-filter]"));
  const rows = Array.from(register.querySelectorAll("[data-register-row]"));
  const groups = Array.from(register.querySelectorAll("[data-register-group]"));

  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());
  let latest = 0;

  const params = new URLSearchParams(window.location.search);
  for (const select of selects) {
    const wanted = params.get(select.dataset.filter);
    if (wanted && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
  }

  // The rows are shown or hidden at once (a reopened address shows its view
  // before anything else); the count's words may still be loading.
  const apply = () => {
    const chosen = selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]);
    let shown = 0;
    for (const row of rows) {
      const keep = chosen.every(([filter, value]) => (row.dataset[filter] || "").split(" ").includes(value));
      row.hidden = !keep;
      if (keep) shown += 1;
    }
    for (const group of groups) {
      group.hidden = !group.querySelector("[data-register-row]:not([hidden])");
    }
    const counted = () => {
      count.textContent =
        chosen.length === 0
          ? t("js-register-all", { count: rows.length })
          : t("js-register-some", { count: rows.length, shown });
    };
    const mine = ++latest;
    wordsReady.then(() => mine === latest && counted());
    const query = new URLSearchParams(chosen);
    const url = new URL(window.location.href);
    url.search = query.toString();
    history.replaceState(history.state, "", url.href);
  };

  for (const select of selects) select.addEventListener("change", apply);
  if (selects.some((s) => s.value)) apply();
}

// ---------------------------------------------------------------------------

for (const feature of [enhanceHeaderSearch, enhanceSearchPage, enhanceFinder, enhanceMembersOn, enhanceRegister]) {
  try {
    feature();
  } catch (error) {
    console.error(`site.js: ${feature.name} failed`, error);
  }
}
