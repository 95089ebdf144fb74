### Pieces many pages share (templates/components.html): lists, sources,
### notices, report facts, coverage, the finder, visit tables and the
### recommendations register's filters.
### Arabic (ar): a body (هيئة) and the NPM (الآلية) are feminine; a count
### chooses among Arabic's six plural forms (zero, one, two, few, many,
### other).

## Lists: "A, B and C" (the words between a list's items).
# و is written joined to the word after it.
list-and = { " " }و
list-comma = ،{ " " }

## Facts and their sources
# A body whose designation no longer counts.
body-designation-ended = (انتهى تعيينها)
# Read by screen readers before a source marker "[1]".
source-marker = المصدر
fact-uncertain = غير مؤكد
# Read by screen readers before a fact's note.
fact-note = ملاحظة:
sources-heading = المصادر

## The notice on the pages of a sample report year.
sample-notice-title = محتوى نموذجي
sample-notice-body = كُتبت فصول هذه السنة من سنوات التقارير لعرض إمكانات opcat-press، وهي ليست نص التقرير المنشور.

## A report's status
status-published = منشور
status-draft = مسودة
status-sample = نموذج
# A report published elsewhere, recorded here.
status-archived = منشور في موضع آخر

## A report's facts in a list
# $number: the report's number in the series.
report-number = التقرير رقم { $number }
# $date: the date of publication.
report-published-on = نُشر في { $date }
report-not-yet-published = لم يُنشر بعد
report-where-elsewhere = النص الكامل منشور في موضع آخر
# Follows report-where-elsewhere when no copy was found.
report-where-no-copy = ؛ ولم يُعثر على أي نسخة رسمية منه على الإنترنت
# $chapters: how many chapters the year has on the site.
report-where-here = النص الكامل على هذا الموقع: { $chapters ->
        [zero] لا فصول
        [one] فصل واحد
        [two] فصلان
        [few] { $chapters } فصول
        [many] { $chapters } فصلًا
       *[other] { $chapters } فصل
    } وملف PDF
report-where-not-yet = لم تُنشر فصوله على هذا الموقع بعد

## How a body takes part in monitoring a setting
# Follows the body's role ("Leads"). $bodies: the bodies that support it.
coverage-supported-by = ، بدعم من { $bodies }
coverage-jointly = بالاشتراك مع هيئات أخرى
# $role: how the body takes part ("Shares the work with").
coverage-role-with-others = { $role } هيئات أخرى

## An in-page contents list
toc-label = المحتويات
toc-title = المحتويات

## The finder (which bodies monitor a kind of detention in a nation)
finder-setting-label = نوع الاحتجاز
finder-setting-choose = اختر نوعًا من أنواع الاحتجاز
finder-nation-label = { -part-label }
finder-nation-choose = اختر { -a-part }

## Pictures and tables of fields
figure-timeline-label = رسم الخط الزمني
fields-field = الحقل
fields-type = النوع
fields-meaning = المعنى

## A recommendation in a list
# $id: the recommendation's id.
rec-item-link = التوصية { $id }
# $npm: the NPM's name ("the United Kingdom National Preventive Mechanism").
rec-item-by-npm = { $npm }
# $by: who made it; $to: whom it is addressed to (a list).
rec-item-by-to = مقدَّمة من { $by }، وموجَّهة إلى { $to }
# $response: the authority's response; $progress: the progress found.
rec-item-status = الرد: { $response }. التقدم المحرز: { $progress }.
rec-none-yet = لا شيء بعد

## Visits in numbers
visits-heading = الزيارات بالأرقام
visits-total = المجموع
# Read by screen readers where a table has no figure.
visits-none-recorded = لم يُسجَّل شيء
visits-not-known = غير معروف
visits-sample-note = كُتبت هذه الأرقام لعرض الشكل فقط: وهي ليست الزيارات الفعلية التي أجراها الأعضاء.
# $marks: the sources of the figures (markers).
visits-intro = الزيارات وعمليات التفتيش التي أجراها أعضاء الآلية الوقائية الوطنية خلال السنة{ $marks }.
visits-chart-label = رسم بياني شريطي للزيارات
visits-chart-sample = أرقام نموذجية.
# $table: the caption of the table with the figures.
visits-chart-caption = الأرقام واردة في الجدول «{ $table }».
visits-sample-prefix = أرقام نموذجية:
visits-by-body-caption = الزيارات حسب الهيئة العضو
visits-col-body = الهيئة العضو
visits-col-visits = الزيارات
visits-col-announced = المُعلَن عنها
visits-col-unannounced = غير المُعلَن عنها

## The recommendations register's filters
register-filter-title = تصفية السجلّ
register-filter-any = الكل
# $count: how many recommendations the register has.
register-showing-all = عرض جميع التوصيات، وعددها { $count }.
register-links-summary = التصفية حسب قيمة واحدة: صفحة لكل قيمة
