//! Stage 1, load: a CSV file as a spreadsheet exports it (a header row,
//! then one row per record), read with the `csv` crate, each cell kept with
//! its byte span in the file so that a diagnostic points at the cell.
//! Reads nothing itself: it is handed the file's text.

use std::ops::Range;
use std::path::Path;

use super::Id;
use crate::diagnostics::Diagnostic;

/// A CSV file: its header's cells and its rows' cells, as written.
#[derive(Debug, Default)]
pub struct RawTable {
    pub header: Vec<Id>,
    pub rows: Vec<RawRow>,
}

#[derive(Debug)]
pub struct RawRow {
    /// The row's line, from its first byte to the end of its last cell.
    pub line: Range<usize>,
    /// Its line number, from 1.
    pub number: u64,
    pub cells: Vec<Id>,
}

impl RawRow {
    /// The cell in column `i`, if the row has one that is not blank.
    pub fn cell(&self, i: Option<usize>) -> Option<&Id> {
        self.cells
            .get(i?)
            .filter(|c| !c.get_ref().trim().is_empty())
    }
}

/// Reads `text` (the whole file, after any byte-order mark at `base`).
/// A file the `csv` crate cannot read becomes one diagnostic at the place.
pub fn parse(path: &Path, text: &str, base: usize) -> Result<RawTable, Diagnostic> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&text.as_bytes()[base..]);
    let mut table = RawTable::default();
    let mut record = csv::StringRecord::new();
    // Newlines before `counted`: each record's line number, counted once.
    let (mut lines, mut counted) = (0usize, 0usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(base, |p| base + p.byte() as usize);
                return Err(
                    Diagnostic::error(path, Some(at..at), format!("not a CSV file: {e}"))
                        .with_hint("export the sheet as CSV (comma-separated values, UTF-8)"),
                );
            }
        }
        let mut start = base + record.position().map_or(0, |p| p.byte() as usize);
        // A record after blank lines is said to start at the first of them.
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        lines += text
            .get(counted..start)
            .map_or(0, |t| t.matches('\n').count());
        counted = start;
        let number = lines as u64 + 1;
        let spans = cell_spans(text, start);
        let cells: Vec<Id> = record
            .iter()
            .enumerate()
            .map(|(i, value)| {
                let span = spans.get(i).cloned().unwrap_or(start..start);
                Id::new(span, value.to_string())
            })
            .collect();
        if cells.iter().all(|c| c.get_ref().trim().is_empty()) {
            continue; // a blank line, as spreadsheets leave at the end
        }
        let end = spans.last().map_or(start, |s| s.end);
        if table.header.is_empty() {
            table.header = cells;
        } else {
            table.rows.push(RawRow {
                line: start..end,
                number,
                cells,
            });
        }
    }
    Ok(table)
}

/// The span of each cell of the record starting at `start`: inside the
/// quotes for a quoted cell.
fn cell_spans(text: &str, start: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = start;
    loop {
        let (span, next) = if bytes.get(i) == Some(&b'"') {
            let mut j = i + 1;
            while j < bytes.len() {
                if bytes[j] == b'"' {
                    if bytes.get(j + 1) == Some(&b'"') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            let mut k = (j + 1).min(bytes.len());
            while k < bytes.len() && !matches!(bytes[k], b',' | b'\n' | b'\r') {
                k += 1;
            }
            (i + 1..j.min(bytes.len()), k)
        } else {
            let mut k = i;
            while k < bytes.len() && !matches!(bytes[k], b',' | b'\n' | b'\r') {
                k += 1;
            }
            (i..k, k)
        };
        spans.push(span);
        if bytes.get(next) == Some(&b',') {
            i = next + 1;
        } else {
            return spans;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_keep_their_place_in_the_file() {
        let text = "a,b,c\n1,\"x, \"\"y\"\"\",3\r\n\n4,,6\n";
        let t = parse(Path::new("t.csv"), text, 0).unwrap();
        let names: Vec<&str> = t.header.iter().map(|c| c.get_ref().as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!(t.rows.len(), 2);
        let quoted = &t.rows[0].cells[1];
        assert_eq!(quoted.get_ref(), "x, \"y\"");
        assert_eq!(&text[quoted.span()], "x, \"\"y\"\"");
        assert_eq!(&text[t.rows[0].cells[2].span()], "3");
        assert_eq!(&text[t.rows[1].cells[2].span()], "6");
        assert!(t.rows[1].cell(Some(1)).is_none());
        assert_eq!((t.rows[0].number, t.rows[1].number), (2, 4));
    }
}
