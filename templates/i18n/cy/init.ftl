### The words `opcat-press init` writes into a new site's content/ folder
### (src/init.rs): the names and texts of a starter site, in Welsh. None of
### them is a fact, so each says it is a sample (sampl), for the NPM to
### replace with its own. Plain text, except the init-chapter- and
### init-next- messages, which are Markdown: keep their `code` as it is.
### Welsh (cy): translation of templates/i18n/en-GB/init.ftl. A draft, not
### yet reviewed by a fluent speaker.

## content/site.toml
# The site's title, in the header of every page: short.
init-site-title = Mecanwaith Ataliol Cenedlaethol (sampl)
# One sentence about the site, for search engines and link previews.
init-site-description = Gwefan sampl a grëwyd gan opcat-press init, i'w disodli gan gofrestr ac adroddiadau'r Mecanwaith ei hun.
# The NPM's full name. The pages write "y { $npm }" and "{ $npm }".
init-npm-name = Mecanwaith Ataliol Cenedlaethol (sampl)
# The licence's name, soft-mutated: the pages write "o dan { $licence }" and
# the PDF "o dan delerau'r { $licence }".
init-licence = drwydded sampl (i'w dewis gan y Mecanwaith)

## content/registry/
init-nation-name = Gwlad (sampl)
# A kind of detention. Some pages write it in lower case.
init-setting-name = Carchardai (sampl)
init-setting-description = Testun sampl: oedolion sy'n cael eu cadw mewn carchardai.
init-instrument-title = Offeryn dynodi (sampl)
init-instrument-summary = Testun sampl: beth a wnaeth y ddeddf, y gorchymyn neu'r datganiad a ddynododd aelodau'r Mecanwaith, mewn brawddeg yn eich geiriau eich hun.
init-source-title = Ffynhonnell sampl: rhowch y ddogfen sy'n nodi'r ffeithiau hyn yn ei lle
init-body-name = Arolygiaeth Mannau Cadw (sampl)
init-body-abbreviation = AMC
init-body-summary = Testun sampl: beth y mae'r aelod-gorff hwn yn ei fonitro, a ble, mewn brawddeg neu ddwy yn eich geiriau eich hun.

## content/reports/<year>/
# $npm: the NPM's name (init-npm-name).
init-report-title = Adroddiad Blynyddol Cyntaf y { $npm }
init-report-summary = Testun sampl: beth y mae'r adroddiad yn ymdrin ag ef, mewn brawddeg neu ddwy.
# The one chapter, a foreword.
init-chapter-title = Rhagair (sampl)
init-chapter-summary = Testun sampl: un frawddeg ar gyfer y dudalen gynnwys.
init-chapter-heading = Am y sampl hwn
init-chapter-text = Cafodd y rhagair hwn, fel pob enw a thestun ar y wefan hon, ei ysgrifennu gan `opcat-press init` i ddechrau'r wefan. Nid oes dim ohono'n ffaith: rhowch eiriau'r Mecanwaith ei hun yn ei le, a rhowch ffynhonnell i bob ffaith yn y gofrestr.
init-next-heading = Beth i'w newid yn gyntaf
init-next-site = `content/site.toml`: teitl y wefan, enw'r Mecanwaith, cyfeiriad y wefan a'i thrwydded.
init-next-registry = `content/registry/`: yr aelod-gyrff, y mathau o le cadw y maent yn eu monitro a ble, yr offeryn a'u dynododd, a ffynonellau'r ffeithiau hyn.
# $year: the report year's folder name ("2026-27").
init-next-report = `content/reports/{ $year }/`: teitl a chrynodeb yr adroddiad, y rhagair hwn, a phennod gan bob aelod-gorff (`opcat-press new chapter`).
