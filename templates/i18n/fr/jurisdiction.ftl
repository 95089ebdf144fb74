### French (fr): translation of templates/i18n/en-GB/jurisdiction.ftl. Not
### yet reviewed by a native speaker. Typography: U+00A0 before : ; ? ! and
### inside « ».
### The words that depend on the State: what its parts are called, its
### series of official papers and how a report is laid before its
### parliament or announced. These are the UK's. A site for another State
### rewords them in its own content folder, in
### content/i18n/fr/jurisdiction.ftl: a message or term written
### there replaces the one here (any message of the catalogue can be
### reworded that way; see docs/content-model.md, "A site's own words").
### French agrees with the part's gender and elides before a vowel, so a
### site that rewords -part also gives its .gender and rewords the terms
### marked "French only" below (-this-part, -paper-series-label): for a
### German Land, `-part = Land` with `.gender = masculine`, `-a-part = un
### Land`, `-this-part = ce Land`; for a State, `-this-part = cet État`.

## The State's parts, listed in registry/nations.toml (the UK's four
## nations; a federal State's states or Länder; a State not divided for
## monitoring lists itself as its one part).
# One part, in running text ("in each nation").
# .gender: the word's grammatical gender, masculine or feminine; the
# messages agree with it ("toutes les nations", "tous les Länder"). Give it
# whenever -part is reworded: a message that selects on it cannot be shown
# without it.
-part = nation
    .gender = feminine
# Several parts, in running text ("Compare nations").
-parts = nations
# One part, with the indefinite article ("Choose a nation").
-a-part = une nation
# As a label or column heading.
-part-label = Nation
-parts-label = Nations
# French only: one part with the demonstrative, which agrees and elides
# ("dans cette nation", "dans ce Land", "dans cet État").
-this-part = cette nation

## The State's numbered series of papers laid before its parliament
## (report.toml's `command_paper`, e.g. "Cm 9160").
# French: in running text, in lower case ("présenté en tant que document
# parlementaire").
-paper-series = document parlementaire (Command Paper)
# French only: the series' name as a label, capitalised.
-paper-series-label = Document parlementaire (Command Paper)
# The series' name on a report year's page, beside the number.
report-year-command-paper = { -paper-series-label }
# On the PDF's page after the cover. $number: the paper's number ("CP 123").
# French: "en tant que" elides before a vowel ("en tant qu'imprimé"): reword
# this message with -paper-series when the new series' name needs it.
pdf-presented = Présenté au Parlement en tant que { -paper-series } { $number }

## The statement that announces a report (report.toml's `statement`).
# A statement made in writing by a minister to Parliament, announcing the report.
report-year-statement = Déclaration ministérielle écrite
# As report-year-statement, with its reference. $reference: the statement's parliamentary reference, such as HCWS618.
report-year-statement-ref = Déclaration ministérielle écrite { $reference }
