// `opcat-press serve` with a page open on it (tests/browser.rs starts the
// server on a copy of the site and hands this script the chapter to edit).
// OPCAT_EXPECT: { file, page, heading, edits: [first, second], good_link,
//                 broken_link, error }
import { readFile, writeFile } from "node:fs/promises";
import { check, expected, runSteps, show, url, visit, waitFor, withPage, WAIT_MS } from "./lib.mjs";

const { file, page: path, heading, edits, good_link, broken_link, error } = expected;

async function replaceInFile(from, to) {
  const text = await readFile(file, "utf8");
  check(text.includes(from), `${file} has no ${show(from)}`);
  await writeFile(file, text.replace(from, to));
}

// Resolves once the page's live-reload stream is open, so no event is missed.
const streamOpen = (page) =>
  page.waitForResponse((r) => r.url() === url("__opcat-press/events"), { timeout: WAIT_MS });

// A heading's text, without its "#" anchor link.
const headings = (page) => page.$$eval("main h2", (hs) => hs.map((h) => h.textContent.replace(/#\s*$/, "").trim()));

async function waitUntil(page, what, fn, arg) {
  await page
    .waitForFunction(fn, arg, { timeout: WAIT_MS })
    .catch(async () => check(false, `waited ${WAIT_MS / 1000} s for ${what}; the headings read ${show(await headings(page))}`));
}

await runSteps("serve", [
  [
    "an edit reloads the open page, a broken edit is shown over it, the fix clears it",
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        let open = streamOpen(page);
        await visit(page, path);
        await open;
        check((await headings(page)).includes(heading), `the chapter's headings are ${show(await headings(page))}`);

        // A saved edit: the page reloads by itself and shows it.
        await page.evaluate(() => {
          window.notReloaded = true;
        });
        open = streamOpen(page);
        await replaceInFile(`## ${heading}`, `## ${edits[0]}`);
        await waitUntil(
          page,
          `the page to reload with ${show(edits[0])}`,
          (h) => !window.notReloaded && [...document.querySelectorAll("main h2")].some((e) => e.textContent.replace(/#\s*$/, "").trim() === h),
          edits[0],
        );
        await open;

        // A broken edit: its error over the page, which stays the last good one.
        // The rebuild that follows the chapter's quick update may still be
        // reloading the page: mark it once that reload has landed.
        await page
          .evaluate(() => {
            window.notReloaded = true;
          })
          .catch(async () => {
            await page.waitForLoadState("load");
            await page.evaluate(() => {
              window.notReloaded = true;
            });
          });
        await replaceInFile(good_link, broken_link);
        await replaceInFile(`## ${edits[0]}`, `## ${edits[1]}`);
        const overlay = await waitFor(page, "#opcat-press-errors", "the errors over the page", "visible");
        const shown = await overlay.textContent();
        check(shown.includes(error), `the overlay reads ${show(shown)}, without ${show(error)}`);
        check((await overlay.getAttribute("role")) === "alert", "the overlay is not announced (role=alert)");
        check(await page.evaluate(() => window.notReloaded === true), "the page reloaded for a change that did not build");
        check((await headings(page)).includes(edits[0]), `the last good page is gone: ${show(await headings(page))}`);

        // Fixed: the overlay goes and the page shows the fixed chapter.
        await replaceInFile(broken_link, good_link);
        await waitUntil(
          page,
          `the fixed page with ${show(edits[1])} and no overlay`,
          (h) =>
            !document.querySelector("#opcat-press-errors") &&
            [...document.querySelectorAll("main h2")].some((e) => e.textContent.replace(/#\s*$/, "").trim() === h),
          edits[1],
        );
        assertClean();
      }),
  ],
]);
