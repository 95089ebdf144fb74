### Words the program writes into the pages itself: page titles,
### breadcrumbs, the labels search results show, the A to Z index's hints,
### table and chart captions, and descriptions.
### French (fr): translation of templates/i18n/en-GB/generated.ftl. Not yet
### reviewed by a native speaker. As in registry.ftl, a nation's name (from
### the data) is never preceded by a preposition: it comes first, followed
### by a colon. Typography: U+00A0 before : ; ? ! and inside « ».

## Page titles and breadcrumbs
crumb-home = Accueil
title-registry = Registre des organes membres
title-coverage = Qui contrôle quoi, et où
title-data = Données ouvertes
title-recommendations = Recommandations
title-not-found = Page introuvable
# $nation: a nation's name.
title-nation = { $nation } : contrôle des lieux de détention
# $setting: a kind of detention; $nation: a nation's name.
title-finder = { $setting }, { $nation }
# $npm: the NPM's name; $setting: a kind of detention, lower case; $nation: a nation's name.
finder-description = { $nation } : les organes membres du { $npm } qui contrôlent ce type de lieu de détention ({ $setting }), leur rôle et depuis quand.
# $npm: the NPM's name.
data-description = Le registre et les rapports du { $npm } sous forme de données ouvertes : JSON, CSV et JSON Schema, chaque champ étant documenté.

## A report year's name when it has no title, and its period.
## $number: its number in the series (an ordinal: 1st, 2nd, 3rd, 4th…);
## $year: its id ("2016-17"); $start, $end: dates.
# French ordinals: 1er, then 2e, 3e… (rapport is masculine).
report-heading = { NUMBER($number, type: "ordinal") ->
        [one] { $number }er
       *[other] { $number }e
    } rapport annuel, { $year }
report-period = Du { $start } au { $end }
year-description = Le { NUMBER($number, type: "ordinal") ->
        [one] { $number }er
       *[other] { $number }e
    } rapport annuel, portant sur la période du { $start } au { $end }
year-description-elsewhere = Son texte intégral est publié ailleurs.

## What search results say a page is
search-kind-body = Organe membre
search-kind-setting = Type de lieu de détention
search-kind-nation = { -part-label }
search-kind-registry = Registre
search-kind-year = Rapport annuel
search-kind-chapter = Chapitre de rapport
search-kind-recommendation = Recommandation
search-kind-register = Registre des recommandations
search-kind-page = Page

## The A to Z index: the hint beside an entry, and the group of entries
## that do not start with a letter or a figure.
a-z-hint-body = Organe membre
a-z-hint-former-body = Ancien organe membre
# $body: the body's name now.
a-z-hint-former-name = Ancienne dénomination de { $body }
a-z-hint-former-abbreviation = Ancien sigle de { $body }
a-z-hint-setting = Type de lieu de détention
a-z-hint-nation = { -part-label }
# $year: the report year's id ("2016-17").
a-z-hint-year = Rapport annuel { $year }
a-z-hint-chapter = Chapitre, rapport annuel { $year }
a-z-hint-page = Page
a-z-hint-register = Registre des recommandations
a-z-other = Autres

## How a body takes part in monitoring a kind of detention
# Followed by a list of bodies, or by "d'autres organes" (other bodies);
# role-lead may be followed by ", avec l'appui de …".
role-lead = Chef de file
role-joint = Conjointement avec
role-supporting = Appuie

## Why a designation ended
# In brackets after a date, lower case. Nouns, so that no agreement is needed.
end-reason-superseded = remplacement
end-reason-withdrawn = retrait
end-reason-abolished = suppression

## The open data files
data-file-registry = Tous les organes membres, actuels et anciens : dénominations successives, désignation, couverture et sources.
data-file-reports = Tous les rapports de la série : période, statut et informations avec leurs sources ; PDF et chapitres pour une année produite sur ce site, exemplaires officiels pour une année publiée ailleurs.
data-file-record = Chaque recommandation avec son statut actuel, chacun de ses suivis, et les visites de chaque année en chiffres.
# $file: a data file's name.
data-file-schema = La structure de { $file } (JSON Schema 2020-12).

## The recommendations register's filters: each filter's name, and the
## title of the page for one value. $name: the value's name.
filter-response = Réponse
filter-progress = État d'avancement
filter-authority = Destinataire
filter-setting = Type de lieu de détention
filter-nation = { -part-label }
filter-body = Auteur
filter-year = Année de rapport
filter-theme = Thème
filter-title-response = Recommandations ayant reçu la réponse « { $name } »
filter-title-progress = Recommandations dont l'état d'avancement est « { $name } »
filter-title-authority = Recommandations adressées à { $name }
filter-title-setting = Recommandations relatives au type de lieu de détention « { $name } »
filter-title-nation = { $name } : recommandations concernant { -this-part }
filter-title-body = Recommandations formulées par { $name }
filter-title-year = Recommandations formulées en { $name }
filter-title-theme = Recommandations sur le thème « { $name } »
# A recommendation with no response, or no progress, recorded yet.
filter-none-yet = Néant à ce jour

## Visits in numbers: table captions, the corner of a table, the chart
# $body: a body's abbreviation.
visits-caption-body = Visites effectuées par { $body }, par année de rapport et type de lieu de détention
# $nation: a nation's name.
visits-caption-nation = { $nation } : visites par année de rapport et type de lieu de détention
# $setting: a kind of detention.
visits-caption-setting = Visites par année de rapport et { -part } : { $setting }
# $year: the report year's id.
visits-caption-year = Visites par type de lieu de détention et { -part }, { $year }
visits-axis-setting = Type de lieu de détention
visits-axis-nation = { -part-label }
visits-axis-year = Année de rapport
visits-chart-title = Visites par type de lieu de détention, { $year }
# $total: all visits; $figures: each kind of detention with its figure; $table: the table's caption.
visits-chart-description = Diagramme en barres de { $total ->
        [one] { $total } visite
       *[other] { $total } visites
    } au total. { $figures }. Les chiffres figurent dans le tableau « { $table } ».

## What kind of chapter a chapter is: above its title on its page and in
## the PDF, and beside it in a report's contents.
chapter-kind-foreword = Avant-propos
chapter-kind-context = Contexte
chapter-kind-thematic = Chapitre thématique
chapter-kind-member = Chapitre d'un organe membre
chapter-kind-annex = Annexe

## The A to Z index: the letters of the alphabet, in order, each a heading.
a-z-letters = A B C D E F G H I J K L M N O P Q R S T U V W X Y Z

## A recommendation where a chapter makes it, above its text. $number: its number in the chapter.
chapter-recommendation-label = Recommandation { $number }

## A download's size. $size: kilobytes, a whole number; $whole and $tenth: megabytes, before and after the decimal sign.
size-kilobytes = { $size } Ko
size-megabytes = { $whole },{ $tenth } Mo

## What a chapter's text gets from the program, read out or shown.
# A table's name for screen readers. $number: its number in the chapter.
chapter-table-label = Tableau { $number }
# A task list's box, ticked or not.
chapter-task-done = Fait
chapter-task-not-done = Non fait
# The heading of the chapter's notes.
chapter-notes = Notes
# The link from a note back to where it is referenced. $number: the note's number.
chapter-note-back = Retour à l'appel de note { $number }
