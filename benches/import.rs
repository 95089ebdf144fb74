//! Word import benchmark: a generated 200-page document (2,000 paragraphs
//! of about 50 words, 40 headings, 300 footnotes, 50 tables, bulleted
//! lists, bold and italic runs, 10 pictures) read and written as a
//! chapter, in-process and as the `import` command; and pandoc on the same
//! file when it is there (the tests' PyPI `pypandoc_binary`, or PANDOC=).
//!
//!     cargo bench --bench import
//!     cargo bench --bench import -- --pages 400
//!
//! The target is a median of at most 300 ms for the 200-page document.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn flag(name: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.parse().ok()
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

const WORDS: [&str; 16] = [
    "inspectors",
    "visited",
    "the",
    "establishment",
    "and",
    "spoke",
    "with",
    "detained",
    "people",
    "about",
    "their",
    "treatment",
    "conditions",
    "of",
    "detention",
    "staff",
];

fn sentence(seed: usize, words: usize) -> String {
    (0..words)
        .map(|i| WORDS[(seed * 7 + i * 3) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn para(out: &mut String, style: Option<&str>, runs: &str) {
    out.push_str("<w:p>");
    if let Some(s) = style {
        let _ = write!(out, "<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>");
    }
    out.push_str(runs);
    out.push_str("</w:p>");
}

fn run(text: &str, props: &str) -> String {
    format!("<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

fn table(out: &mut String, seed: usize) {
    out.push_str("<w:tbl><w:tblPr/>");
    for r in 0..6 {
        out.push_str("<w:tr>");
        for c in 0..4 {
            let _ = write!(
                out,
                "<w:tc><w:p>{}</w:p></w:tc>",
                run(&sentence(seed + r * 4 + c, 3), "")
            );
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

fn image(n: usize) -> String {
    format!(
        "<w:r><w:drawing><wp:inline><wp:docPr id=\"{n}\" name=\"p{n}\" descr=\"Picture {n} of a cell\"/>\
         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:pic><pic:blipFill><a:blip r:embed=\"img{n}\"/></pic:blipFill></pic:pic>\
         </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
}

/// The body, the footnotes and the relationships of a document of
/// `pages` pages.
fn document(pages: usize) -> (String, String, String) {
    let paragraphs = pages * 10;
    let (notes, tables, headings, images) = (pages * 3 / 2, pages / 4, pages / 5, 10);
    let mut body = format!(
        "<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:wp=\"{WP}\" xmlns:a=\"{A}\" xmlns:pic=\"{PIC}\"><w:body>"
    );
    para(&mut body, Some("Title"), &run("A generated chapter", ""));
    let mut footnotes = format!("<w:footnotes xmlns:w=\"{W}\">");
    let mut note = 0;
    for i in 0..paragraphs {
        if i % (paragraphs / headings) == 0 {
            para(
                &mut body,
                Some("Heading1"),
                &run(&format!("Section {i}"), ""),
            );
        }
        if i % (paragraphs / tables) == 5 {
            table(&mut body, i);
        }
        if i % 25 == 3 {
            para(&mut body, Some("ListBullet"), &run(&sentence(i, 8), ""));
            continue;
        }
        let mut runs = run(&sentence(i, 20), "") + &run(&sentence(i + 1, 3), "<w:b/>");
        runs += &run(&sentence(i + 2, 20), "<w:i/>");
        if note < notes && i % (paragraphs / notes) == 0 {
            note += 1;
            let _ = write!(runs, "<w:r><w:footnoteReference w:id=\"{note}\"/></w:r>");
            let _ = write!(
                footnotes,
                "<w:footnote w:id=\"{note}\"><w:p>{}</w:p></w:footnote>",
                run(&sentence(note, 12), "")
            );
        }
        if i % (paragraphs / images) == 7 {
            runs += &image(i / (paragraphs / images));
        }
        runs += &run(&sentence(i + 3, 7), "");
        para(&mut body, None, &runs);
    }
    body.push_str("</w:body></w:document>");
    footnotes.push_str("</w:footnotes>");
    let mut rels = String::from(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    );
    rels.push_str("<Relationship Id=\"fn\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
    rels.push_str("<Relationship Id=\"st\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    rels.push_str("<Relationship Id=\"nu\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
    for n in 0..images {
        let _ = write!(
            rels,
            "<Relationship Id=\"img{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image{n}.png\"/>"
        );
    }
    rels.push_str("</Relationships>");
    (body, footnotes, rels)
}

fn write_docx(path: &Path, pages: usize) {
    let (body, footnotes, rels) = document(pages);
    let styles = format!(
        "<w:styles xmlns:w=\"{W}\">\
         <w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>\
         </w:styles>"
    );
    let numbering = format!(
        "<w:numbering xmlns:w=\"{W}\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    );
    let file = std::fs::File::create(path).expect("create the document");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, bytes: &[u8]| {
        zip.start_file(name, opts).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    };
    put(
        "[Content_Types].xml",
        b"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
    );
    put("_rels/.rels", b"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    put("word/document.xml", body.as_bytes());
    put("word/footnotes.xml", footnotes.as_bytes());
    put("word/styles.xml", styles.as_bytes());
    put("word/numbering.xml", numbering.as_bytes());
    put("word/_rels/document.xml.rels", rels.as_bytes());
    for n in 0..10 {
        put(&format!("word/media/image{n}.png"), PNG);
    }
    zip.finish().expect("finish the document");
}

/// pandoc from the tests' virtual environment, or PANDOC=.
fn pandoc() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PANDOC") {
        return Some(PathBuf::from(p));
    }
    let python =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tmp/pypandoc-binary-1.17/bin/python");
    let out = Command::new(python)
        .args(["-c", "import pypandoc; print(pypandoc.get_pandoc_path())"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn main() {
    let pages = flag("--pages").unwrap_or(200);
    let dir = tempfile::tempdir().expect("temporary folder");
    let docx = dir.path().join("chapter.docx");
    write_docx(&docx, pages);
    let size = std::fs::metadata(&docx).map(|m| m.len()).unwrap_or(0);
    let mut words = 0;
    let in_process = time(15, || {
        let doc = opcat_press::import::read(&docx).expect("the document reads");
        let md = opcat_press::import::write::markdown(&doc, &Default::default());
        words = md.markdown.split_whitespace().count();
    });
    println!(
        "document: {pages} pages, {} KiB, {words} words of Markdown",
        size / 1024
    );
    println!("import, in-process (read + write the chapter): median {in_process:.0} ms of 15");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = repo.join("target/release/opcat-press");
    if bin.is_file() {
        let command = time(7, || {
            let out = Command::new(&bin)
                .current_dir(repo)
                .arg("import")
                .arg(&docx)
                .args(["--body", "hmip", "--output", "-"])
                .output()
                .expect("run opcat-press import");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        });
        println!(
            "opcat-press import --output - (reads the UK site too): median {command:.0} ms of 7"
        );
    }
    match pandoc() {
        Some(p) => {
            let peer = time(7, || {
                let out = Command::new(&p)
                    .arg(&docx)
                    .args(["-f", "docx", "-t", "commonmark_x"])
                    .output()
                    .expect("run pandoc");
                assert!(out.status.success());
            });
            println!(
                "pandoc -f docx -t commonmark_x: median {peer:.0} ms of 7 ({:.2}x ours in-process)",
                peer / in_process
            );
        }
        None => println!("pandoc: not found (run the tests once, or set PANDOC=)"),
    }
}
