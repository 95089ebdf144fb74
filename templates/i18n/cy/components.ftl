### Pieces many pages share (templates/components.html): lists, sources,
### notices, report facts, coverage, the finder, visit tables and the
### recommendations register's filters.

## Lists: "A, B and C" (the words between a list's items).
list-and = { " " }a{ " " }
list-comma = ,{ " " }

## Facts and their sources
# A body whose designation no longer counts.
body-designation-ended = (daeth y dynodiad i ben)
# Read by screen readers before a source marker "[1]".
source-marker = Ffynhonnell
fact-uncertain = Ansicr
# Read by screen readers before a fact's note.
fact-note = Nodyn:
sources-heading = Ffynonellau

## The notice on the pages of a sample report year.
sample-notice-title = Cynnwys sampl
sample-notice-body = Cafodd penodau'r flwyddyn adrodd hon eu hysgrifennu i ddangos sut mae opcat-press yn gweithio. Nid testun yr adroddiad a gyhoeddwyd ydynt.

## A report's status
status-published = Wedi'i gyhoeddi
status-draft = Drafft
status-sample = Sampl
# A report published elsewhere, recorded here.
status-archived = Wedi'i gyhoeddi mewn man arall

## A report's facts in a list
# $number: the report's number in the series.
report-number = Adroddiad { $number }
# $date: the date of publication.
report-published-on = Cyhoeddwyd { $date }
report-not-yet-published = Heb ei gyhoeddi eto
report-where-elsewhere = Mae'r testun llawn wedi'i gyhoeddi mewn man arall
# Follows report-where-elsewhere when no copy was found.
report-where-no-copy = ; ni ddaethpwyd o hyd i gopi swyddogol ar-lein
# $chapters: how many chapters the year has on the site.
report-where-here = Y testun llawn ar y wefan hon: { $chapters ->
        [zero] { $chapters } pennod
        [one] { $chapters } bennod
        [two] { $chapters } bennod
        [few] { $chapters } pennod
        [many] { $chapters } phennod
       *[other] { $chapters } pennod
    } a'r PDF
report-where-not-yet = Nid yw ei benodau ar y wefan hon eto

## How a body takes part in monitoring a setting
# Follows the body's role ("Leads"). $bodies: the bodies that support it.
coverage-supported-by = , gyda chymorth { $bodies }
coverage-jointly = Ar y cyd â chyrff eraill
# $role: how the body takes part ("Shares the work with").
coverage-role-with-others = { $role } cyrff eraill

## An in-page contents list
toc-label = Cynnwys
toc-title = Cynnwys

## The finder (which bodies monitor a kind of detention in a nation)
finder-setting-label = Math o le cadw
finder-setting-choose = Dewiswch fath o le cadw
finder-nation-label = { -part-label }
finder-nation-choose = Dewiswch { -part-soft }

## Pictures and tables of fields
figure-timeline-label = Llun llinell amser
fields-field = Maes
fields-type = Math
fields-meaning = Ystyr

## A recommendation in a list
# $id: the recommendation's id.
rec-item-link = Argymhelliad { $id }
# $npm: the NPM's name ("the United Kingdom National Preventive Mechanism").
rec-item-by-npm = { $npm }
# $by: who made it; $to: whom it is addressed to (a list).
rec-item-by-to = gan { $by }, i { $to }
# $response: the authority's response; $progress: the progress found.
rec-item-status = Ymateb: { $response }. Cynnydd: { $progress }.
rec-none-yet = dim eto

## Visits in numbers
visits-heading = Ymweliadau mewn ffigurau
visits-total = Cyfanswm
# Read by screen readers where a table has no figure.
visits-none-recorded = dim wedi'u cofnodi
visits-not-known = ddim yn hysbys
visits-sample-note = Cafodd y ffigurau hyn eu hysgrifennu i ddangos y fformat: nid ydynt yn ymweliadau go iawn gan yr aelodau.
# $marks: the sources of the figures (markers).
visits-intro = Ymweliadau ac arolygiadau gan aelodau'r mecanwaith ataliol cenedlaethol yn ystod y flwyddyn{ $marks }.
visits-chart-label = Siart bar o'r ymweliadau
visits-chart-sample = Ffigurau sampl.
# $table: the caption of the table with the figures.
visits-chart-caption = Mae'r ffigurau yn y tabl ‘{ $table }’.
visits-sample-prefix = Ffigurau sampl:
visits-by-body-caption = Ymweliadau fesul organ aelod
visits-col-body = Organ aelod
visits-col-visits = Ymweliadau
visits-col-announced = Gyda rhybudd
visits-col-unannounced = Dirybudd

## The recommendations register's filters
register-filter-title = Hidlo'r gofrestr
register-filter-any = Unrhyw un
# $count: how many recommendations the register has.
register-showing-all = { $count ->
        [zero] Dim argymhellion i'w dangos.
        [one] Yn dangos { $count } argymhelliad.
       *[other] Yn dangos pob un o'r { $count } argymhelliad.
    }
register-links-summary = Hidlo yn ôl un gwerth: tudalen ar gyfer pob un
