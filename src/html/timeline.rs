//! Stage 3, render (HTML): the designation timeline, drawn as inline SVG at
//! build time. Pure functions of the registry and the right-hand edge of the
//! time axis: no I/O, no clock, and the same input gives the same bytes.
//!
//! Two pictures: the whole NPM (one bar per body, the designation instruments
//! as vertical rules, member counts along the top) and one body's own bar.
//! Both are `role="img"` with a `<title>` and a `<desc>` that says in words
//! what the picture shows, computed from the data.

use std::fmt::Write;

use crate::content::date::{Date, days_in_month};
use crate::i18n::{Catalogue, Var};
use crate::registry::{Designation, EndReason, Ended, MemberBody, Period, Registry};
use crate::site::Site;

use super::svg::{esc, num};
use crate::translate::plain;

/// The viewBox is this wide; CSS scales it (`width: 100%; height: auto`).
const WIDTH: f64 = 960.0;
/// Room right of the axis for the open-ended arrow of current members.
const RIGHT: f64 = 30.0;
const ROW: f64 = 24.0;
const BAR: f64 = 14.0;
const BODY_BAR: f64 = 18.0;
const LANE: f64 = 15.0;
const FONT: f64 = 12.0;
const SMALL: f64 = 11.0;

// Colours with good contrast on white (GOV.UK palette).
const BLUE: &str = "#1d70b8";
const GREY: &str = "#505a5f";
const TEXT: &str = "#0b0c0c";
const WHITE: &str = "#ffffff";
const LIGHT: &str = "#f3f2f1";

const RULE_STYLE: &str = r##"stroke="#505a5f" stroke-width="1" stroke-dasharray="4 3""##;
const MARK_STYLE: &str = r##"stroke="#0b0c0c" stroke-width="2""##;

/// The whole NPM: one bar per body, instruments as vertical rules, member counts.
pub fn history_svg(reg: &Registry, end: Date, w: &Catalogue) -> String {
    let id = "timeline";
    let mut bodies: Vec<&MemberBody> = reg.bodies.iter().collect();
    let order = crate::i18n::NameOrder::new(&w.language);
    bodies.sort_by(|a, b| {
        a.designated
            .cmp(&b.designated)
            .then_with(|| order.cmp(&a.name, &b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    // The label column is as wide as the longest label, within reason.
    let label_w = bodies
        .iter()
        .map(|b| text_width(short_name(b), FONT))
        .fold(text_width(&w.text("timeline-members"), FONT), f64::max);
    let x0 = (label_w + 16.0).clamp(72.0, 320.0);
    let axis = Axis::new(registry_dates(reg), end, x0, WIDTH - RIGHT);

    let (rules, lanes) = place_rules(&reg.designations, &axis);
    let band_y = 4.0 + lanes as f64 * 14.0 + 6.0;
    let rows_y = band_y + 20.0 + 10.0;
    let axis_y = rows_y + bodies.len() as f64 * ROW + 4.0;
    let height = axis_y + 50.0;

    let periods = reg.periods();
    let mut svg = Svg::open(
        id,
        height,
        &w.text("timeline-history-title"),
        &history_desc(reg, &bodies, &periods, &axis, end, w),
    );
    draw_year_axis(&mut svg, &axis, axis_y);
    draw_counts(&mut svg, &periods, &axis, band_y, w);
    draw_rules(&mut svg, &rules, axis_y, w);
    for (i, b) in bodies.iter().enumerate() {
        draw_row(&mut svg, reg, b, &axis, rows_y + i as f64 * ROW, w);
    }
    draw_legend(&mut svg, reg, axis.x0, axis_y + 40.0, w);
    svg.finish()
}

/// One body's own timeline: its designation bar, renames, end/successor.
pub fn body_svg(reg: &Registry, body: &MemberBody, end: Date, w: &Catalogue) -> String {
    let id = format!("timeline-{}", id_safe(&body.id));
    // The same time axis as the whole NPM, so the body's pictures line up.
    let dates = registry_dates(reg).chain(body_dates(body));
    // Room left of the first year for half its label, letter-spaced.
    let axis = Axis::new(dates, end, 24.0, WIDTH - RIGHT);
    let (rules, lanes) = place_rules(&reg.designations, &axis);
    let bar_y = 4.0 + lanes as f64 * 14.0 + 10.0;
    let start = axis.x(body.designated);
    let stop = bar_end(body, &axis);
    let names = NameHistory::of(body);

    // Dates under the bar, in lanes so that none overlaps another.
    let replaced: Vec<String> = predecessors(reg, body)
        .map(|old| short_name(old).to_string())
        .collect();
    // Each date also as `$when`, for languages that put a word before it.
    let date = Var::from(w.date(body.designated));
    let on = Var::from(on_date(body.designated, w));
    let designated = if replaced.is_empty() {
        w.tf("timeline-note-designated", &[("date", date), ("when", on)])
    } else {
        w.tf(
            "timeline-note-designated-in-place-of",
            &[
                ("date", date),
                ("when", on),
                ("bodies", Var::from(join_and(&replaced, w))),
            ],
        )
    };
    let mut notes = vec![Note::new(start, Anchor::Start, designated)];
    for r in &names.renames {
        notes.push(Note::new(
            axis.x(r.date),
            Anchor::Start,
            renamed(short(r.name, r.abbr), r, w),
        ));
    }
    notes.push(match &body.ended {
        Some(e) => Note::new(
            stop,
            Anchor::End,
            w.tf(
                "timeline-note-ended",
                &[
                    ("date", Var::from(w.date(e.date))),
                    ("when", Var::from(on_date(e.date, w))),
                ],
            ),
        ),
        None => Note::new(stop, Anchor::End, w.text("timeline-note-still-member")),
    });
    let mut under = Lanes::default();
    let placed: Vec<(Note, usize)> = notes
        .into_iter()
        .map(|n| {
            let (from, to) = n.extent();
            let lane = under.place(from, to);
            (n, lane)
        })
        .collect();
    let notes_y = bar_y + BODY_BAR + 16.0;
    let axis_y = notes_y + (under.count().max(1) - 1) as f64 * LANE + 10.0;
    let height = axis_y + 28.0;

    let mut svg = Svg::open(
        &id,
        height,
        &w.tf(
            "timeline-body-title",
            &[("body", Var::from(body.name.as_str()))],
        ),
        &body_desc(reg, body, &axis, end, w),
    );
    draw_year_axis(&mut svg, &axis, axis_y);
    draw_rules(&mut svg, &rules, axis_y, w);
    svg.open_group(
        "timeline-chart__row",
        &row_title(reg, body, w),
        Some(&body.id),
    );
    draw_bar(&mut svg, reg, body, &axis, (bar_y, BODY_BAR), true, w);
    for (note, lane) in &placed {
        svg.text(
            Text::Date,
            note.x,
            notes_y + *lane as f64 * LANE,
            note.anchor,
            &note.text,
        );
    }
    svg.close_group();
    svg.finish()
}

// ---------------------------------------------------------------------------
// Time → x.

/// Maps fractional years onto the x axis.
struct Axis {
    first_year: u16,
    start: f64,
    end: f64,
    x0: f64,
    x1: f64,
}

impl Axis {
    /// From 1 January of the earliest year to `end`, or to the latest date
    /// drawn if that is later, so that nothing falls off the edge.
    fn new(dates: impl Iterator<Item = Date>, end: Date, x0: f64, x1: f64) -> Axis {
        let mut first = end.year;
        let mut last = year_fraction(end);
        for d in dates {
            first = first.min(d.year);
            last = last.max(year_fraction(d));
        }
        let start = f64::from(first);
        Axis {
            first_year: first,
            start,
            end: last.max(start + 1.0),
            x0,
            x1,
        }
    }

    fn at(&self, t: f64) -> f64 {
        let f = ((t - self.start) / (self.end - self.start)).clamp(0.0, 1.0);
        self.x0 + f * (self.x1 - self.x0)
    }

    fn x(&self, d: Date) -> f64 {
        self.at(year_fraction(d))
    }

    fn per_year(&self) -> f64 {
        (self.x1 - self.x0) / (self.end - self.start)
    }
}

/// The date as a fractional year. Imprecise dates sit in the middle of what
/// they can mean: a year alone is 1 July, a month alone its 15th.
fn year_fraction(d: Date) -> f64 {
    let month = d.month.unwrap_or(7).clamp(1, 12);
    let day = match (d.month, d.day) {
        (Some(_), Some(day)) => day.clamp(1, days_in_month(d.year, month)),
        (Some(_), None) => 15,
        (None, _) => 1,
    };
    let before: u32 = (1..month)
        .map(|m| u32::from(days_in_month(d.year, m)))
        .sum();
    let in_year: u32 = (1..=12).map(|m| u32::from(days_in_month(d.year, m))).sum();
    f64::from(d.year) + f64::from(before + u32::from(day) - 1) / f64::from(in_year)
}

/// Every date the history picture draws, for the extent of its axis.
fn registry_dates(reg: &Registry) -> impl Iterator<Item = Date> + '_ {
    reg.designations
        .iter()
        .map(|d| d.date)
        .chain(reg.bodies.iter().flat_map(body_dates))
}

fn body_dates(b: &MemberBody) -> impl Iterator<Item = Date> + '_ {
    std::iter::once(b.designated).chain(b.ended.as_ref().map(|e| e.date))
}

/// Where a body's bar stops: its end date, or the right-hand edge.
fn bar_end(b: &MemberBody, axis: &Axis) -> f64 {
    let start = axis.x(b.designated);
    b.ended
        .as_ref()
        .map_or(axis.x1, |e| axis.x(e.date))
        .max(start)
}

// ---------------------------------------------------------------------------
// Names over time.

/// What a body was called while it was a member.
struct NameHistory<'a> {
    /// (name, abbreviation) when it was designated.
    first: (&'a str, &'a str),
    /// Changes of name while the designation lasted, oldest first.
    renames: Vec<Rename<'a>>,
}

/// A change of name: from `date` the body was called `name`.
struct Rename<'a> {
    date: Date,
    name: &'a str,
    abbr: &'a str,
    /// The sources do not settle the date: the words say so.
    uncertain: bool,
}

