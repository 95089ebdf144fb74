//! GFM's extended autolinks: `www.example.org`, `https://example.org/a` and
//! `someone@example.org` written as plain text become links, as they do on
//! GitHub (GFM spec 0.29, section 6.9). pulldown-cmark does not find them,
//! so [`events`] wraps its event stream and splits text where it finds one,
//! with the rules of cmark-gfm's `autolink` extension, GitHub's own
//! renderer: where an address may start, which characters a domain may
//! hold, and which trailing punctuation, brackets and entity-like `&x;` are
//! left out of the link.
//!
//! The links are then treated like any other: the link policy decides
//! whether each becomes a link (`ftp://` does not), and `check` warns that
//! an address is poor link text.

use std::collections::VecDeque;
use std::iter::Peekable;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, OffsetIter, Parser, Tag, TagEnd};

/// The events chapters are rendered from: pulldown-cmark's for `src`, with
/// byte ranges, and GFM's extended autolinks as `Autolink` (web addresses)
/// or `Email` links.
pub fn events(src: &str) -> Events<'_> {
    Events {
        src,
        inner: Parser::new_ext(src, super::options())
            .into_offset_iter()
            .peekable(),
        ready: VecDeque::new(),
        no_links: 0,
        line_start: true,
    }
}

pub struct Events<'a> {
    src: &'a str,
    inner: Peekable<OffsetIter<'a>>,
    /// Events already split, waiting to be handed out.
    ready: VecDeque<(Event<'a>, Range<usize>)>,
    /// Open links, images, code blocks and metadata blocks, inside which
    /// text is never made a link.
    no_links: usize,
    /// Whether the next text starts a block's text or a line of it, where
    /// `www.` may start whatever the source has before it (`|` in a table).
    line_start: bool,
}

impl<'a> Iterator for Events<'a> {
    type Item = (Event<'a>, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(ready) = self.ready.pop_front() {
            return Some(ready);
        }
        let (event, range) = self.inner.next()?;
        let line_start = std::mem::replace(
            &mut self.line_start,
            matches!(
                event,
                Event::Start(_) | Event::SoftBreak | Event::HardBreak | Event::End(_)
            ) && !matches!(
                event,
                Event::Start(
                    Tag::Emphasis
                        | Tag::Strong
                        | Tag::Strikethrough
                        | Tag::Superscript
                        | Tag::Subscript
                )
            ) && !matches!(&event, Event::End(tag) if ends_inline(tag)),
        );
        match &event {
            Event::Start(
                Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_) | Tag::MetadataBlock(_),
            ) => self.no_links += 1,
            Event::End(
                TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock | TagEnd::MetadataBlock(_),
            ) => self.no_links = self.no_links.saturating_sub(1),
            Event::Text(_) if self.no_links == 0 => {
                return self.text_run(event, range, line_start);
            }
            _ => {}
        }
        Some((event, range))
    }
}

