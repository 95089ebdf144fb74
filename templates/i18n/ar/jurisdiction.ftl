### The words that depend on the State: what its parts are called, its
### series of official papers and how a report is laid before its
### parliament or announced. These are the UK's. A site for another State
### rewords them in its own content folder, in
### content/i18n/<language>/jurisdiction.ftl: a message or term written
### there replaces the one here (any message of the catalogue can be
### reworded that way; see docs/content-model.md, "A site's own words").
###
### Arabic (ar): Arabic has no indefinite article, and running text needs
### the definite form where English has a bare noun ("by nation" is
### "حسب الأمة"). So in the Arabic messages:
###   -part   is the definite singular ("حسب { -part }", "و{ -part }"),
###   -a-part is the indefinite singular ("في كل { -a-part }", "اختر { -a-part }"),
###   -parts  is the definite plural ("المقارنة بين { -parts }").
### No message puts a demonstrative or an adjective beside these words, so
### a feminine noun (أمة, ولاية) and a masculine one (بلد, إقليم) fit alike.
### The UK's words are translated literally ("nation" is أمة).

## The State's parts, listed in registry/nations.toml (the UK's four
## nations; a federal State's states or Länder; a State not divided for
## monitoring lists itself as its one part).
# One part, in running text; in Arabic the definite form ("حسب الأمة").
-part = الأمة
# Several parts, in running text ("Compare nations"); in Arabic the definite form.
-parts = الأمم
# One part, indefinite ("Choose a nation": "اختر أمة", "في كل أمة").
-a-part = أمة
# As a label or column heading.
-part-label = الأمة
-parts-label = الأمم

## The State's numbered series of papers laid before its parliament
## (report.toml's `command_paper`, e.g. "Cm 9160"). The UK's series keeps
## its English name in brackets: it has no established Arabic name.
-paper-series = ورقة الأمر (Command Paper)
# The series' name on a report year's page, beside the number.
report-year-command-paper = { -paper-series }
# On the PDF's page after the cover. $number: the paper's number ("CP 123").
pdf-presented = قُدِّم إلى البرلمان بوصفه { -paper-series } { $number }

## The statement that announces a report (report.toml's `statement`).
# A statement made in writing by a minister to Parliament, announcing the report.
report-year-statement = بيان وزاري مكتوب
# As report-year-statement, with its reference. $reference: the statement's parliamentary reference, such as HCWS618.
report-year-statement-ref = البيان الوزاري المكتوب { $reference }
