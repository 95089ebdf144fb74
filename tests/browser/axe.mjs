// axe-core's WCAG 2.2 A and AA rules on every page given, in Chromium, and
// screenshots of some pages at a desktop and a phone width.
// OPCAT_EXPECT: { pages: [path], screenshots: { dir, pages: [path], widths: [px] } }
import { createRequire } from "node:module";
import { mkdir } from "node:fs/promises";
import { check, expected, runSteps, show, visit, visitAny, withPage } from "./lib.mjs";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const { pages, screenshots } = expected;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

await runSteps("axe", [
  [
    `axe-core finds no WCAG 2.2 A/AA violation on ${pages.length} pages`,
    (browser) =>
      withPage(browser, {}, async ({ page, assertClean }) => {
        const found = [];
        let incomplete = 0;
        for (const path of pages) {
          await visitAny(page, path);
          await page.addScriptTag({ path: axePath });
          const result = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] }),
            TAGS,
          );
          // Checks axe could not decide (say, contrast over an image): counted, for a person to look at.
          incomplete += result.incomplete.length;
          for (const v of result.violations) {
            found.push(`${path}: ${v.id} (${v.impact}): ${v.help}: ${show(v.nodes.map((n) => n.target.join(" ")).slice(0, 5))}`);
          }
        }
        console.log(`axe-core ${require("axe-core/package.json").version}: ${pages.length} pages checked, ${found.length} violations (${incomplete} checks left for a person)`);
        check(found.length === 0, `violations:\n  ${found.join("\n  ")}`);
        assertClean();
      }),
  ],
  [
    `screenshots of ${screenshots.pages.length} pages at ${screenshots.widths.join(" and ")} px`,
    (browser) =>
      withPage(browser, {}, async ({ page }) => {
        await mkdir(screenshots.dir, { recursive: true });
        for (const width of screenshots.widths) {
          await page.setViewportSize({ width, height: 900 });
          for (const path of screenshots.pages) {
            await visit(page, path);
            const name = `${(path.replace(/\/$/, "").replace(/\//g, "-") || "home")}-${width}.png`;
            await page.screenshot({ path: `${screenshots.dir}/${name}`, fullPage: true });
          }
        }
        console.log(`screenshots in ${screenshots.dir}`);
      }),
  ],
]);
