### Spanish (es): translation of templates/i18n/en-GB/recommendations.ftl.
### The recommendations register: the list of all recommendations, each
### recommendation's page and the pages listing the recommendations with
### one value of a filter (templates/recommendations/).

## templates/recommendations/index.html
# The introduction to the register. $npm: the national preventive mechanism's name; $count: how many recommendations there are.
recommendations-index-intro = Las recomendaciones formuladas en los informes anuales del { $npm }: { $count } en total, del año más reciente al más antiguo, con indicación, para cada una, de quién la formuló, a quién va dirigida y su estado actual.

## templates/recommendations/recommendation.html
# Above a recommendation's title: a link to the register.
recommendation-page-caption = Recomendaciones
recommendation-page-sample = Ejemplo
# After the "Sample" label on a recommendation from a sample report year.
recommendation-page-sample-note = Redactada para mostrar el formato, en un año de ejemplo: no se trata de una recomendación formulada realmente.
recommendation-page-made-by = Formulada por
# A recommendation made by someone who is not a member of the national preventive mechanism. $body: their name.
recommendation-page-made-by-outside = { $body }, ajeno al mecanismo nacional de prevención
# A recommendation made by the national preventive mechanism as a whole. $npm: its name.
recommendation-page-made-by-npm = El { $npm }
recommendation-page-where = Referencia
# $number: the recommendation's number in the chapter; $chapter: the chapter's title (a link to it); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-chapter = Recomendación { $number } del capítulo { $chapter }, informe anual { $year }
# A recommendation made in a member body's own report and recorded in the annual report. $marks: the source markers, such as [1] (may be empty, goes straight after the words); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-own = En su propio informe{ $marks }; registrada en el informe anual { $year }
recommendation-page-addressed-to = Dirigida a
recommendation-page-latest-response = Última respuesta
recommendation-page-latest-progress = Último estado de aplicación
# No response, or no progress, has been recorded yet.
recommendation-page-none-yet = Sin datos por ahora
recommendation-page-settings = Tipos de lugares de detención
recommendation-page-nations = { -parts-label }
recommendation-page-themes = Temas
# This recommendation repeats an earlier one.
recommendation-page-repeats = Reitera
# Later recommendations that repeat this one.
recommendation-page-repeated-by = Reiterada por
# A link to another recommendation. $id: its identifier, such as hmip-2015-01.
recommendation-page-link = Recomendación { $id }
recommendation-page-follow-up = Seguimiento
recommendation-page-col-date = Fecha
# The report year whose report recorded the follow-up.
recommendation-page-col-recorded-in = Registrado en
recommendation-page-col-response = Respuesta
recommendation-page-col-progress = Estado de aplicación
recommendation-page-col-sources = Fuentes
recommendation-page-no-follow-up = Todavía no se ha registrado ningún seguimiento.

## templates/recommendations/filter.html
# Above the title of a page listing the recommendations with one value of a filter: a link to the register.
recommendation-filter-caption = Recomendaciones
# A link back to the register, used as $all in recommendation-filter-lede.
recommendation-filter-all = Todas las recomendaciones
# $filter: the filter's name, such as Response; $value: its value, such as Accepted; $count: how many recommendations have it; $all: a link back to the whole register (recommendation-filter-all).
recommendation-filter-lede = { $filter }: { $value }. { $count ->
        [one] { $count } recomendación
       *[other] { $count } recomendaciones
    }, del año más reciente al más antiguo. { $all }.
# After each recommendation in the list. $year: the report year that recorded it, such as 2019-20.
recommendation-filter-year = (informe anual { $year })
