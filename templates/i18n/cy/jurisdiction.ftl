### Welsh (cy): translation of templates/i18n/en-GB/jurisdiction.ftl. Not
### yet reviewed by a fluent speaker.
### The words that depend on the State: what its parts are called, its
### series of official papers and how a report is laid before its
### parliament or announced. These are the UK's. A site for another State
### rewords them in its own content folder, in
### content/i18n/cy/jurisdiction.ftl: a message or term written
### there replaces the one here (any message of the catalogue can be
### reworded that way; see docs/content-model.md, "A site's own words").
### Welsh mutates the word for a part after some words and agrees with its
### gender, so a site that rewords -part also rewords the terms marked
### "Welsh only" below (-part-soft, -and-part, -this-part), which give the
### forms the messages need: for a state, `-part = talaith`, `-part-soft =
### dalaith`, `-and-part = a thalaith`, `-this-part = y dalaith hon`; for a
### region, `-part = rhanbarth`, `-part-soft = ranbarth`, `-and-part = a
### rhanbarth`, `-this-part = y rhanbarth hwn`. After "pob" and "yn ôl",
### and in lists, the word is unmutated (-part, -parts).

## The State's parts, listed in registry/nations.toml (the UK's four
## nations; a federal State's states or Länder; a State not divided for
## monitoring lists itself as its one part).
# One part, in running text ("in each nation").
-part = gwlad
# Several parts, in running text ("Compare nations").
-parts = gwledydd
# One part, with the indefinite article ("Choose a nation").
# Welsh has no indefinite article: the word unmutated. The Welsh messages
# use -part-soft or -and-part where the English has this.
-a-part = gwlad
# As a label or column heading.
-part-label = Gwlad
-parts-label = Gwledydd
# Welsh only: one part with the soft mutation (treiglad meddal), as the
# object of a command ("Dewiswch wlad").
-part-soft = wlad
# Welsh only: "and" with one part: "a", with the aspirate mutation
# (treiglad llaes) of c, p, t ("a thalaith"), or "ac" before a vowel
# ("ac ardal").
-and-part = a gwlad
# Welsh only: "this part", with the article ("y", or "yr" before a vowel),
# the mutation after it of a feminine noun and "hon" or "hwn" by its gender
# ("y wlad hon", "yr ardal hon", "y rhanbarth hwn"); it follows "yn".
-this-part = y wlad hon

## The State's numbered series of papers laid before its parliament
## (report.toml's `command_paper`, e.g. "Cm 9160").
-paper-series = Papur Gorchymyn
# The series' name on a report year's page, beside the number.
report-year-command-paper = { -paper-series }
# On the PDF's page after the cover. $number: the paper's number ("CP 123").
pdf-presented = Cyflwynwyd i'r Senedd fel { -paper-series } { $number }

## The statement that announces a report (report.toml's `statement`).
# A statement made in writing by a minister to Parliament, announcing the report.
report-year-statement = Datganiad Gweinidogol Ysgrifenedig
# As report-year-statement, with its reference. $reference: the statement's parliamentary reference, such as HCWS618.
report-year-statement-ref = Datganiad Gweinidogol Ysgrifenedig { $reference }