impl<'a> Events<'a> {
    /// A run of adjacent text events (pulldown-cmark splits text at
    /// entities, escapes and quotes), as one text if it holds no address,
    /// or split around the links found in it.
    fn text_run(
        &mut self,
        first: Event<'a>,
        range: Range<usize>,
        line_start: bool,
    ) -> Option<(Event<'a>, Range<usize>)> {
        // The usual case, text alone with nothing an address starts with,
        // is handed on as it came.
        if let Event::Text(t) = &first
            && !may_hold_address(t)
            && !matches!(self.inner.peek(), Some((Event::Text(_), _)))
        {
            return Some((first, range));
        }
        let mut run = vec![(first, range)];
        while let Some((Event::Text(_), _)) = self.inner.peek() {
            run.extend(self.inner.next());
        }
        let start = run[0].1.start;
        let end = run[run.len() - 1].1.end;
        // The text as typed: smart punctuation's `’` or `–` back to the
        // `'` or `--` typed (GitHub has none, and an address keeps them),
        // noting where each was typed back and what it showed.
        let mut typed = String::new();
        let mut smart: Vec<(Range<usize>, CowStr<'a>)> = Vec::new();
        for (e, r) in &run {
            if let Event::Text(t) = e {
                let source = self.src.get(r.clone()).unwrap_or("");
                match typed_as(t, source) {
                    Some(source) => {
                        smart.push((typed.len()..typed.len() + source.len(), t.clone()));
                        typed.push_str(source);
                    }
                    None => typed.push_str(t),
                }
            }
        }
        let before = if line_start {
            None
        } else {
            self.src.get(..start).and_then(|s| s.chars().next_back())
        };
        let block_end = match self.inner.peek() {
            None => true,
            Some((Event::End(tag), _)) => !ends_inline(tag),
            Some(_) => false,
        };
        let found = find(&typed, before, block_end);
        if found.is_empty() {
            self.ready.extend(run);
            return self.ready.pop_front();
        }
        // What the reader sees of a stretch of the typed text outside the
        // links: smart punctuation kept where a whole one is in it.
        let shown = |r: Range<usize>| -> CowStr<'a> {
            let mut out = String::new();
            let mut at = r.start;
            for (typed_back, showed) in smart
                .iter()
                .filter(|(t, _)| t.start >= r.start && t.end <= r.end)
            {
                out.push_str(&typed[at..typed_back.start]);
                out.push_str(showed);
                at = typed_back.end;
            }
            out.push_str(&typed[at..r.end]);
            out.into()
        };
        // Where each piece came from: exact when the text is the source as
        // written, else the whole run.
        let literal = self.src.get(start..end) == Some(typed.as_str());
        let at = |r: Range<usize>| {
            if literal {
                start + r.start..start + r.end
            } else {
                start..end
            }
        };
        let mut done = 0;
        for link in found {
            if link.range.start > done {
                let r = done..link.range.start;
                self.ready.push_back((Event::Text(shown(r.clone())), at(r)));
            }
            let (link_type, dest_url): (_, CowStr<'a>) = match link.kind {
                Kind::Web => (LinkType::Autolink, link.dest.into()),
                Kind::Email => (LinkType::Email, link.dest.into()),
            };
            let whole = at(link.range.clone());
            self.ready.push_back((
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title: "".into(),
                    id: "".into(),
                }),
                whole.clone(),
            ));
            let text: CowStr<'a> = typed[link.range.clone()].to_string().into();
            self.ready.push_back((Event::Text(text), whole.clone()));
            self.ready.push_back((Event::End(TagEnd::Link), whole));
            done = link.range.end;
        }
        if done < typed.len() {
            let r = done..typed.len();
            self.ready.push_back((Event::Text(shown(r.clone())), at(r)));
        }
        self.ready.pop_front()
    }
}

/// Whether `tag` ends an inline span (emphasis, a link), after which the
/// block's text goes on, rather than a block.
fn ends_inline(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// What smart punctuation's `shown` was typed as, if it is smart
/// punctuation and `source` is what was typed.
fn typed_as<'s>(shown: &str, source: &'s str) -> Option<&'s str> {
    // Four or more hyphens come as one run of dashes.
    if source.len() > 3
        && source.bytes().all(|b| b == b'-')
        && shown.chars().all(|c| c == '\u{2013}' || c == '\u{2014}')
    {
        return Some(source);
    }
    let typed = match shown {
        "\u{2013}" => "--",
        "\u{2014}" => "---",
        "\u{2026}" => "...",
        "\u{2018}" | "\u{2019}" => "'",
        "\u{201c}" | "\u{201d}" => "\"",
        _ => return None,
    };
    (source == typed).then_some(source)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `dest` is the address to link to (`http://` added before `www.`).
    Web,
    /// `dest` is the address without `mailto:` (as pulldown-cmark's own
    /// `<someone@example.org>` links), or with it if the text had it.
    Email,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The link text, as a byte range of the text searched.
    pub range: Range<usize>,
    pub dest: String,
    pub kind: Kind,
}

