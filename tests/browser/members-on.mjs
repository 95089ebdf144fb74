// Membership on a date, on registry/history/.
// OPCAT_EXPECT: { dates: [{ date, count, bodies }], before, designated }
import { bodyId, check, expected, runSteps, sameSet, show, visit, waitFor, withPage, WAIT_MS } from "./lib.mjs";

const { dates, before, designated } = expected;

const resultText = (page) => page.$eval("#members-on-result", (el) => el.textContent.replace(/\s+/g, " ").trim());

await runSteps("members-on", [
  [
    `the members on ${dates?.map((d) => `${d.date} (${d.count})`).join(", ")}`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "registry/history/");
        await waitFor(page, "#members-on", "the date form to be shown", "visible");
        for (const { date, count, bodies } of dates) {
          await page.fill("#members-on-date", date);
          await page
            .waitForFunction(
              ([d, n]) =>
                document.querySelector("#members-on-result time")?.getAttribute("datetime") === d &&
                document.querySelector("#members-on-result .members-on__count")?.textContent.trim() === String(n),
              [date, count],
              { timeout: WAIT_MS },
            )
            .catch(async () => check(false, `on ${date}: waited for ${count} members; #members-on-result reads ${show(await resultText(page))}`));
          const links = await page.$$eval("#members-on-result ul.period__members a.body-link", (a) => a.map((x) => x.href));
          const ids = links.map(bodyId);
          check(sameSet(ids, bodies), `on ${date}: the listed bodies are ${show(ids)}, not ${show(bodies)}`);
          check(ids.length === count, `on ${date}: ${ids.length} bodies listed for a count of ${count}`);
          const open = await page.$$eval("#membership-periods details.period[open]", (ds) => ds.map((d) => [d.dataset.from, d.dataset.to ?? null]));
          check(
            open.some(([from, to]) => from <= date && (to === null || date <= to)),
            `on ${date}: the period holding it is not open (open: ${show(open)})`,
          );
        }
        assertClean();
      }),
  ],
  [
    `before the NPM was designated (${before})`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        await visit(page, "registry/history/");
        await waitFor(page, "#members-on", "the date form to be shown", "visible");
        await page.fill("#members-on-date", before);
        await page
          .waitForFunction(
            (d) => document.querySelector("#members-on-result time")?.getAttribute("datetime") === d,
            designated,
            { timeout: WAIT_MS },
          )
          .catch(async () => check(false, `on ${before}: #members-on-result reads ${show(await resultText(page))}, without the designation date ${designated}`));
        const text = await resultText(page);
        check(/no members/i.test(text), `on ${before}: #members-on-result reads ${show(text)}`);
        const counts = await page.$$("#members-on-result .members-on__count, #members-on-result li");
        check(counts.length === 0, `on ${before}: a count or a list of members is shown`);
        assertClean();
      }),
  ],
]);
