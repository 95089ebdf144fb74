### Chronologies des désignations (src/html/timeline.rs), en français.
### Traduction non relue par un locuteur natif. Les notes sur les variables
### sont dans templates/i18n/en-GB/timeline.ftl (en anglais).
### Les fins de désignation sont des noms (« remplacement par … ») pour éviter
### les accords.

## Quand (le $when des phrases ci-dessous)

# $date: the date, already written; $precision: day, month or year.
timeline-when = { $precision ->
        [day] le { $date }
       *[other] en { $date }
    }
# $when: timeline-when.
timeline-when-uncertain = { $when } (date incertaine)

## L'image du mécanisme entier

timeline-history-title = Chronologie des désignations du mécanisme national de prévention
timeline-members = Membres
# $count: the number of members.
timeline-members-count = { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }
# $count: the number of members; $from: the date it began.
timeline-members-from = { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    } depuis le { $from }
# $count: the number of members; $from: the date it began; $to: the date it ended.
timeline-members-from-to = { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    } du { $from } au { $to }
# $title: the instrument's title; $date: its date.
timeline-instrument = { $title }, { $date }

## La légende
timeline-key-current = Membre à ce jour
timeline-key-ended = Désignation terminée
timeline-key-renamed = Changement de nom
timeline-key-instrument = Acte de désignation

## La barre d'un organe

# $name: the new name; $when: timeline-when.
timeline-renamed = Renommé { $name } { $when }
timeline-end-superseded = remplacement
timeline-end-withdrawn = retrait
timeline-end-abolished = suppression
# $successor: the body that took over.
timeline-end-superseded-by = remplacement par { $successor }
# $successor: the body that took over.
timeline-end-withdrawn-succeeded-by = retrait, avec { $successor } pour successeur
# $successor: the body that took over.
timeline-end-abolished-succeeded-by = suppression, avec { $successor } pour successeur

## L'infobulle de la barre

# $body: the body's full name; $facts: the timeline-row-… below.
timeline-row = { $body } : { $facts }
timeline-row-separator = {" "};
# $date: the date of the designation; $when: the same as timeline-when.
timeline-row-designated = désigné { $when }
# $body: the body whose designation this one took over.
timeline-row-took-place-of = a remplacé { $body }
# $name: the new name; $when: timeline-when.
timeline-row-renamed = renommé { $name } { $when }
# $how: how the designation ended; $when: timeline-when.
timeline-row-ended = { $how } { $when }
timeline-row-still-member = toujours membre

## La description de l'image du mécanisme entier

timeline-history-desc-empty = Chronologie des désignations du mécanisme national de prévention : aucun organe n'a encore été désigné.
# $count: the number of bodies; $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year).
timeline-history-desc = Chronologie des désignations { $count ->
        [one] de l'organe désigné
       *[other] des { $count } organes désignés
    } au sein du mécanisme national de prévention, de { $from } { $precision ->
        [day] au { $to }
       *[other] à { $to }
    } : une barre horizontale par organe, de sa désignation à la fin de celle-ci, ou jusqu'au bord droit pour les membres actuels.
# $count: the number of designation instruments; $dates: their dates, as a list.
timeline-instruments = { $count ->
        [one] Une ligne verticale marque l'acte de désignation, en date du { $dates }.
       *[other] Des lignes verticales marquent les { $count } actes de désignation, en date des { $dates }.
    }
# $count: the number of members; $date: the date of the first designation.
timeline-membership-since = { $count ->
        [one] Le mécanisme compte { $count } membre depuis le { $date }.
       *[other] Le mécanisme compte { $count } membres depuis le { $date }.
    }
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-rose = Le nombre de membres a augmenté, passant de { $first } { $when } à { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-fell = Le nombre de membres a diminué, passant de { $first } { $when } à { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-changed = Le nombre de membres a varié, passant de { $first } { $when } à { $steps }.
# $count: a number of members; $when: timeline-when.
timeline-membership-step = { $count } { $when }
# $body: the body's full name; $when: timeline-when; $how: how it ended.
timeline-history-ended = La désignation de l'organe { $body } a pris fin { $when } : { $how }.
# $old: the name before; $new: the name after; $when: timeline-when.
timeline-history-renamed-item = { $old } est devenu { $new } { $when }
# $renames: the renames, as a list.
timeline-history-renamed = Changements de nom : { $renames }.

## L'image d'un organe

# $body: the body's name.
timeline-body-title = Chronologie de la désignation : { $body }
# $date: the date of the designation; $when: the same as timeline-when.
timeline-note-designated = Désigné { $when }
# As timeline-note-designated. $bodies: the bodies it replaced, as a list.
timeline-note-designated-in-place-of = Désigné { $when }, en remplacement de { $bodies }
# $date: the date the designation ended; $when: the same as timeline-when.
timeline-note-ended = Fin : { $date }
timeline-note-still-member = Toujours membre

## La description de l'image d'un organe

# $body: the body's full name; $when: timeline-when.
timeline-body-desc-designated = Chronologie de la désignation de l'organe { $body }. Il a été désigné au sein du mécanisme national de prévention { $when }.
# $body, $when as above; $name: its full name when designated.
timeline-body-desc-designated-as = Chronologie de la désignation de l'organe { $body }. Il a été désigné au sein du mécanisme national de prévention { $when }, sous le nom { $name }.
# $name: the new full name; $when: timeline-when.
timeline-body-desc-renamed = Il a pris le nom { $name } { $when }.
# $when: timeline-when; $how: how it ended.
timeline-body-desc-ended = Sa désignation a pris fin { $when } : { $how }.
timeline-body-desc-still-member = Il est toujours membre.
# $body: the full name of the body it replaced.
timeline-body-desc-took-place-of = Il a remplacé l'organe { $body }.
# $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year); $count: the number of designation instruments.
timeline-body-desc-axis = L'axe du temps va de { $from } { $precision ->
        [day] au { $to }
       *[other] à { $to }
    } ; { $count ->
        [one] une ligne verticale marque l'acte de désignation du mécanisme national de prévention.
       *[other] des lignes verticales marquent les { $count } actes de désignation du mécanisme national de prévention.
    }
