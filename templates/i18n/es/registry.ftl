### Registro de organismos miembros (templates/registry/*.html), en español.
### Traducción no revisada por un hablante nativo. «MNP»: mecanismo nacional de prevención.
### Comments below are the English reference's.

## Words several registry pages share

# A table's column heading, and the caption above a kind of detention's page.
registry-kind-of-detention = Tipo de lugar de detención
registry-based-in = Sede
registry-designated = Designación
registry-not-recorded = No consta
registry-former-designations = Designaciones anteriores
registry-recommendations = Recomendaciones
# $count: a number of member bodies.
registry-bodies-count = { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
}
# $nation: the nation's name.
registry-no-body-monitors-setting-in = No consta que ningún organismo miembro supervise este tipo de lugar en { $nation }.

## templates/registry/index.html

# $npm: the national preventive mechanism's name; $count: its number of member bodies.
registry-lede = El { $npm } cuenta con { $count ->
    [one] { $count } organismo miembro
   *[other] { $count } organismos miembros
}. Cada página indica cuándo fue designado un organismo, qué supervisa y dónde, así como las fuentes de cada dato.
registry-finder-heading = ¿Quién supervisa este tipo de lugar de detención en { -part.gender ->
    [masculine] este
   *[feminine] esta
} { -part }?
registry-finder-grid-caption = Elija un tipo de lugar de detención y { -a-part } para ver quién lo supervisa
# Read out for a link in the grid. $setting: the kind of detention; $nation: the nation's name; $count: the number of bodies.
registry-finder-cell-label = { $setting } en { $nation }: { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
}
# As registry-finder-cell-label, when some are uncertain. $uncertain: how many of the $count bodies are uncertain.
registry-finder-cell-label-uncertain = { $setting } en { $nation }: { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
}, { $uncertain ->
    [one] { $uncertain } incierto
   *[other] { $uncertain } inciertos
}
# Shown after the number of bodies in the grid. $count: how many of them are uncertain.
registry-finder-cell-uncertain = ({ $count ->
    [one] { $count } incierto
   *[other] { $count } inciertos
})
registry-coverage-link = Matriz de cobertura
registry-coverage-link-text = Qué organismos supervisan cada tipo de lugar de detención en cada { -part }.
registry-history-link = Historial de designaciones
registry-history-link-text = Cómo ha cambiado la composición desde la designación del MNP.
registry-current-heading = Miembros actuales
# $count: the number of current member bodies.
registry-current-caption = Organismos miembros actuales ({ $count })
registry-column-body = Organismo
registry-column-monitors = Supervisa
registry-no-current = No consta ningún organismo miembro actual.
registry-by-setting = Por tipo de lugar de detención
registry-by-nation = Por { -part }
registry-former-text = Estas designaciones ya no se computan en la composición del MNP.
# $count: the number of bodies whose designation has ended.
registry-former-caption = Designaciones que han finalizado ({ $count })
registry-column-ended = Fin
registry-column-succeeded-by = Sucesor
# Read out for a dash in the table: no body succeeded this one.
registry-no-successor = Ninguno

## templates/registry/body.html

body-caption-current = Organismo miembro
body-caption-former = Antiguo organismo miembro
body-abbreviation = Sigla
body-status = Situación
body-status-current = Miembro actual del MNP
# $date: the date the designation ended.
body-status-ended-on = La designación finalizó el { $date }
body-status-ended = La designación ha finalizado
# $instrument: the title of the instrument (an order, a statement), a link to it.
body-instrument = Mediante: { $instrument }
# $body: the name of the body that took over, a link to it.
body-succeeded-by = Sucedido por { $body }
body-role = Función en el MNP
body-role-coordinator = Organismo coordinador del MNP
body-website = Sitio web
body-former-names = Denominaciones anteriores
# $name: a former name of the body (with its abbreviation); $date: the date it stopped using it.
body-former-name = { $name }, hasta el { $date }
body-timeline = Cronología
body-timeline-caption = Las fechas de su designación, de sus denominaciones y, en su caso, de su finalización, tal como se indican arriba.
body-events = Acontecimientos
# After an event's description. $body: the name of another body, a link to it.
body-event-see = Véase { $body }.
body-coverage = Qué supervisa
# $body: the body's abbreviation, or its name.
body-coverage-caption = Lugares de detención supervisados por { $body }
body-column-nations = { -parts-label }
body-column-role = Función
body-no-coverage = No consta ninguna cobertura para este organismo.
body-chapters = Capítulos en los informes anuales
# $body: the body's abbreviation, or its name.
body-no-chapters = Ningún capítulo de { $body } figura entre los informes publicados en este sitio.

## templates/registry/setting.html

