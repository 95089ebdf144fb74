### The annual reports: the list of reports, each report year's page and
### each chapter's page (templates/reports/).

## templates/reports/index.html
# The first sentence of the reports page. $npm: the national preventive mechanism's name.
reports-index-intro = تقدّم { $npm } كل عام تقريرًا عن عملها في رصد أماكن الاحتجاز.
reports-index-intro-list = يُدرج هنا كل تقرير في السلسلة، من الأحدث إلى الأقدم: بعضها متاح نصه على هذا الموقع، وبعضها الآخر منشور في موضع آخر.
reports-index-none = لم يُنشر أي تقرير بعد.
reports-index-feed = تابع التقارير الجديدة عبر موجز Atom

## templates/reports/year.html
# Above the title of a report year's page. $year: the report year, such as 2019-20.
report-year-caption = التقرير السنوي { $year }
report-year-elsewhere-title = منشور في موضع آخر
# For a report published elsewhere, when copies of it are listed below.
report-year-elsewhere-copies = النص الكامل لهذا التقرير غير متاح على هذا الموقع: تسجّل هذه الصفحة الوقائع المتعلقة به والمواضع التي يمكن قراءته فيها.
# For a report published elsewhere, when no copy of it was found.
report-year-elsewhere-facts = النص الكامل لهذا التقرير غير متاح على هذا الموقع: تسجّل هذه الصفحة الوقائع المتعلقة به.
report-year-elsewhere-no-copy = لم يُعثر على أي نسخة رسمية من هذا التقرير على الإنترنت.
report-year-number = رقم التقرير
report-year-title = العنوان
report-year-title-not-known = غير معروف
report-year-period = الفترة المشمولة
# $start, $end: the first and last days of the period covered (dates, already formatted).
report-year-period-dates = من { $start } إلى { $end }
report-year-status = الحالة
report-year-published = تاريخ النشر
report-year-date-not-known = التاريخ غير معروف
report-year-not-yet-published = لم يُنشر بعد
report-year-isbn = ردمك (ISBN)
# A report with two ISBNs. $print: the print edition's ISBN; $web: the web edition's ISBN.
report-year-isbn-print-web = { $print } (النسخة المطبوعة)، { $web } (النسخة الإلكترونية)
report-year-announced-by = أُعلن عنه بموجب
report-year-about = عن هذه السنة
report-year-uncertain = غير مؤكد
report-year-copies = النسخ الرسمية
report-year-download = تنزيل التقرير الكامل
# After the download link. $size: the PDF file's size, such as 2.1 MB.
report-year-download-meta = (PDF، { $size })
# $checksum: the file's SHA-256 checksum (a long hexadecimal code).
report-year-checksum = هذا هو التقرير كما نُشر، محفوظًا دون تغيير. وللتحقق من أي نسخة منه، فإن قيمة SHA-256 الخاصة به هي { $checksum }.
report-year-no-pdf = ملف PDF لهذا التقرير غير متاح بعد.
report-year-contents = المحتويات
# In the contents, a chapter written by one member body. $body: the body's name.
report-year-member-chapter = فصل هيئة عضو: { $body }
report-year-no-chapters = لم تُضَف أي فصول إلى هذا التقرير بعد.
report-year-recommendations-made = التوصيات المقدَّمة هذه السنة
report-year-recommendations-followed-up = متابعة التوصيات السابقة

## templates/reports/chapter.html
# $body: the name of the member body that wrote the chapter (a link to its page).
report-chapter-by = من إعداد { $body }
# $authors: the names of the chapter's authors, separated by commas.
report-chapter-written-by = كتبه { $authors }
report-chapter-settings = أنواع الاحتجاز
report-chapter-nations = { -parts-label }
# Read by screen readers: the links to the previous and next chapters.
report-chapter-pagination-label = فصول هذا التقرير
report-chapter-previous = الفصل السابق
report-chapter-next = الفصل التالي
report-chapter-back = العودة إلى محتويات هذا التقرير
