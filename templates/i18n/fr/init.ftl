### The words `opcat-press init` writes into a new site's content/ folder
### (src/init.rs): the names and texts of a starter site, in French. None of
### them is a fact, so each says it is a sample (exemple), for the NPM to
### replace with its own. Plain text, except the init-chapter- and
### init-next- messages, which are Markdown: keep their `code` as it is.
### French (fr): translation of templates/i18n/en-GB/init.ftl. A draft, not
### yet reviewed by a fluent speaker. « MNP » : mécanisme national de
### prévention. Typography: a no-break space (U+00A0) before : ; ? !

## content/site.toml
# The site's title, in the header of every page: short.
init-site-title = MNP (exemple)
# One sentence about the site, for search engines and link previews.
init-site-description = Site d'exemple créé par opcat-press init, à remplacer par le registre et les rapports du MNP lui-même.
# The NPM's full name. The pages write "le { $npm }" and "du { $npm }".
init-npm-name = Mécanisme national de prévention (exemple)
# The licence's name. The pages write "conformément à la { $licence }" and
# "sous licence { $licence }", the PDF "selon les termes de la licence { $licence }".
init-licence = Licence d'exemple (à choisir par le MNP)

## content/registry/
init-nation-name = Nation (exemple)
# A kind of detention. Some pages write it in lower case.
init-setting-name = Prisons (exemple)
init-setting-description = Texte d'exemple : personnes majeures détenues en prison.
init-instrument-title = Acte de désignation (exemple)
init-instrument-summary = Texte d'exemple : ce que prévoyait l'acte (loi, décret ou déclaration) qui a désigné les membres du MNP, résumé avec vos propres mots.
init-source-title = Source d'exemple : à remplacer par le document qui établit ces faits
init-body-name = Inspection des lieux de privation de liberté (exemple)
init-body-abbreviation = ILPL
init-body-summary = Texte d'exemple : ce que contrôle cet organe membre, et où, en une ou deux phrases rédigées avec vos propres mots.

## content/reports/<year>/
# $npm: the NPM's name (init-npm-name).
init-report-title = Premier rapport annuel du { $npm }
init-report-summary = Texte d'exemple : ce que couvre le rapport, en une ou deux phrases.
# The one chapter, a foreword.
init-chapter-title = Avant-propos (exemple)
init-chapter-summary = Texte d'exemple : une phrase pour le sommaire.
init-chapter-heading = À propos de cet exemple
init-chapter-text = Cet avant-propos, comme chaque nom et chaque texte de ce site, a été rédigé par `opcat-press init` pour amorcer le site. Rien de tout cela n'est un fait : remplacez-le par les propres mots du MNP, et indiquez la source de chaque fait du registre.
init-next-heading = Ce qu'il faut modifier en premier
init-next-site = `content/site.toml` : le titre du site, le nom du MNP, l'adresse du site et sa licence.
init-next-registry = `content/registry/` : les organes membres, les types de lieux de privation de liberté qu'ils contrôlent et où, l'acte qui les a désignés, et les sources de ces faits.
# $year: the report year's folder name ("2026-27").
init-next-report = `content/reports/{ $year }/` : le titre et le résumé du rapport, cet avant-propos, et un chapitre de chaque organe membre (`opcat-press new chapter`).
