### Geiriau'r adroddiad blynyddol PDF y mae'r rhaglen yn eu hysgrifennu: y
### clawr a'r rhagarweiniad, a'r atodiadau a gynhyrchir o'r data, yn Gymraeg.
### Heb ei hadolygu gan siaradwr rhugl. Fel yn y ffeiliau eraill, daw rhif o
### flaen enw unigol (24 aelod, 310 ymweliad), heb dreiglad (llafariad).
### Comments below are the English reference's.

## The cover and the page after it
# $period: the reporting period ("1 April 2016 to 31 March 2017").
pdf-reporting-period = Cyfnod adrodd: { $period }
# On the cover of a sample edition, in capitals.
pdf-sample = SAMPL
pdf-sample-text = Ysgrifennwyd penodau'r argraffiad hwn i ddangos opcat-press. Nid ydynt yn destun yr adroddiad a gyhoeddwyd.
# $licence: the licence's name ("Open Government Licence v3.0").
pdf-licensed = Mae'r cyhoeddiad hwn wedi'i drwyddedu o dan delerau'r { $licence } oni nodir yn wahanol.
# Above a recommendation in a chapter, before its number.
pdf-recommendation = Argymhelliad

## The membership annex
pdf-members-heading = Aelodaeth y mecanwaith ataliol cenedlaethol
# $date: the last day of the reporting period; $count: how many members the NPM had then.
pdf-members-intro = Ar { $date }, diwedd y cyfnod adrodd, roedd gan y mecanwaith ataliol cenedlaethol { $count } aelod.
pdf-members-col-body = Aelod-gorff
# In the coverage table: a body that monitors jointly with others. $body: its abbreviation.
pdf-coverage-joint = { $body } (ar y cyd)
# In the coverage table: a body that supports another. $body: its abbreviation.
pdf-coverage-supporting = { $body } (yn cefnogi)
# Under the coverage table; the asterisk marks the uncertain entries.
pdf-coverage-uncertain = * Nid yw'r ffynonellau'n nodi hyn yn uniongyrchol; mae'r gofrestr ar-lein yn rhoi'r rhesymau.

## The visits annex
# $total: all the visits of the year.
pdf-visits-total = Yn ystod y flwyddyn gwnaeth aelodau'r mecanwaith ataliol cenedlaethol { $total } ymweliad i gyd.
# $year: the report year's id ("2016-17").
pdf-visits-by-body-caption = Ymweliadau yn ôl aelod-gorff, { $year }
# The chart's alternative text. $total: all the visits; $figures: each kind of detention with its figure.
pdf-visits-chart-alt = Siart bar o { $total } ymweliad i gyd. { $figures }.

## The compilation of recommendations
pdf-recommendations-heading = Casgliad o argymhellion
# $date: the last day of the reporting period.
pdf-recommendations-intro = Pob argymhelliad gyda'i statws ar { $date }, diwedd y cyfnod y mae'r adroddiad hwn yn ymdrin ag ef: yr ymateb diweddaraf a'r cynnydd diweddaraf a gofnodwyd erbyn hynny.
pdf-recommendations-sample = Ysgrifennwyd argymhellion yr argraffiad sampl hwn i ddangos y fformat: ni wnaed yr un ohonynt.
pdf-recommendations-col-recommendation = Argymhelliad
pdf-recommendations-col-by = Gwnaed gan
# $date: the last day of the reporting period.
pdf-recommendations-col-status = Statws ar { $date }
pdf-recommendations-col-page = Tudalen
pdf-recommendations-col-made-in = Gwnaed yn
# In the "Made in" column. $year: the report year's id ("2015-16").
pdf-recommendations-year = Adroddiad { $year }
# In the "Made by" column: a recommendation of the NPM as a whole.
pdf-recommendations-by-npm = Y mecanwaith ataliol cenedlaethol
