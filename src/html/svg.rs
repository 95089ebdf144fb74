//! Stage 3, render (HTML): what every picture drawn at build time as SVG
//! shares: numbers written the same way every build, and text escaped for
//! XML. Pure functions.

/// Fixed precision, and never "-0.0", so builds are byte-for-byte stable.
pub fn num(v: f64) -> String {
    let v = if v.abs() < 0.05 { 0.0 } else { v };
    format!("{v:.1}")
}

/// Escapes text for XML content and double- or single-quoted attributes, and
/// drops control characters XML cannot carry, but for the marks of text in
/// another language (`translate::marked`), which the page's last step
/// makes `<tspan lang>` in a `<text>` and drops elsewhere.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{FFFE}' | '\u{FFFF}' => {}
            crate::translate::ORIGINAL | crate::translate::ENGLISH | crate::translate::END => {
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}
