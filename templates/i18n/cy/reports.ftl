### Welsh (cy): translation of templates/i18n/en-GB/reports.ftl.
### The annual reports: the list of reports, each report year's page and
### each chapter's page (templates/reports/).

## templates/reports/index.html
# The first sentence of the reports page. $npm: the national preventive mechanism's name.
reports-index-intro = Bob blwyddyn, mae { $npm } yn adrodd ar ei waith yn monitro mannau cadw.
reports-index-intro-list = Rhestrir pob adroddiad yn y gyfres yma, gyda'r diweddaraf yn gyntaf: mae testun rhai ohonynt ar y wefan hon, a chyhoeddwyd eraill mewn mannau eraill.
reports-index-none = Nid oes unrhyw adroddiadau wedi'u cyhoeddi eto.
reports-index-feed = Dilynwch adroddiadau newydd drwy'r ffrwd Atom

## templates/reports/year.html
# Above the title of a report year's page. $year: the report year, such as 2019-20.
report-year-caption = Adroddiad blynyddol { $year }
report-year-elsewhere-title = Cyhoeddwyd mewn man arall
# For a report published elsewhere, when copies of it are listed below.
report-year-elsewhere-copies = Nid yw testun llawn yr adroddiad hwn ar y wefan hon: mae'r dudalen hon yn cofnodi'r ffeithiau amdano a ble i'w ddarllen.
# For a report published elsewhere, when no copy of it was found.
report-year-elsewhere-facts = Nid yw testun llawn yr adroddiad hwn ar y wefan hon: mae'r dudalen hon yn cofnodi'r ffeithiau amdano.
report-year-elsewhere-no-copy = Ni chafwyd hyd i gopi swyddogol o'r adroddiad hwn ar-lein.
report-year-number = Rhif yr adroddiad
report-year-title = Teitl
report-year-title-not-known = Anhysbys
report-year-period = Y cyfnod dan sylw
# $start, $end: the first and last days of the period covered (dates, already formatted).
report-year-period-dates = { $start } i { $end }
report-year-status = Statws
report-year-published = Dyddiad cyhoeddi
report-year-date-not-known = Dyddiad anhysbys
report-year-not-yet-published = Heb ei gyhoeddi eto
report-year-isbn = ISBN
# A report with two ISBNs. $print: the print edition's ISBN; $web: the web edition's ISBN.
report-year-isbn-print-web = { $print } (print), { $web } (ar-lein)
report-year-announced-by = Cyhoeddwyd drwy
report-year-about = Am y flwyddyn hon
report-year-uncertain = Ansicr
report-year-copies = Copïau swyddogol
report-year-download = Lawrlwytho'r adroddiad llawn
# After the download link. $size: the PDF file's size, such as 2.1 MB.
report-year-download-meta = (PDF, { $size })
# $checksum: the file's SHA-256 checksum (a long hexadecimal code).
report-year-checksum = Dyma'r adroddiad fel y'i cyhoeddwyd, heb ei newid. I wirio copi, ei SHA-256 yw { $checksum }.
report-year-no-pdf = Nid yw PDF yr adroddiad hwn ar gael eto.
report-year-contents = Cynnwys
# In the contents, a chapter written by one member body. $body: the body's name.
report-year-member-chapter = Pennod aelod: { $body }
report-year-no-chapters = Nid oes unrhyw benodau wedi'u hychwanegu at yr adroddiad hwn eto.
report-year-recommendations-made = Argymhellion a wnaed eleni
report-year-recommendations-followed-up = Dilyniant i argymhellion blaenorol

## templates/reports/chapter.html
# $body: the name of the member body that wrote the chapter (a link to its page).
report-chapter-by = Gan { $body }
# $authors: the names of the chapter's authors, separated by commas.
report-chapter-written-by = Ysgrifennwyd gan { $authors }
report-chapter-settings = Mathau o leoliadau cadw
report-chapter-nations = { -parts-label }
# Read by screen readers: the links to the previous and next chapters.
report-chapter-pagination-label = Penodau'r adroddiad hwn
report-chapter-previous = Y bennod flaenorol
report-chapter-next = Y bennod nesaf
report-chapter-back = Yn ôl i gynnwys yr adroddiad hwn
