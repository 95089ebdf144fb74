### Words the program writes into the pages itself: page titles,
### breadcrumbs, the labels search results show, the A to Z index's hints,
### table and chart captions, and descriptions.
### Welsh (cy): translation of templates/i18n/en-GB/generated.ftl. Not yet
### reviewed by a fluent speaker. As in registry.ftl, a nation's name (from
### the data) comes first, followed by a colon, to avoid a mutation after
### "yn" (yng Nghymru, yng Ngogledd Iwerddon).

## Page titles and breadcrumbs
crumb-home = Hafan
title-registry = Cofrestr yr aelod-gyrff
title-coverage = Pwy sy'n monitro beth, a ble
title-data = Data agored
title-recommendations = Argymhellion
title-not-found = Heb ddod o hyd i'r dudalen
# $nation: a nation's name.
title-nation = { $nation }: monitro mannau cadw
# $setting: a kind of detention; $nation: a nation's name.
title-finder = { $setting }, { $nation }
# $npm: the NPM's name; $setting: a kind of detention, lower case; $nation: a nation's name.
finder-description = { $nation }: aelod-gyrff y { $npm } sy'n monitro { $setting }, eu rôl ac ers pryd.
# $npm: the NPM's name.
data-description = Cofrestr ac adroddiadau'r { $npm } fel data agored: JSON, CSV a JSON Schema, gyda phob maes wedi'i ddogfennu.

## A report year's name when it has no title, and its period.
## $number: its number in the series (an ordinal: 1st, 2nd, 3rd, 4th…);
## $year: its id ("2016-17"); $start, $end: dates.
# Welsh ordinal suffixes (1af, 2il, 3ydd, 5ed, 8fed, 11eg, 21ain…) do not
# follow the CLDR categories alone, so the number is given as "rhif" (number).
report-heading = Adroddiad blynyddol rhif { $number }, { $year }
report-period = { $start } i { $end }
year-description = Adroddiad blynyddol rhif { $number }, am y cyfnod { $start } i { $end }
year-description-elsewhere = Mae ei destun llawn wedi'i gyhoeddi mewn man arall.

## What search results say a page is
search-kind-body = Aelod-gorff
search-kind-setting = Math o gadw
search-kind-nation = { -part-label }
search-kind-registry = Cofrestr
search-kind-year = Adroddiad blynyddol
search-kind-chapter = Pennod adroddiad
search-kind-recommendation = Argymhelliad
search-kind-register = Cofrestr argymhellion
search-kind-page = Tudalen

## The A to Z index: the hint beside an entry, and the group of entries
## that do not start with a letter or a figure.
a-z-hint-body = Aelod-gorff
a-z-hint-former-body = Cyn-aelod-gorff
# $body: the body's name now.
a-z-hint-former-name = Enw blaenorol { $body }
a-z-hint-former-abbreviation = Talfyriad blaenorol { $body }
a-z-hint-setting = Math o gadw
a-z-hint-nation = { -part-label }
# $year: the report year's id ("2016-17").
a-z-hint-year = Adroddiad blynyddol { $year }
a-z-hint-chapter = Pennod, adroddiad blynyddol { $year }
a-z-hint-page = Tudalen
a-z-hint-register = Cofrestr argymhellion
a-z-other = Arall

## How a body takes part in monitoring a kind of detention
# Followed by a list of bodies, or by "cyrff eraill" (other bodies).
role-lead = Yn arwain
role-joint = Ar y cyd â
role-supporting = Yn cefnogi

## Why a designation ended
# In brackets after a date, lower case.
end-reason-superseded = disodlwyd
end-reason-withdrawn = tynnwyd yn ôl
end-reason-abolished = diddymwyd

