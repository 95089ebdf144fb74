### The words `opcat-press init` writes into a new site's content/ folder
### (src/init.rs): the names and texts of a starter site, in Spanish. None of
### them is a fact, so each says it is a sample (ejemplo), for the NPM to
### replace with its own. Plain text, except the init-chapter- and
### init-next- messages, which are Markdown: keep their `code` as it is.
### Spanish (es): translation of templates/i18n/en-GB/init.ftl. A draft, not
### yet reviewed by a fluent speaker. «MNP»: Mecanismo Nacional de Prevención.

## content/site.toml
# The site's title, in the header of every page: short.
init-site-title = MNP (ejemplo)
# One sentence about the site, for search engines and link previews.
init-site-description = Sitio de ejemplo creado con opcat-press init, que se sustituirá por el registro y los informes del propio MNP.
# The NPM's full name. The pages write "el { $npm }" and "del { $npm }".
init-npm-name = Mecanismo Nacional de Prevención (ejemplo)
# The licence's name. The pages write "bajo la { $licence }" and the PDF
# "en los términos de la { $licence }".
init-licence = Licencia de ejemplo (que elegirá el MNP)

## content/registry/
init-nation-name = Nación (ejemplo)
# A kind of detention. Some pages write it in lower case.
init-setting-name = Prisiones (ejemplo)
init-setting-description = Texto de ejemplo: personas adultas privadas de libertad en prisiones.
init-instrument-title = Instrumento de designación (ejemplo)
init-instrument-summary = Texto de ejemplo: lo que dispuso el instrumento (ley, decreto o declaración) que designó a los miembros del MNP, resumido con sus propias palabras.
init-source-title = Fuente de ejemplo: sustitúyala por el documento que acredite estos hechos
init-body-name = Inspección de Lugares de Privación de Libertad (ejemplo)
init-body-abbreviation = ILPL
init-body-summary = Texto de ejemplo: qué supervisa este organismo miembro, y dónde, en una o dos frases redactadas con sus propias palabras.

## content/reports/<year>/
# $npm: the NPM's name (init-npm-name).
init-report-title = Primer Informe Anual del { $npm }
init-report-summary = Texto de ejemplo: lo que abarca el informe, en una o dos frases.
# The one chapter, a foreword.
init-chapter-title = Prólogo (ejemplo)
init-chapter-summary = Texto de ejemplo: una frase para el índice.
init-chapter-heading = Acerca de este ejemplo
init-chapter-text = Este prólogo, como todos los nombres y textos de este sitio, lo escribió `opcat-press init` para poner en marcha el sitio. Nada de ello es un hecho: sustitúyalo por las palabras del propio MNP e indique la fuente de cada hecho del registro.
init-next-heading = Qué cambiar primero
init-next-site = `content/site.toml`: el título del sitio, el nombre del MNP, la dirección del sitio y su licencia.
init-next-registry = `content/registry/`: los organismos miembros, los tipos de lugares de privación de libertad que supervisan y dónde, el instrumento que los designó y las fuentes de estos hechos.
# $year: the report year's folder name ("2026-27").
init-next-report = `content/reports/{ $year }/`: el título y el resumen del informe, este prólogo y un capítulo de cada organismo miembro (`opcat-press new chapter`).
