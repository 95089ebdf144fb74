### Spanish (es): translation of templates/i18n/en-GB/jurisdiction.ftl. Not
### yet reviewed by a native speaker.
### The words that depend on the State: what its parts are called, its
### series of official papers and how a report is laid before its
### parliament or announced. These are the UK's. A site for another State
### rewords them in its own content folder, in
### content/i18n/es/jurisdiction.ftl: a message or term written
### there replaces the one here (any message of the catalogue can be
### reworded that way; see docs/content-model.md, "A site's own words").
### Spanish agrees with the part's gender, so a site that rewords -part
### also gives its .gender, and rewords -paper-series-label (Spanish only)
### with -paper-series: for a Spanish autonomous community,
### `-part = comunidad autónoma` with `.gender = feminine`, `-a-part = una
### comunidad autónoma`; for a Mexican state, `-part = estado` with
### `.gender = masculine`, `-a-part = un estado`.

## The State's parts, listed in registry/nations.toml (the UK's four
## nations; a federal State's states or Länder; a State not divided for
## monitoring lists itself as its one part).
# One part, in running text ("in each nation").
# .gender: the word's grammatical gender, masculine or feminine; the
# messages agree with it ("en esta nación", "en este estado", "en todas las
# naciones"). Give it whenever -part is reworded: a message that selects
# on it cannot be shown without it.
-part = nación
    .gender = feminine
# Several parts, in running text ("Compare nations").
-parts = naciones
# One part, with the indefinite article ("Choose a nation").
-a-part = una nación
# As a label or column heading.
-part-label = Nación
-parts-label = Naciones

## The State's numbered series of papers laid before its parliament
## (report.toml's `command_paper`, e.g. "Cm 9160").
# Spanish: in running text, in lower case ("presentado como documento
# parlamentario").
-paper-series = documento parlamentario (Command Paper)
# Spanish only: the series' name as a label, capitalised.
-paper-series-label = Documento parlamentario (Command Paper)
# The series' name on a report year's page, beside the number.
report-year-command-paper = { -paper-series-label }
# On the PDF's page after the cover. $number: the paper's number ("CP 123").
pdf-presented = Presentado al Parlamento como { -paper-series } { $number }

## The statement that announces a report (report.toml's `statement`).
# A statement made in writing by a minister to Parliament, announcing the report.
report-year-statement = Declaración ministerial escrita
# As report-year-statement, with its reference. $reference: the statement's parliamentary reference, such as HCWS618.
report-year-statement-ref = Declaración ministerial escrita { $reference }
