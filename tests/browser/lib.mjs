// Shared by the browser checks: run by tests/browser.rs as
//   node tests/browser/<check>.mjs <base-url>
// with CHROMIUM (the browser binary) and OPCAT_EXPECT (what the content
// says, as JSON) in the environment. Each check is a list of named steps;
// a failing step prints its name and what it saw, and the script exits 1.
import { chromium } from "playwright-core";

const arg = process.argv[2];
if (!arg) {
  console.error("usage: node <check>.mjs <base-url>");
  process.exit(2);
}
/** The site's address, ending in `/`. */
export const base = arg.endsWith("/") ? arg : `${arg}/`;
/** What the content says, computed by tests/browser.rs. */
export const expected = JSON.parse(process.env.OPCAT_EXPECT || "{}");

/** How long to wait for anything the page should do. */
export const WAIT_MS = 20_000;

/** A page's address: `url("registry/")` is `<base>registry/`. */
export const url = (path = "") => new URL(path, base).href;

export class CheckError extends Error {}

/** Fails the current step with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

export function sameSet(actual, wanted) {
  const a = [...new Set(actual)].sort();
  const b = [...new Set(wanted)].sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const show = (value) => JSON.stringify(value);

/**
 * The body id of a link to `<base>registry/bodies/<id>/`, or null. The link
 * must be absolute and resolve into this site (what `a.href` gives).
 */
export function bodyId(href) {
  const prefix = url("registry/bodies/");
  if (!href.startsWith(prefix)) return null;
  const m = /^([a-z0-9-]+)\/(?:#.*)?$/.exec(href.slice(prefix.length));
  return m ? m[1] : null;
}

/**
 * A new browser context (with playwright's context `options`) and page that
 * records every console error, uncaught exception, failed request and
 * response with status >= 400.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    // A request the browser dropped because the page moved on (pressing
    // Enter in the search box leaves the page while its favicon may still
    // be loading) is not a fault of the site: a missing file answers 404,
    // which the response handler below records.
    if (reason === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return {
    context,
    page,
    problems,
    /** Fails the step if anything went wrong on the page so far. */
    assertClean() {
      check(problems.length === 0, `problems while on the pages:\n  ${problems.join("\n  ")}`);
    },
  };
}

/** Runs `fn` with a fresh recorded page (see openPage), then closes it. */
export async function withPage(browser, options, fn) {
  const recorded = await openPage(browser, options);
  try {
    await fn(recorded);
  } finally {
    await recorded.context.close();
  }
}

/** Goes to `path` under the site and fails unless it answers 200. */
export async function visit(page, path) {
  const response = await page.goto(url(path), { waitUntil: "load" });
  check(response, `no response for ${url(path)}`);
  check(response.status() === 200, `${url(path)} answered ${response.status()}`);
  return response;
}

/**
 * Like `visit`, for any page of the site, the 404 page too: it links from
 * the site's root (it is served at any depth), and here the site is under a
 * sub-path, so its root-absolute requests are sent there, as on the real
 * host. Answers what `visit` answers; the 404 page is fetched as a file.
 */
export async function visitAny(page, path) {
  if (path === "404.html" && !page.__routed404) {
    const mount = new URL(url("")).pathname;
    await page.route(
      (u) => u.origin === new URL(url("")).origin && !u.pathname.startsWith(mount),
      (route) => {
        const u = new URL(route.request().url());
        route.continue({ url: new URL(mount.slice(0, -1) + u.pathname + u.search, u.origin).href });
      },
    );
    page.__routed404 = true;
  }
  return visit(page, path);
}

/** Waits for `selector` to be attached, with a message saying what was awaited. */
export async function waitFor(page, selector, what, state = "attached") {
  try {
    return await page.waitForSelector(selector, { state, timeout: WAIT_MS });
  } catch {
    throw new CheckError(`waited ${WAIT_MS / 1000} s for ${what} (${selector}) on ${page.url()}; it did not come`);
  }
}

/** Whether an element is rendered (not hidden, not display:none). */
export async function isShown(page, selector) {
  const handle = await page.$(selector);
  return handle ? handle.isVisible() : false;
}

/**
 * Runs the steps in order in one Chromium; each step is [name, async (browser) => ...].
 * Prints `ok <name>` or `FAIL <name>: <what was seen>`, and exits 1 if any failed.
 */
export async function runSteps(title, steps) {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let failed = 0;
  try {
    for (const [name, step] of steps) {
      const started = Date.now();
      try {
        await step(browser);
        console.log(`ok   ${title}: ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        const detail = error instanceof CheckError ? error.message : error?.stack || String(error);
        console.log(`FAIL ${title}: ${name}: ${detail}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${title}: ${steps.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
