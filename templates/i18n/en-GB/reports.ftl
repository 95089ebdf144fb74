### The annual reports: the list of reports, each report year's page and
### each chapter's page (templates/reports/).

## templates/reports/index.html
# The first sentence of the reports page. $npm: the national preventive mechanism's name.
reports-index-intro = Each year the { $npm } reports on its work to monitor places of detention.
reports-index-intro-list = Every report in the series is listed here, newest first: the text of some is on this site, and others are published elsewhere.
reports-index-none = No reports have been published yet.
reports-index-feed = Follow new reports with the Atom feed

## templates/reports/year.html
# Above the title of a report year's page. $year: the report year, such as 2019-20.
report-year-caption = Annual report { $year }
report-year-elsewhere-title = Published elsewhere
# For a report published elsewhere, when copies of it are listed below.
report-year-elsewhere-copies = The full text of this report is not on this site: this page records the facts about it and where to read it.
# For a report published elsewhere, when no copy of it was found.
report-year-elsewhere-facts = The full text of this report is not on this site: this page records the facts about it.
report-year-elsewhere-no-copy = No official copy of this report was found online.
report-year-number = Report number
report-year-title = Title
report-year-title-not-known = Not known
report-year-period = Period covered
# $start, $end: the first and last days of the period covered (dates, already formatted).
report-year-period-dates = { $start } to { $end }
report-year-status = Status
report-year-published = Published
report-year-date-not-known = Date not known
report-year-not-yet-published = Not yet published
report-year-isbn = ISBN
# A report with two ISBNs. $print: the print edition's ISBN; $web: the web edition's ISBN.
report-year-isbn-print-web = { $print } (print), { $web } (web)
report-year-announced-by = Announced by
report-year-about = About this year
report-year-uncertain = Uncertain
report-year-copies = Official copies
report-year-download = Download the full report
# After the download link. $size: the PDF file's size, such as 2.1 MB.
report-year-download-meta = (PDF, { $size })
# $checksum: the file's SHA-256 checksum (a long hexadecimal code).
report-year-checksum = This is the report as published, kept unchanged. To check a copy, its SHA-256 is { $checksum }.
report-year-no-pdf = The PDF of this report is not yet available.
report-year-contents = Contents
# In the contents, a chapter written by one member body. $body: the body's name.
report-year-member-chapter = Member chapter: { $body }
report-year-no-chapters = No chapters have been added to this report yet.
report-year-recommendations-made = Recommendations made this year
report-year-recommendations-followed-up = Follow-up of earlier recommendations

## templates/reports/chapter.html
# $body: the name of the member body that wrote the chapter (a link to its page).
report-chapter-by = By { $body }
# $authors: the names of the chapter's authors, separated by commas.
report-chapter-written-by = Written by { $authors }
report-chapter-settings = Kinds of detention
report-chapter-nations = { -parts-label }
# Read by screen readers: the links to the previous and next chapters.
report-chapter-pagination-label = Chapters of this report
report-chapter-previous = Previous chapter
report-chapter-next = Next chapter
report-chapter-back = Back to the contents of this report
