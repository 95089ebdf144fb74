### Pieces many pages share (templates/components.html): lists, sources,
### notices, report facts, coverage, the finder, visit tables and the
### recommendations register's filters.

## Lists: "A, B and C" (the words between a list's items).
list-and = { " " }y{ " " }
list-comma = ,{ " " }

## Facts and their sources
# A body whose designation no longer counts.
body-designation-ended = (designación finalizada)
# Read by screen readers before a source marker "[1]".
source-marker = Fuente
fact-uncertain = Incierto
# Read by screen readers before a fact's note.
fact-note = Nota:
sources-heading = Fuentes

## The notice on the pages of a sample report year.
sample-notice-title = Contenido de ejemplo
sample-notice-body = Los capítulos de este año de informe se redactaron para mostrar el funcionamiento de opcat-press. No son el texto del informe publicado.

## A report's status
status-published = Publicado
status-draft = Borrador
status-sample = Ejemplo
# A report published elsewhere, recorded here.
status-archived = Publicado en otro lugar

## A report's facts in a list
# $number: the report's number in the series.
report-number = Informe n.º { $number }
# $date: the date of publication.
report-published-on = Fecha de publicación: { $date }
report-not-yet-published = Aún no publicado
report-where-elsewhere = Texto completo publicado en otro lugar
# Follows report-where-elsewhere when no copy was found.
report-where-no-copy = ; no se ha encontrado ninguna copia oficial en línea
# $chapters: how many chapters the year has on the site.
report-where-here = Texto completo en este sitio: { $chapters ->
        [one] { $chapters } capítulo
       *[other] { $chapters } capítulos
    } y el PDF
report-where-not-yet = Sus capítulos aún no están en este sitio

## How a body takes part in monitoring a setting
# Follows the body's role ("Leads"). $bodies: the bodies that support it.
coverage-supported-by = , con el apoyo de { $bodies }
coverage-jointly = Conjuntamente con otros organismos
# $role: how the body takes part ("Shares the work with").
coverage-role-with-others = { $role } otros organismos

## An in-page contents list
toc-label = Contenido
toc-title = Contenido

## The finder (which bodies monitor a kind of detention in a nation)
finder-setting-label = Tipo de lugar de privación de libertad
finder-setting-choose = Elija un tipo de lugar de privación de libertad
finder-nation-label = { -part-label }
finder-nation-choose = Elija { -a-part }

## Pictures and tables of fields
figure-timeline-label = Imagen de la cronología
fields-field = Campo
fields-type = Tipo
fields-meaning = Significado

## A recommendation in a list
# $id: the recommendation's id.
rec-item-link = Recomendación { $id }
# $npm: the NPM's name ("the United Kingdom National Preventive Mechanism").
rec-item-by-npm = el { $npm }
# $by: who made it; $to: whom it is addressed to (a list).
rec-item-by-to = formulada por { $by }, dirigida a { $to }
# $response: the authority's response; $progress: the progress found.
rec-item-status = Respuesta: { $response }. Avances: { $progress }.
rec-none-yet = pendiente

## Visits in numbers
visits-heading = Las visitas en cifras
visits-total = Total
# Read by screen readers where a table has no figure.
visits-none-recorded = sin datos registrados
visits-not-known = se desconoce
visits-sample-note = Estas cifras se redactaron para mostrar el formato: no corresponden a las visitas reales de los miembros.
# $marks: the sources of the figures (markers).
visits-intro = Visitas e inspecciones realizadas por los miembros del MNP durante el año{ $marks }.
visits-chart-label = Gráfico de barras de las visitas
visits-chart-sample = Cifras de ejemplo.
# $table: the caption of the table with the figures.
visits-chart-caption = Las cifras figuran en el cuadro «{ $table }».
visits-sample-prefix = Cifras de ejemplo:
visits-by-body-caption = Visitas por organismo miembro
visits-col-body = Organismo miembro
visits-col-visits = Visitas
visits-col-announced = Con previo aviso
visits-col-unannounced = Sin previo aviso

## The recommendations register's filters
register-filter-title = Filtrar el registro
register-filter-any = Cualquiera
# $count: how many recommendations the register has.
register-showing-all = { $count ->
        [one] Se muestra { $count } recomendación.
       *[other] Se muestran las { $count } recomendaciones.
    }
register-links-summary = Filtrar por un solo valor: una página para cada uno
