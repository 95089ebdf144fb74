//! The registry: which bodies the State designated, when, for what, and the
//! questions the site answers from it (who was a member on a date, who
//! monitors a setting in a nation). Built by `validate`, so every reference
//! in it resolves. Pure data: no I/O.

use std::collections::{BTreeMap, HashMap};

use crate::content::date::Date;
pub use crate::content::{EndReason, Role};

/// Where a fact comes from and how sure we are of it.
#[derive(Debug, Clone, Default)]
pub struct Fact {
    pub sources: Vec<String>,
    pub uncertain: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Nation {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct DetentionSetting {
    pub id: String,
    pub name: String,
    pub description: String,
    pub fact: Fact,
}

/// Who a recommendation is addressed to: a government department, an
/// agency, the director of a place of detention.
#[derive(Debug, Clone)]
pub struct Authority {
    pub id: String,
    pub name: String,
    pub fact: Fact,
}

/// A body outside the NPM whose recommendations the NPM records (the SPT),
/// from `registry/outside-bodies.toml`.
#[derive(Debug, Clone)]
pub struct OutsideBody {
    pub id: String,
    pub name: String,
    pub fact: Fact,
}

/// A theme recommendations can be about (`registry/themes.toml`).
#[derive(Debug, Clone)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub fact: Fact,
}

/// A value of a follow-up scale: a response ("Accepted") or a progress
/// level ("Good progress").
#[derive(Debug, Clone)]
pub struct ScaleValue {
    pub id: String,
    pub name: String,
    pub fact: Fact,
}

impl Registry {
    pub fn outside_body(&self, id: &str) -> Option<&OutsideBody> {
        self.outside_bodies.iter().find(|b| b.id == id)
    }

    /// The name of response `id`, or of progress level `id`.
    pub fn scale_name(&self, scale: &[ScaleValue], id: &str) -> Option<String> {
        scale.iter().find(|v| v.id == id).map(|v| v.name.clone())
    }
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
}

/// A designation instrument: a written ministerial statement.
#[derive(Debug, Clone)]
pub struct Designation {
    pub id: String,
    pub date: Date,
    pub title: String,
    pub citation: Option<String>,
    pub members_after: Option<u32>,
    pub summary: String,
    pub fact: Fact,
}

#[derive(Debug, Clone)]
pub struct FormerName {
    pub name: String,
    pub abbreviation: Option<String>,
    pub until: Date,
    pub fact: Fact,
}

#[derive(Debug, Clone)]
pub struct BodyEvent {
    pub date: Date,
    pub text: String,
    pub related: Option<String>,
    pub fact: Fact,
}

#[derive(Debug, Clone)]
pub struct Ended {
    pub date: Date,
    pub instrument: Option<String>,
    pub reason: EndReason,
    pub successor: Option<String>,
    pub fact: Fact,
}

#[derive(Debug, Clone)]
pub struct Coverage {
    pub setting: String,
    pub nations: Vec<String>,
    pub role: Role,
    pub with: Vec<String>,
    pub fact: Fact,
}

/// A body designated to the NPM (one designation record).
#[derive(Debug, Clone)]
pub struct MemberBody {
    pub id: String,
    pub name: String,
    pub abbreviation: String,
    pub nations: Vec<String>,
    pub website: Option<String>,
    pub coordinator: bool,
    pub summary: String,
    pub fact: Fact,
    pub designated: Date,
    pub instrument: String,
    pub designation_fact: Fact,
    pub ended: Option<Ended>,
    pub names: Vec<FormerName>,
    pub events: Vec<BodyEvent>,
    pub coverage: Vec<Coverage>,
}

impl MemberBody {
    /// Whether this designation counted on `date` (designated on or before
    /// it, not yet ended).
    pub fn member_on(&self, date: Date) -> bool {
        self.designated.key() <= date.key()
            && self
                .ended
                .as_ref()
                .is_none_or(|e| e.date.key() > date.key())
    }

    /// Whether it was a member at any time between `from` and `to`.
    pub fn member_during(&self, from: Date, to: Date) -> bool {
        self.designated.key() <= to.key()
            && self
                .ended
                .as_ref()
                .is_none_or(|e| e.date.key() > from.key())
    }

