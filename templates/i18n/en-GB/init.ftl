### The words `opcat-press init` writes into a new site's content/ folder
### (src/init.rs): the names and texts of a starter site, in the site's
### language. None of them is a fact, so each says it is a sample, for the
### NPM to replace with its own. Plain text, except the init-chapter- and
### init-next- messages, which are Markdown: keep their `code` as it is.

## content/site.toml
# The site's title, in the header of every page: short.
init-site-title = Sample NPM
# One sentence about the site, for search engines and link previews.
init-site-description = A sample site made by opcat-press init, to be replaced with the NPM's own registry and reports.
# The NPM's full name. The pages write "the { $npm }": "the Sample National
# Preventive Mechanism has 1 member body".
init-npm-name = Sample National Preventive Mechanism
# The licence's name. The pages write "available under the { $licence }" and
# the PDF "licensed under the terms of the { $licence }".
init-licence = sample licence (to be chosen by the NPM)

## content/registry/
init-nation-name = Sample nation
# A kind of detention. Some pages write it in lower case.
init-setting-name = Prisons (sample)
init-setting-description = Sample text: adults held in prisons.
init-instrument-title = Sample designation instrument
init-instrument-summary = Sample text: what the act, decree or statement that designated the NPM's members did, in a sentence of your own.
init-source-title = Sample source: replace it with the document that states these facts
init-body-name = Sample Inspectorate of Places of Detention
init-body-abbreviation = SIPD
init-body-summary = Sample text: what this member body monitors, and where, in one or two sentences of your own.

## content/reports/<year>/
# $npm: the NPM's name (init-npm-name).
init-report-title = First Annual Report of the { $npm }
init-report-summary = Sample text: what the report covers, in one or two sentences.
# The one chapter, a foreword.
init-chapter-title = Foreword (sample)
init-chapter-summary = Sample text: one sentence for the contents page.
init-chapter-heading = About this sample
init-chapter-text = This foreword, like every name and text on this site, was written by `opcat-press init` to start the site. None of it is a fact: replace it with the NPM's own words, and give every fact in the registry its source.
init-next-heading = What to change first
init-next-site = `content/site.toml`: the site's title, the NPM's name, the site's address and its licence.
init-next-registry = `content/registry/`: the member bodies, the kinds of detention they monitor and where, the instrument that designated them, and the sources of these facts.
# $year: the report year's folder name ("2026-27").
init-next-report = `content/reports/{ $year }/`: the report's title and summary, this foreword, and a chapter from each member body (`opcat-press new chapter`).