/// The extended autolinks in `text`, in order. `before` is the character
/// just before it in the source, if any: a `www.` address must start a
/// line or follow a space or one of `*_~(`. `block_end`: whether the text
/// ends its paragraph's (or heading's, or cell's) text.
pub fn find(text: &str, before: Option<char>, block_end: bool) -> Vec<Found> {
    let mut found = Vec::new();
    if !may_hold_address(text) {
        return found;
    }
    let b = text.as_bytes();
    // Web addresses, left to right (cmark-gfm finds them while parsing).
    let mut i = 0;
    let mut last_end = 0;
    while i < b.len() {
        let web = if b[i] == b'w' {
            let prev = if i == 0 {
                before
            } else {
                text[..i].chars().next_back()
            };
            let boundary = prev.is_none_or(|c| is_space(c) || "*_~(".contains(c));
            if boundary {
                www(text, i, block_end)
            } else {
                None
            }
        } else if b[i] == b':' && text[i..].starts_with("://") {
            url(text, i, last_end, block_end)
        } else {
            None
        };
        match web {
            Some((range, dest)) => {
                i = range.end;
                last_end = i;
                found.push(Found {
                    range,
                    dest,
                    kind: Kind::Web,
                });
            }
            None => i += 1,
        }
    }
    // Email addresses, in the text between web addresses.
    let mut emails = Vec::new();
    let mut from = 0;
    for gap_end in found
        .iter()
        .map(|f| f.range.start)
        .chain(std::iter::once(text.len()))
    {
        emails.extend(find_emails(text, from, gap_end));
        from = found
            .iter()
            .find(|f| f.range.start == gap_end)
            .map_or(gap_end, |f| f.range.end);
    }
    found.extend(emails);
    found.sort_by_key(|f| f.range.start);
    found
}

/// Whether `text` has what every address has: `www.`, `://` or `@`.
fn may_hold_address(text: &str) -> bool {
    text.contains('@') || text.contains("://") || text.contains("www.")
}

/// cmark's whitespace: space, tab, line feed, vertical tab, form feed,
/// carriage return.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// A character a host name may hold besides `.`, `-` and `_`: anything
/// but white space and punctuation (ASCII symbols count as punctuation).
fn is_host_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !c.is_whitespace() && c.is_alphanumeric()
    }
}

/// The length of the domain at the start of `s`, or `None` if it is not
/// one: host characters, hyphens and underscores in segments separated by
/// dots, with no underscore in the last two segments, and (unless
/// `short_ok`) at least one dot.
///
/// This is cmark-gfm's `check_domain`, byte for byte, so that the same
/// text is linked as on GitHub: it never looks at the first byte (the
/// caller has), nor at the last byte of a block's text (`block_end`), and
/// it stops at the second byte of a character beyond ASCII, so it checks
/// only up to the first such character.
fn domain(s: &str, short_ok: bool, block_end: bool) -> Option<usize> {
    let b = s.as_bytes();
    let size = if block_end { b.len() } else { b.len() + 1 };
    let (mut dots, mut underscores_before, mut underscores) = (0, 0, 0);
    let mut i = 1;
    while i + 1 < size {
        if b[i] == b'\\' && i + 2 < size {
            i += 1;
        }
        match b[i] {
            b'_' => underscores += 1,
            b'.' => {
                underscores_before = underscores;
                underscores = 0;
                dots += 1;
            }
            b'-' => {}
            _ if host_char_at(&b[i..]) => {}
            _ => break,
        }
        i += 1;
    }
    // cmark-gfm accepts underscores in very long domains, so that checking
    // one never takes quadratic time; so do we, to link what GitHub does.
    if (underscores_before > 0 || underscores > 0) && dots <= 10 {
        return None;
    }
    (short_ok || dots > 0).then_some(i.min(b.len()))
}