impl Rename<'_> {
    /// "in July 2017", or "in July 2017 (uncertain)".
    fn when(&self, w: &Catalogue) -> String {
        let when = on_date(self.date, w);
        if self.uncertain {
            w.tf("timeline-when-uncertain", &[("when", Var::from(when))])
        } else {
            when
        }
    }
}

/// "Renamed HMICFRS in July 2017": a rename's label and its mark's tooltip.
fn renamed(name: &str, r: &Rename, w: &Catalogue) -> String {
    w.tf(
        "timeline-renamed",
        &[("name", Var::from(name)), ("when", Var::from(r.when(w)))],
    )
}

impl<'a> NameHistory<'a> {
    fn of(b: &'a MemberBody) -> NameHistory<'a> {
        // Names dropped before the designation never appear on the bar.
        let mut former: Vec<_> = b
            .names
            .iter()
            .filter(|n| n.until.key() > b.designated.key())
            .collect();
        former.sort_by(|x, y| {
            x.until
                .cmp(&y.until)
                .then_with(|| plain(&x.name).cmp(&plain(&y.name)))
        });
        let names: Vec<(&str, &str)> = former
            .iter()
            .map(|n| (n.name.as_str(), n.abbreviation.as_deref().unwrap_or("")))
            .chain(std::iter::once((b.name.as_str(), b.abbreviation.as_str())))
            .collect();
        let renames = former
            .iter()
            .enumerate()
            .filter(|(_, n)| {
                b.ended
                    .as_ref()
                    .is_none_or(|e| n.until.key() < e.date.key())
            })
            .map(|(i, n)| Rename {
                date: n.until,
                name: names[i + 1].0,
                abbr: names[i + 1].1,
                uncertain: n.fact.uncertain,
            })
            .collect();
        NameHistory {
            first: names[0],
            renames,
        }
    }
}

/// The abbreviation, or the name when there is none.
fn short<'a>(name: &'a str, abbr: &'a str) -> &'a str {
    if abbr.trim().is_empty() { name } else { abbr }
}

fn short_name(b: &MemberBody) -> &str {
    short(&b.name, &b.abbreviation)
}

/// "Care Inspectorate (CI)".
fn full(name: &str, abbr: &str) -> String {
    if abbr.trim().is_empty() || abbr == name {
        name.to_string()
    } else {
        format!("{name} ({abbr})")
    }
}

fn full_name(b: &MemberBody) -> String {
    full(&b.name, &b.abbreviation)
}

/// "superseded by CI", for the bar's end mark.
fn end_mark(reg: &Registry, e: &Ended, w: &Catalogue) -> String {
    let successor = e
        .successor
        .as_deref()
        .map(|s| reg.body(s).map_or(s, short_name));
    end_words(e.reason, successor, w)
}

/// "superseded by Care Inspectorate (CI)", for sentences.
fn end_text(reg: &Registry, e: &Ended, w: &Catalogue) -> String {
    let successor = e
        .successor
        .as_deref()
        .map(|s| reg.body(s).map_or_else(|| s.to_string(), full_name));
    end_words(e.reason, successor.as_deref(), w)
}

fn end_words(reason: EndReason, successor: Option<&str>, w: &Catalogue) -> String {
    let (alone, with_successor) = match reason {
        EndReason::Superseded => ("timeline-end-superseded", "timeline-end-superseded-by"),
        EndReason::Withdrawn => (
            "timeline-end-withdrawn",
            "timeline-end-withdrawn-succeeded-by",
        ),
        EndReason::Abolished => (
            "timeline-end-abolished",
            "timeline-end-abolished-succeeded-by",
        ),
    };
    match successor {
        Some(s) => w.tf(with_successor, &[("successor", Var::from(s))]),
        None => w.text(alone),
    }
}

// ---------------------------------------------------------------------------
// Words: the titles and descriptions.

/// "on 3 December 2013", "in July 2017", "in 2017".
fn on_date(d: Date, w: &Catalogue) -> String {
    when(&w.date(d), precision(d), w)
}

/// How precise a date is, for the messages whose words depend on it:
/// `day`, `month` or `year`.
fn precision(d: Date) -> &'static str {
    match (d.month, d.day) {
        (Some(_), Some(_)) => "day",
        (Some(_), None) => "month",
        _ => "year",
    }
}

/// `date`, already written, with the preposition its `precision` (`day`,
/// `month` or `year`) takes.
fn when(date: &str, precision: &str, w: &Catalogue) -> String {
    w.tf(
        "timeline-when",
        &[
            ("date", Var::from(date)),
            ("precision", Var::from(precision)),
        ],
    )
}

/// "a", "a and b", "a, b and c", with the language's words between.
fn join_and(items: &[String], w: &Catalogue) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            // The words carry their own spaces (Arabic's و has none after).
            let comma = w.text("list-comma");
            format!("{}{}{last}", init.join(&comma), w.text("list-and"))
        }
    }
}