setting-monitors = Quién lo supervisa, por { -part }
setting-no-body-monitors = No consta que ningún organismo miembro supervise este tipo de lugar.
setting-former-text = Organismos cuya designación ha finalizado y que supervisaban este tipo de lugar cuando eran miembros.
setting-coverage-link = Ver todos los tipos de lugar de detención en la matriz de cobertura

## templates/registry/nation.html

nation-caption = { -part-label }
# $nation: the nation's name.
nation-based-here = Organismos miembros con sede en { $nation }
# $nation: the nation's name.
nation-none-based-here = Ningún organismo miembro actual tiene su sede en { $nation }.
# $nation: the nation's name.
nation-monitors = Quién supervisa cada tipo de lugar de detención en { $nation }
# $nation: the nation's name.
nation-no-coverage = No consta ninguna cobertura para { $nation }.
nation-coverage-link = Comparar { -parts } en la matriz de cobertura

## templates/registry/history.html

# $npm: the national preventive mechanism's name.
history-lede = Cómo ha cambiado la composición del { $npm }, instrumento por instrumento.
history-instruments = Instrumentos de designación
history-ended = Fin de la designación
history-members-after = Miembros resultantes
history-no-instruments = No consta ningún instrumento de designación.
history-periods = Composición a lo largo del tiempo
history-chart-caption = Cada barra representa la designación de un organismo. Las tablas de esta página ofrecen los mismos datos en forma de texto.
# The label of a date field: the list of members on the date chosen follows.
history-members-on = Miembros en la fecha
history-periods-caption = Número de organismos miembros en cada período
history-column-from = Desde
history-column-to = Hasta
history-column-members = Miembros
# In the "To" column: the period has not ended.
history-present = Actualidad
history-periods-members = Miembros en cada período
# $from, $to: the period's first and last dates; $count: the number of members.
history-period = Del { $from } al { $to }: { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
# $from: the period's first date; $count: the number of members.
history-period-present = Desde el { $from } hasta la actualidad: { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
history-renames = Cambios de denominación
# $from: the body's former name; $to: its new name, a link to the body.
history-rename = { $from } pasó a denominarse { $to }
history-ends = Designaciones finalizadas
# Follows a body's name (and the reason its designation ended, in brackets); it starts with a semicolon. $body: the body that took over, a link to it.
history-end-successor = ; sucedido por { $body }

## templates/registry/coverage.html

coverage-lede = Qué organismos miembros actuales supervisan cada tipo de lugar de detención en cada { -part }.
coverage-key = Cómo leer la tabla
# The role labels, in the key and in the table's cells: keep them short.
coverage-role-lead = principal
coverage-role-joint = conjunto
coverage-role-supporting = apoyo
coverage-key-lead = el organismo supervisa este tipo de lugar por derecho propio
coverage-key-joint = el organismo comparte el trabajo a partes iguales con otros organismos
coverage-key-supporting = el organismo contribuye a un trabajo dirigido por otro organismo
coverage-uncertain = Incierto
coverage-key-uncertain = las fuentes no lo indican directamente; la nota numerada bajo la tabla explica el motivo
# Read out for the dash the key shows.
coverage-key-dash = Un guion:
coverage-key-empty = no consta ningún organismo miembro
coverage-key-text = Seleccione un organismo para consultar sus fuentes, o un tipo de lugar de detención para ver en detalle quién trabaja con quién.
coverage-caption = Organismos miembros que supervisan cada tipo de lugar de detención, por { -part }
# Read out for a dash in an empty cell.
coverage-empty = Ningún organismo miembro
# A link to a numbered note below the table; the note's number follows.
coverage-note-ref = nota
coverage-notes = Notas
# After a note's body, kind of detention and nation, when the entry is uncertain.
coverage-note-uncertain = (incierto)

## templates/registry/finder.html

finder-caption = Quién supervisa
# $setting: the kind of detention; $nation: the nation's name.
finder-title = { $setting } en { $nation }
# $date: the date the body was designated.
finder-member-since = Miembro del MNP desde el { $date }
# $setting: the kind of detention, as a phrase in a sentence; $nation: the nation's name.
finder-none = No consta que ningún organismo miembro actual supervise { $setting } en { $nation }.
finder-former = Antiguos miembros que lo supervisaban
# $from: the date the body was designated.
finder-member-from = Miembro desde el { $from }
# $from: the date the body was designated; $until: the date its designation ended.
finder-member-from-until = Miembro del { $from } al { $until }
finder-permalink = Enlace a esta respuesta
# $setting: the kind of detention.
finder-setting-link = { $setting } en { -part.gender ->
    [masculine] todos los
   *[feminine] todas las
} { -parts }
# $nation: the nation's name.
finder-nation-link = Todo lo que se supervisa en { $nation }