## The open data files
data-file-registry = Pob aelod-gorff, presennol a blaenorol: enwau dros amser, dynodiad, cwmpas a ffynonellau.
data-file-reports = Pob adroddiad yn y gyfres: cyfnod, statws a ffeithiau gyda'u ffynonellau; PDF a phenodau ar gyfer blwyddyn a luniwyd yma, copïau swyddogol ar gyfer un a gyhoeddwyd mewn man arall.
data-file-record = Pob argymhelliad gyda'i statws presennol, pob dilyniant iddo, ac ymweliadau pob blwyddyn mewn ffigurau.
# $file: a data file's name.
data-file-schema = Strwythur { $file } (JSON Schema 2020-12).

## The recommendations register's filters: each filter's name, and the
## title of the page for one value. $name: the value's name.
filter-response = Ymateb
filter-progress = Cynnydd
filter-authority = Wedi'i gyfeirio at
filter-setting = Math o gadw
filter-nation = { -part-label }
filter-body = Gwnaed gan
filter-year = Blwyddyn adrodd
filter-theme = Thema
filter-title-response = Argymhellion gyda'r ymateb ‘{ $name }’
filter-title-progress = Argymhellion gyda'r cynnydd ‘{ $name }’
filter-title-authority = Argymhellion a gyfeiriwyd at { $name }
filter-title-setting = Argymhellion ynghylch { $name }
filter-title-nation = Argymhellion ynghylch { $name }
filter-title-body = Argymhellion a wnaed gan { $name }
filter-title-year = Argymhellion a wnaed ym mlwyddyn adrodd { $name }
filter-title-theme = Argymhellion ar y thema ‘{ $name }’
# A recommendation with no response, or no progress, recorded yet.
filter-none-yet = Dim eto

## Visits in numbers: table captions, the corner of a table, the chart
# $body: a body's abbreviation.
visits-caption-body = Ymweliadau gan { $body } yn ôl blwyddyn adrodd a math o gadw
# $nation: a nation's name.
visits-caption-nation = { $nation }: ymweliadau yn ôl blwyddyn adrodd a math o gadw
# $setting: a kind of detention.
visits-caption-setting = Ymweliadau yn ôl blwyddyn adrodd { -and-part }: { $setting }
# $year: the report year's id.
visits-caption-year = Ymweliadau yn ôl math o gadw { -and-part }, { $year }
visits-axis-setting = Math o gadw
visits-axis-nation = { -part-label }
visits-axis-year = Blwyddyn adrodd
visits-chart-title = Ymweliadau yn ôl math o gadw, { $year }
# $total: all visits; $figures: each kind of detention with its figure; $table: the table's caption.
visits-chart-description = Siart bar o { $total } ymweliad i gyd. { $figures }. Mae'r ffigurau yn y tabl ‘{ $table }’.

## What kind of chapter a chapter is: above its title on its page and in
## the PDF, and beside it in a report's contents.
chapter-kind-foreword = Rhagair
chapter-kind-context = Cyd-destun
chapter-kind-thematic = Pennod thematig
chapter-kind-member = Pennod aelod-gorff
chapter-kind-annex = Atodiad

## The A to Z index: the letters of the alphabet, in order, each a heading.
a-z-letters = A B C Ch D Dd E F Ff G Ng H I J L Ll M N O P Ph R Rh S T Th U W Y

## A recommendation where a chapter makes it, above its text. $number: its number in the chapter.
chapter-recommendation-label = Argymhelliad { $number }

## A download's size. $size: kilobytes, a whole number; $whole and $tenth: megabytes, before and after the decimal sign.
size-kilobytes = { $size } KB
size-megabytes = { $whole }.{ $tenth } MB

## What a chapter's text gets from the program, read out or shown.
# A table's name for screen readers. $number: its number in the chapter.
chapter-table-label = Tabl { $number }
# A task list's box, ticked or not.
chapter-task-done = Wedi'i wneud
chapter-task-not-done = Heb ei wneud
# The heading of the chapter's notes.
chapter-notes = Nodiadau
# The link from a note back to where it is referenced. $number: the note's number.
chapter-note-back = Yn ôl at gyfeirnod { $number }
