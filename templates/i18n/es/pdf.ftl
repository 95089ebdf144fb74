### Los textos del informe anual en PDF que escribe el programa: la
### portada, las páginas preliminares y los anexos generados a partir de los
### datos, en español. Traducción no revisada por un hablante nativo.
### «MNP»: mecanismo nacional de prevención.
### Comments below are the English reference's.

## The cover and the page after it
# $period: the reporting period ("1 April 2016 to 31 March 2017").
pdf-reporting-period = Período que abarca: { $period }
# On the cover of a sample edition, in capitals.
pdf-sample = MUESTRA
pdf-sample-text = Los capítulos de esta edición se redactaron para mostrar opcat-press. No son el texto del informe publicado.
# $licence: the licence's name ("Open Government Licence v3.0").
pdf-licensed = Salvo que se indique lo contrario, esta publicación se distribuye en los términos de la { $licence }.
# Above a recommendation in a chapter, before its number.
pdf-recommendation = Recomendación

## The membership annex
pdf-members-heading = Composición del MNP
# $date: the last day of the reporting period; $count: how many members the NPM had then.
pdf-members-intro = El { $date }, fecha en que terminó el período que abarca el informe, el MNP contaba con { $count ->
        [one] { $count } miembro
       *[other] { $count } miembros
    }.
pdf-members-col-body = Organismo miembro
# In the coverage table: a body that monitors jointly with others. $body: its abbreviation.
pdf-coverage-joint = { $body } (conjunto)
# In the coverage table: a body that supports another. $body: its abbreviation.
pdf-coverage-supporting = { $body } (apoyo)
# Under the coverage table; the asterisk marks the uncertain entries.
pdf-coverage-uncertain = * Las fuentes no lo indican directamente; el registro en línea explica los motivos.

## The visits annex
# $total: all the visits of the year.
pdf-visits-total = Durante el año, los miembros del MNP realizaron { $total ->
        [one] { $total } visita
       *[other] { $total } visitas
    } en total.
# $year: the report year's id ("2016-17").
pdf-visits-by-body-caption = Visitas por organismo miembro, { $year }
# The chart's alternative text. $total: all the visits; $figures: each kind of detention with its figure.
pdf-visits-chart-alt = Gráfico de barras de { $total ->
        [one] { $total } visita
       *[other] { $total } visitas
    } en total. { $figures }.

## The compilation of recommendations
pdf-recommendations-heading = Recopilación de recomendaciones
# $date: the last day of the reporting period.
pdf-recommendations-intro = Cada recomendación con su estado al { $date }, fecha en que terminó el período que abarca este informe: la última respuesta y el último estado de aplicación registrados hasta entonces.
pdf-recommendations-sample = Las recomendaciones de esta edición de muestra se redactaron para mostrar el formato: ninguna de ellas se formuló realmente.
pdf-recommendations-col-recommendation = Recomendación
pdf-recommendations-col-by = Formulada por
# $date: the last day of the reporting period.
pdf-recommendations-col-status = Estado al { $date }
pdf-recommendations-col-page = Página
pdf-recommendations-col-made-in = Formulada en
# In the "Made in" column. $year: the report year's id ("2015-16").
pdf-recommendations-year = Informe { $year }
# In the "Made by" column: a recommendation of the NPM as a whole.
pdf-recommendations-by-npm = El MNP
