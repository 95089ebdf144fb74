// axe-core's WCAG 2.2 A and AA rules on every page given, in Chromium, and
// screenshots of some pages at a desktop and a phone width.
// OPCAT_EXPECT: { pages: [path], screenshots: { dir, pages: [path], widths: [px] } }
import { createRequire } from "node:module";
import { mkdir } from "node:fs/promises";
import { check, expected, runSteps, show, url, visit, withPage } from "./lib.mjs";

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
          if (path === "404.html") {
            // The 404 page links from the site's root (it is served at any
            // depth); here the site is under a sub-path, so its root-absolute
            // requests are sent there, as on the real host.
            const mount = new URL(url("")).pathname;
            await page.route(
              (u) => u.origin === new URL(url("")).origin && !u.pathname.startsWith(mount),
              (route) => {
                const u = new URL(route.request().url());
                route.continue({ url: new URL(mount.slice(0, -1) + u.pathname + u.search, u.origin).href });
              },
            );
          }
          await visit(page, path);
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
