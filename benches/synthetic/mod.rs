//! A synthetic but realistic site for the benchmarks: member bodies with
//! coverage, and report years of ~1,000-word chapters with tables,
//! footnotes and a code block.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

pub const NATIONS: [&str; 4] = ["england", "wales", "scotland", "northern-ireland"];
pub const SETTINGS: [&str; 6] = [
    "prisons",
    "police-custody",
    "court-custody",
    "mental-health",
    "immigration",
    "military",
];

pub fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("create folder");
    }
    fs::write(path, text).expect("write file");
}

fn chapter_text(year: usize, body: usize, bodies: usize) -> String {
    let mut s = String::with_capacity(8_000);
    let _ = writeln!(s, "## Summary of the year\n");
    for p in 0..8 {
        let _ = writeln!(
            s,
            "In paragraph {p} of year {year} the body visited places of detention, spoke with people held there in private, \
             and made recommendations to the authorities responsible. Its findings were shared with other members of the \
             mechanism and followed up at later visits, so that the same problems were not found again.[^n{p}] \
             See [the foreword](foreword.md) and [another member](m{}.md#summary-of-the-year).\n",
            (body + 1) % bodies
        );
    }
    let _ = writeln!(
        s,
        "## Visits in numbers\n\n| Setting | Visits | Recommendations |\n|:--|--:|--:|"
    );
    for (i, setting) in SETTINGS.iter().enumerate() {
        let _ = writeln!(
            s,
            "| {setting} | {} | {} |",
            (year * 7 + body * 3 + i) % 50,
            (year + body + i) % 20
        );
    }
    let _ = writeln!(
        s,
        "\n### What changed\n\n- Fewer people held for long periods\n- Better access to health care\n  - in prisons\n  - in police custody\n"
    );
    let _ = writeln!(
        s,
        "### How a visit is recorded\n\n```toml\n[[visit]]\nbody = \"m{body}\"\nsetting = \"{}\"\n\
         date = {}-05-{:02}\nannounced = false\n```\n",
        SETTINGS[(year + body) % SETTINGS.len()],
        2010 + year,
        1 + (body % 28)
    );
    for p in 0..8 {
        let _ = writeln!(
            s,
            "[^n{p}]: Note {p}: the source of this figure is the body's own records for {year}."
        );
    }
    s
}

/// Writes the site under `root/content`; returns its number of pages.
pub fn generate(root: &Path, bodies: usize, years: usize) -> usize {
    let c = root.join("content");
    write(
        &c.join("site.toml"),
        "title = \"Synthetic NPM\"\ndescription = \"A synthetic site for benchmarks.\"\nbase_url = \"https://example.org/\"\n\
         language = \"en-GB\"\nnpm_name = \"Synthetic National Preventive Mechanism\"\ncoordinator = \"m0\"\n",
    );
    let mut nations = String::new();
    for n in NATIONS {
        let _ = writeln!(nations, "[[nation]]\nid = \"{n}\"\nname = \"{n}\"\n");
    }
    write(&c.join("registry/nations.toml"), &nations);
    let mut settings = String::new();
    for s in SETTINGS {
        let _ = writeln!(
            settings,
            "[[setting]]\nid = \"{s}\"\nname = \"{s}\"\ndescription = \"People held in {s}.\"\nsource = [\"src\"]\n"
        );
    }
    write(&c.join("registry/settings.toml"), &settings);
    write(
        &c.join("registry/sources.toml"),
        "[src]\ntitle = \"A source\"\nurl = \"https://example.org/source\"\n",
    );
    write(
        &c.join("registry/designations.toml"),
        &format!(
            "[[instrument]]\nid = \"first\"\ndate = 2009-03-31\ntitle = \"First designation\"\nmembers_after = {bodies}\nsummary = \"All bodies.\"\nsource = [\"src\"]\n"
        ),
    );
    for b in 0..bodies {
        let mut t = format!(
            "name = \"Member body {b}\"\nabbreviation = \"MB{b}\"\nnations = [\"{}\"]\nsummary = \"Body {b} monitors detention.\"\nsource = [\"src\"]\n\n[designation]\ninstrument = \"first\"\n",
            NATIONS[b % 4]
        );
        for (i, s) in SETTINGS
            .iter()
            .enumerate()
            .filter(|(i, _)| (b + i) % 3 == 0)
        {
            let _ = writeln!(
                t,
                "\n[[coverage]]\nsetting = \"{s}\"\nnations = [\"{}\"]\nrole = \"lead\"\nsource = [\"src\"]",
                NATIONS[(b + i) % 4]
            );
        }
        write(&c.join(format!("registry/bodies/m{b}.toml")), &t);
    }
    let mut pages = bodies + SETTINGS.len() + NATIONS.len() + 5;
    for y in 0..years {
        let (start, end) = (2010 + y, 2011 + y);
        let year = format!("{start}-{:02}", end % 100);
        let dir = c.join("reports").join(&year);
        let mut order = vec!["\"foreword\"".to_string()];
        order.extend((0..bodies).map(|b| format!("\"m{b}\"")));
        write(
            &dir.join("report.toml"),
            &format!(
                "title = \"Annual report {year}\"\nnumber = {}\nperiod_start = {start}-04-01\nperiod_end = {end}-03-31\npublished = {end}-12-01\n\
                 status = \"published\"\nsummary = \"The year {year}.\"\nchapters = [{}]\n",
                y + 1,
                order.join(", ")
            ),
        );
        write(
            &dir.join("foreword.md"),
            "+++\ntitle = \"Foreword\"\nkind = \"foreword\"\n+++\n\n## Introduction\n\nThe year in brief.\n",
        );
        for b in 0..bodies {
            write(
                &dir.join(format!("m{b}.md")),
                &format!(
                    "+++\ntitle = \"Member body {b}\"\nkind = \"member\"\nbody = \"m{b}\"\n+++\n\n{}",
                    chapter_text(y, b, bodies)
                ),
            );
        }
        pages += bodies + 2;
    }
    write(
        &c.join("pages/about.md"),
        "+++\ntitle = \"About\"\n+++\n\n## About\n\nA synthetic site.\n",
    );
    pages + 1
}
