// The register of recommendations filtered in place: each choice shows
// exactly the rows with that value, two choices combine, the count says how
// many, and the address keeps the choices.
// OPCAT_EXPECT: { total, first: { filter, value, ids }, both: { filter, value, ids } }
import { check, expected, runSteps, sameSet, show, visit, waitFor, withPage, WAIT_MS } from "./lib.mjs";

const { total, first, both } = expected;

const shownIds = (page) =>
  page.$$eval("#register [data-register-row]:not([hidden]) > a:first-child", (links) =>
    links.map((a) => a.getAttribute("href").replace(/\/$/, "").split("/").pop()),
  );
// The rows are filtered and the count (whose words load after the page) says so.
const shownAndCounted = ([n, total]) =>
  document.querySelectorAll("#register [data-register-row]:not([hidden])").length === n &&
  document.getElementById("register-count")?.textContent.trim() === `Showing ${n} of ${total} recommendations.`;
const countText = (page) => page.$eval("#register-count", (el) => el.textContent.trim());

await runSteps("register", [
  [
    `filtering by ${first?.filter}=${first?.value}, then also ${both?.filter}=${both?.value}`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "recommendations/");
        await waitFor(page, "#register-filter", "the filters to be shown", "visible");
        await page.selectOption(`#filter-${first.filter}`, first.value);
        await page
          .waitForFunction(shownAndCounted, [first.ids.length, total], { timeout: WAIT_MS })
          .catch(() => {});
        let ids = await shownIds(page);
        check(sameSet(ids, first.ids), `with ${first.filter}=${first.value} the rows are ${show(ids)}, not ${show(first.ids)}`);
        let text = await countText(page);
        check(text === `Showing ${first.ids.length} of ${total} recommendations.`, `the count reads ${show(text)}`);
        await page.selectOption(`#filter-${both.filter}`, both.value);
        await page
          .waitForFunction(shownAndCounted, [both.ids.length, total], { timeout: WAIT_MS })
          .catch(() => {});
        ids = await shownIds(page);
        check(sameSet(ids, both.ids), `with both filters the rows are ${show(ids)}, not ${show(both.ids)}`);
        text = await countText(page);
        check(text === `Showing ${both.ids.length} of ${total} recommendations.`, `the count reads ${show(text)}`);
        const hiddenGroups = await page.$$eval("#register [data-register-group]", (gs) =>
          gs.filter((g) => !g.hidden && !g.querySelector("[data-register-row]:not([hidden])")).length,
        );
        check(hiddenGroups === 0, `${hiddenGroups} year section(s) with no row left shown`);
        const query = new URL(page.url()).searchParams;
        check(query.get(first.filter) === first.value && query.get(both.filter) === both.value, `the address is ${page.url()}`);
        // The address restores the same view.
        await page.goto(page.url());
        await waitFor(page, "#register-filter", "the filters to be shown", "visible");
        ids = await shownIds(page);
        check(sameSet(ids, both.ids), `reopened, the rows are ${show(ids)}, not ${show(both.ids)}`);
        assertClean();
      }),
  ],
]);
