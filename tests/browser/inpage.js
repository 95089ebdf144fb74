// Measurements taken inside the page for the checks axe cannot make
// (reflow.mjs, text-spacing.mjs, resize-text.mjs, focus.mjs). Injected
// before any page script runs, as `window.__wcag`; each function returns
// plain data (problems as strings naming the element) to the Node side.
//
// Words used below:
// - "visually hidden": a helper only screen readers get (a 1 px box that
//   clips its content, or a clip/clip-path that hides it all), such as
//   `.visually-hidden` or the skip link before it has focus;
// - "scroll region": a box that scrolls sideways by design and holds a
//   table, code or a diagram. Its content may be wider than the screen
//   (WCAG 1.4.10 allows it); the box itself may not.
(() => {
  const TOLERANCE = 1; // CSS px: sub-pixel layout is not a failure
  const SQUEEZED = 4; // characters a line: fewer is not reading, it is spelling

  const style = (el) => getComputedStyle(el);

  /** Whether this element itself is a visually hidden helper. */
  function hidesItself(el) {
    const s = style(el);
    if (s.clipPath === "inset(50%)") return true;
    if (/^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(s.clip)) return true;
    const r = el.getBoundingClientRect();
    return r.width <= 1 && r.height <= 1 && s.overflow !== "visible";
  }

  /** Whether the element is, or is inside, a visually hidden helper. */
  function visuallyHidden(el) {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (hidesItself(e)) return true;
    }
    return false;
  }

  /** Whether the element is drawn at all (display, visibility, details). */
  function rendered(el) {
    return el.checkVisibility({ checkVisibilityCSS: true });
  }

  /** A short name for an element a person can find in the page source. */
  function describe(el) {
    const one = (e) => {
      let s = e.tagName.toLowerCase();
      if (e.id) s += `#${e.id}`;
      const classes = typeof e.className === "string" ? e.className.trim().split(/\s+/).filter(Boolean) : [];
      if (classes.length) s += `.${classes.slice(0, 2).join(".")}`;
      return s;
    };
    const path = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.body && path.length < 3; e = e.parentElement) {
      path.unshift(one(e));
      if (e.id) break;
    }
    const text = (el.textContent || el.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim();
    return `${path.join(" > ")}${text ? ` ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}")` : ""}`;
  }

  const scrolls = (v) => v === "auto" || v === "scroll";
  const clips = (v) => v === "hidden" || v === "clip";

  /** The nearest ancestor that scrolls sideways by design, or null. */
  function scrollRegion(el) {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (scrolls(style(e).overflowX) && isScrollRegionContent(e)) return e;
    }
    return null;
  }

  /** A sideways scroller may hold only a table, code or a diagram. */
  function isScrollRegionContent(box) {
    return !!box.querySelector(":scope table, :scope pre, :scope svg, :scope code") || box.tagName === "PRE";
  }

  /** The padding box of an element, in viewport coordinates. */
  function paddingBox(el) {
    const r = el.getBoundingClientRect();
    const s = style(el);
    const left = r.left + parseFloat(s.borderLeftWidth);
    const top = r.top + parseFloat(s.borderTopWidth);
    return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
  }

  /** The text nodes with something to read, in elements that are drawn. */
  function textNodes(root = document.body) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (!/\S/.test(node.data)) return NodeFilter.FILTER_REJECT;
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, noscript, template, title")) return NodeFilter.FILTER_REJECT;
        if (!rendered(parent) || visuallyHidden(parent)) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    const out = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  /** The boxes a text node's lines are drawn in (empty ones left out). */
  function textRects(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
  }

  /** The ancestors that cut off what overflows them (hidden or clip), on each axis. */
  function clippingAncestors(el) {
    const out = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = style(e);
      const x = clips(s.overflowX);
      const y = clips(s.overflowY);
      const scroller = scrolls(s.overflowX) || scrolls(s.overflowY);
      if (x || y || scroller) out.push({ el: e, x, y, scroller });
    }
    return out;
  }

  const snippet = (node) => {
    const t = node.data.replace(/\s+/g, " ").trim();
    return t.length > 40 ? `${t.slice(0, 40)}…` : t;
  };

  // -------------------------------------------------------------------------
  // WCAG 1.4.10 Reflow
  // -------------------------------------------------------------------------

  /**
   * At the current viewport: does the page scroll sideways, and which
   * elements or text reach past the viewport or are cut off by an ancestor
   * that hides its overflow? Content of a scroll region is exempt; the
   * region itself is not, and must be focusable and labelled if it scrolls.
   */
  function reflow() {
    const vw = document.documentElement.clientWidth;
    const problems = [];
    const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (scrollWidth > vw + TOLERANCE) {
      problems.push(`the page scrolls sideways: it is ${scrollWidth} px wide in a ${vw} px viewport`);
    }
    const sx = window.scrollX;
    const past = (r) => r.right + sx > vw + TOLERANCE || r.left + sx < -TOLERANCE;
    // What is too wide, as [element or text, problem].
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!rendered(el) || visuallyHidden(el) || scrollRegion(el)) continue;
      if (el.closest("svg") && el.tagName !== "svg") continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (past(r)) {
        wide.push([el, `${describe(el)} spans ${Math.round(r.left + sx)} to ${Math.round(r.right + sx)} px, past the ${vw} px viewport`]);
        continue;
      }
      for (const a of clippingAncestors(el.parentElement)) {
        if (a.scroller || hidesItself(a.el)) continue;
        const box = paddingBox(a.el);
        if ((a.x && (r.right > box.right + TOLERANCE || r.left < box.left - TOLERANCE)) || (a.y && (r.bottom > box.bottom + TOLERANCE || r.top < box.top - TOLERANCE))) {
          wide.push([el, `${describe(el)} is cut off by ${describe(a.el)}, which hides its overflow`]);
          break;
        }
      }
    }
    for (const node of textNodes()) {
      const parent = node.parentElement;
      if (scrollRegion(parent) || parent.closest("svg")) continue;
      if (textRects(node).some(past)) {
        wide.push([node, `text "${snippet(node)}" in ${describe(parent)} runs past the ${vw} px viewport`]);
      }
    }
    // Reflow must not cost the reading: text squeezed into a column a few
    // letters wide (a table whose cells break words anywhere) has not
    // reflowed, it has fallen apart.
    for (const node of textNodes()) {
      if (node.parentElement.closest("svg")) continue;
      const letters = node.data.replace(/\s+/g, "").length;
      const lines = textRects(node).length;
      if (letters >= 12 && lines >= 3 && letters / lines < SQUEEZED) {
        problems.push(`text "${snippet(node)}" in ${describe(node.parentElement)} is squeezed into ${lines} lines of about ${Math.round(letters / lines)} characters`);
      }
    }
    // Name the innermost boxes; text only where no box around it is named.
    const boxes = wide.filter(([node]) => node.nodeType === 1).map(([node]) => node);
    for (const [node, problem] of wide) {
      const inner = node.nodeType === 1
        ? !boxes.some((other) => other !== node && node.contains(other))
        : !boxes.some((box) => box.contains(node));
      if (inner) problems.push(problem);
    }
    for (const el of document.body.querySelectorAll("*")) {
      const s = style(el);
      if (!scrolls(s.overflowX) || el.scrollWidth <= el.clientWidth + TOLERANCE || !rendered(el)) continue;
      if (!isScrollRegionContent(el)) {
        problems.push(`${describe(el)} scrolls sideways but holds no table, code or diagram`);
      } else if (el.tabIndex < 0 && !el.querySelector("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")) {
        problems.push(`${describe(el)} scrolls sideways but cannot be reached with the keyboard (tabindex="0")`);
      } else if (!accessibleName(el)) {
        problems.push(`${describe(el)} scrolls sideways but has no name (role="region" with aria-label or aria-labelledby)`);
      }
    }
    return [...new Set(problems)];
  }

  function accessibleName(el) {
    if (!el.getAttribute("role")) return "";
    const label = (el.getAttribute("aria-label") || "").trim();
    if (label) return label;
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent.trim() || "").join(" ").trim();
  }

  // -------------------------------------------------------------------------
  // WCAG 1.4.12 Text spacing and 1.4.4 Resize text: text cut off or overlapping
  // -------------------------------------------------------------------------

  /** The WCAG 1.4.12 values, as the W3C's own test bookmarklet applies them. */
  const SPACING_CSS = `
    *, *::before, *::after {
      line-height: 1.5 !important;
      letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important;
    }
    p { margin-bottom: 2em !important; }
  `;

  function applyTextSpacing() {
    const s = document.createElement("style");
    s.id = "wcag-text-spacing";
    s.textContent = SPACING_CSS;
    document.head.append(s);
  }

  /**
   * Each text line's box, with the part an ancestor's overflow hides cut
   * away. Returns problems for text an ancestor that hides its overflow
   * cuts off, or that starts above or left of the page (where no one can
   * scroll), and the visible boxes for the overlap test.
   */
  function visibleText() {
    const problems = [];
    const boxes = [];
    const sx = window.scrollX;
    const sy = window.scrollY;
    for (const node of textNodes()) {
      const parent = node.parentElement;
      const ancestors = clippingAncestors(parent).filter((a) => !hidesItself(a.el));
      for (const r of textRects(node)) {
        let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        let cut = null;
        if (r.left + sx < -TOLERANCE || r.top + sy < -TOLERANCE) cut = "the edge of the page";
        for (const a of ancestors) {
          const p = paddingBox(a.el);
          const hiddenX = a.x && (box.right > p.right + TOLERANCE || box.left < p.left - TOLERANCE);
          const hiddenY = a.y && (box.bottom > p.bottom + TOLERANCE || box.top < p.top - TOLERANCE);
          if ((hiddenX || hiddenY) && !cut) cut = describe(a.el);
          // What a scroller or a clipping box does not show is not drawn here.
          box = {
            left: Math.max(box.left, p.left),
            top: Math.max(box.top, p.top),
            right: Math.min(box.right, p.right),
            bottom: Math.min(box.bottom, p.bottom),
          };
        }
        if (cut) problems.push(`text "${snippet(node)}" in ${describe(parent)} is cut off by ${cut}`);
        if (box.right - box.left > 0.5 && box.bottom - box.top > 0.5) {
          boxes.push({ ...box, node, height: r.height });
        }
      }
    }
    return { problems, boxes };
  }

  /**
   * Pairs of text boxes from different text nodes that cover each other.
   * Lines set tighter than their font's own height touch their neighbours
   * by a little, so two boxes overlap only when they share at least 40% of
   * the smaller one's height and 2 px of width.
   */
  function overlaps(boxes) {
    const problems = [];
    const sorted = [...boxes].sort((a, b) => a.top - b.top);
    for (let i = 0; i < sorted.length; i += 1) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].top < a.bottom; j += 1) {
        const b = sorted[j];
        if (a.node === b.node) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h >= 0.4 * Math.min(a.height, b.height)) {
          problems.push(`text "${snippet(a.node)}" in ${describe(a.node.parentElement)} overlaps "${snippet(b.node)}" in ${describe(b.node.parentElement)}`);
        }
      }
    }
    return [...new Set(problems)];
  }

  /** Text cut off by an ancestor, and text drawn over other text. */
  function textProblems() {
    const { problems, boxes } = visibleText();
    return [...new Set(problems), ...overlaps(boxes)];
  }

  // -------------------------------------------------------------------------
  // WCAG 2.4.7, 2.4.11: the focused element
  // -------------------------------------------------------------------------

  const FOCUS_PROPERTIES = [
    "outline-style", "outline-width", "outline-color", "outline-offset", "box-shadow",
    "background-color", "color", "text-decoration-line",
    "border-top-width", "border-top-color", "border-bottom-width", "border-bottom-color",
    "display",
  ];

  /** The colour behind an element: the nearest ancestor's opaque background. */
  function backdrop(el) {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const c = style(e).backgroundColor;
      if (c && c !== "transparent" && !/rgba\(.*, 0\)$/.test(c)) return c;
    }
    return "canvas";
  }

  /**
   * What is focused now: its name, its box in view (see below), whether
   * its centre shows it (not another
   * element on top), and a signature of how its focus is drawn, so the
   * pixel test runs once per way of drawing focus. `again` is true once
   * focus has come round to an element it was on before.
   */
  const seen = new WeakSet();

  function focused() {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const again = seen.has(el);
    seen.add(el);
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    // A link over several lines is measured on its last: each line gets the
    // yellow, and the bar under it, but in a heading set tight the next
    // line's yellow covers part of the bar above. A box taller than the
    // screen is measured on the part in view.
    const line = rects.at(-1) || el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const left = Math.max(0, line.left);
    const top = Math.max(0, line.top);
    const r = { left, top, width: Math.min(vw, line.right) - left, height: Math.min(vh, line.bottom) - top };
    const inView = r.width > 0 && r.height > 0;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const onTop = inView ? document.elementFromPoint(cx, cy) : null;
    const s = style(el);
    const clipped = clippingAncestors(el.parentElement).some((a) => {
      const p = paddingBox(a.el);
      const m = 12;
      return line.left - m < p.left || line.right + m > p.right || line.top - m < p.top || line.bottom + m > p.bottom;
    });
    return {
      name: describe(el),
      again,
      tag: el.tagName.toLowerCase(),
      skipLink: el.classList.contains("skip-link"),
      inMain: !!el.closest("main"),
      rect: { x: r.left, y: r.top, width: r.width, height: r.height },
      viewport: { width: vw, height: vh },
      inView,
      covered: inView && !(onTop === el || el.contains(onTop)) ? (onTop ? describe(onTop) : "nothing") : null,
      signature: JSON.stringify([el.tagName, FOCUS_PROPERTIES.map((p) => s.getPropertyValue(p)), backdrop(el), clipped, rects.length > 1]),
    };
  }

  /** Takes focus away without moving the sequential focus starting point far. */
  function blurFocused() {
    const el = document.activeElement;
    if (el && el !== document.body) el.blur();
    window.__wcagBlurred = el;
  }

  function refocus() {
    const el = window.__wcagBlurred;
    if (el) el.focus({ preventScroll: true, focusVisible: true });
  }

  window.__wcag = { reflow, applyTextSpacing, textProblems, focused, blurFocused, refocus, describe };
})();
