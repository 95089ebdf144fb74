// WCAG 2.4.7 Focus visible and 2.4.11 Focus not obscured, as a keyboard
// user meets them: tabbing through every page from the top, each focus stop
// must be in view with its centre not covered by another element, and show
// an indicator at least 2 px thick with at least 3:1 contrast against what
// was there before it had focus; the skip link must move focus to the main
// content; and all of it again with forced colours (Windows high contrast),
// where backgrounds and shadows are not drawn.
//
// The indicator is measured in pixels: a screenshot around the element with
// focus, and one without, compared pixel by pixel. It must hold a band at
// least 2 px thick of pixels that changed by 3:1 or more, along at least 90%
// of one side of the element (a link's underline bar, an outline, a
// background against a dark header). Stops that draw focus the same way
// (same focus styles, same colour behind, same clipping) are measured once.
// OPCAT_EXPECT: see pages.mjs.
import { PNG } from "pngjs";
import { check, runSteps, show, visitAny, withPage } from "./lib.mjs";
import { checkPages, pages } from "./pages.mjs";

/** More stops than any page has: a page that never gives focus back is a failure. */
const MAX_STOPS = 2000;
/** Room around the element for an outline or a shadow (3 + 7 px here). */
const MARGIN = 12;

// sRGB relative luminance and contrast ratio, as WCAG defines them.
const channel = (v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (d, i) => 0.2126 * channel(d[i]) + 0.7152 * channel(d[i + 1]) + 0.0722 * channel(d[i + 2]);
const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * How much of the element's longest side the thickest band of changed
 * pixels covers (0 to 1): `on` and `off` are PNGs of the same clip, `box`
 * the element's first box within it.
 */
export function indicatorCover(onPng, offPng, box) {
  const on = PNG.sync.read(onPng);
  const off = PNG.sync.read(offPng);
  if (on.width !== off.width || on.height !== off.height) return 0;
  const { width: w, height: h } = on;
  const mask = new Uint8Array(w * h);
  for (let p = 0; p < w * h; p += 1) {
    mask[p] = contrast(luminance(on.data, p * 4), luminance(off.data, p * 4)) >= 3 ? 1 : 0;
  }
  const thick = (x, y) => mask[y * w + x] && mask[(y + 1) * w + x];
  const wide = (x, y) => mask[y * w + x] && mask[y * w + x + 1];
  const x0 = Math.max(0, Math.round(box.x));
  const x1 = Math.min(w, Math.round(box.x + box.width));
  const y0 = Math.max(0, Math.round(box.y));
  const y1 = Math.min(h, Math.round(box.y + box.height));
  let best = 0;
  if (x1 > x0) {
    for (let y = 0; y + 1 < h; y += 1) {
      let n = 0;
      for (let x = x0; x < x1; x += 1) n += thick(x, y);
      best = Math.max(best, n / (x1 - x0));
    }
  }
  if (y1 > y0) {
    for (let x = 0; x + 1 < w; x += 1) {
      let n = 0;
      for (let y = y0; y < y1; y += 1) n += wide(x, y);
      best = Math.max(best, n / (y1 - y0));
    }
  }
  return best;
}

/** The screenshot clip around a focus stop, inside the viewport, and the stop's box within it. */
function around(stop) {
  const { rect, viewport } = stop;
  const x = Math.max(0, Math.floor(rect.x - MARGIN));
  const y = Math.max(0, Math.floor(rect.y - MARGIN));
  const right = Math.min(viewport.width, Math.ceil(rect.x + rect.width + MARGIN));
  const bottom = Math.min(viewport.height, Math.ceil(rect.y + rect.height + MARGIN));
  return {
    clip: { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) },
    box: { x: rect.x - x, y: rect.y - y, width: rect.width, height: rect.height },
  };
}

/** Measures how much of a side the focused element's indicator covers (0 to 1). */
async function measureIndicator(page, stop) {
  const { clip, box } = around(stop);
  const shot = () => page.screenshot({ clip, animations: "disabled", caret: "hide" });
  const on = await shot();
  await page.evaluate(() => window.__wcag.blurFocused());
  const off = await shot();
  await page.evaluate(() => window.__wcag.refocus());
  return indicatorCover(on, off, box);
}

