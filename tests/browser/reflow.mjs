// WCAG 1.4.10 Reflow: at 320 × 256 CSS px (a phone, or a 1280 px wide
// browser zoomed to 400%), no page scrolls sideways; nothing outside a
// table, code or a diagram reaches past the screen or is cut off by a box
// that hides its overflow; and what does scroll sideways is a focusable,
// labelled region. OPCAT_EXPECT: see pages.mjs.
import { runSteps } from "./lib.mjs";
import { checkPages, pages } from "./pages.mjs";

await runSteps("reflow", [
  [
    `nothing but tables, code and diagrams is wider than 320 px, on ${pages.length} pages`,
    (browser) =>
      checkPages(browser, "reflow at 320 × 256 px (WCAG 1.4.10)", {
        options: { viewport: { width: 320, height: 256 } },
        measure: (page) => page.evaluate(() => window.__wcag.reflow()),
      }),
  ],
]);
