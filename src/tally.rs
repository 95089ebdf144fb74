//! Visits in numbers, added up: tables of counts from the validated rows
//! of `visits.csv`, shared by the pages, the PDF and the open data so that
//! each shows the same totals. Pure functions of the site.

use crate::registry::Registry;
use crate::site::Visits;

/// A table of counts: rows by columns, in the order given, with only the
/// rows and columns that have a figure. A cell with no figure is `None`
/// ("none recorded"), not zero.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub cells: Vec<Vec<Option<u32>>>,
    pub row_totals: Vec<u32>,
    pub column_totals: Vec<u32>,
    pub total: u32,
}

impl Grid {
    /// Adds up `entries` (row id, column id, count) into a grid whose rows
    /// and columns follow `row_order` and `column_order`; ids in neither
    /// are left out.
    pub fn new<'a>(
        row_order: impl IntoIterator<Item = &'a str>,
        column_order: impl IntoIterator<Item = &'a str>,
        entries: impl IntoIterator<Item = (&'a str, &'a str, u32)>,
    ) -> Grid {
        let entries: Vec<(&str, &str, u32)> = entries.into_iter().collect();
        let rows: Vec<String> = row_order
            .into_iter()
            .filter(|r| entries.iter().any(|e| e.0 == *r))
            .map(str::to_string)
            .collect();
        let columns: Vec<String> = column_order
            .into_iter()
            .filter(|c| entries.iter().any(|e| e.1 == *c))
            .map(str::to_string)
            .collect();
        let mut grid = Grid {
            cells: vec![vec![None; columns.len()]; rows.len()],
            row_totals: vec![0; rows.len()],
            column_totals: vec![0; columns.len()],
            ..Grid::default()
        };
        for (r, c, n) in entries {
            let (Some(ri), Some(ci)) = (
                rows.iter().position(|x| x == r),
                columns.iter().position(|x| x == c),
            ) else {
                continue;
            };
            let cell = &mut grid.cells[ri][ci];
            *cell = Some(cell.unwrap_or(0) + n);
            grid.row_totals[ri] += n;
            grid.column_totals[ci] += n;
            grid.total += n;
        }
        grid.rows = rows;
        grid.columns = columns;
        grid
    }
}

/// A year's visits by kind of detention (rows) and nation (columns), in
/// the registry's order.
pub fn by_setting_and_nation(reg: &Registry, rows: &[Visits]) -> Grid {
    Grid::new(
        reg.settings.iter().map(|s| s.id.as_str()),
        reg.nations.iter().map(|n| n.id.as_str()),
        rows.iter()
            .map(|v| (v.setting.as_str(), v.nation.as_str(), v.visits)),
    )
}

/// One body's visits in a year, with the announced and unannounced counts
/// where every row of it gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyVisits {
    pub body: String,
    pub visits: u32,
    pub announced: Option<u32>,
    pub unannounced: Option<u32>,
}

/// Each body's visits in `rows`, in `body_order`, then the NPM's total.
pub fn by_body<'a>(
    body_order: impl IntoIterator<Item = &'a str>,
    rows: &[Visits],
) -> (Vec<BodyVisits>, BodyVisits) {
    let of = |id: &str, rows: &mut dyn Iterator<Item = &Visits>| {
        let mut t = BodyVisits {
            body: id.to_string(),
            visits: 0,
            announced: Some(0),
            unannounced: Some(0),
        };
        for v in rows {
            t.visits += v.visits;
            t.announced = t.announced.zip(v.announced).map(|(a, b)| a + b);
            t.unannounced = t.unannounced.zip(v.unannounced).map(|(a, b)| a + b);
        }
        t
    };
    let bodies: Vec<BodyVisits> = body_order
        .into_iter()
        .filter(|b| rows.iter().any(|v| v.body == *b))
        .map(|b| of(b, &mut rows.iter().filter(|v| v.body == b)))
        .collect();
    let total = of("", &mut rows.iter());
    (bodies, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(body: &str, setting: &str, n: u32, announced: Option<u32>) -> Visits {
        Visits {
            body: body.into(),
            setting: setting.into(),
            nation: "england".into(),
            visits: n,
            announced,
            unannounced: announced.map(|a| n - a),
            sources: Vec::new(),
        }
    }

    #[test]
    fn a_grid_adds_up_by_row_and_column_and_keeps_the_order_given() {
        let rows = [
            row("a", "prisons", 3, None),
            row("b", "prisons", 4, None),
            row("a", "police", 2, None),
        ];
        let g = Grid::new(
            ["police", "prisons", "courts"],
            ["a", "b"],
            rows.iter()
                .map(|v| (v.setting.as_str(), v.body.as_str(), v.visits)),
        );
        assert_eq!(g.rows, ["police", "prisons"]);
        assert_eq!(g.cells, [vec![Some(2), None], vec![Some(3), Some(4)]]);
        assert_eq!(g.row_totals, [2, 7]);
        assert_eq!(g.column_totals, [5, 4]);
        assert_eq!(g.total, 9);
    }

    #[test]
    fn announced_is_known_only_where_every_row_gives_it() {
        let rows = [
            row("a", "prisons", 3, Some(1)),
            row("a", "police", 2, None),
            row("b", "prisons", 5, Some(5)),
        ];
        let (bodies, total) = by_body(["b", "a"], &rows);
        assert_eq!(bodies[0].body, "b");
        assert_eq!(
            (bodies[0].announced, bodies[0].unannounced),
            (Some(5), Some(0))
        );
        assert_eq!((bodies[1].visits, bodies[1].announced), (5, None));
        assert_eq!((total.visits, total.announced), (10, None));
    }
}
