### Les textes du rapport annuel en PDF écrits par le programme : la
### couverture, les pages liminaires et les annexes produites à partir des
### données, en français. Traduction non relue par un locuteur natif.
### « MNP » : mécanisme national de prévention. Typographie : espace insécable
### (U+00A0) avant : ; ? ! et à l'intérieur des guillemets « ».
### Comments below are the English reference's.

## The cover and the page after it
# $period: the reporting period ("1 April 2016 to 31 March 2017").
pdf-reporting-period = Période couverte : { $period }
# On the cover of a sample edition, in capitals.
pdf-sample = SPÉCIMEN
pdf-sample-text = Les chapitres de la présente édition ont été rédigés pour présenter opcat-press. Ils ne constituent pas le texte du rapport publié.
# $licence: the licence's name ("Open Government Licence v3.0").
pdf-licensed = Sauf mention contraire, la présente publication est diffusée selon les termes de la licence { $licence }.
# Above a recommendation in a chapter, before its number.
pdf-recommendation = Recommandation

## The membership annex
pdf-members-heading = Composition du MNP
# $date: the last day of the reporting period; $count: how many members the NPM had then.
pdf-members-intro = Au { $date }, date de fin de la période couverte, le MNP comptait { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    }.
pdf-members-col-body = Organe membre
# In the coverage table: a body that monitors jointly with others. $body: its abbreviation.
pdf-coverage-joint = { $body } (conjoint)
# In the coverage table: a body that supports another. $body: its abbreviation.
pdf-coverage-supporting = { $body } (appui)
# Under the coverage table; the asterisk marks the uncertain entries.
pdf-coverage-uncertain = * Les sources ne l'indiquent pas directement ; le registre en ligne en donne les raisons.

## The visits annex
# $total: all the visits of the year.
pdf-visits-total = Au cours de l'année, les membres du MNP ont effectué { $total ->
        [one] { $total } visite
       *[other] { $total } visites
    } au total.
# $year: the report year's id ("2016-17").
pdf-visits-by-body-caption = Visites par organe membre, { $year }
# The chart's alternative text. $total: all the visits; $figures: each kind of detention with its figure.
pdf-visits-chart-alt = Diagramme en barres de { $total ->
        [one] { $total } visite
       *[other] { $total } visites
    } au total. { $figures }.

## The compilation of recommendations
pdf-recommendations-heading = Récapitulatif des recommandations
# $date: the last day of the reporting period.
pdf-recommendations-intro = Chaque recommandation avec son statut au { $date }, date de fin de la période couverte par le présent rapport : la dernière réponse et le dernier état d'avancement enregistrés à cette date.
pdf-recommendations-sample = Les recommandations de la présente édition spécimen ont été rédigées pour illustrer le format : aucune n'a réellement été formulée.
pdf-recommendations-col-recommendation = Recommandation
pdf-recommendations-col-by = Formulée par
# $date: the last day of the reporting period.
pdf-recommendations-col-status = Statut au { $date }
pdf-recommendations-col-page = Page
pdf-recommendations-col-made-in = Formulée dans
# In the "Made in" column. $year: the report year's id ("2015-16").
pdf-recommendations-year = Rapport { $year }
# In the "Made by" column: a recommendation of the NPM as a whole.
pdf-recommendations-by-npm = Le MNP
