// Runs one measurement on every page given, for the checks of what axe
// cannot see (reflow.mjs, text-spacing.mjs, resize-text.mjs, focus.mjs).
// OPCAT_EXPECT: { site: "what is checked", pages: [path] }
import { fileURLToPath } from "node:url";
import { check, expected, visitAny, withPage } from "./lib.mjs";

/** The in-page measurements, as `window.__wcag`. */
const INPAGE = fileURLToPath(new URL("./inpage.js", import.meta.url));

export const { site = "the site", pages = [] } = expected;

/** How many problems a failure message lists before it says "and N more". */
const SHOWN = 60;

/**
 * Visits every page in a fresh context with `options` (viewport and so on),
 * calls `prepare(page, context)` once, then `measure(page, path)` on each
 * page, which returns the problems it found there. Prints `<title>: N pages
 * checked<counted()>, M failing` and fails the step with the problems, each
 * led by its page. Returns the count line.
 */
export async function checkPages(browser, title, { options = {}, prepare, measure, counted = () => "" }) {
  check(pages.length > 0, "no pages to check");
  let line = "";
  await withPage(browser, options, async ({ page, context, assertClean }) => {
    await context.addInitScript({ path: INPAGE });
    if (prepare) await prepare(page, context);
    const found = [];
    const failing = new Set();
    for (const path of pages) {
      await visitAny(page, path);
      for (const problem of await measure(page, path)) {
        found.push(`${path || "(home)"}: ${problem}`);
        failing.add(path);
      }
    }
    line = `${title}: ${pages.length} pages of ${site} checked${counted()}, ${failing.size} failing (${found.length} problems)`;
    console.log(line);
    const more = found.length > SHOWN ? `\n  … and ${found.length - SHOWN} more` : "";
    check(found.length === 0, `${line}:\n  ${found.slice(0, SHOWN).join("\n  ")}${more}`);
    assertClean();
  });
  return line;
}
