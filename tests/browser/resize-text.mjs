// WCAG 1.4.4 Resize text: with the browser's default font size doubled (as
// a reader sets it in Chromium's settings, through the DevTools protocol's
// Page.setFontSizes), no text is cut off and no text is drawn over other
// text. OPCAT_EXPECT: see pages.mjs.
import { check, runSteps } from "./lib.mjs";
import { checkPages, pages } from "./pages.mjs";

/** Chromium's defaults are 16 px for text and 13 px for monospace. */
const DOUBLED = { standard: 32, fixed: 26 };

await runSteps("resize text", [
  [
    `no text cut off or overlapping at twice the default font size, on ${pages.length} pages`,
    (browser) =>
      checkPages(browser, "text at 200% (WCAG 1.4.4)", {
        options: { viewport: { width: 1280, height: 800 } },
        prepare: async (page, context) => {
          const cdp = await context.newCDPSession(page);
          await cdp.send("Page.enable");
          await cdp.send("Page.setFontSizes", { fontSizes: DOUBLED });
        },
        measure: async (page) => {
          // Proof that the setting took: the root's font size is doubled.
          const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
          check(root === DOUBLED.standard, `the page's root font size is ${root} px, not ${DOUBLED.standard} px: Page.setFontSizes did not take`);
          return page.evaluate(() => window.__wcag.textProblems());
        },
      }),
  ],
]);