    pub fn is_current(&self) -> bool {
        self.ended.is_none()
    }

    /// "31 March 2009 to 3 December 2013", or "31 March 2009" while it
    /// lasts: when the designation counted.
    pub fn term_text(&self) -> String {
        match &self.ended {
            Some(e) => format!("{} to {}", self.designated.text(), e.date.text()),
            None => self.designated.text(),
        }
    }

    /// The former name it was still using on `date`, if any.
    pub fn former_name_on(&self, date: Date) -> Option<&FormerName> {
        self.names.iter().find(|n| n.until > date)
    }

    /// The name it used on `date`.
    pub fn name_on(&self, date: Date) -> &str {
        self.former_name_on(date).map_or(&self.name, |n| &n.name)
    }

    /// The abbreviation it used on `date` (today's, when a former name
    /// records none).
    pub fn abbreviation_on(&self, date: Date) -> &str {
        self.former_name_on(date)
            .and_then(|n| n.abbreviation.as_deref())
            .unwrap_or(&self.abbreviation)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub nations: Vec<Nation>,
    pub settings: Vec<DetentionSetting>,
    /// From `registry/authorities.toml`; empty when there is none.
    pub authorities: Vec<Authority>,
    /// From `registry/themes.toml`; empty when there is none.
    pub themes: Vec<Theme>,
    /// From `registry/outside-bodies.toml`; empty when there is none.
    pub outside_bodies: Vec<OutsideBody>,
    /// The follow-up scales (`registry/follow-up.toml`), in order.
    pub responses: Vec<ScaleValue>,
    pub progress: Vec<ScaleValue>,
    pub sources: BTreeMap<String, Source>,
    /// In date order.
    pub designations: Vec<Designation>,
    /// Sorted by id.
    pub bodies: Vec<MemberBody>,
    index: HashMap<String, usize>,
}

/// A stretch of time in which membership did not change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    /// The last day of the period; `None` for the current one.
    pub to: Option<Date>,
    pub members: usize,
}

impl Registry {
    pub fn new(
        nations: Vec<Nation>,
        settings: Vec<DetentionSetting>,
        sources: BTreeMap<String, Source>,
        mut designations: Vec<Designation>,
        mut bodies: Vec<MemberBody>,
    ) -> Registry {
        designations.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        bodies.sort_by(|a, b| a.id.cmp(&b.id));
        let index = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.clone(), i))
            .collect();
        Registry {
            nations,
            settings,
            authorities: Vec::new(),
            themes: Vec::new(),
            outside_bodies: Vec::new(),
            responses: Vec::new(),
            progress: Vec::new(),
            sources,
            designations,
            bodies,
            index,
        }
    }

    pub fn body(&self, id: &str) -> Option<&MemberBody> {
        self.index.get(id).map(|&i| &self.bodies[i])
    }

    pub fn nation(&self, id: &str) -> Option<&Nation> {
        self.nations.iter().find(|n| n.id == id)
    }

    pub fn setting(&self, id: &str) -> Option<&DetentionSetting> {
        self.settings.iter().find(|s| s.id == id)
    }

    pub fn designation(&self, id: &str) -> Option<&Designation> {
        self.designations.iter().find(|d| d.id == id)
    }

    /// Who was in the NPM on `date`.
    pub fn members_on(&self, date: Date) -> impl Iterator<Item = &MemberBody> {
        self.bodies.iter().filter(move |b| b.member_on(date))
    }

    pub fn current_members(&self) -> impl Iterator<Item = &MemberBody> {
        self.bodies.iter().filter(|b| b.is_current())
    }

    /// Every (body, coverage row) that covers `setting` in `nation`.
    pub fn monitors<'a>(
        &'a self,
        setting: &'a str,
        nation: &'a str,
    ) -> impl Iterator<Item = (&'a MemberBody, &'a Coverage)> {
        self.bodies.iter().flat_map(move |b| {
            b.coverage
                .iter()
                .filter(move |c| c.setting == setting && c.nations.iter().any(|n| n == nation))
                .map(move |c| (b, c))
        })
    }

    /// Membership over time: a new period starts on every day a body was
    /// designated or its designation ended.
    pub fn periods(&self) -> Vec<Period> {
        let mut days: Vec<Date> = self
            .bodies
            .iter()
            .flat_map(|b| std::iter::once(b.designated).chain(b.ended.as_ref().map(|e| e.date)))
            .collect();
        days.sort();
        days.dedup_by_key(|d| d.key());
        let mut periods: Vec<Period> = Vec::new();
        let mut last_set: Vec<&str> = Vec::new();
        for &from in &days {
            // A new period whenever who is a member changes, even when the
            // count does not (a body replaced by another on the same day).
            let set: Vec<&str> = self.members_on(from).map(|b| b.id.as_str()).collect();
            if !periods.is_empty() && set == last_set {
                continue;
            }
            let members = set.len();
            last_set = set;
            if let Some(last) = periods.last_mut() {
                last.to = day_before(from);
            }
            periods.push(Period {
                from,
                to: None,
                members,
            });
        }
        periods
    }
}

