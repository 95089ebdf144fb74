// With JavaScript off, everything the scripts add has a plain HTML way.
// OPCAT_EXPECT: { bodies: [id], settings: [id], nations: [id] }
import { bodyId, check, expected, isShown, runSteps, sameSet, show, url, visit, withPage } from "./lib.mjs";

const { bodies, settings, nations } = expected;
const noJs = { javaScriptEnabled: false };

/** `[setting, nation]` for a link to `<base>registry/settings/<s>/<n>/`, or null. */
function finderTarget(href) {
  const prefix = url("registry/settings/");
  if (!href.startsWith(prefix)) return null;
  const m = /^([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(href.slice(prefix.length));
  return m && settings.includes(m[1]) && nations.includes(m[2]) ? [m[1], m[2]] : null;
}

const hrefs = (page, selector = "a[href]") => page.$$eval(selector, (links) => links.map((a) => a.href));

await runSteps("no JavaScript", [
  [
    "the home page offers the A to Z index instead of a search box",
    (browser) =>
      withPage(browser, noJs, async ({ page, assertClean }) => {
        await visit(page, "");
        check(!(await isShown(page, "form.site-search__form")), "the header search form is shown without JavaScript");
        check(await isShown(page, "a.site-search__fallback"), "the A to Z link is not shown without JavaScript");
        const href = await page.$eval("a.site-search__fallback", (a) => a.href);
        check(href === url("a-z/"), `the fallback links to ${href}, not ${url("a-z/")}`);
        assertClean();
      }),
  ],
  [
    "the A to Z index links to every body page",
    (browser) =>
      withPage(browser, noJs, async ({ page, assertClean }) => {
        await visit(page, "a-z/");
        const ids = (await hrefs(page, "main a[href]")).map(bodyId).filter(Boolean);
        const missing = bodies.filter((b) => !ids.includes(b));
        check(missing.length === 0, `the A to Z index does not link to ${show(missing)}`);
        check(sameSet(ids, bodies), `the A to Z index links to bodies ${show([...new Set(ids)])}, expected ${show(bodies)}`);
        assertClean();
      }),
  ],
  [
    "registry/ links to the finder pages, which answer",
    (browser) =>
      withPage(browser, noJs, async ({ page, context, assertClean }) => {
        await visit(page, "registry/");
        check(!(await isShown(page, "#finder")), "the finder form is shown without JavaScript");
        const links = [...new Set((await hrefs(page, "main a[href]")).filter(finderTarget))];
        check(links.length > 0, "registry/ has no link to a page registry/settings/<setting>/<nation>/");
        for (const href of links) {
          const response = await context.request.get(href);
          check(response.status() === 200, `${href} answers ${response.status()}`);
        }
        // One of them, opened: the answer is there without JavaScript.
        await page.goto(links[0]);
        const answer = await page.$$("#finder-result a.body-link, #finder-result .finder-empty");
        check(answer.length > 0, `${links[0]} shows neither bodies nor an empty answer in #finder-result`);
        assertClean();
      }),
  ],
  [
    "the search page points to the A to Z index",
    (browser) =>
      withPage(browser, noJs, async ({ page, assertClean }) => {
        await visit(page, "search/");
        check(!(await isShown(page, "#search-form")), "the search form is shown without JavaScript");
        check(await isShown(page, "#search-nojs"), "the no-JavaScript notice is not shown");
        const links = await hrefs(page, "#search-nojs a[href]");
        check(links.includes(url("a-z/")), `the notice links to ${show(links)}, not to ${url("a-z/")}`);
        assertClean();
      }),
  ],
  [
    "the history page lists the members of every period",
    (browser) =>
      withPage(browser, noJs, async ({ page, assertClean }) => {
        await visit(page, "registry/history/");
        check(!(await isShown(page, "#members-on")), "the date form is shown without JavaScript");
        const periods = await page.$$eval("#membership-periods details.period", (ds) =>
          ds.map((d) => ({ count: d.dataset.count, listed: d.querySelectorAll("ul.period__members > li").length })),
        );
        check(periods.length > 0, "no details.period in #membership-periods");
        const wrong = periods.filter((p) => String(p.listed) !== p.count);
        check(wrong.length === 0, `periods whose list and data-count differ: ${show(wrong)}`);
        assertClean();
      }),
  ],
]);
