//! `data/`: the open data files and what each field means. Stage 3,
//! render: the validated site → the page's bytes; touches no files.

use crate::diagnostics::Diagnostic;
use crate::html::views::*;
use crate::html::{OutputFile, Renderer};
use serde::Serialize;

use crate::html::{SearchMeta, json_ld, size_text};

#[derive(Serialize)]
struct DataFileView {
    path: String,
    name: String,
    title: &'static str,
    format: &'static str,
    size_text: String,
    description: String,
}

#[derive(Serialize)]
struct TableView {
    file: &'static str,
    row: String,
    columns: Vec<crate::data::FieldDoc>,
}

#[derive(Serialize)]
struct View<'a> {
    files: Vec<DataFileView>,
    tables: Vec<TableView>,
    registry_fields: Vec<crate::data::FieldDoc>,
    reports_fields: Vec<crate::data::FieldDoc>,
    /// Empty for a site without a monitoring record.
    record_fields: Vec<crate::data::FieldDoc>,
    /// None when the site names no licence: none is claimed.
    licence: Option<&'a str>,
    licence_url: Option<&'a str>,
    as_of: Option<crate::content::date::DateView>,
    citation: String,
}

impl Renderer<'_> {
    pub(super) fn data_page(&self, crumbs: Vec<Link>) -> Result<OutputFile, Diagnostic> {
        let site = self.site;
        let url = crate::urls::DATA;
        let description = self.words.tf(
            "data-description",
            &[("npm", site.config.npm_name.as_str().into())],
        );
        let files = self.data_files();
        let (licence, licence_url) = match crate::data::licence(site) {
            Some((name, url)) => (Some(name), url),
            None => (None, None),
        };
        let mut frame = self.frame(
            url,
            &self.words.text("title-data"),
            Some(&description),
            crumbs,
            false,
        );
        frame.search = Some(SearchMeta::new(self.words.text("search-kind-page"), None));
        frame.json_ld = json_ld(&self.dataset_ld(&files, licence_url));
        let view = View {
            files,
            tables: self.tables(crate::data::record::has_record(site)),
            registry_fields: self.fields(crate::data::REGISTRY_SCHEMA)?,
            reports_fields: self.fields(crate::data::REPORTS_SCHEMA)?,
            record_fields: if crate::data::record::has_record(site) {
                self.fields(crate::data::record::RECORD_SCHEMA)?
            } else {
                Vec::new()
            },
            licence,
            licence_url,
            as_of: site
                .config
                .registry_as_of
                .map(crate::content::date::DateView::from),
            citation: crate::data::citation(
                site,
                &self.words.text("home-card-registry"),
                "registry.json",
                site.config.registry_as_of,
            ),
        };
        self.render_page("data.html", url, &frame, &view, url)
    }

    /// The program's own English (the data's documentation), marked as
    /// English on a page in another language.
    fn english(&self, s: &str) -> String {
        let language = &self.words.language;
        if s.is_empty() || language == "en" || language.starts_with("en-") {
            s.to_string()
        } else {
            format!("{}{s}{}", crate::translate::ENGLISH, crate::translate::END)
        }
    }

    /// A schema's fields, documented.
    fn fields(&self, schema: &str) -> Result<Vec<crate::data::FieldDoc>, Diagnostic> {
        let mut fields = crate::data::schema_fields(schema).map_err(|e| {
            Diagnostic::error(
                "data",
                None,
                format!("a built-in schema does not parse: {e}"),
            )
        })?;
        for f in &mut fields {
            f.description = self.english(&f.description);
            f.kind = self.english(&f.kind);
        }
        Ok(fields)
    }

    /// Each CSV table's columns, documented.
    fn tables(&self, record: bool) -> Vec<TableView> {
        tables_of(record)
            .map(|t| TableView {
                file: t.file,
                row: self.english(t.row),
                columns: t
                    .columns
                    .iter()
                    .map(|(name, doc)| crate::data::FieldDoc {
                        path: name.to_string(),
                        kind: String::new(),
                        description: self.english(doc),
                    })
                    .collect(),
            })
            .collect()
    }

    /// Every file in `data/`, with its size in this build.
    fn data_files(&self) -> Vec<DataFileView> {
        let size = |path: &str| {
            self.sizes
                .get(path)
                .map(|&bytes| size_text(bytes, self.words))
                .unwrap_or_default()
        };
        let mut files = vec![
            DataFileView {
                path: "data/registry.json".into(),
                name: "registry.json".into(),
                title: "Registry",
                format: "JSON",
                size_text: size("data/registry.json"),
                description: self.words.text("data-file-registry"),
            },
            DataFileView {
                path: "data/reports.json".into(),
                name: "reports.json".into(),
                title: "Annual reports",
                format: "JSON",
                size_text: size("data/reports.json"),
                description: self.words.text("data-file-reports"),
            },
        ];
        let record = crate::data::record::has_record(self.site);
        if record {
            files.push(DataFileView {
                path: "data/record.json".into(),
                name: "record.json".into(),
                title: "Monitoring record",
                format: "JSON",
                size_text: size("data/record.json"),
                description: self.words.text("data-file-record"),
            });
        }
        for t in tables_of(record) {
            let path = format!("data/{}", t.file);
            files.push(DataFileView {
                size_text: size(&path),
                path,
                name: t.file.into(),
                title: t.title,
                format: "CSV",
                description: self
                    .words
                    .tf("data-csv-row", &[("row", self.english(t.row).into())]),
            });
        }
        let schemas = [
            ("registry.schema.json", "registry.json"),
            ("reports.schema.json", "reports.json"),
            ("record.schema.json", "record.json"),
        ];
        for &(file, what) in &schemas[..if record { 3 } else { 2 }] {
            let path = format!("data/{file}");
            files.push(DataFileView {
                size_text: size(&path),
                path,
                name: file.into(),
                title: "JSON Schema",
                format: "JSON Schema",
                description: self.words.tf("data-file-schema", &[("file", what.into())]),
            });
        }
        files
    }

    fn dataset_ld(&self, files: &[DataFileView], licence_url: Option<&str>) -> serde_json::Value {
        let c = &self.site.config;
        let downloads: Vec<serde_json::Value> = files
            .iter()
            .map(|f| {
                let format = match f.format {
                    "CSV" => "text/csv",
                    _ => "application/json",
                };
                serde_json::json!({
                    "@type": "DataDownload",
                    "name": f.path.trim_start_matches("data/"),
                    "encodingFormat": format,
                    "contentUrl": format!("{}{}", c.base_url, f.path),
                })
            })
            .collect();
        let mut ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": self.words.tf("data-ld-name", &[("npm", c.npm_name.as_str().into())]),
            "description": self.words.tf("data-ld-description", &[("npm", c.npm_name.as_str().into())]),
            "url": format!("{}data/", c.base_url),
            "creator": self.npm_ld(),
            "distribution": downloads,
        });
        if let Some(l) = licence_url {
            ld["license"] = l.into();
        }
        if let Some(d) = c.registry_as_of {
            ld["dateModified"] = d.iso().into();
        }
        ld
    }
}

/// The CSV tables: the registry's and the reports', then the monitoring
/// record's when the site has one.
fn tables_of(record: bool) -> impl Iterator<Item = &'static crate::data::Table> {
    let extra: &[crate::data::Table] = if record {
        crate::data::record::RECORD_TABLES
    } else {
        &[]
    };
    crate::data::TABLES.iter().chain(extra)
}