/// Whether the character starting at `b[0]` is a host character; `false`
/// in the middle of one.
fn host_char_at(b: &[u8]) -> bool {
    let len = match b[0] {
        0..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return false,
    };
    b.get(..len)
        .and_then(|c| std::str::from_utf8(c).ok())
        .and_then(|c| c.chars().next())
        .is_some_and(is_host_char)
}

/// Where a web address whose domain ends at `domain_end` of `s` ends: at
/// the next space or `<`, less what [`trim_end`] leaves out.
fn address_end(s: &str, domain_end: usize) -> usize {
    let b = s.as_bytes();
    let end = domain_end
        + b[domain_end..]
            .iter()
            // (Bytes 1 to 3 are the marks of a span in another language.)
            .position(|&c| {
                c == b'<' || (1..=3).contains(&c) || (c.is_ascii() && is_space(c as char))
            })
            .unwrap_or(b.len() - domain_end);
    trim_end(b, end)
}

/// `end` less the punctuation that ends a sentence, unmatched closing
/// brackets and an entity-like `&name;` (`b` starts at the address, or at
/// its `@` or `:`, as cmark-gfm counts brackets).
fn trim_end(b: &[u8], mut end: usize) -> usize {
    let opening = b[..end].iter().filter(|&&c| c == b'(').count();
    let mut closing = b[..end].iter().filter(|&&c| c == b')').count();
    while end > 0 {
        match b[end - 1] {
            b')' => {
                if closing <= opening {
                    break;
                }
                closing -= 1;
                end -= 1;
            }
            b'?' | b'!' | b'.' | b',' | b':' | b'*' | b'_' | b'~' | b'\'' | b'"' => end -= 1,
            b';' => {
                // `&hl;` at the end looks like an entity: left out.
                let name = b[..end - 1]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                let amp = end - 1 - name;
                if name > 0 && amp > 0 && b[amp - 1] == b'&' {
                    end = amp - 1;
                } else {
                    end -= 1;
                }
            }
            _ => break,
        }
    }
    end
}

/// `www.` followed by a domain, at byte `at` of `text`: where it is, and
/// the address to link to.
fn www(text: &str, at: usize, block_end: bool) -> Option<(Range<usize>, String)> {
    let s = &text[at..];
    if !s.starts_with("www.") {
        return None;
    }
    let domain = domain(s, false, block_end)?;
    let end = address_end(s, domain);
    (end > 0).then(|| (at..at + end, format!("http://{}", &s[..end])))
}

/// `http://`, `https://` or `ftp://` and a host, whose `://` is at byte
/// `colon` of `text`, not reaching back before `floor`: where it is, and
/// the address.
fn url(text: &str, colon: usize, floor: usize, block_end: bool) -> Option<(Range<usize>, String)> {
    let b = text.as_bytes();
    let scheme_start = colon
        - b[floor..colon]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    let scheme = &text[scheme_start..colon];
    if !["http", "https", "ftp"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(scheme))
    {
        return None;
    }
    let rest = &text[colon + 3..];
    if !rest.chars().next().is_some_and(is_host_char) {
        return None;
    }
    let domain = domain(rest, true, block_end)?;
    let s = &text[colon..];
    let end = colon + address_end(s, 3 + domain);
    (end > colon + 3).then(|| (scheme_start..end, text[scheme_start..end].to_string()))
}

