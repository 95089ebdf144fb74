//! Dates as the sources give them: to the day, or only to the month or year.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        let date = Date {
            year,
            month: Some(month),
            day: Some(day),
        };
        date.is_valid().then_some(date)
    }

    pub fn is_exact(&self) -> bool {
        self.day.is_some()
    }

    /// The earliest day the date can mean, for ordering and comparisons.
    pub fn key(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Days from 1 January 1970 to the earliest day the date can mean
    /// (the proleptic Gregorian calendar), for counting days between dates.
    pub fn day_number(&self) -> i64 {
        let (y, m, d) = self.key();
        // Howard Hinnant's days_from_civil: years start in March, so the
        // leap day is the last day of the year.
        let y = i64::from(y) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (i64::from(m) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m)
            }
            (None, Some(_)) => false,
        }
    }

    /// Parses `2009-03-31`, `2017-07` or `2017`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(p) => Some(parse_digits(p, 2)? as u8),
            None => None,
        };
        let day = match parts.next() {
            Some(p) => Some(parse_digits(p, 2)? as u8),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let date = Date {
            year: year as u16,
            month,
            day,
        };
        date.is_valid().then_some(date)
    }

    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// "31 March 2009", "July 2017", "2017": the GOV.UK style.
    pub fn text(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m) - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m) - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// Midnight UTC of the date, as RFC 3339, for feeds.
    pub fn rfc3339(&self) -> String {
        let (y, m, d) = self.key();
        format!("{y:04}-{m:02}-{d:02}T00:00:00Z")
    }
}

fn parse_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.key(), self.month.is_some(), self.day.is_some()).cmp(&(
            other.key(),
            other.month.is_some(),
            other.day.is_some(),
        ))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// How templates see a date.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub iso: String,
    pub text: String,
}

impl From<Date> for DateView {
    fn from(d: Date) -> DateView {
        DateView {
            iso: d.iso(),
            text: d.text(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision_and_rejects_impossible_dates() {
        assert_eq!(
            Date::parse("2009-03-31").map(|d| d.text()),
            Some("31 March 2009".into())
        );
        assert_eq!(
            Date::parse("2017-07").map(|d| d.text()),
            Some("July 2017".into())
        );
        assert_eq!(Date::parse("2017").map(|d| d.text()), Some("2017".into()));
        assert_eq!(
            Date::parse("2016-02-29").map(|d| d.iso()),
            Some("2016-02-29".into())
        );
        for bad in [
            "2017-02-29",
            "2017-13",
            "17-01-01",
            "2017-1-1",
            "2017-01-01-01",
            "",
            "abcd",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_across_months_and_leap_years() {
        let d = |s| Date::parse(s).unwrap().day_number();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2000-03-01") - d("2000-02-28"), 2);
        assert_eq!(d("2021-04-01") - d("2020-03-23"), 374);
        assert_eq!(d("2020-03"), d("2020-03-01"));
    }

    #[test]
    fn orders_by_earliest_day() {
        let a = Date::parse("2017-07").unwrap();
        let b = Date::parse("2017-07-02").unwrap();
        assert!(a < b);
        assert!(Date::parse("2013-12-03").unwrap() > Date::parse("2011-04-01").unwrap());
    }
}
