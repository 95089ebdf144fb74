### The words that depend on the State: what its parts are called, its
### series of official papers and how a report is laid before its
### parliament or announced. These are the UK's. A site for another State
### rewords them in its own content folder, in
### content/i18n/<language>/jurisdiction.ftl: a message or term written
### there replaces the one here (any message of the catalogue can be
### reworded that way; see docs/content-model.md, "A site's own words").

## The State's parts, listed in registry/nations.toml (the UK's four
## nations; a federal State's states or Länder; a State not divided for
## monitoring lists itself as its one part).
# One part, in running text ("in each nation").
-part = nation
# Several parts, in running text ("Compare nations").
-parts = nations
# One part, with the indefinite article ("Choose a nation").
-a-part = a nation
# As a label or column heading.
-part-label = Nation
-parts-label = Nations

## The State's numbered series of papers laid before its parliament
## (report.toml's `command_paper`, e.g. "Cm 9160").
-paper-series = Command Paper
# The series' name on a report year's page, beside the number.
report-year-command-paper = { -paper-series }
# On the PDF's page after the cover. $number: the paper's number ("CP 123").
pdf-presented = Presented to Parliament as { -paper-series } { $number }

## The statement that announces a report (report.toml's `statement`).
# A statement made in writing by a minister to Parliament, announcing the report.
report-year-statement = Written ministerial statement
# As report-year-statement, with its reference. $reference: the statement's parliamentary reference, such as HCWS618.
report-year-statement-ref = Written ministerial statement { $reference }