/// "Membership rose from 18 in 2009 to 20 in 2013 and 21 in 2017."
fn membership_sentence(periods: &[Period], w: &Catalogue) -> String {
    // Only changes of the count: a body replaced by another on one day
    // starts a new period with the same count, and is described elsewhere.
    let mut counts: Vec<&Period> = Vec::new();
    for p in periods {
        if counts.last().is_none_or(|last| last.members != p.members) {
            counts.push(p);
        }
    }
    let periods = counts.as_slice();
    // Years say it shortest, unless two changes fall in the same year.
    let mut years: Vec<u16> = periods.iter().map(|p| p.from.year).collect();
    years.dedup();
    let by_year = years.len() == periods.len();
    let at = |d: Date| {
        if by_year {
            when(&d.year.to_string(), "year", w)
        } else {
            on_date(d, w)
        }
    };
    match periods {
        [] => String::new(),
        [only] => w.tf(
            "timeline-membership-since",
            &[
                ("count", Var::from(only.members)),
                ("date", Var::from(w.date(only.from))),
            ],
        ),
        [first, rest @ ..] => {
            let id = if periods.windows(2).all(|p| p[1].members > p[0].members) {
                "timeline-membership-rose"
            } else if periods.windows(2).all(|p| p[1].members < p[0].members) {
                "timeline-membership-fell"
            } else {
                "timeline-membership-changed"
            };
            let steps: Vec<String> = rest
                .iter()
                .map(|p| {
                    w.tf(
                        "timeline-membership-step",
                        &[
                            ("count", Var::from(p.members)),
                            ("when", Var::from(at(p.from))),
                        ],
                    )
                })
                .collect();
            w.tf(
                id,
                &[
                    ("first", Var::from(first.members)),
                    ("when", Var::from(at(first.from))),
                    ("steps", Var::from(join_and(&steps, w))),
                ],
            )
        }
    }
}

fn instruments_sentence(reg: &Registry, w: &Catalogue) -> String {
    if reg.designations.is_empty() {
        return String::new();
    }
    let dates: Vec<String> = reg.designations.iter().map(|d| w.date(d.date)).collect();
    w.tf(
        "timeline-instruments",
        &[
            ("count", Var::from(reg.designations.len())),
            ("dates", Var::from(join_and(&dates, w))),
        ],
    )
}

