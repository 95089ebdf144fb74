// WCAG 1.4.12 Text spacing: with line height 1.5, paragraph spacing 2,
// letter spacing 0.12 and word spacing 0.16 (each times the font size, as
// the W3C's test applies them), no text is cut off by a box that hides its
// overflow, and no text is drawn over other text; at a desktop width and at
// 320 px. OPCAT_EXPECT: see pages.mjs.
import { runSteps } from "./lib.mjs";
import { checkPages, pages } from "./pages.mjs";

const measure = (page) =>
  page.evaluate(() => {
    window.__wcag.applyTextSpacing();
    return window.__wcag.textProblems();
  });

await runSteps("text spacing", [1280, 320].map((width) => [
  `no text cut off or overlapping with WCAG text spacing at ${width} px, on ${pages.length} pages`,
  (browser) =>
    checkPages(browser, `text spacing at ${width} px (WCAG 1.4.12)`, {
      options: { viewport: { width, height: 800 } },
      measure,
    }),
]));
