### Words the program writes into the pages itself: page titles,
### breadcrumbs, the labels search results show, the A to Z index's hints,
### table and chart captions, and descriptions.

## Page titles and breadcrumbs
crumb-home = Home
title-registry = The registry of member bodies
title-coverage = Who monitors what, where
title-data = Open data
title-recommendations = Recommendations
title-not-found = Page not found
# $nation: a nation's name.
title-nation = Detention monitoring in { $nation }
# $setting: a kind of detention; $nation: a nation's name.
title-finder = { $setting } in { $nation }
# $npm: the NPM's name; $setting: a kind of detention, lower case; $nation: a nation's name.
finder-description = The member bodies of the { $npm } that monitor { $setting } in { $nation }: their part and since when.
# $npm: the NPM's name.
data-description = The { $npm } registry and reports as open data: JSON, CSV and JSON Schema, with every field documented.

## A report year's name when it has no title, and its period.
## $number: its number in the series (an ordinal: 1st, 2nd, 3rd, 4th…);
## $year: its id ("2016-17"); $start, $end: dates.
report-heading = { NUMBER($number, type: "ordinal") ->
        [one] { $number }st
        [two] { $number }nd
        [few] { $number }rd
       *[other] { $number }th
    } annual report, { $year }
report-period = { $start } to { $end }
year-description = The { NUMBER($number, type: "ordinal") ->
        [one] { $number }st
        [two] { $number }nd
        [few] { $number }rd
       *[other] { $number }th
    } annual report, on { $start } to { $end }
year-description-elsewhere = Its full text is published elsewhere.

## What search results say a page is
search-kind-body = Member body
search-kind-setting = Kind of detention
search-kind-nation = { -part-label }
search-kind-registry = Registry
search-kind-year = Annual report
search-kind-chapter = Report chapter
search-kind-recommendation = Recommendation
search-kind-register = Register
search-kind-page = Page

## The A to Z index: the hint beside an entry, and the group of entries
## that do not start with a letter or a figure.
a-z-hint-body = Member body
a-z-hint-former-body = Former member body
# $body: the body's name now.
a-z-hint-former-name = Former name of { $body }
a-z-hint-former-abbreviation = Former abbreviation of { $body }
a-z-hint-setting = Kind of detention
a-z-hint-nation = { -part-label }
# $year: the report year's id ("2016-17").
a-z-hint-year = Annual report { $year }
a-z-hint-chapter = Chapter, annual report { $year }
a-z-hint-page = Page
a-z-hint-register = Register
a-z-other = Other

## How a body takes part in monitoring a kind of detention
role-lead = Leads
role-joint = Jointly with
role-supporting = Supports

## Why a designation ended
end-reason-superseded = superseded
end-reason-withdrawn = withdrawn
end-reason-abolished = abolished

## The open data files
data-file-registry = Every member body, current and former: names over time, designation, coverage and sources.
data-file-reports = Every report in the series: period, status and facts with their sources; PDF and chapters for a year built here, official copies for one published elsewhere.
data-file-record = Every recommendation with its status now, every follow-up of one, and each year's visits in numbers.
# $file: a data file's name.
data-file-schema = The structure of { $file } (JSON Schema 2020-12).

## The recommendations register's filters: each filter's name, and the
## title of the page for one value. $name: the value's name.
filter-response = Response
filter-progress = Progress
filter-authority = Addressed to
filter-setting = Kind of detention
filter-nation = { -part-label }
filter-body = Made by
filter-year = Report year
filter-theme = Theme
filter-title-response = Recommendations with the response “{ $name }”
filter-title-progress = Recommendations with the progress “{ $name }”
filter-title-authority = Recommendations addressed to { $name }
filter-title-setting = Recommendations on { $name }
filter-title-nation = Recommendations concerning { $name }
filter-title-body = Recommendations made by { $name }
filter-title-year = Recommendations made in { $name }
filter-title-theme = Recommendations on the theme “{ $name }”
# A recommendation with no response, or no progress, recorded yet.
filter-none-yet = None yet

## Visits in numbers: table captions, the corner of a table, the chart
# $body: a body's abbreviation.
visits-caption-body = Visits by { $body } by report year and kind of detention
# $nation: a nation's name.
visits-caption-nation = Visits in { $nation } by report year and kind of detention
# $setting: a kind of detention.
visits-caption-setting = Visits by report year and { -part }: { $setting }
# $year: the report year's id.
visits-caption-year = Visits by kind of detention and { -part }, { $year }
visits-axis-setting = Kind of detention
visits-axis-nation = { -part-label }
visits-axis-year = Report year
visits-chart-title = Visits by kind of detention, { $year }
# $total: all visits; $figures: each kind of detention with its figure; $table: the table's caption.
visits-chart-description = Bar chart of { $total } visits in all. { $figures }. The figures are in the table “{ $table }”.

## What kind of chapter a chapter is: above its title on its page and in
## the PDF, and beside it in a report's contents.
chapter-kind-foreword = Foreword
chapter-kind-context = Context
chapter-kind-thematic = Thematic chapter
chapter-kind-member = Member body chapter
chapter-kind-annex = Annex

## The A to Z index: the letters of the alphabet, in order, each a heading.
a-z-letters = A B C D E F G H I J K L M N O P Q R S T U V W X Y Z

## A recommendation where a chapter makes it, above its text. $number: its number in the chapter.
chapter-recommendation-label = Recommendation { $number }

## A download's size. $size: kilobytes, a whole number; $whole and $tenth: megabytes, before and after the decimal sign.
size-kilobytes = { $size } KB
size-megabytes = { $whole }.{ $tenth } MB

## What a chapter's text gets from the program, read out or shown.
# A table's name for screen readers. $number: its number in the chapter.
chapter-table-label = Table { $number }
# A task list's box, ticked or not.
chapter-task-done = Done
chapter-task-not-done = Not done
# The heading of the chapter's notes.
chapter-notes = Notes
# The link from a note back to where it is referenced. $number: the note's number.
chapter-note-back = Back to reference { $number }
