//! Stage 2, validate: one member body's file, `registry/bodies/<id>.toml`,
//! into a `MemberBody`. Part of `validate`: reads nothing from disk,
//! writes nothing; every problem goes to the validator's list.

use super::{Validator, file_id, is_valid_id, unknown_hint};
use crate::content::date::Date;
use crate::content::{Doc, RawBody, RawEnded, Role};
use crate::registry::{BodyEvent, Coverage, Designation, Ended, FormerName, MemberBody};

impl Validator {
    pub(super) fn body(
        &mut self,
        doc: &Doc<RawBody>,
        designations: &[Designation],
    ) -> Option<MemberBody> {
        let id = file_id(&doc.path)?;
        let b = &doc.data;
        let before = self.diags.len();
        if !is_valid_id(&id) {
            self.err(
                doc,
                None,
                format!("`{id}` is not a valid body id"),
                "rename the file: lowercase letters, digits and `-`, e.g. `care-inspectorate.toml`",
            );
        }
        let nations = self.references(doc, &b.nations, "nation");
        if b.nations.is_empty() {
            self.err(
                doc,
                None,
                "`nations` is empty",
                "list the nations the body is based in, e.g. [\"scotland\"]",
            );
        }
        let website = b.website.as_ref().and_then(|u| self.url(doc, u));
        let fact = self.fact(doc, b);
        let designation_fact = self.fact(doc, &b.designation);
        let designated = self.designated(doc, designations);
        let ended = b
            .ended
            .as_ref()
            .and_then(|e| self.ended(doc, e, designated, designations));
        let names = self.former_names(doc);
        let events = self.events(doc);
        let coverage = self.coverage(doc, &id);
        if self.diags.len() > before {
            // Keep going with other files, but a body with errors is left out
            // (the build stops before rendering anyway).
            if designated.is_none() || !is_valid_id(&id) {
                return None;
            }
        }
        Some(MemberBody {
            id,
            name: b.name.clone(),
            abbreviation: b.abbreviation.clone(),
            nations,
            website,
            coordinator: b.coordinator,
            summary: b.summary.clone(),
            fact,
            designated: designated?,
            instrument: b.designation.instrument.get_ref().clone(),
            designation_fact,
            ended,
            names,
            events,
            coverage,
        })
    }

    /// The date of the instrument that designated the body.
    fn designated(&mut self, doc: &Doc<RawBody>, designations: &[Designation]) -> Option<Date> {
        let b = &doc.data;
        let instrument = designations
            .iter()
            .find(|d| &d.id == b.designation.instrument.get_ref());
        if instrument.is_none() {
            let known: Vec<String> = designations.iter().map(|d| d.id.clone()).collect();
            let hint = unknown_hint(
                b.designation.instrument.get_ref(),
                known.iter(),
                "registry/designations.toml",
            );
            self.err(
                doc,
                Some(doc.span(&b.designation.instrument)),
                format!(
                    "unknown designation `{}`",
                    b.designation.instrument.get_ref()
                ),
                hint,
            );
        }
        instrument.map(|d| d.date)
    }

    /// The end of a designation: after it began, on its instrument's date.
    fn ended(
        &mut self,
        doc: &Doc<RawBody>,
        e: &RawEnded,
        designated: Option<Date>,
        designations: &[Designation],
    ) -> Option<Ended> {
        let date = self.date(doc, &e.date, true)?;
        if let Some(start) = designated
            && date <= start
        {
            self.err(
                doc,
                Some(doc.span(&e.date)),
                format!(
                    "the designation ends on {} but only began on {}",
                    date.text(),
                    start.text()
                ),
                "dates are out of order: the end must come after the designation",
            );
        }
        let instrument = e.instrument.as_ref().and_then(|i| {
            match designations.iter().find(|d| &d.id == i.get_ref()) {
                Some(d) => {
                    if d.date != date {
                        self.err(
                            doc,
                            Some(doc.span(&e.date)),
                            format!(
                                "the end date differs from the date of `{}` ({})",
                                d.id,
                                d.date.text()
                            ),
                            "use the instrument's date, or leave `instrument` out",
                        );
                    }
                    Some(d.id.clone())
                }
                None => {
                    self.err(
                        doc,
                        Some(doc.span(i)),
                        format!("unknown designation `{}`", i.get_ref()),
                        "see registry/designations.toml",
                    );
                    None
                }
            }
        });
        let successor = e
            .successor
            .as_ref()
            .and_then(|s| self.reference(doc, s, "body"));
        let fact = self.fact(doc, e);
        Some(Ended {
            date,
            instrument,
            reason: e.reason,
            successor,
            fact,
        })
    }

    /// Former names, oldest first.
    fn former_names(&mut self, doc: &Doc<RawBody>) -> Vec<FormerName> {
        let b = &doc.data;
        let mut names = Vec::new();
        let mut last: Option<Date> = None;
        for n in &b.names {
            let Some(until) = self.date(doc, &n.until, false) else {
                continue;
            };
            if let Some(prev) = last
                && until < prev
            {
                self.err(
                    doc,
                    Some(doc.span(&n.until)),
                    format!(
                        "former names are out of order: {} comes before {}",
                        until.text(),
                        prev.text()
                    ),
                    "list former names oldest first",
                );
            }
            last = Some(until);
            let fact = self.fact(doc, n);
            names.push(FormerName {
                name: n.name.clone(),
                abbreviation: n.abbreviation.clone(),
                until,
                fact,
            });
        }
        names
    }

    /// What else happened to the body, by date.
    fn events(&mut self, doc: &Doc<RawBody>) -> Vec<BodyEvent> {
        let b = &doc.data;
        let mut events = Vec::new();
        for e in &b.events {
            let date = self.date(doc, &e.date, false);
            let related = e
                .related
                .as_ref()
                .and_then(|r| self.reference(doc, r, "body"));
            let fact = self.fact(doc, e);
            if let Some(date) = date {
                events.push(BodyEvent {
                    date,
                    text: e.text.clone(),
                    related,
                    fact,
                });
            }
        }
        events.sort_by_key(|e| e.date);
        events
    }

    /// What the body monitors where, and with whom.
    fn coverage(&mut self, doc: &Doc<RawBody>, id: &str) -> Vec<Coverage> {
        let b = &doc.data;
        let mut coverage = Vec::new();
        for c in &b.coverage {
            let setting = self.reference(doc, &c.setting, "setting");
            let nations = self.references(doc, &c.nations, "nation");
            if c.nations.is_empty() {
                self.err(
                    doc,
                    Some(doc.span(&c.setting)),
                    "coverage lists no nations",
                    "add nations = [\"england\", ...]",
                );
            }
            let with = self.references(doc, &c.with, "body");
            if let Some(me) = c.with.iter().find(|w| w.get_ref() == id) {
                self.err(
                    doc,
                    Some(doc.span(me)),
                    "a body cannot work jointly with itself",
                    "remove it from `with`",
                );
            }
            if c.role != Role::Lead && c.with.is_empty() {
                self.err(
                    doc,
                    Some(doc.span(&c.setting)),
                    "a `joint` or `supporting` role needs the partner bodies in `with`",
                    "add with = [\"body-id\"], or use role = \"lead\"",
                );
            }
            let fact = self.fact(doc, c);
            if let Some(setting) = setting {
                coverage.push(Coverage {
                    setting,
                    nations,
                    role: c.role,
                    with,
                    fact,
                });
            }
        }
        coverage
    }
}
