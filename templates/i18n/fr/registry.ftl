### Registre des organes membres (templates/registry/*.html), en français.
### Traduction non relue par un locuteur natif. « MNP » : mécanisme national de prévention.
### Le nom d'une nation, fourni par les données, n'est jamais précédé d'une préposition
### (en Angleterre, au pays de Galles) : les messages le présentent en tête, suivi d'un deux-points.
### Comments below are the English reference's.

## Words several registry pages share

# A table's column heading, and the caption above a kind of detention's page.
registry-kind-of-detention = Type de lieu de détention
registry-based-in = Siège
registry-designated = Désignation
registry-not-recorded = Non renseigné
registry-former-designations = Désignations antérieures
registry-recommendations = Recommandations
# $count: a number of member bodies.
registry-bodies-count = { $count ->
    [one] { $count } organe
   *[other] { $count } organes
}
# $nation: the nation's name.
registry-no-body-monitors-setting-in = { $nation } : aucun organe membre n'est enregistré comme contrôlant ce type de lieu.

## templates/registry/index.html

# $npm: the national preventive mechanism's name; $count: its number of member bodies.
registry-lede = Le { $npm } compte { $count ->
    [one] { $count } organe membre
   *[other] { $count } organes membres
}. Chaque page indique la date de désignation d'un organe, ce qu'il contrôle et où, ainsi que les sources de chaque information.
registry-finder-heading = Qui contrôle ce type de lieu de détention dans { -this-part } ?
registry-finder-grid-caption = Choisissez un type de lieu de détention et { -a-part } pour savoir qui le contrôle
# Read out for a link in the grid. $setting: the kind of detention; $nation: the nation's name; $count: the number of bodies.
registry-finder-cell-label = { $setting }, { $nation } : { $count ->
    [one] { $count } organe
   *[other] { $count } organes
}
# As registry-finder-cell-label, when some are uncertain. $uncertain: how many of the $count bodies are uncertain.
registry-finder-cell-label-uncertain = { $setting }, { $nation } : { $count ->
    [one] { $count } organe
   *[other] { $count } organes
}, dont { $uncertain ->
    [one] { $uncertain } incertain
   *[other] { $uncertain } incertains
}
# Shown after the number of bodies in the grid. $count: how many of them are uncertain.
registry-finder-cell-uncertain = ({ $count ->
    [one] { $count } incertain
   *[other] { $count } incertains
})
registry-coverage-link = Matrice de couverture
registry-coverage-link-text = Quels organes contrôlent chaque type de lieu de détention dans chaque { -part }.
registry-history-link = Historique des désignations
registry-history-link-text = L'évolution de la composition depuis la désignation du MNP.
registry-current-heading = Membres actuels
# $count: the number of current member bodies.
registry-current-caption = Organes membres actuels ({ $count })
registry-column-body = Organe
registry-column-monitors = Lieux contrôlés
registry-no-current = Aucun organe membre actuel n'est enregistré.
registry-by-setting = Par type de lieu de détention
registry-by-nation = Par { -part }
registry-former-text = Ces désignations ne sont plus prises en compte dans la composition du MNP.
# $count: the number of bodies whose designation has ended.
registry-former-caption = Désignations ayant pris fin ({ $count })
registry-column-ended = Fin
registry-column-succeeded-by = Successeur
# Read out for a dash in the table: no body succeeded this one.
registry-no-successor = Aucun

## templates/registry/body.html

body-caption-current = Organe membre
body-caption-former = Ancien organe membre
body-abbreviation = Sigle
body-status = Statut
body-status-current = Membre actuel du MNP
# $date: the date the designation ended.
body-status-ended-on = Fin de la désignation le { $date }
body-status-ended = Fin de la désignation
# $instrument: the title of the instrument (an order, a statement), a link to it.
body-instrument = Acte : { $instrument }
# $body: the name of the body that took over, a link to it.
body-succeeded-by = Successeur : { $body }
body-role = Rôle au sein du MNP
body-role-coordinator = Organe de coordination du MNP
body-website = Site web
body-former-names = Anciennes dénominations
# $name: a former name of the body (with its abbreviation); $date: the date it stopped using it.
body-former-name = { $name }, jusqu'au { $date }
body-timeline = Chronologie
body-timeline-caption = Les dates de sa désignation, de ses dénominations et, le cas échéant, de la fin de sa désignation, telles qu'indiquées ci-dessus.
body-events = Événements
# After an event's description. $body: the name of another body, a link to it.
body-event-see = Voir { $body }.
body-coverage = Lieux contrôlés
# $body: the body's abbreviation, or its name.
body-coverage-caption = Lieux de détention contrôlés par { $body }
body-column-nations = { -parts-label }
body-column-role = Rôle
body-no-coverage = Aucune couverture n'est enregistrée pour cet organe.
body-chapters = Chapitres des rapports annuels
# $body: the body's abbreviation, or its name.
body-no-chapters = Aucun chapitre rédigé par { $body } ne figure parmi les rapports publiés sur ce site.

