// The finder: choose a kind of detention and a nation, get the bodies that
// monitor it there, loaded in place from the static finder page.
// OPCAT_EXPECT: { setting, first: { nation, bodies }, second: { nation, bodies } }
import { bodyId, check, expected, runSteps, sameSet, show, url, visit, waitFor, withPage, WAIT_MS } from "./lib.mjs";

const { setting, first, second } = expected;
const finderPage = (nation) => `registry/settings/${setting}/${nation}/`;

// One item per body, led by its link; partners named in the role text link
// to their own pages too, so only each item's first link counts.
const BODY_LINKS = "#finder-result ul.finder-list > li > a.body-link:first-of-type";

/** The hrefs of the listed bodies in #finder-result, as the browser resolves them. */
const linked = (page) => page.$$eval(BODY_LINKS, (links) => links.map((a) => a.href));

/** Waits until #finder-result links to exactly `bodies`; fails with what it linked. */
async function waitForBodies(page, bodies, what) {
  const wanted = bodies.map((id) => url(`registry/bodies/${id}/`));
  try {
    await page.waitForFunction(
      ([selector, w]) => {
        const seen = [...document.querySelectorAll(selector)].map((a) => a.href);
        return seen.length === w.length && w.every((h) => seen.includes(h));
      },
      [BODY_LINKS, wanted],
      { timeout: WAIT_MS },
    );
  } catch {
    const seen = await linked(page);
    check(false, `${what}: waited ${WAIT_MS / 1000} s for the bodies ${show(bodies)}; #finder-result links to ${show(seen)} (ids ${show(seen.map(bodyId))})`);
  }
  const ids = (await linked(page)).map(bodyId);
  check(sameSet(ids, bodies), `${what}: the linked bodies are ${show(ids)}, not ${show(bodies)}`);
}

async function checkPermalink(page, nation) {
  const href = await page.$eval("#finder-result a.finder-permalink", (a) => a.href).catch(() => null);
  check(href === url(finderPage(nation)), `the answer's permanent link is ${show(href)}, not ${url(finderPage(nation))}`);
}

await runSteps("finder", [
  [
    `on registry/, ${setting} in ${first?.nation} then in ${second?.nation} lists their bodies without leaving the page`,
    (browser) =>
      withPage(browser, {}, async ({ page, context, assertClean }) => {
        await visit(page, "registry/");
        await waitFor(page, "#finder", "the finder form to be shown", "visible");
        const before = page.url();
        await page.selectOption("#finder-setting", setting);
        await page.selectOption("#finder-nation", first.nation);
        await waitForBodies(page, first.bodies, `${setting} in ${first.nation}`);
        check(page.url() === before, `the address changed from ${before} to ${page.url()}`);
        await checkPermalink(page, first.nation);
        // The loaded links (bodies, partners, sources) work from this page.
        const loaded = await page.$$eval("#finder-result a[href]", (links) => links.map((a) => a.href));
        for (const href of new Set(loaded.map((h) => h.split("#")[0]))) {
          const response = await context.request.get(href);
          check(response.status() === 200, `the loaded link ${href} answers ${response.status()}`);
        }

        await page.selectOption("#finder-nation", second.nation);
        await waitForBodies(page, second.bodies, `${setting} in ${second.nation}`);
        check(page.url() === before, `the address changed from ${before} to ${page.url()}`);
        await checkPermalink(page, second.nation);
        // The rest of the page still links where it did.
        const registryLink = await page.$eval("a.site-nav__link[href]", (a) => a.href).catch(() => null);
        check(registryLink === url("registry/"), `the header's Registry link now goes to ${show(registryLink)}`);
        assertClean();
      }),
  ],
  [
    `on the finder page for ${setting} in ${first?.nation}, choosing ${second?.nation} loads its answer`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, finderPage(first.nation));
        await waitFor(page, "#finder", "the finder form to be shown", "visible");
        const chosen = [await page.inputValue("#finder-setting"), await page.inputValue("#finder-nation")];
        check(chosen[0] === setting && chosen[1] === first.nation, `the finder page has ${show(chosen)} chosen, not ${show([setting, first.nation])}`);
        await waitForBodies(page, first.bodies, `the static answer for ${setting} in ${first.nation}`);
        await page.selectOption("#finder-nation", second.nation);
        await waitForBodies(page, second.bodies, `${setting} in ${second.nation}, from ${finderPage(first.nation)}`);
        await checkPermalink(page, second.nation);
        // On a finder page the address, heading and title follow the answer,
        // so the page can be bookmarked or shared as it now stands.
        const wanted = url(finderPage(second.nation));
        check(page.url() === wanted, `the address is ${page.url()}, not ${wanted}`);
        const nationName = await page.$eval("#finder-nation option:checked", (o) => o.textContent.trim());
        const heading = await page.$eval("h1", (h) => h.textContent.trim());
        check(heading.endsWith(` in ${nationName}`), `the heading reads ${show(heading)}, not ... in ${nationName}`);
        const title = await page.title();
        check(title.startsWith(heading), `the title reads ${show(title)}, not ${show(heading)} ...`);
        // Links elsewhere on the page still lead where they did.
        const registryLink = await page.$eval("a.site-nav__link[href]", (a) => a.href).catch(() => null);
        check(registryLink === url("registry/"), `the header's Registry link now goes to ${show(registryLink)}`);
        assertClean();
      }),
  ],
  [
    "when the answer cannot be loaded, the finder links to its page",
    (browser) =>
      withPage(browser, {}, async ({ page }) => {
        // A deliberate failure: this page's errors are expected, not recorded.
        await visit(page, "registry/");
        await waitFor(page, "#finder", "the finder form to be shown", "visible");
        await page.route(url(finderPage(second.nation)), (route) => route.abort());
        await page.selectOption("#finder-setting", setting);
        await page.selectOption("#finder-nation", second.nation);
        await page
          .waitForFunction(
            (href) => [...document.querySelectorAll("#finder-result a")].some((a) => a.href === href),
            url(finderPage(second.nation)),
            { timeout: WAIT_MS },
          )
          .catch(async () => {
            const text = await page.textContent("#finder-result");
            check(false, `after a failed load #finder-result reads ${show(text?.trim())}, without a link to ${url(finderPage(second.nation))}`);
          });
        const bodies = await linked(page);
        check(bodies.length === 0, `after a failed load the finder still lists ${show(bodies)}`);
      }),
  ],
]);