/// The previous calendar day, for exact dates; imprecise dates have none.
fn day_before(d: Date) -> Option<Date> {
    let (y, m, day) = (d.year, d.month?, d.day?);
    if day > 1 {
        return Date::ymd(y, m, day - 1);
    }
    let (py, pm) = if m == 1 {
        (y.checked_sub(1)?, 12)
    } else {
        (y, m - 1)
    };
    (28..=31).rev().find_map(|last| Date::ymd(py, pm, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(id: &str, from: &str, until: Option<&str>) -> MemberBody {
        MemberBody {
            id: id.into(),
            name: id.into(),
            abbreviation: id.into(),
            nations: vec![],
            website: None,
            coordinator: false,
            summary: String::new(),
            fact: Fact::default(),
            designated: Date::parse(from).unwrap(),
            instrument: "x".into(),
            designation_fact: Fact::default(),
            ended: until.map(|u| Ended {
                date: Date::parse(u).unwrap(),
                instrument: None,
                reason: EndReason::Superseded,
                successor: None,
                fact: Fact::default(),
            }),
            names: vec![],
            events: vec![],
            coverage: vec![],
        }
    }

    #[test]
    fn membership_on_a_date_counts_start_day_and_excludes_end_day() {
        let r = Registry::new(
            vec![],
            vec![],
            BTreeMap::new(),
            vec![],
            vec![
                body("a", "2009-03-31", None),
                body("b", "2009-03-31", Some("2013-12-03")),
                body("c", "2013-12-03", None),
                body("d", "2013-12-03", None),
            ],
        );
        let on = |d: &str| r.members_on(Date::parse(d).unwrap()).count();
        assert_eq!(on("2009-03-30"), 0);
        assert_eq!(on("2009-03-31"), 2);
        assert_eq!(on("2013-12-02"), 2);
        assert_eq!(on("2013-12-03"), 3);
        let periods = r.periods();
        assert_eq!(periods.len(), 2);
        assert_eq!(periods[0].to, Date::parse("2013-12-02"));
        assert_eq!(periods[1].members, 3);
    }

    #[test]
    fn a_same_day_replacement_starts_a_new_period_with_the_same_count() {
        let r = Registry::new(
            vec![],
            vec![],
            BTreeMap::new(),
            vec![],
            vec![
                body("a", "2009-03-31", None),
                body("old", "2009-03-31", Some("2013-12-03")),
                body("new", "2013-12-03", None),
            ],
        );
        let periods = r.periods();
        assert_eq!(periods.len(), 2, "{periods:?}");
        assert_eq!((periods[0].members, periods[1].members), (2, 2));
        assert_eq!(periods[1].from, Date::parse("2013-12-03").unwrap());
        let ids = |d: &str| -> Vec<&str> {
            r.members_on(Date::parse(d).unwrap())
                .map(|b| b.id.as_str())
                .collect()
        };
        assert_eq!(ids("2013-12-03"), ["a", "new"]);
    }

    #[test]
    fn day_before_crosses_months_and_years() {
        assert_eq!(
            day_before(Date::parse("2017-01-01").unwrap()),
            Date::parse("2016-12-31")
        );
        assert_eq!(
            day_before(Date::parse("2016-03-01").unwrap()),
            Date::parse("2016-02-29")
        );
        assert_eq!(day_before(Date::parse("2017-07").unwrap()), None);
    }
}
