### Pieces many pages share (templates/components.html): lists, sources,
### notices, report facts, coverage, the finder, visit tables and the
### recommendations register's filters.

## Lists: "A, B and C" (the words between a list's items).
list-and = { " " }et{ " " }
list-comma = ,{ " " }

## Facts and their sources
# A body whose designation no longer counts.
body-designation-ended = (fin de la désignation)
# Read by screen readers before a source marker "[1]".
source-marker = Source
fact-uncertain = Incertain
# Read by screen readers before a fact's note.
fact-note = Remarque :
sources-heading = Sources

## The notice on the pages of a sample report year.
sample-notice-title = Contenu d'exemple
sample-notice-body = Les chapitres de cette année de rapport ont été rédigés pour illustrer le fonctionnement d'opcat-press. Ils ne reproduisent pas le texte du rapport publié.

## A report's status
status-published = Publié
status-draft = Projet
status-sample = Exemple
# A report published elsewhere, recorded here.
status-archived = Publié ailleurs

## A report's facts in a list
# $number: the report's number in the series.
report-number = Rapport n° { $number }
# $date: the date of publication.
report-published-on = Date de publication : { $date }
report-not-yet-published = Pas encore publié
report-where-elsewhere = Texte intégral publié ailleurs
# Follows report-where-elsewhere when no copy was found.
report-where-no-copy = { "\u00A0" }; aucune copie officielle trouvée en ligne
# $chapters: how many chapters the year has on the site.
report-where-here = Texte intégral sur ce site : { $chapters ->
        [one] { $chapters } chapitre
       *[other] { $chapters } chapitres
    } et le PDF
report-where-not-yet = Ses chapitres ne sont pas encore sur ce site

## How a body takes part in monitoring a setting
# Follows the body's role ("Leads"). $bodies: the bodies that support it.
coverage-supported-by = , avec l'appui de { $bodies }
coverage-jointly = Conjointement avec d'autres organes
# $role: how the body takes part ("Shares the work with").
coverage-role-with-others = { $role } d'autres organes

## An in-page contents list
toc-label = Sommaire
toc-title = Sommaire

## The finder (which bodies monitor a kind of detention in a nation)
finder-setting-label = Type de lieu de privation de liberté
finder-setting-choose = Choisissez un type de lieu de privation de liberté
finder-nation-label = { -part-label }
finder-nation-choose = Choisissez { -a-part }

## Pictures and tables of fields
figure-timeline-label = Frise chronologique
fields-field = Champ
fields-type = Type
fields-meaning = Signification

## A recommendation in a list
# $id: the recommendation's id.
rec-item-link = Recommandation { $id }
# $npm: the NPM's name ("the United Kingdom National Preventive Mechanism").
rec-item-by-npm = le { $npm }
# $by: who made it; $to: whom it is addressed to (a list).
rec-item-by-to = formulée par { $by }, adressée à { $to }
# $response: the authority's response; $progress: the progress found.
rec-item-status = Réponse : { $response }. État d'avancement : { $progress }.
rec-none-yet = en attente

## Visits in numbers
visits-heading = Les visites en chiffres
visits-total = Total
# Read by screen readers where a table has no figure.
visits-none-recorded = aucune donnée enregistrée
visits-not-known = inconnu
visits-sample-note = Ces chiffres ont été rédigés pour illustrer le format : ils ne correspondent pas aux visites réellement effectuées par les membres.
# $marks: the sources of the figures (markers).
visits-intro = Visites et inspections effectuées par les membres du MNP au cours de l'année{ $marks }.
visits-chart-label = Diagramme en barres des visites
visits-chart-sample = Chiffres d'exemple.
# $table: the caption of the table with the figures.
visits-chart-caption = Les chiffres figurent dans le tableau « { $table } ».
visits-sample-prefix = Chiffres d'exemple :
visits-by-body-caption = Visites par organe membre
visits-col-body = Organe membre
visits-col-visits = Visites
visits-col-announced = Annoncées
visits-col-unannounced = Inopinées

## The recommendations register's filters
register-filter-title = Filtrer le registre
register-filter-any = Tous
# $count: how many recommendations the register has.
register-showing-all = { $count ->
        [one] Affichage de { $count } recommandation.
       *[other] Affichage de l'ensemble des { $count } recommandations.
    }
register-links-summary = Filtrer selon une seule valeur : une page pour chacune