/**
 * Tabs through the page from the top until focus comes round again (or
 * leaves the page); returns the problems found at its stops. `measured`
 * maps a way of drawing focus to how much of a side its indicator
 * covers, across pages.
 */
async function tabThrough(page, measured, tally) {
  const problems = [];
  // The search page offers its filters once Pagefind's index has loaded,
  // which moves what is below them: wait for them (for at most 5 s, as a
  // site may have none) so that focus is not measured in a moving page.
  await page
    .waitForFunction(() => !document.getElementById("search-filters")?.hidden, null, { timeout: 5000 })
    .catch(() => {});
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  let stops = 0;
  for (; stops < MAX_STOPS; stops += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => window.__wcag.focused());
    if (!stop || stop.again) break;
    tally.stops += 1;
    if (!stop.inView) {
      problems.push(`${stop.name} has focus but is not in view`);
      continue;
    }
    if (stop.covered) problems.push(`${stop.name} has focus but its centre is covered by ${stop.covered}`);
    if (!measured.has(stop.signature)) measured.set(stop.signature, await measureIndicator(page, stop));
    const cover = measured.get(stop.signature);
    if (cover < 0.9) {
      problems.push(`${stop.name} has no focus indicator 2 px thick at 3:1 along a side (the best band covers ${Math.round(cover * 100)}% of one)`);
    }
  }
  if (stops === MAX_STOPS) problems.push(`focus did not come round after ${MAX_STOPS} presses of Tab`);
  if (stops === 0) problems.push("Tab moves focus nowhere");
  return [...new Set(problems)];
}

const tabSteps = [false, true].map((forced) => {
  const measured = new Map();
  const tally = { stops: 0 };
  const mode = forced ? " with forced colours" : "";
  return [
    `every focus stop is visible and not covered${mode}, on ${pages.length} pages`,
    (browser) =>
      checkPages(browser, `focus visible${mode} (WCAG 2.4.7, 2.4.11)`, {
        options: { viewport: { width: 1280, height: 800 }, forcedColors: forced ? "active" : "none" },
        measure: (page) => tabThrough(page, measured, tally),
        counted: () => {
          const least = Math.min(...measured.values());
          return ` (${tally.stops} focus stops, ${measured.size} ways of drawing focus measured in pixels, the least covering ${Math.round(least * 100)}% of a side)`;
        },
      }),
  ];
});

await runSteps("focus", [
  [
    `the skip link is the first stop and moves focus to the main content, on ${pages.length} pages`,
    (browser) =>
      withPage(browser, { viewport: { width: 1280, height: 800 } }, async ({ page, context }) => {
        await context.addInitScript({ path: new URL("./inpage.js", import.meta.url).pathname });
        const found = [];
        for (const path of pages) {
          await visitAny(page, path);
          await page.keyboard.press("Tab");
          const first = await page.evaluate(() => window.__wcag.focused());
          if (!first?.skipLink) {
            found.push(`${path}: the first Tab goes to ${first ? first.name : "nothing"}, not the skip link`);
            continue;
          }
          if (!first.inView || first.rect.width < 10 || first.rect.height < 10) found.push(`${path}: the skip link has focus but is not shown (${show(first.rect)})`);
          await page.keyboard.press("Enter");
          const target = await page.evaluate(() => document.activeElement?.id);
          if (target !== "main") found.push(`${path}: after the skip link, focus is on ${show(target)}, not the main content`);
          const inside = await page.evaluate(() => !!document.querySelector("main a[href], main button, main input, main select, main [tabindex='0']"));
          await page.keyboard.press("Tab");
          const next = await page.evaluate(() => window.__wcag.focused());
          if (inside && !next?.inMain) found.push(`${path}: Tab after the skip link goes to ${next ? next.name : "nothing"}, outside the main content`);
        }
        console.log(`skip link: ${pages.length} pages checked, ${found.length} failing`);
        check(found.length === 0, found.join("\n  "));
      }),
  ],
  ...tabSteps,
]);