## templates/registry/setting.html

setting-monitors = Qui le contrôle, par { -part }
setting-no-body-monitors = Aucun organe membre n'est enregistré comme contrôlant ce type de lieu.
setting-former-text = Organes dont la désignation a pris fin et qui contrôlaient ce type de lieu lorsqu'ils étaient membres.
setting-coverage-link = Voir tous les types de lieux de détention dans la matrice de couverture

## templates/registry/nation.html

nation-caption = { -part-label }
# $nation: the nation's name.
nation-based-here = { $nation } : organes membres qui y sont établis
# $nation: the nation's name.
nation-none-based-here = { $nation } : aucun organe membre actuel n'y est établi.
# $nation: the nation's name.
nation-monitors = { $nation } : qui contrôle chaque type de lieu de détention
# $nation: the nation's name.
nation-no-coverage = { $nation } : aucune couverture n'est enregistrée.
nation-coverage-link = Comparer les { -parts } dans la matrice de couverture

## templates/registry/history.html

# $npm: the national preventive mechanism's name.
history-lede = L'évolution de la composition du { $npm }, acte par acte.
history-instruments = Actes de désignation
history-ended = Fin de la désignation
history-members-after = Membres à l'issue
history-no-instruments = Aucun acte de désignation n'est enregistré.
history-periods = Composition au fil du temps
history-chart-caption = Chaque barre représente la désignation d'un organe. Les tableaux de cette page présentent les mêmes informations sous forme de texte.
# The label of a date field: the list of members on the date chosen follows.
history-members-on = Membres à la date du
history-periods-caption = Nombre d'organes membres par période
history-column-from = Du
history-column-to = Au
history-column-members = Membres
# In the "To" column: the period has not ended.
history-present = À ce jour
history-periods-members = Membres au cours de chaque période
# $from, $to: the period's first and last dates; $count: the number of members.
history-period = Du { $from } au { $to } : { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
# $from: the period's first date; $count: the number of members.
history-period-present = Depuis le { $from } : { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
history-renames = Changements de dénomination
# $from: the body's former name; $to: its new name, a link to the body.
history-rename = Nouvelle dénomination de « { $from } » : { $to }
history-ends = Désignations ayant pris fin
# Follows a body's name (and the reason its designation ended, in brackets); it starts with a semicolon. $body: the body that took over, a link to it.
history-end-successor = ; successeur : { $body }

## templates/registry/coverage.html

coverage-lede = Quels organes membres actuels contrôlent chaque type de lieu de détention dans chaque { -part }.
coverage-key = Comment lire le tableau
# The role labels, in the key and in the table's cells: keep them short.
coverage-role-lead = principal
coverage-role-joint = conjoint
coverage-role-supporting = appui
coverage-key-lead = l'organe contrôle ce type de lieu en son nom propre
coverage-key-joint = l'organe partage le travail à parts égales avec d'autres organes
coverage-key-supporting = l'organe contribue à un travail dirigé par un autre organe
coverage-uncertain = Incertain
coverage-key-uncertain = les sources ne l'indiquent pas directement ; la note numérotée sous le tableau en donne la raison
# Read out for the dash the key shows.
coverage-key-dash = Un tiret :
coverage-key-empty = aucun organe membre n'est enregistré
coverage-key-text = Sélectionnez un organe pour consulter ses sources, ou un type de lieu de détention pour savoir en détail qui travaille avec qui.
coverage-caption = Organes membres contrôlant chaque type de lieu de détention, par { -part }
# Read out for a dash in an empty cell.
coverage-empty = Aucun organe membre
# A link to a numbered note below the table; the note's number follows.
coverage-note-ref = note
coverage-notes = Notes
# After a note's body, kind of detention and nation, when the entry is uncertain.
coverage-note-uncertain = (incertain)

## templates/registry/finder.html

finder-caption = Qui contrôle
# $setting: the kind of detention; $nation: the nation's name.
finder-title = { $setting }, { $nation }
# $date: the date the body was designated.
finder-member-since = Membre du MNP depuis le { $date }
# $setting: the kind of detention, as a phrase in a sentence; $nation: the nation's name.
finder-none = { $nation } : aucun organe membre actuel n'est enregistré comme contrôlant ce type de lieu ({ $setting }).
finder-former = Anciens membres qui le contrôlaient
# $from: the date the body was designated.
finder-member-from = Membre à compter du { $from }
# $from: the date the body was designated; $until: the date its designation ended.
finder-member-from-until = Membre du { $from } au { $until }
finder-permalink = Lien vers cette réponse
# $setting: the kind of detention.
finder-setting-link = { $setting } : { -part.gender ->
    [masculine] tous
   *[feminine] toutes
} les { -parts }
# $nation: the nation's name.
finder-nation-link = { $nation } : tout ce qui est contrôlé
