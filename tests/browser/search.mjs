// Search with Pagefind, from the header's box and on the search page.
// OPCAT_EXPECT: { body: { id, name }, chapter: { year, path, word }, response: { name, ids } }
import { base, check, expected, isShown, runSteps, show, url, visit, waitFor, withPage, WAIT_MS } from "./lib.mjs";

const { body, chapter, response } = expected;

/** The rendered results: [{ href, title, meta, snippet }]. */
const results = (page) =>
  page.$$eval("#search-results > li.search-result", (items) =>
    items.map((li) => ({
      href: li.querySelector("a.search-result__title")?.href ?? "",
      title: li.querySelector("a.search-result__title")?.textContent.trim() ?? "",
      meta: li.querySelector(".search-result__meta")?.textContent.trim() ?? "",
      snippet: li.querySelector(".search-result__snippet")?.textContent.trim() ?? "",
    })),
  );

/** Waits until a result links to `href`; returns it, or fails with what was listed. */
async function waitForResult(page, href, query) {
  try {
    await page.waitForFunction(
      (wanted) => [...document.querySelectorAll("#search-results a.search-result__title")].some((a) => a.href === wanted),
      href,
      { timeout: WAIT_MS },
    );
  } catch {
    const seen = await results(page);
    const status = await page.textContent("#search-status");
    check(false, `searching for ${show(query)}: no result links to ${href} within ${WAIT_MS / 1000} s; status ${show(status)}, results ${show(seen.map((r) => r.href))}`);
  }
  return (await results(page)).find((r) => r.href === href);
}

const statusText = (page) => page.$eval("#search-status", (el) => el.textContent.trim());

await runSteps("search", [
  [
    `the response filter (${response?.name}) finds exactly the recommendations with that response, each marked sample`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "search/");
        await waitFor(page, "#search-filter-response", "the response filter", "visible");
        await page.selectOption("#search-filter-response", response.name);
        const wanted = response.ids.map((id) => url(`recommendations/${id}/`));
        await page
          .waitForFunction((n) => document.querySelectorAll("#search-results > li.search-result").length === n, wanted.length, { timeout: WAIT_MS })
          .catch(() => {});
        const found = await results(page);
        const hrefs = found.map((r) => r.href);
        check(hrefs.length === wanted.length && wanted.every((w) => hrefs.includes(w)), `the filter found ${show(hrefs)}, not ${show(wanted)}`);
        for (const r of found) check(/Sample/.test(r.meta), `${r.href} is not marked sample in the results: ${show(r.meta)}`);
        assertClean();
      }),
  ],
  [
    "the header shows a search box instead of the A to Z link",
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "");
        await waitFor(page, "form.site-search__form", "the header search form to be shown", "visible");
        check(!(await isShown(page, ".site-search__fallback")), "the A to Z fallback link is still shown beside the search box");
        assertClean();
      }),
  ],
  [
    `a body's full name (${body?.name}) typed in the header finds the body's page`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "");
        await waitFor(page, "#site-search-q", "the header search box", "visible");
        await page.fill("#site-search-q", body.name);
        await Promise.all([page.waitForURL((u) => u.href.startsWith(url("search/")), { timeout: WAIT_MS }), page.press("#site-search-q", "Enter")]);
        const here = new URL(page.url());
        check(here.searchParams.get("q") === body.name, `the search page's address is ${page.url()}, without q=${show(body.name)}`);
        check(await isShown(page, "#search-form"), "the search page's form is not shown");
        check(!(await isShown(page, "#search-nojs")), "the no-JavaScript notice is still shown");
        check((await page.inputValue("#search-q")) === body.name, `#search-q holds ${show(await page.inputValue("#search-q"))}`);
        const wanted = url(`registry/bodies/${body.id}/`);
        const hit = await waitForResult(page, wanted, body.name);
        check(hit.title.length > 0, `the result for ${wanted} has no title`);
        check(hit.snippet.length > 0, `the result for ${wanted} has no snippet`);
        const all = await results(page);
        check(all.every((r) => r.href.startsWith(base)), `a result points outside the site: ${show(all.map((r) => r.href))}`);
        const status = await statusText(page);
        check(/^\d+ results? for ‘/.test(status) && status.includes(body.name), `the status reads ${show(status)}`);
        assertClean();
      }),
  ],
  [
    `a chapter's own word (${chapter?.word}) finds the chapter with its year, as the user types`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "search/");
        await waitFor(page, "#search-q", "the search page's box", "visible");
        await page.fill("#search-q", chapter.word);
        const wanted = url(chapter.path);
        const hit = await waitForResult(page, wanted, chapter.word);
        check(hit.meta.includes(chapter.year), `the result for ${wanted} shows ${show(hit.meta)}, without the year ${chapter.year}`);
        check(hit.snippet.toLowerCase().includes(chapter.word), `the snippet for ${wanted} does not show ${show(chapter.word)}: ${show(hit.snippet)}`);
        const marks = await page.$$eval("#search-results .search-result__snippet mark", (m) => m.length);
        check(marks > 0, "no <mark> in the snippets");
        await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, chapter.word, { timeout: WAIT_MS }).catch(() => {
          check(false, `the address did not follow the query: ${page.url()}`);
        });
        check(new URL(page.url()).pathname === new URL(url("search/")).pathname, `the search page moved to ${page.url()}`);

        // A word found nowhere.
        await page.fill("#search-q", "qqzxjvkw");
        await page
          .waitForFunction(() => document.querySelector("#search-status")?.textContent.trim() === "No results for ‘qqzxjvkw’", null, { timeout: WAIT_MS })
          .catch(async () => check(false, `for a word found nowhere the status reads ${show(await statusText(page))}`));
        check((await results(page)).length === 0, "results are still listed for a word found nowhere");

        // Clearing the box clears the results, the status and the address.
        await page.fill("#search-q", "");
        await page
          .waitForFunction(() => document.querySelectorAll("#search-results > li").length === 0 && document.querySelector("#search-status").textContent === "", null, { timeout: WAIT_MS })
          .catch(async () => check(false, `an empty query left the status ${show(await statusText(page))}`));
        check(!new URL(page.url()).searchParams.has("q"), `the address still has a query: ${page.url()}`);
        assertClean();
      }),
  ],
  [
    "when the index cannot load, the search page points to the A to Z index",
    (browser) =>
      withPage(browser, {}, async ({ page }) => {
        // A deliberate failure: this page's errors are expected, not recorded.
        await page.route("**/pagefind/**", (route) => route.abort());
        await visit(page, `search/?q=${encodeURIComponent(body.name)}`);
        const link = await waitFor(page, "#search-status a", "a link in the status");
        const href = await link.evaluate((a) => a.href);
        check(href === url("a-z/"), `the status links to ${href}, not ${url("a-z/")}`);
        check((await results(page)).length === 0, "results are listed without an index");
      }),
  ],
]);
