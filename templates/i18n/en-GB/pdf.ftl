### The words of the annual report PDF that the program writes: the cover
### and front matter (passed to templates/report.typ as its `words`), and
### the annexes generated from the data (src/pdf/annex.rs). Words the web
### pages share are reused from the other files: report-year-caption,
### report-published-on, report-year-contents, title-coverage,
### visits-*, rec-item-status, rec-none-yet and others.
### "NPM" is the national preventive mechanism.

## The cover and the page after it
# $period: the reporting period ("1 April 2016 to 31 March 2017").
pdf-reporting-period = Reporting period: { $period }
# On the cover of a sample edition, in capitals.
pdf-sample = SAMPLE
pdf-sample-text = The chapters of this edition were written to demonstrate opcat-press. They are not the text of the published report.
# $licence: the licence's name ("Open Government Licence v3.0").
pdf-licensed = This publication is licensed under the terms of the { $licence } except where otherwise stated.
# Above a recommendation in a chapter, before its number.
pdf-recommendation = Recommendation

## The membership annex
pdf-members-heading = Membership of the NPM
# $date: the last day of the reporting period; $count: how many members the NPM had then.
pdf-members-intro = On { $date }, the end of the reporting period, the NPM had { $count ->
        [one] { $count } member
       *[other] { $count } members
    }.
pdf-members-col-body = Member body
# In the coverage table: a body that monitors jointly with others. $body: its abbreviation.
pdf-coverage-joint = { $body } (joint)
# In the coverage table: a body that supports another. $body: its abbreviation.
pdf-coverage-supporting = { $body } (supporting)
# Under the coverage table; the asterisk marks the uncertain entries.
pdf-coverage-uncertain = * The sources do not state this directly; the online registry gives the reasons.

## The visits annex
# $total: all the visits of the year.
pdf-visits-total = During the year the NPM's members made { $total ->
        [one] { $total } visit
       *[other] { $total } visits
    } in all.
# $year: the report year's id ("2016-17").
pdf-visits-by-body-caption = Visits by member body, { $year }
# The chart's alternative text. $total: all the visits; $figures: each kind of detention with its figure.
pdf-visits-chart-alt = Bar chart of { $total } visits in all. { $figures }.

## The compilation of recommendations
pdf-recommendations-heading = Compilation of recommendations
# $date: the last day of the reporting period.
pdf-recommendations-intro = Each recommendation with its status on { $date }, the end of the period this report covers: the latest response and the latest progress recorded by then.
pdf-recommendations-sample = The recommendations of this sample edition were written to show the format: none of them was made.
pdf-recommendations-col-recommendation = Recommendation
pdf-recommendations-col-by = Made by
# $date: the last day of the reporting period.
pdf-recommendations-col-status = Status on { $date }
pdf-recommendations-col-page = Page
pdf-recommendations-col-made-in = Made in
# In the "Made in" column. $year: the report year's id ("2015-16").
pdf-recommendations-year = { $year } report
# In the "Made by" column: a recommendation of the NPM as a whole.
pdf-recommendations-by-npm = The NPM
