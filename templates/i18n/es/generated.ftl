### Words the program writes into the pages itself: page titles,
### breadcrumbs, the labels search results show, the A to Z index's hints,
### table and chart captions, and descriptions.
### Spanish (es): translation of templates/i18n/en-GB/generated.ftl. Not yet
### reviewed by a native speaker.

## Page titles and breadcrumbs
crumb-home = Inicio
title-registry = Registro de organismos miembros
title-coverage = Quién supervisa qué y dónde
title-data = Datos abiertos
title-recommendations = Recomendaciones
title-not-found = Página no encontrada
# $nation: a nation's name.
title-nation = Supervisión de los lugares de detención en { $nation }
# $setting: a kind of detention; $nation: a nation's name.
title-finder = { $setting } en { $nation }
# $npm: the NPM's name; $setting: a kind of detention, lower case; $nation: a nation's name.
finder-description = Los organismos miembros del { $npm } que supervisan { $setting } en { $nation }: su función y desde cuándo.
# $npm: the NPM's name.
data-description = El registro y los informes del { $npm } como datos abiertos: JSON, CSV y JSON Schema, con todos los campos documentados.

## A report year's name when it has no title, and its period.
## $number: its number in the series (an ordinal: 1st, 2nd, 3rd, 4th…);
## $year: its id ("2016-17"); $start, $end: dates.
# Written "n.º" (número) rather than as an ordinal, which before a masculine
# noun would need the shortened forms 1.er, 3.er… ("primer", "tercer").
report-heading = Informe anual n.º { $number }, { $year }
report-period = Del { $start } al { $end }
year-description = El informe anual n.º { $number }, correspondiente al período del { $start } al { $end }
year-description-elsewhere = Su texto completo se ha publicado en otro lugar.

## What search results say a page is
search-kind-body = Organismo miembro
search-kind-setting = Tipo de lugar de detención
search-kind-nation = { -part-label }
search-kind-registry = Registro
search-kind-year = Informe anual
search-kind-chapter = Capítulo de informe
search-kind-recommendation = Recomendación
search-kind-register = Registro de recomendaciones
search-kind-page = Página

## The A to Z index: the hint beside an entry, and the group of entries
## that do not start with a letter or a figure.
a-z-hint-body = Organismo miembro
a-z-hint-former-body = Antiguo organismo miembro
# $body: the body's name now.
a-z-hint-former-name = Denominación anterior de { $body }
a-z-hint-former-abbreviation = Sigla anterior de { $body }
a-z-hint-setting = Tipo de lugar de detención
a-z-hint-nation = { -part-label }
# $year: the report year's id ("2016-17").
a-z-hint-year = Informe anual { $year }
a-z-hint-chapter = Capítulo, informe anual { $year }
a-z-hint-page = Página
a-z-hint-register = Registro de recomendaciones
a-z-other = Otros

## How a body takes part in monitoring a kind of detention
# Followed by a list of bodies, or by "otros organismos" (other bodies);
# role-lead may be followed by ", con el apoyo de …".
role-lead = Dirige
role-joint = Conjuntamente con
role-supporting = Apoya a

## Why a designation ended
# In brackets after a date, lower case. Nouns, so that no agreement is needed.
end-reason-superseded = sustitución
end-reason-withdrawn = retirada
end-reason-abolished = supresión

## The open data files
data-file-registry = Todos los organismos miembros, actuales y antiguos: denominaciones a lo largo del tiempo, designación, cobertura y fuentes.
data-file-reports = Todos los informes de la serie: período, estado y datos con sus fuentes; PDF y capítulos de los años elaborados en este sitio, copias oficiales de los publicados en otro lugar.
data-file-record = Todas las recomendaciones con su estado actual, cada uno de sus seguimientos y las visitas de cada año en cifras.
# $file: a data file's name.
data-file-schema = La estructura de { $file } (JSON Schema 2020-12).

## The recommendations register's filters: each filter's name, and the
## title of the page for one value. $name: the value's name.
filter-response = Respuesta
filter-progress = Estado de aplicación
filter-authority = Dirigida a
filter-setting = Tipo de lugar de detención
filter-nation = { -part-label }
filter-body = Formulada por
filter-year = Año de informe
filter-theme = Tema
filter-title-response = Recomendaciones con la respuesta «{ $name }»
filter-title-progress = Recomendaciones con el estado de aplicación «{ $name }»
filter-title-authority = Recomendaciones dirigidas a { $name }
filter-title-setting = Recomendaciones sobre { $name }
filter-title-nation = Recomendaciones relativas a { $name }
filter-title-body = Recomendaciones formuladas por { $name }
filter-title-year = Recomendaciones formuladas en { $name }
filter-title-theme = Recomendaciones sobre el tema «{ $name }»
# A recommendation with no response, or no progress, recorded yet.
filter-none-yet = Sin datos por ahora

## Visits in numbers: table captions, the corner of a table, the chart
# $body: a body's abbreviation.
visits-caption-body = Visitas de { $body } por año de informe y tipo de lugar de detención
# $nation: a nation's name.
visits-caption-nation = Visitas en { $nation } por año de informe y tipo de lugar de detención
# $setting: a kind of detention.
visits-caption-setting = Visitas por año de informe y { -part }: { $setting }
# $year: the report year's id.
visits-caption-year = Visitas por tipo de lugar de detención y { -part }, { $year }
visits-axis-setting = Tipo de lugar de detención
visits-axis-nation = { -part-label }
visits-axis-year = Año de informe
visits-chart-title = Visitas por tipo de lugar de detención, { $year }
# $total: all visits; $figures: each kind of detention with its figure; $table: the table's caption.
visits-chart-description = Gráfico de barras de { $total ->
        [one] { $total } visita
       *[other] { $total } visitas
    } en total. { $figures }. Las cifras figuran en el cuadro «{ $table }».

## What kind of chapter a chapter is: above its title on its page and in
## the PDF, and beside it in a report's contents.
chapter-kind-foreword = Prólogo
chapter-kind-context = Contexto
chapter-kind-thematic = Capítulo temático
chapter-kind-member = Capítulo de un organismo miembro
chapter-kind-annex = Anexo

## The A to Z index: the letters of the alphabet, in order, each a heading.
a-z-letters = A B C D E F G H I J K L M N Ñ O P Q R S T U V W X Y Z

## A recommendation where a chapter makes it, above its text. $number: its number in the chapter.
chapter-recommendation-label = Recomendación { $number }

## A download's size. $size: kilobytes, a whole number; $whole and $tenth: megabytes, before and after the decimal sign.
size-kilobytes = { $size } KB
size-megabytes = { $whole },{ $tenth } MB

## What a chapter's text gets from the program, read out or shown.
# A table's name for screen readers. $number: its number in the chapter.
chapter-table-label = Tabla { $number }
# A task list's box, ticked or not.
chapter-task-done = Hecho
chapter-task-not-done = Sin hacer
# The heading of the chapter's notes.
chapter-notes = Notas
# The link from a note back to where it is referenced. $number: the note's number.
chapter-note-back = Volver a la llamada { $number }