fn history_desc(
    reg: &Registry,
    bodies: &[&MemberBody],
    periods: &[Period],
    axis: &Axis,
    end: Date,
    w: &Catalogue,
) -> String {
    if bodies.is_empty() {
        return w.text("timeline-history-desc-empty");
    }
    let mut parts = vec![w.tf(
        "timeline-history-desc",
        &[
            ("count", Var::from(bodies.len())),
            ("from", Var::from(axis.first_year.to_string())),
            ("to", Var::from(w.date(end))),
            ("precision", Var::from(precision(end))),
        ],
    )];
    parts.push(instruments_sentence(reg, w));
    parts.push(membership_sentence(periods, w));
    for b in bodies {
        if let Some(e) = &b.ended {
            parts.push(w.tf(
                "timeline-history-ended",
                &[
                    ("body", Var::from(full_name(b))),
                    ("when", Var::from(on_date(e.date, w))),
                    ("how", Var::from(end_text(reg, e, w))),
                ],
            ));
        }
    }
    // In the order they happened, across bodies.
    let mut renames: Vec<(Date, String)> = bodies
        .iter()
        .flat_map(|b| {
            let names = NameHistory::of(b);
            let mut old = short(names.first.0, names.first.1);
            names
                .renames
                .into_iter()
                .map(|r| {
                    let new = short(r.name, r.abbr);
                    let s = w.tf(
                        "timeline-history-renamed-item",
                        &[
                            ("old", Var::from(old)),
                            ("new", Var::from(new)),
                            ("when", Var::from(r.when(w))),
                        ],
                    );
                    old = new;
                    (r.date, s)
                })
                .collect::<Vec<_>>()
        })
        .collect();
    renames.sort_by_key(|r| r.0);
    let renames: Vec<String> = renames.into_iter().map(|(_, s)| s).collect();
    if !renames.is_empty() {
        parts.push(w.tf(
            "timeline-history-renamed",
            &[("renames", Var::from(join_and(&renames, w)))],
        ));
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

fn body_desc(reg: &Registry, b: &MemberBody, axis: &Axis, end: Date, w: &Catalogue) -> String {
    let names = NameHistory::of(b);
    let mut parts = Vec::new();
    let body = Var::from(full_name(b));
    let when = Var::from(on_date(b.designated, w));
    parts.push(if names.renames.is_empty() {
        w.tf(
            "timeline-body-desc-designated",
            &[("body", body), ("when", when)],
        )
    } else {
        let first = Var::from(full(names.first.0, names.first.1));
        w.tf(
            "timeline-body-desc-designated-as",
            &[("body", body), ("when", when), ("name", first)],
        )
    });
    for r in &names.renames {
        parts.push(w.tf(
            "timeline-body-desc-renamed",
            &[
                ("name", Var::from(full(r.name, r.abbr))),
                ("when", Var::from(r.when(w))),
            ],
        ));
    }
    match &b.ended {
        Some(e) => parts.push(w.tf(
            "timeline-body-desc-ended",
            &[
                ("when", Var::from(on_date(e.date, w))),
                ("how", Var::from(end_text(reg, e, w))),
            ],
        )),
        None => parts.push(w.text("timeline-body-desc-still-member")),
    }
    for old in predecessors(reg, b) {
        parts.push(w.tf(
            "timeline-body-desc-took-place-of",
            &[("body", Var::from(full_name(old)))],
        ));
    }
    parts.push(w.tf(
        "timeline-body-desc-axis",
        &[
            ("from", Var::from(axis.first_year.to_string())),
            ("to", Var::from(w.date(end))),
            ("precision", Var::from(precision(end))),
            ("count", Var::from(reg.designations.len())),
        ],
    ));
    parts.join(" ")
}

/// Bodies whose designation this one took over.
fn predecessors<'a>(reg: &'a Registry, b: &'a MemberBody) -> impl Iterator<Item = &'a MemberBody> {
    reg.bodies.iter().filter(move |old| {
        old.ended
            .as_ref()
            .is_some_and(|e| e.successor.as_deref() == Some(b.id.as_str()))
    })
}

/// The tooltip of a bar.
fn row_title(reg: &Registry, b: &MemberBody, w: &Catalogue) -> String {
    let names = NameHistory::of(b);
    let mut parts = vec![w.tf(
        "timeline-row-designated",
        &[
            ("date", Var::from(w.date(b.designated))),
            ("when", Var::from(on_date(b.designated, w))),
        ],
    )];
    for old in predecessors(reg, b) {
        parts.push(w.tf(
            "timeline-row-took-place-of",
            &[("body", Var::from(short_name(old)))],
        ));
    }
    for r in &names.renames {
        parts.push(w.tf(
            "timeline-row-renamed",
            &[
                ("name", Var::from(short(r.name, r.abbr))),
                ("when", Var::from(r.when(w))),
            ],
        ));
    }
    parts.push(match &b.ended {
        Some(e) => w.tf(
            "timeline-row-ended",
            &[
                ("how", Var::from(end_text(reg, e, w))),
                ("when", Var::from(on_date(e.date, w))),
            ],
        ),
        None => w.text("timeline-row-still-member"),
    });
    let separator = format!("{} ", w.text("timeline-row-separator"));
    w.tf(
        "timeline-row",
        &[
            ("body", Var::from(full_name(b))),
            ("facts", Var::from(parts.join(&separator))),
        ],
    )
}

// ---------------------------------------------------------------------------
// Drawing.

fn draw_year_axis(svg: &mut Svg, axis: &Axis, y: f64) {
    svg.raw(r#"<g class="timeline-chart__axis">"#);
    svg.line(
        "timeline-chart__axis-line",
        (axis.x0, y),
        (axis.x1, y),
        r##"stroke="#505a5f" stroke-width="1""##,
        None,
    );
    let step = [1_i32, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&s| f64::from(s) * axis.per_year() >= 40.0)
        .unwrap_or(100);
    let first = axis.start.ceil() as i32;
    let last = axis.end.floor() as i32;
    for year in first..=last {
        let x = axis.at(f64::from(year));
        if year % step == 0 {
            svg.line(
                "timeline-chart__tick",
                (x, y),
                (x, y + 6.0),
                r##"stroke="#505a5f" stroke-width="1""##,
                None,
            );
            svg.text(Text::Year, x, y + 19.0, Anchor::Middle, &year.to_string());
        } else if axis.per_year() >= 8.0 {
            svg.line(
                "timeline-chart__tick timeline-chart__tick--minor",
                (x, y),
                (x, y + 3.0),
                r##"stroke="#505a5f" stroke-width="1""##,
                None,
            );
        }
    }
    svg.raw("</g>");
}

/// The number of members over time, as a band of labelled steps.
fn draw_counts(svg: &mut Svg, periods: &[Period], axis: &Axis, y: f64, w: &Catalogue) {
    if periods.is_empty() {
        return;
    }
    svg.raw(r#"<g class="timeline-chart__counts">"#);
    svg.text(
        Text::Count,
        axis.x0 - 8.0,
        y + 14.0,
        Anchor::End,
        &w.text("timeline-members"),
    );
    for (i, p) in periods.iter().enumerate() {
        let from = axis.x(p.from);
        let to = periods.get(i + 1).map_or(axis.x1, |n| axis.x(n.from));
        let count = Var::from(p.members);
        let since = Var::from(w.date(p.from));
        let title = match p.to {
            Some(until) => w.tf(
                "timeline-members-from-to",
                &[
                    ("count", count),
                    ("from", since),
                    ("to", Var::from(w.date(until))),
                ],
            ),
            None => w.tf(
                "timeline-members-from",
                &[("count", count), ("from", since)],
            ),
        };
        svg.open_group("timeline-chart__period", &title, None);
        svg.rect(
            "timeline-chart__count",
            (from, y, (to - from).max(0.0), 20.0),
            &format!(r#"fill="{LIGHT}" stroke="{GREY}" stroke-width="1""#),
        );
        let long = w.tf("timeline-members-count", &[("count", Var::from(p.members))]);
        let short = p.members.to_string();
        let label = [long, short]
            .into_iter()
            .find(|l| text_width(l, FONT) + 8.0 <= to - from);
        if let Some(label) = label {
            svg.text(
                Text::Count,
                (from + to) / 2.0,
                y + 14.0,
                Anchor::Middle,
                &label,
            );
        }
        svg.close_group();
    }
    svg.raw("</g>");
}

/// An instrument's rule, with its year label in a lane at the top.
struct Rule<'a> {
    x: f64,
    lane: usize,
    instrument: &'a Designation,
}

/// Labels sit right of their rule like flags; a label that would overlap an
/// earlier one drops to the next lane down.
fn place_rules<'a>(instruments: &'a [Designation], axis: &Axis) -> (Vec<Rule<'a>>, usize) {
    let mut lanes = Lanes::default();
    let rules = instruments
        .iter()
        .map(|d| {
            let x = axis.x(d.date);
            let w = text_width(&d.date.year.to_string(), FONT);
            let lane = lanes.place(x, x + 3.0 + w);
            Rule {
                x,
                lane,
                instrument: d,
            }
        })
        .collect();
    (rules, lanes.count().max(1))
}

fn draw_rules(svg: &mut Svg, rules: &[Rule], bottom: f64, w: &Catalogue) {
    for r in rules {
        let d = r.instrument;
        let top = 4.0 + r.lane as f64 * 14.0;
        svg.open_group(
            "timeline-chart__instrument",
            &w.tf(
                "timeline-instrument",
                &[
                    ("title", Var::from(d.title.as_str())),
                    ("date", Var::from(w.date(d.date))),
                ],
            ),
            None,
        );
        svg.line(
            "timeline-chart__rule",
            (r.x, top),
            (r.x, bottom),
            RULE_STYLE,
            None,
        );
        svg.text(
            Text::Rule,
            r.x + 3.0,
            top + 11.0,
            Anchor::Start,
            &d.date.year.to_string(),
        );
        svg.close_group();
    }
}

fn draw_row(svg: &mut Svg, reg: &Registry, b: &MemberBody, axis: &Axis, top: f64, w: &Catalogue) {
    let bar_y = top + 5.0;
    svg.open_group("timeline-chart__row", &row_title(reg, b, w), Some(&b.id));
    svg.text(
        Text::Body,
        axis.x0 - 8.0,
        bar_y + BAR / 2.0 + 4.0,
        Anchor::End,
        short_name(b),
    );
    draw_bar(svg, reg, b, axis, (bar_y, BAR), false, w);
    svg.close_group();
}

/// The bar itself: its names along it, a tick at each rename, and either an
/// end mark (with the successor) or an arrow that says it goes on.
/// `name_every_stretch` names the bar even when the body kept one name (the
/// history picture names each row on the left already).
fn draw_bar(
    svg: &mut Svg,
    reg: &Registry,
    b: &MemberBody,
    axis: &Axis,
    (y, h): (f64, f64),
    name_every_stretch: bool,
    w: &Catalogue,
) {
    let names = NameHistory::of(b);
    let start = axis.x(b.designated);
    let stop = bar_end(b, axis);
    let (class, fill) = match b.ended {
        Some(_) => ("timeline-chart__bar timeline-chart__bar--ended", GREY),
        None => ("timeline-chart__bar timeline-chart__bar--current", BLUE),
    };
    svg.rect(
        class,
        (start, y, (stop - start).max(1.0), h),
        &format!(r#"fill="{fill}""#),
    );
    let baseline = y + h / 2.0 + 4.0;

    // The stretches between renames, each with the name then in use.
    let ticks: Vec<f64> = names
        .renames
        .iter()
        .map(|r| axis.x(r.date).clamp(start, stop))
        .collect();
    let bounds: Vec<f64> = std::iter::once(start)
        .chain(ticks.iter().copied())
        .chain(std::iter::once(stop))
        .collect();
    let labels: Vec<&str> = std::iter::once(short(names.first.0, names.first.1))
        .chain(names.renames.iter().map(|r| short(r.name, r.abbr)))
        .collect();
    let mut last_used = 0.0;
    if name_every_stretch || !names.renames.is_empty() {
        for (i, label) in labels.iter().enumerate() {
            let (from, to) = (bounds[i], bounds[i + 1]);
            let width = text_width(label, SMALL);
            if width + 10.0 <= to - from {
                svg.text(Text::OnBar, from + 5.0, baseline, Anchor::Start, label);
                if i + 1 == labels.len() {
                    last_used = width + 5.0;
                }
            }
        }
    }
    for (r, &x) in names.renames.iter().zip(&ticks) {
        svg.line(
            "timeline-chart__rename",
            (x, y - 3.0),
            (x, y + h + 3.0),
            MARK_STYLE,
            Some(&renamed(&full(r.name, r.abbr), r, w)),
        );
    }

    match &b.ended {
        Some(e) => {
            svg.line(
                "timeline-chart__end",
                (stop, y - 3.0),
                (stop, y + h + 3.0),
                MARK_STYLE,
                None,
            );
            // Right of the end mark if there is room, else inside the bar.
            let mark = end_mark(reg, e, w);
            let width = text_width(&mark, FONT);
            let room_inside = stop - bounds[bounds.len() - 2] - last_used;
            if stop + 6.0 + width <= WIDTH - 4.0 {
                svg.text(Text::End, stop + 6.0, baseline, Anchor::Start, &mark);
            } else if text_width(&mark, SMALL) + 15.0 <= room_inside {
                svg.text(Text::OnBar, stop - 5.0, baseline, Anchor::End, &mark);
            }
        }
        None => svg.polygon(
            "timeline-chart__open",
            &[
                (stop, y - 2.0),
                (stop + 9.0, y + h / 2.0),
                (stop, y + h + 2.0),
            ],
            &format!(r#"fill="{BLUE}""#),
        ),
    }
}

/// What the marks mean, for readers who cannot see the description.
fn draw_legend(svg: &mut Svg, reg: &Registry, x: f64, y: f64, w: &Catalogue) {
    let any_current = reg.bodies.iter().any(MemberBody::is_current);
    let any_ended = reg.bodies.iter().any(|b| b.ended.is_some());
    let any_renamed = reg
        .bodies
        .iter()
        .any(|b| !NameHistory::of(b).renames.is_empty());
    let keys = [
        (any_current, Key::Current, "timeline-key-current"),
        (any_ended, Key::Ended, "timeline-key-ended"),
        (any_renamed, Key::Renamed, "timeline-key-renamed"),
        (
            !reg.designations.is_empty(),
            Key::Instrument,
            "timeline-key-instrument",
        ),
    ];
    svg.raw(r#"<g class="timeline-chart__legend">"#);
    let mut x = x;
    for (_, key, id) in keys.into_iter().filter(|k| k.0) {
        let label = &w.text(id);
        let mid = x + 8.0;
        match key {
            Key::Current => svg.rect(
                "timeline-chart__key timeline-chart__key--current",
                (x, y - 9.0, 16.0, 10.0),
                &format!(r#"fill="{BLUE}""#),
            ),
            Key::Ended => svg.rect(
                "timeline-chart__key timeline-chart__key--ended",
                (x, y - 9.0, 16.0, 10.0),
                &format!(r#"fill="{GREY}""#),
            ),
            Key::Renamed => svg.line(
                "timeline-chart__key timeline-chart__key--rename",
                (mid, y - 11.0),
                (mid, y + 3.0),
                MARK_STYLE,
                None,
            ),
            Key::Instrument => svg.line(
                "timeline-chart__key timeline-chart__key--rule",
                (mid, y - 12.0),
                (mid, y + 3.0),
                RULE_STYLE,
                None,
            ),
        }
        svg.text(Text::Legend, x + 22.0, y, Anchor::Start, label);
        x += 22.0 + text_width(label, FONT) + 18.0;
    }
    svg.raw("</g>");
}

#[derive(Debug, Clone, Copy)]
enum Key {
    Current,
    Ended,
    Renamed,
    Instrument,
}

// ---------------------------------------------------------------------------
// The SVG text itself.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// Every kind of text in the pictures: its class and presentation.
#[derive(Debug, Clone, Copy)]
enum Text {
    Body,
    OnBar,
    Rule,
    Year,
    Count,
    End,
    Date,
    Legend,
}

impl Text {
    fn class(self) -> &'static str {
        match self {
            Text::Body => "timeline-chart__label timeline-chart__label--body",
            Text::OnBar => "timeline-chart__label timeline-chart__label--on-bar",
            Text::Rule => "timeline-chart__label timeline-chart__label--rule",
            Text::Year => "timeline-chart__label timeline-chart__label--year",
            Text::Count => "timeline-chart__label timeline-chart__label--count",
            Text::End => "timeline-chart__label timeline-chart__label--end",
            Text::Date => "timeline-chart__label timeline-chart__label--date",
            Text::Legend => "timeline-chart__label timeline-chart__label--legend",
        }
    }
}

struct Svg {
    out: String,
}

impl Svg {
    fn open(id: &str, height: f64, title: &str, desc: &str) -> Svg {
        let mut out = String::new();
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {} {}" aria-labelledby="{id}-title {id}-desc" class="timeline-chart" font-size="{}">"#,
            num(WIDTH),
            num(height),
            num(FONT),
        );
        let _ = writeln!(out, r#"<title id="{id}-title">{}</title>"#, esc(title));
        let _ = writeln!(out, r#"<desc id="{id}-desc">{}</desc>"#, esc(desc));
        Svg { out }
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    /// A group with a tooltip; `body` tags a body's row with its id.
    fn open_group(&mut self, class: &str, title: &str, body: Option<&str>) {
        let body = body.map_or(String::new(), |id| format!(r#" data-body="{}""#, esc(id)));
        let _ = writeln!(
            self.out,
            r#"<g class="{class}"{body}><title>{}</title>"#,
            esc(title)
        );
    }

    fn close_group(&mut self) {
        self.raw("</g>");
    }

    /// `style` is the presentation attributes, written as they are.
    fn line(
        &mut self,
        class: &str,
        from: (f64, f64),
        to: (f64, f64),
        style: &str,
        title: Option<&str>,
    ) {
        let _ = write!(
            self.out,
            r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}" {style}"#,
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
        );
        match title {
            Some(t) => {
                let _ = writeln!(self.out, "><title>{}</title></line>", esc(t));
            }
            None => self.raw("/>"),
        }
    }

    fn rect(&mut self, class: &str, (x, y, w, h): (f64, f64, f64, f64), style: &str) {
        let _ = writeln!(
            self.out,
            r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" {style}/>"#,
            num(x),
            num(y),
            num(w),
            num(h),
        );
    }

    fn polygon(&mut self, class: &str, points: &[(f64, f64)], style: &str) {
        let points: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
            .collect();
        let _ = writeln!(
            self.out,
            r#"<polygon class="{class}" points="{}" {style}/>"#,
            points.join(" ")
        );
    }

    fn text(&mut self, kind: Text, x: f64, y: f64, anchor: Anchor, content: &str) {
        let anchor = match anchor {
            Anchor::Start => "",
            Anchor::Middle => r#" text-anchor="middle""#,
            Anchor::End => r#" text-anchor="end""#,
        };
        let (fill, size) = match kind {
            Text::OnBar => (WHITE, format!(r#" font-size="{}""#, num(SMALL))),
            _ => (TEXT, String::new()),
        };
        let _ = writeln!(
            self.out,
            r#"<text class="{}" x="{}" y="{}"{anchor} fill="{fill}"{size}>{}</text>"#,
            kind.class(),
            num(x),
            num(y),
            esc(content)
        );
    }
}

/// Body ids come from file names; an XML id (and an `aria-labelledby` list)
/// needs them without spaces or markup.
fn id_safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// A rough width of text in viewBox units: enough to avoid overlaps, with
/// room for the letter spacing a reader may add (0.12 em, WCAG 1.4.12) in
/// a wide sans-serif such as DejaVu Sans, where `system-ui` falls back to it.
fn text_width(s: &str, size: f64) -> f64 {
    crate::translate::plain(s).chars().count() as f64 * size * 0.74
}

/// Horizontal lanes of labels: each label goes in the first lane where it
/// overlaps nothing.
#[derive(Default)]
struct Lanes {
    taken: Vec<Vec<(f64, f64)>>,
}

impl Lanes {
    fn place(&mut self, from: f64, to: f64) -> usize {
        const GAP: f64 = 6.0;
        let lane = self
            .taken
            .iter()
            .position(|l| l.iter().all(|&(a, b)| to + GAP <= a || from >= b + GAP))
            .unwrap_or(self.taken.len());
        if lane == self.taken.len() {
            self.taken.push(Vec::new());
        }
        self.taken[lane].push((from, to));
        lane
    }

    fn count(&self) -> usize {
        self.taken.len()
    }
}

/// A label under a body's bar.
struct Note {
    x: f64,
    anchor: Anchor,
    text: String,
}

impl Note {
    /// Keeps the label inside the picture by turning it round at the edges.
    fn new(x: f64, anchor: Anchor, text: String) -> Note {
        let w = text_width(&text, FONT);
        let (x, anchor) = match anchor {
            Anchor::Start if x + w > WIDTH - 4.0 => (WIDTH - 4.0, Anchor::End),
            Anchor::End if x - w < 4.0 => (4.0_f64.max(x), Anchor::Start),
            a => (x, a),
        };
        Note { x, anchor, text }
    }

    fn extent(&self) -> (f64, f64) {
        let w = text_width(&self.text, FONT);
        match self.anchor {
            Anchor::Start => (self.x, self.x + w),
            Anchor::Middle => (self.x - w / 2.0, self.x + w / 2.0),
            Anchor::End => (self.x - w, self.x),
        }
    }
}

/// The right-hand end of the timelines: when the registry was last checked,
/// or else the year after its latest date. Never the clock, so rebuilds match.
pub fn end(site: &Site) -> Date {
    if let Some(d) = site.config.registry_as_of {
        return d;
    }
    let reg = &site.registry;
    let latest = reg
        .bodies
        .iter()
        .flat_map(|b| {
            std::iter::once(b.designated)
                .chain(b.ended.as_ref().map(|e| e.date))
                .chain(b.names.iter().map(|n| n.until))
                .chain(b.events.iter().map(|e| e.date))
        })
        .chain(reg.designations.iter().map(|d| d.date))
        .max_by_key(|d| d.key());
    latest
        .and_then(|d| Date::ymd(d.year.saturating_add(1), 1, 1))
        .unwrap_or(Date {
            year: 2000,
            month: None,
            day: None,
        })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use roxmltree::{Document, Node};

    use super::*;
    use crate::registry::{Fact, FormerName};

    /// The pictures in English, from the shipped en-GB catalogue.
    fn history_svg(reg: &Registry, end: Date) -> String {
        super::history_svg(reg, end, &crate::i18n::shipped("en-GB"))
    }

    fn body_svg(reg: &Registry, body: &MemberBody, end: Date) -> String {
        super::body_svg(reg, body, end, &crate::i18n::shipped("en-GB"))
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn body(id: &str, name: &str, abbr: &str, from: &str) -> MemberBody {
        MemberBody {
            id: id.into(),
            name: name.into(),
            abbreviation: abbr.into(),
            nations: vec![],
            website: None,
            coordinator: false,
            summary: String::new(),
            fact: Fact::default(),
            designated: d(from),
            instrument: format!("wms-{}", &from[..4]),
            designation_fact: Fact::default(),
            ended: None,
            names: vec![],
            events: vec![],
            coverage: vec![],
        }
    }

    fn ended(mut b: MemberBody, on: &str, successor: Option<&str>) -> MemberBody {
        b.ended = Some(Ended {
            date: d(on),
            instrument: None,
            reason: EndReason::Superseded,
            successor: successor.map(Into::into),
            fact: Fact::default(),
        });
        b
    }

    fn renamed(mut b: MemberBody, name: &str, abbr: &str, until: &str) -> MemberBody {
        b.names.push(FormerName {
            name: name.into(),
            abbreviation: Some(abbr.into()),
            until: d(until),
            fact: Fact::default(),
        });
        b
    }

    fn instrument(id: &str, date: &str) -> Designation {
        Designation {
            id: id.into(),
            date: d(date),
            title: format!("Written ministerial statement {id}"),
            citation: None,
            members_after: None,
            summary: String::new(),
            fact: Fact::default(),
        }
    }

    fn registry(designations: Vec<Designation>, bodies: Vec<MemberBody>) -> Registry {
        Registry::new(vec![], vec![], BTreeMap::new(), designations, bodies)
    }

    /// The UK's story in small: designations in 2009, 2013 and 2017, one
    /// supersession and two renames.
    fn uk_in_small() -> Registry {
        registry(
            vec![
                instrument("wms-2017", "2017-01-12"),
                instrument("wms-2009", "2009-03-31"),
                instrument("wms-2013", "2013-12-03"),
            ],
            vec![
                body("hmip", "HM Inspectorate of Prisons", "HMIP", "2009-03-31"),
                ended(
                    body("cc", "Care Commission", "CC", "2009-03-31"),
                    "2013-12-03",
                    Some("ci"),
                ),
                renamed(
                    body(
                        "hmicfrs",
                        "HM Inspectorate of Constabulary and Fire & Rescue Services",
                        "HMICFRS",
                        "2009-03-31",
                    ),
                    "HM Inspectorate of Constabulary",
                    "HMIC",
                    "2017-07",
                ),
                renamed(
                    body("ciw", "Care Inspectorate Wales", "CIW", "2009-03-31"),
                    "Care and Social Services Inspectorate Wales",
                    "CSSIW",
                    "2018-01",
                ),
                body("ci", "Care Inspectorate", "CI", "2013-12-03"),
                body("lo", "Lay Observers", "LO", "2013-12-03"),
                body(
                    "irtl",
                    "Independent Reviewer of Terrorism Legislation",
                    "IRTL",
                    "2017-01-12",
                ),
            ],
        )
    }

    fn has_class(n: &Node, class: &str) -> bool {
        n.attribute("class")
            .is_some_and(|c| c.split(' ').any(|t| t == class))
    }

    fn with_class<'a, 'i>(n: Node<'a, 'i>, class: &str) -> Vec<Node<'a, 'i>> {
        n.descendants().filter(|e| has_class(e, class)).collect()
    }

    fn row<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Node<'a, 'i> {
        doc.descendants()
            .find(|n| has_class(n, "timeline-chart__row") && n.attribute("data-body") == Some(id))
            .unwrap_or_else(|| panic!("no row for {id}"))
    }

    fn f(n: &Node, attr: &str) -> f64 {
        n.attribute(attr).unwrap().parse().unwrap()
    }

    fn bar<'a, 'i>(row: Node<'a, 'i>) -> Node<'a, 'i> {
        let bars = with_class(row, "timeline-chart__bar");
        assert_eq!(bars.len(), 1);
        bars[0]
    }

    /// (start, end) of a body's bar.
    fn span(doc: &Document, id: &str) -> (f64, f64) {
        let b = bar(row(doc, id));
        (f(&b, "x"), f(&b, "x") + f(&b, "width"))
    }

    fn texts(n: Node) -> Vec<String> {
        n.descendants()
            .filter(|e| e.has_tag_name("text"))
            .map(|e| e.text().unwrap_or_default().to_string())
            .collect()
    }

    fn desc(doc: &Document) -> String {
        let desc = doc
            .root_element()
            .children()
            .find(|n| n.has_tag_name("desc"))
            .unwrap();
        desc.text().unwrap().to_string()
    }

    /// The x of an instrument's rule, found by its year label.
    fn rule_x(doc: &Document, year: &str) -> f64 {
        let group = doc
            .descendants()
            .find(|g| has_class(g, "timeline-chart__instrument") && texts(*g) == [year])
            .unwrap_or_else(|| panic!("no rule labelled {year}"));
        f(&with_class(group, "timeline-chart__rule")[0], "x1")
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.11
    }

    /// Checks what every timeline must be: an image with a name and a
    /// description, and nothing active or external in it.
    fn assert_accessible(svg: &str, prefix: &str) {
        let doc = Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        let root = doc.root_element();
        assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
        assert_eq!(root.attribute("role"), Some("img"));
        assert!(has_class(&root, "timeline-chart"));
        assert!(root.attribute("viewBox").unwrap().starts_with("0 0 960.0 "));
        let labelled: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        assert_eq!(
            labelled,
            [format!("{prefix}-title"), format!("{prefix}-desc")]
        );
        for (id, tag) in labelled.iter().zip(["title", "desc"]) {
            let el = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(*id))
                .unwrap_or_else(|| panic!("nothing has id {id}"));
            assert!(el.has_tag_name(tag));
            assert_eq!(el.parent(), Some(root));
            assert!(el.text().is_some_and(|t| t.len() > 10), "{tag} is empty");
        }
        for el in doc.descendants().filter(Node::is_element) {
            let tag = el.tag_name().name();
            assert!(
                !["script", "a", "image", "use", "foreignObject", "style"].contains(&tag),
                "<{tag}>"
            );
            for a in el.attributes() {
                assert!(!a.name().starts_with("on"), "{}", a.name());
                assert!(!a.name().contains("href"), "{}", a.name());
                assert!(!a.value().contains("url("), "{}", a.value());
            }
        }
    }

    #[test]
    fn history_is_an_image_named_and_described_for_screen_readers() {
        let svg = history_svg(&uk_in_small(), d("2025-06-30"));
        assert_accessible(&svg, "timeline");
        assert_accessible(
            &history_svg(&registry(vec![], vec![]), d("2025")),
            "timeline",
        );
    }

    #[test]
    fn history_draws_one_bar_per_body_sorted_by_designation_then_name() {
        let reg = uk_in_small();
        let svg = history_svg(&reg, d("2025-06-30"));
        let doc = Document::parse(&svg).unwrap();
        let rows = with_class(doc.root_element(), "timeline-chart__row");
        let order: Vec<&str> = rows
            .iter()
            .map(|r| r.attribute("data-body").unwrap())
            .collect();
        assert_eq!(order, ["cc", "ciw", "hmicfrs", "hmip", "ci", "lo", "irtl"]);
        assert_eq!(
            with_class(doc.root_element(), "timeline-chart__bar").len(),
            reg.bodies.len()
        );
        let ys: Vec<f64> = rows.iter().map(|r| f(&bar(*r), "y")).collect();
        assert!(ys.windows(2).all(|w| w[0] < w[1]), "{ys:?}");
        // Each row is labelled with the abbreviation and has a tooltip.
        for r in &rows {
            let b = reg.body(r.attribute("data-body").unwrap()).unwrap();
            assert_eq!(texts(*r)[0], b.abbreviation);
            let title = r.first_element_child().unwrap();
            assert!(title.has_tag_name("title"));
            assert!(title.text().unwrap().starts_with(&b.name));
        }
        // Bars start at their designation: on the instrument's rule.
        assert!(close(span(&doc, "hmip").0, rule_x(&doc, "2009")));
        assert!(close(span(&doc, "lo").0, rule_x(&doc, "2013")));
        assert!(close(span(&doc, "irtl").0, rule_x(&doc, "2017")));
        assert!(rule_x(&doc, "2009") < rule_x(&doc, "2013"));
        // Year ticks along the bottom.
        let years: Vec<String> = with_class(doc.root_element(), "timeline-chart__label--year")
            .into_iter()
            .map(|t| t.text().unwrap().to_string())
            .collect();
        let expected: Vec<String> = (2009..=2025).map(|y: u16| y.to_string()).collect();
        assert_eq!(years, expected);
    }

    #[test]
    fn a_superseded_designation_ends_at_its_end_date_and_names_its_successor() {
        let svg = history_svg(&uk_in_small(), d("2025-06-30"));
        let doc = Document::parse(&svg).unwrap();
        let (cc_start, cc_end) = span(&doc, "cc");
        let (hmip_start, hmip_end) = span(&doc, "hmip");
        assert!(close(cc_start, hmip_start));
        assert!(close(cc_end, span(&doc, "ci").0), "ends where CI starts");
        assert!(close(cc_end, rule_x(&doc, "2013")));
        assert!(cc_end < hmip_end - 100.0);
        let cc = row(&doc, "cc");
        assert!(has_class(&bar(cc), "timeline-chart__bar--ended"));
        assert!(texts(cc).contains(&"superseded by CI".to_string()));
        assert_eq!(with_class(cc, "timeline-chart__end").len(), 1);
        assert!(with_class(cc, "timeline-chart__open").is_empty());
        // Current members all run on to the right-hand edge, open-ended.
        for id in ["hmip", "ci", "irtl"] {
            let r = row(&doc, id);
            assert!(has_class(&bar(r), "timeline-chart__bar--current"));
            assert!(close(span(&doc, id).1, hmip_end));
            assert_eq!(with_class(r, "timeline-chart__open").len(), 1);
            assert!(with_class(r, "timeline-chart__end").is_empty());
        }
    }

    #[test]
    fn renames_are_ticked_on_the_bar_with_the_new_abbreviation() {
        let svg = history_svg(&uk_in_small(), d("2025-06-30"));
        let doc = Document::parse(&svg).unwrap();
        assert_eq!(
            with_class(doc.root_element(), "timeline-chart__rename").len(),
            2
        );
        let tick = |id: &str| {
            let r = row(&doc, id);
            let ticks = with_class(r, "timeline-chart__rename");
            assert_eq!(ticks.len(), 1, "{id}");
            let (x1, x2) = (f(&ticks[0], "x1"), f(&ticks[0], "x2"));
            assert_eq!(x1, x2);
            x1
        };
        let (hmic, cssiw) = (tick("hmicfrs"), tick("ciw"));
        // July 2017 is after the 2017 instrument, and before January 2018.
        assert!(rule_x(&doc, "2017") < hmic && hmic < cssiw && cssiw < span(&doc, "ciw").1);
        let labels = texts(row(&doc, "hmicfrs"));
        assert!(labels.contains(&"HMIC".to_string()), "{labels:?}");
        assert_eq!(
            labels.iter().filter(|l| *l == "HMICFRS").count(),
            2,
            "row label and tick label"
        );
        assert!(texts(row(&doc, "ciw")).contains(&"CSSIW".to_string()));
        assert!(with_class(row(&doc, "hmip"), "timeline-chart__rename").is_empty());
        assert!(
            desc(&doc)
                .contains("HMIC became HMICFRS in July 2017 and CSSIW became CIW in January 2018")
        );
    }

    #[test]
    fn the_description_and_the_band_give_membership_from_the_periods() {
        let reg = uk_in_small();
        let doc_text = history_svg(&reg, d("2025-06-30"));
        let doc = Document::parse(&doc_text).unwrap();
        let text = desc(&doc);
        assert!(text.contains("7 bodies"), "{text}");
        assert!(
            text.contains("Membership rose from 4 in 2009 to 5 in 2013 and 6 in 2017."),
            "{text}"
        );
        assert!(
            text.contains("superseded by Care Inspectorate (CI)"),
            "{text}"
        );
        assert!(
            text.contains("31 March 2009, 3 December 2013 and 12 January 2017"),
            "{text}"
        );
        let counts: Vec<String> = with_class(doc.root_element(), "timeline-chart__count")
            .iter()
            .map(|rect| texts(rect.parent().unwrap()).join(""))
            .collect();
        let periods: Vec<String> = reg
            .periods()
            .iter()
            .map(|p| format!("{} members", p.members))
            .collect();
        assert_eq!(counts, periods);
        assert_eq!(counts, ["4 members", "5 members", "6 members"]);

        // Computed, not written in: a shrinking NPM says so.
        let shrinking = registry(
            vec![],
            vec![
                body("a", "A", "A", "2009-03-31"),
                ended(body("b", "B", "B", "2009-03-31"), "2012-05-01", None),
            ],
        );
        let doc_text = history_svg(&shrinking, d("2020"));
        let text = desc(&Document::parse(&doc_text).unwrap());
        assert!(
            text.contains("Membership fell from 2 in 2009 to 1 in 2012."),
            "{text}"
        );
        assert!(text.contains("ended on 1 May 2012: superseded."), "{text}");
    }

    #[test]
    fn text_from_content_is_escaped() {
        let name = r#"Tom & Jerry's <b>"Inspectorate"</b>"#;
        let abbr = r#"<&">'"#;
        let reg = registry(
            vec![instrument("wms-2009", "2009-03-31")],
            vec![body("odd id", name, abbr, "2009-03-31")],
        );
        let svg = history_svg(&reg, d("2020"));
        assert!(!svg.contains("<b>"));
        let doc = Document::parse(&svg).unwrap();
        let r = row(&doc, "odd id");
        assert_eq!(texts(r)[0], abbr);
        assert!(
            r.first_element_child()
                .unwrap()
                .text()
                .unwrap()
                .starts_with(name)
        );
        // One body: "the body designated", not "the 1 body".
        assert!(desc(&doc).contains("timeline of the body designated"));

        let svg = body_svg(&reg, &reg.bodies[0], d("2020"));
        assert_accessible(&svg, "timeline-odd-id");
        let doc = Document::parse(&svg).unwrap();
        let title = doc.root_element().first_element_child().unwrap();
        assert_eq!(
            title.text(),
            Some(format!("Designation timeline: {name}").as_str())
        );
        assert!(texts(doc.root_element()).contains(&abbr.to_string()));
    }

    #[test]
    fn a_body_timeline_shows_its_renames_end_and_successor() {
        let reg = uk_in_small();
        let end = d("2025-06-30");
        for b in &reg.bodies {
            assert_accessible(&body_svg(&reg, b, end), &format!("timeline-{}", b.id));
        }

        let svg = body_svg(&reg, reg.body("cc").unwrap(), end);
        let doc = Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(with_class(root, "timeline-chart__bar--ended").len(), 1);
        assert_eq!(with_class(root, "timeline-chart__end").len(), 1);
        assert!(with_class(root, "timeline-chart__open").is_empty());
        let labels = texts(root);
        assert!(
            labels.contains(&"superseded by CI".to_string()),
            "{labels:?}"
        );
        assert!(labels.contains(&"Designated 31 March 2009".to_string()));
        assert!(labels.contains(&"Ended 3 December 2013".to_string()));
        assert!(desc(&doc).contains(
            "Its designation ended on 3 December 2013: superseded by Care Inspectorate (CI)."
        ));

        let svg = body_svg(&reg, reg.body("hmicfrs").unwrap(), end);
        let doc = Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(with_class(root, "timeline-chart__rename").len(), 1);
        assert_eq!(with_class(root, "timeline-chart__open").len(), 1);
        let labels = texts(root);
        for l in [
            "HMIC",
            "HMICFRS",
            "Renamed HMICFRS in July 2017",
            "Still a member",
        ] {
            assert!(labels.contains(&l.to_string()), "{l} in {labels:?}");
        }
        let text = desc(&doc);
        assert!(
            text.contains("as HM Inspectorate of Constabulary (HMIC)."),
            "{text}"
        );
        assert!(text.contains("renamed HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) in July 2017"), "{text}");

        let svg = body_svg(&reg, reg.body("ci").unwrap(), end);
        let text = desc(&Document::parse(&svg).unwrap());
        assert!(
            text.contains("It took the place of Care Commission (CC)."),
            "{text}"
        );
        assert!(text.contains("It is still a member."), "{text}");
        let labels = texts(Document::parse(&svg).unwrap().root_element());
        assert!(
            labels.contains(&"Designated 3 December 2013, in place of CC".to_string()),
            "{labels:?}"
        );
    }

    #[test]
    fn output_is_the_same_bytes_every_time() {
        let a = history_svg(&uk_in_small(), d("2025-06-30"));
        // Content files are read in any order; the picture does not care.
        let small = uk_in_small();
        let mut designations = small.designations.clone();
        let mut bodies = small.bodies.clone();
        designations.reverse();
        bodies.reverse();
        let reversed = registry(designations, bodies);
        assert_eq!(a, history_svg(&reversed, d("2025-06-30")));
        assert_eq!(a, history_svg(&uk_in_small(), d("2025-06-30")));
        assert_ne!(
            a,
            history_svg(&uk_in_small(), d("2026-06-30")),
            "end moves the edge"
        );
        assert_eq!(num(-0.01), "0.0");
        assert_eq!(num(12.345), "12.3");
    }

    #[test]
    fn imprecise_dates_sit_in_the_middle_of_what_they_can_mean() {
        assert_eq!(year_fraction(d("2017-01-01")), 2017.0);
        assert!(year_fraction(d("2016-12-31")) < 2017.0);
        // A year alone is 1 July; a month alone is its 15th.
        assert_eq!(year_fraction(d("2017")), year_fraction(d("2017-07-01")));
        assert_eq!(year_fraction(d("2017-07")), year_fraction(d("2017-07-15")));
        assert_eq!(year_fraction(d("2016-02")), year_fraction(d("2016-02-15")));
        assert!(year_fraction(d("2016-12-31")) < 2017.0);
        assert!(year_fraction(d("2016-03-01")) > year_fraction(d("2016-02-29")));
    }

    /// The real registry: 22 bodies, 18 → 20 → 21 members.
    #[test]
    fn the_uk_registry_shows_18_then_20_then_21_members() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let (loaded, _) = crate::content::load(&root);
        let opts = crate::validate::Options::default();
        let (site, diags) = crate::validate::validate(&loaded, &opts);
        let reg = site.unwrap_or_else(|| panic!("{diags:?}")).registry;
        let end = d("2026-01-01");
        let svg = history_svg(&reg, end);
        assert_accessible(&svg, "timeline");
        let doc = Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(with_class(root, "timeline-chart__bar").len(), 22);
        assert_eq!(with_class(root, "timeline-chart__bar--ended").len(), 1);
        assert_eq!(with_class(root, "timeline-chart__rename").len(), 2);
        for year in ["2009", "2013", "2017"] {
            rule_x(&doc, year);
        }
        let text = desc(&doc);
        assert!(text.contains("22 bodies"), "{text}");
        assert!(
            text.contains("rose from 18 in 2009 to 20 in 2013 and 21 in 2017"),
            "{text}"
        );
        assert!(texts(row(&doc, "care-commission")).contains(&"superseded by CI".to_string()));
        for b in &reg.bodies {
            assert_accessible(&body_svg(&reg, b, end), &format!("timeline-{}", b.id));
        }
    }
}
