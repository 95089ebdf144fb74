### Cronologías de las designaciones (src/html/timeline.rs), en español.
### Traducción no revisada por un hablante nativo. Las notas sobre las
### variables están en templates/i18n/en-GB/timeline.ftl (en inglés).
### Los finales de designación son sustantivos («sustitución por …») para
### evitar concordancias.

## Cuándo (el $when de las frases siguientes)

# $date: the date, already written; $precision: day, month or year.
timeline-when = { $precision ->
        [day] el { $date }
       *[other] en { $date }
    }
# $when: timeline-when.
timeline-when-uncertain = { $when } (fecha incierta)

## La imagen del mecanismo entero

timeline-history-title = Cronología de las designaciones del mecanismo nacional de prevención
timeline-members = Miembros
# $count: the number of members.
timeline-members-count = { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }
# $count: the number of members; $from: the date it began.
timeline-members-from = { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    } desde el { $from }
# $count: the number of members; $from: the date it began; $to: the date it ended.
timeline-members-from-to = { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    } del { $from } al { $to }
# $title: the instrument's title; $date: its date.
timeline-instrument = { $title }, { $date }

## La leyenda
timeline-key-current = Miembro hasta hoy
timeline-key-ended = Designación terminada
timeline-key-renamed = Cambio de nombre
timeline-key-instrument = Instrumento de designación

## La barra de un organismo

# $name: the new name; $when: timeline-when.
timeline-renamed = Pasó a llamarse { $name } { $when }
timeline-end-superseded = sustitución
timeline-end-withdrawn = retirada
timeline-end-abolished = supresión
# $successor: the body that took over.
timeline-end-superseded-by = sustitución por { $successor }
# $successor: the body that took over.
timeline-end-withdrawn-succeeded-by = retirada, con { $successor } como sucesor
# $successor: the body that took over.
timeline-end-abolished-succeeded-by = supresión, con { $successor } como sucesor

## La información sobre la barra

# $body: the body's full name; $facts: the timeline-row-… below.
timeline-row = { $body }: { $facts }
timeline-row-separator = ;
# $date: the date of the designation; $when: the same as timeline-when.
timeline-row-designated = designado { $when }
# $body: the body whose designation this one took over.
timeline-row-took-place-of = sustituyó a { $body }
# $name: the new name; $when: timeline-when.
timeline-row-renamed = pasó a llamarse { $name } { $when }
# $how: how the designation ended; $when: timeline-when.
timeline-row-ended = { $how } { $when }
timeline-row-still-member = sigue siendo miembro

## La descripción de la imagen del mecanismo entero

timeline-history-desc-empty = Cronología de las designaciones del mecanismo nacional de prevención: todavía no se ha designado ningún organismo.
# $count: the number of bodies; $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year).
timeline-history-desc = Cronología de las designaciones { $count ->
        [one] del organismo designado miembro
       *[other] de los { $count } organismos designados miembros
    } del mecanismo nacional de prevención, de { $from } { $precision ->
        [day] al { $to }
       *[other] a { $to }
    }: una barra horizontal por organismo, desde su designación hasta el final de esta, o hasta el borde derecho en el caso de los miembros actuales.
# $count: the number of designation instruments; $dates: their dates, as a list.
timeline-instruments = { $count ->
        [one] Una línea vertical marca el instrumento de designación, de fecha { $dates }.
       *[other] Las líneas verticales marcan los { $count } instrumentos de designación, de fechas { $dates }.
    }
# $count: the number of members; $date: the date of the first designation.
timeline-membership-since = { $count ->
        [one] El mecanismo cuenta con { $count } miembro desde el { $date }.
       *[other] El mecanismo cuenta con { $count } miembros desde el { $date }.
    }
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-rose = El número de miembros aumentó de { $first } { $when } a { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-fell = El número de miembros disminuyó de { $first } { $when } a { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-changed = El número de miembros varió de { $first } { $when } a { $steps }.
# $count: a number of members; $when: timeline-when.
timeline-membership-step = { $count } { $when }
# $body: the body's full name; $when: timeline-when; $how: how it ended.
timeline-history-ended = La designación del organismo { $body } terminó { $when }: { $how }.
# $old: the name before; $new: the name after; $when: timeline-when.
timeline-history-renamed-item = { $old } pasó a llamarse { $new } { $when }
# $renames: the renames, as a list.
timeline-history-renamed = Cambios de nombre: { $renames }.

## La imagen de un organismo

# $body: the body's name.
timeline-body-title = Cronología de la designación: { $body }
# $date: the date of the designation; $when: the same as timeline-when.
timeline-note-designated = Designado { $when }
# As timeline-note-designated. $bodies: the bodies it replaced, as a list.
timeline-note-designated-in-place-of = Designado { $when }, en sustitución de { $bodies }
# $date: the date the designation ended; $when: the same as timeline-when.
timeline-note-ended = Fin: { $date }
timeline-note-still-member = Sigue siendo miembro

## La descripción de la imagen de un organismo

# $body: the body's full name; $when: timeline-when.
timeline-body-desc-designated = Cronología de la designación del organismo { $body }. Fue designado miembro del mecanismo nacional de prevención { $when }.
# $body, $when as above; $name: its full name when designated.
timeline-body-desc-designated-as = Cronología de la designación del organismo { $body }. Fue designado miembro del mecanismo nacional de prevención { $when }, con el nombre { $name }.
# $name: the new full name; $when: timeline-when.
timeline-body-desc-renamed = Pasó a llamarse { $name } { $when }.
# $when: timeline-when; $how: how it ended.
timeline-body-desc-ended = Su designación terminó { $when }: { $how }.
timeline-body-desc-still-member = Sigue siendo miembro.
# $body: the full name of the body it replaced.
timeline-body-desc-took-place-of = Sustituyó al organismo { $body }.
# $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year); $count: the number of designation instruments.
timeline-body-desc-axis = El eje temporal va de { $from } { $precision ->
        [day] al { $to }
       *[other] a { $to }
    }; { $count ->
        [one] una línea vertical marca el instrumento de designación del mecanismo nacional de prevención.
       *[other] las líneas verticales marcan los { $count } instrumentos de designación del mecanismo nacional de prevención.
    }
