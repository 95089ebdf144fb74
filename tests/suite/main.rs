//! The integration tests: one binary, a module per feature, so the shared
//! helpers in `common/` compile once. Each module runs the real
//! `opcat-press` binary (or drives a browser, or a checker) on the
//! repository's content/ or on fixture sites under tests/fixtures/, with
//! expectations computed from the content.
//!
//! Run one module with `cargo test --release --test suite <module>::`, for
//! example `cargo test --release --test suite browser::`.

mod common;

mod browser;
mod build_cache;
mod build_output;
mod check_matches_build;
mod cli;
mod cli_check;
mod cli_init;
mod cli_new;
mod cli_serve;
mod cli_status;
mod example_npm;
mod freeze;
mod i18n;
mod import;
mod invalid_sites;
mod jurisdiction;
mod malformed_input;
mod markdown_conformance;
mod markdown_fuzz;
mod pdf;
mod pdf_scripts;
mod recommendations;
mod registry_data;
mod report_series;
mod rtl;
mod translations;
mod uk_site;
mod visits;