/// Email addresses between bytes `from` and `to` of `text`: a local part
/// of letters, digits and `.+-_` (optionally after `mailto:`), `@`, and a
/// domain with at least one dot, ending in a letter.
fn find_emails(text: &str, from: usize, to: usize) -> Vec<Found> {
    let b = &text.as_bytes()[..to];
    let is_local = |c: u8| c.is_ascii_alphanumeric() || b".+-_".contains(&c);
    let mut found = Vec::new();
    let mut floor = from;
    let mut at_search = from;
    // Dots seen after an `@`. cmark-gfm keeps the count when a second `@`
    // makes it start again from there, so `a.b@c.d@e` links `c.d@e`; so
    // do we, to link what GitHub does.
    let mut dots = 0;
    let mut retry = false;
    while let Some(at) = b[at_search..].iter().position(|&c| c == b'@') {
        if !std::mem::take(&mut retry) {
            dots = 0;
        }
        let at = at_search + at;
        let local = b[floor..at]
            .iter()
            .rev()
            .take_while(|&&c| is_local(c))
            .count();
        if local == 0 {
            at_search = at + 1;
            floor = at + 1;
            continue;
        }
        let mut start = at - local;
        let mut mailto = false;
        if start >= floor + 7
            && &b[start - 7..start] == b"mailto:"
            && (start - 7 == floor || !b[start - 8].is_ascii_alphanumeric())
        {
            start -= 7;
            mailto = true;
        }
        // The domain: letters, digits, `-`, `_`, and dots followed by one
        // of the first two.
        let mut len = 1;
        let mut again = false;
        while at + len < b.len() {
            let c = b[at + len];
            if c.is_ascii_alphanumeric() || c == b'-' || c == b'_' {
            } else if c == b'@' {
                again = true;
                break;
            } else if c == b'.' && b.get(at + len + 1).is_some_and(u8::is_ascii_alphanumeric) {
                dots += 1;
            } else {
                break;
            }
            len += 1;
        }
        if again {
            // A second `@`: the address, if any, starts after the first.
            at_search = at + len;
            floor = at + 1;
            retry = true;
            continue;
        }
        let last = b[at + len - 1];
        if len < 2 || dots == 0 || !(last.is_ascii_alphabetic() || last == b'.') {
            at_search = at + len;
            floor = at + len;
            continue;
        }
        let len = trim_end(&b[at..], len);
        if len == 0 {
            at_search = at + 1;
            floor = at + 1;
            continue;
        }
        let range = start..at + len;
        found.push(Found {
            range: range.clone(),
            dest: text[range.clone()].to_string(),
            kind: if mailto { Kind::Web } else { Kind::Email },
        });
        floor = range.end;
        at_search = range.end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &str) -> Vec<(&str, String)> {
        find(text, None, true)
            .into_iter()
            .map(|f| (&text[f.range], f.dest))
            .collect()
    }

    fn one(text: &str) -> Option<String> {
        match links(text).as_slice() {
            [(t, _)] => Some(t.to_string()),
            [] => None,
            more => panic!("more than one link in {text:?}: {more:?}"),
        }
    }

    #[test]
    fn www_addresses_get_http() {
        assert_eq!(
            links("see www.gov.uk/opcat today"),
            [("www.gov.uk/opcat", "http://www.gov.uk/opcat".to_string())]
        );
        assert_eq!(one("www.gov"), Some("www.gov".into()));
        // Not after a letter, nor without a dot after `www`.
        assert_eq!(one("awww.gov.uk"), None);
        assert_eq!(one("www"), None);
        assert_eq!(one("(www.gov.uk)"), Some("www.gov.uk".into()));
        assert_eq!(one("*www.gov.uk*"), Some("www.gov.uk".into()));
    }

    #[test]
    fn the_source_before_the_text_decides_where_www_may_start() {
        assert!(find("www.gov.uk", Some('x'), true).is_empty());
        assert_eq!(find("www.gov.uk", Some(' '), true).len(), 1);
        assert_eq!(find("www.gov.uk", Some('_'), true).len(), 1);
    }

    #[test]
    fn schemes_http_https_and_ftp() {
        assert_eq!(
            one("at https://example.org/a/b."),
            Some("https://example.org/a/b".into())
        );
        assert_eq!(one("HTTP://EXAMPLE.ORG"), Some("HTTP://EXAMPLE.ORG".into()));
        assert_eq!(
            one("http://localhost:8080/x"),
            Some("http://localhost:8080/x".into())
        );
        assert_eq!(
            one("ftp://files.example.org"),
            Some("ftp://files.example.org".into())
        );
        assert_eq!(one("gopher://example.org"), None);
        assert_eq!(one("xhttp://example.org"), None);
        assert_eq!(one("http://"), None);
        assert_eq!(one("http:// example.org"), None);
    }

    #[test]
    fn trailing_punctuation_is_left_out() {
        for (text, link) in [
            ("www.example.org.", "www.example.org"),
            ("www.example.org/a.b,", "www.example.org/a.b"),
            ("www.example.org/?!:*_~'\"", "www.example.org/"),
            ("www.example.org/x<y", "www.example.org/x"),
        ] {
            assert_eq!(one(text).as_deref(), Some(link), "{text}");
        }
    }

    #[test]
    fn closing_brackets_only_when_they_match() {
        assert_eq!(one("www.a.org/f_(x)").as_deref(), Some("www.a.org/f_(x)"));
        assert_eq!(one("www.a.org/f_(x))").as_deref(), Some("www.a.org/f_(x)"));
        assert_eq!(one("(www.a.org/f_(x))").as_deref(), Some("www.a.org/f_(x)"));
        assert_eq!(one("www.a.org/f_((x)").as_deref(), Some("www.a.org/f_((x)"));
        assert_eq!(one("www.a.org/(x))y").as_deref(), Some("www.a.org/(x))y"));
    }

    #[test]
    fn an_entity_like_ending_is_left_out() {
        assert_eq!(
            one("www.a.org/?q=1&x=2").as_deref(),
            Some("www.a.org/?q=1&x=2")
        );
        assert_eq!(
            one("www.a.org/?q=1&amp;").as_deref(),
            Some("www.a.org/?q=1")
        );
        assert_eq!(one("www.a.org/x;").as_deref(), Some("www.a.org/x"));
    }

    #[test]
    fn no_underscore_in_the_last_two_segments() {
        assert_eq!(one("www._a.b.org"), Some("www._a.b.org".into()));
        assert_eq!(one("www.a_b.org"), None);
        assert_eq!(one("www.a.b_c"), None);
    }

    #[test]
    fn email_addresses() {
        assert_eq!(
            links("write to npm@justice.gov.uk."),
            [("npm@justice.gov.uk", "npm@justice.gov.uk".to_string())]
        );
        assert_eq!(find("x a.b-c_d+e@f.g", None, true)[0].kind, Kind::Email);
        assert_eq!(one("a@b+c.org"), None);
        assert_eq!(one("a@b.c-"), None);
        assert_eq!(one("a@b.c_"), None);
        assert_eq!(one("a@b"), None);
        assert_eq!(one("a@b.org2"), None);
        assert_eq!(one("@b.org"), None);
        assert_eq!(one("a@@b.org"), None);
        // The first `@` cannot start one: the second can.
        assert_eq!(one("x@y@b.org").as_deref(), Some("y@b.org"));
        let m = find("mailto:a@b.org", None, true);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].range.clone(), m[0].kind), (0..14, Kind::Web));
        assert_eq!(m[0].dest, "mailto:a@b.org");
    }

    #[test]
    fn several_in_one_text_in_order() {
        let text = "a@b.org, www.c.org and https://d.org/e@f.org";
        let found: Vec<&str> = find(text, None, true)
            .iter()
            .map(|f| &text[f.range.clone()])
            .collect();
        assert_eq!(found, ["a@b.org", "www.c.org", "https://d.org/e@f.org"]);
    }

    #[test]
    fn non_ascii_text_is_never_split_inside_a_character() {
        for text in [
            "é www.é.org é",
            "www.ü.de/ä?ö",
            "ü@ä.de",
            "ß http://ñ.es/ç)",
            "日本 www.例.jp。",
        ] {
            for f in find(text, None, true) {
                assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            }
        }
    }

    fn rendered(md: &str) -> Vec<String> {
        events(md)
            .map(|(e, r)| match e {
                Event::Start(Tag::Link {
                    dest_url,
                    link_type,
                    ..
                }) => {
                    format!("<{link_type:?} {dest_url} @{}..{}>", r.start, r.end)
                }
                Event::End(TagEnd::Link) => "</>".into(),
                Event::Text(t) => format!("{:?}", &*t),
                _ => String::new(),
            })
            .filter(|s| !s.is_empty())
            .collect()
    }

    #[test]
    fn the_event_stream_splits_text_around_links_with_their_source_ranges() {
        assert_eq!(
            rendered("See www.gov.uk now."),
            [
                "\"See \"",
                "<Autolink http://www.gov.uk @4..14>",
                "\"www.gov.uk\"",
                "</>",
                "\" now.\""
            ]
        );
        assert_eq!(
            rendered("Mail a@b.org"),
            ["\"Mail \"", "<Email a@b.org @5..12>", "\"a@b.org\"", "</>"]
        );
    }

    #[test]
    fn nothing_is_linked_inside_links_images_or_code() {
        for md in [
            "[www.a.org](https://b.org)",
            "[a](https://b.org) [www.a.org][x]\n\n[x]: https://c.org",
            "![www.a.org](x.png)",
            "`www.a.org`",
            "    www.a.org",
            "```\nwww.a.org\n```",
            "<https://a.org>",
            "<b@c.org>",
            "<span>www.a.org</span>",
        ] {
            let ours: Vec<_> = events(md).collect();
            let parser: Vec<_> = Parser::new_ext(md, super::super::options())
                .into_offset_iter()
                .collect();
            assert_eq!(ours, parser, "{md}");
        }
    }

    #[test]
    fn www_may_start_a_table_cell_or_a_line() {
        for md in [
            "|a|\n|-|\n|www.a.org|",
            "x\nwww.a.org",
            "*www.a.org*",
            "# www.a.org",
        ] {
            let links = events(md)
                .filter(|(e, _)| matches!(e, Event::Start(Tag::Link { .. })))
                .count();
            assert_eq!(links, 1, "{md}");
        }
        let after_code = events("`a`www.a.org")
            .filter(|(e, _)| matches!(e, Event::Start(Tag::Link { .. })))
            .count();
        assert_eq!(after_code, 0);
    }

    #[test]
    fn an_address_keeps_what_smart_punctuation_would_change() {
        let out = rendered("See https://a.org/x----y z");
        assert!(
            out.contains(&"\"https://a.org/x----y\"".to_string()),
            "{out:?}"
        );
        let out = rendered("See www.a.org/x--y/it's... and \"this\" -- here");
        assert!(
            out.contains(&"<Autolink http://www.a.org/x--y/it's @4..23>".to_string()),
            "{out:?}"
        );
        assert!(
            out.contains(&"\"www.a.org/x--y/it's\"".to_string()),
            "{out:?}"
        );
        // Outside the address, the typographic forms stay.
        let after: String = out[out.iter().position(|e| e == "</>").unwrap() + 1..].concat();
        assert!(
            after.contains('\u{2026}') && after.contains('\u{201c}') && after.contains('\u{2013}'),
            "{after}"
        );
    }

    #[test]
    fn text_split_by_the_parser_is_searched_whole() {
        // pulldown-cmark splits at `&`; the address is found across it,
        // with the range of the run because the text is not the source.
        let out = rendered("www.a.org/?q=1&amp;r=2 x");
        assert!(
            out.contains(&"\"www.a.org/?q=1&r=2\"".to_string()),
            "{out:?}"
        );
        // Nothing found: the events are as the parser gave them.
        let plain: Vec<_> = events("a &amp; b").collect();
        let parser: Vec<_> = Parser::new_ext("a &amp; b", super::super::options())
            .into_offset_iter()
            .collect();
        assert_eq!(plain, parser);
    }
}
