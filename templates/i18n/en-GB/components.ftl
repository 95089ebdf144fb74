### Pieces many pages share (templates/components.html): lists, sources,
### notices, report facts, coverage, the finder, visit tables and the
### recommendations register's filters.

## Lists: "A, B and C" (the words between a list's items, with their
## spaces: { " " } is a space at either end of a message).
list-and = { " " }and{ " " }
list-comma = ,{ " " }

## Facts and their sources
# A body whose designation no longer counts.
body-designation-ended = (designation ended)
# Read by screen readers before a source marker "[1]".
source-marker = Source
fact-uncertain = Uncertain
# Read by screen readers before a fact's note.
fact-note = Note:
sources-heading = Sources

## The notice on the pages of a sample report year.
sample-notice-title = Sample content
sample-notice-body = The chapters of this report year were written to demonstrate opcat-press. They are not the text of the published report.

## A report's status
status-published = Published
status-draft = Draft
status-sample = Sample
# A report published elsewhere, recorded here.
status-archived = Published elsewhere

## A report's facts in a list
# $number: the report's number in the series.
report-number = Report { $number }
# $date: the date of publication.
report-published-on = Published { $date }
report-not-yet-published = Not yet published
report-where-elsewhere = Full text published elsewhere
# Follows report-where-elsewhere when no copy was found.
report-where-no-copy = ; no official copy found online
# $chapters: how many chapters the year has on the site.
report-where-here = Full text on this site: { $chapters ->
        [one] { $chapters } chapter
       *[other] { $chapters } chapters
    } and the PDF
report-where-not-yet = Its chapters are not yet on this site

## How a body takes part in monitoring a setting
# Follows the body's role ("Leads"). $bodies: the bodies that support it.
coverage-supported-by = , supported by { $bodies }
coverage-jointly = Jointly with other bodies
# $role: how the body takes part ("Shares the work with").
coverage-role-with-others = { $role } other bodies

## An in-page contents list
toc-label = Contents
toc-title = Contents

## The finder (which bodies monitor a kind of detention in a nation)
finder-setting-label = Kind of detention
finder-setting-choose = Choose a kind of detention
finder-nation-label = { -part-label }
finder-nation-choose = Choose { -a-part }

## Pictures and tables of fields
figure-timeline-label = Timeline picture
fields-field = Field
fields-type = Type
fields-meaning = Meaning

## A recommendation in a list
# $id: the recommendation's id.
rec-item-link = Recommendation { $id }
# $npm: the NPM's name ("the United Kingdom National Preventive Mechanism").
rec-item-by-npm = the { $npm }
# $by: who made it; $to: whom it is addressed to (a list).
rec-item-by-to = by { $by }, to { $to }
# $response: the authority's response; $progress: the progress found.
rec-item-status = Response: { $response }. Progress: { $progress }.
rec-none-yet = none yet

## Visits in numbers
visits-heading = Visits in numbers
visits-total = Total
# Read by screen readers where a table has no figure.
visits-none-recorded = none recorded
visits-not-known = not known
visits-sample-note = These figures were written to show the format: they are not the members' real visits.
# $marks: the sources of the figures (markers).
visits-intro = Visits and inspections by the NPM's members during the year{ $marks }.
visits-chart-label = Bar chart of visits
visits-chart-sample = Sample figures.
# $table: the caption of the table with the figures.
visits-chart-caption = The figures are in the table “{ $table }”.
visits-sample-prefix = Sample figures:
visits-by-body-caption = Visits by member body
visits-col-body = Member body
visits-col-visits = Visits
visits-col-announced = Announced
visits-col-unannounced = Unannounced

## The recommendations register's filters
register-filter-title = Filter the register
register-filter-any = Any
# $count: how many recommendations the register has.
register-showing-all = Showing all { $count } recommendations.
register-links-summary = Filter by one value: a page for each
