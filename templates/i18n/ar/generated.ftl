### Words the program writes into the pages itself: page titles,
### breadcrumbs, the labels search results show, the A to Z index's hints,
### table and chart captions, and descriptions.
### Arabic (ar): a body (هيئة) and the NPM (الآلية) are feminine.

## Page titles and breadcrumbs
crumb-home = الصفحة الرئيسية
title-registry = سجلّ الهيئات الأعضاء
title-coverage = مَن يرصد ماذا، وأين
title-data = البيانات المفتوحة
title-recommendations = التوصيات
title-not-found = الصفحة غير موجودة
# $nation: a nation's name.
title-nation = رصد الاحتجاز في { $nation }
# $setting: a kind of detention; $nation: a nation's name.
title-finder = { $setting } في { $nation }
# $npm: the NPM's name; $setting: a kind of detention, lower case; $nation: a nation's name.
finder-description = الهيئات الأعضاء في { $npm } التي ترصد { $setting } في { $nation }: دور كل منها، ومنذ متى.
# $npm: the NPM's name.
data-description = سجلّ { $npm } وتقاريرها في شكل بيانات مفتوحة: JSON وCSV وJSON Schema، مع توثيق كل حقل.

## A report year's name when it has no title, and its period.
## $number: its number in the series; $year: its id ("2016-17"); $start,
## $end: dates.
## Arabic writes ordinals as words that agree with التقرير (masculine):
## "التقرير السنوي الأول". The select is on $number itself (a plain number)
## so that its numeric keys match; past the thirtieth report it falls back
## to "التقرير السنوي رقم 31".
report-heading = التقرير السنوي { $number ->
        [1] الأول
        [2] الثاني
        [3] الثالث
        [4] الرابع
        [5] الخامس
        [6] السادس
        [7] السابع
        [8] الثامن
        [9] التاسع
        [10] العاشر
        [11] الحادي عشر
        [12] الثاني عشر
        [13] الثالث عشر
        [14] الرابع عشر
        [15] الخامس عشر
        [16] السادس عشر
        [17] السابع عشر
        [18] الثامن عشر
        [19] التاسع عشر
        [20] العشرون
        [21] الحادي والعشرون
        [22] الثاني والعشرون
        [23] الثالث والعشرون
        [24] الرابع والعشرون
        [25] الخامس والعشرون
        [26] السادس والعشرون
        [27] السابع والعشرون
        [28] الثامن والعشرون
        [29] التاسع والعشرون
        [30] الثلاثون
       *[other] رقم { $number }
    }، { $year }
report-period = من { $start } إلى { $end }
year-description = التقرير السنوي { $number ->
        [1] الأول
        [2] الثاني
        [3] الثالث
        [4] الرابع
        [5] الخامس
        [6] السادس
        [7] السابع
        [8] الثامن
        [9] التاسع
        [10] العاشر
        [11] الحادي عشر
        [12] الثاني عشر
        [13] الثالث عشر
        [14] الرابع عشر
        [15] الخامس عشر
        [16] السادس عشر
        [17] السابع عشر
        [18] الثامن عشر
        [19] التاسع عشر
        [20] العشرون
        [21] الحادي والعشرون
        [22] الثاني والعشرون
        [23] الثالث والعشرون
        [24] الرابع والعشرون
        [25] الخامس والعشرون
        [26] السادس والعشرون
        [27] السابع والعشرون
        [28] الثامن والعشرون
        [29] التاسع والعشرون
        [30] الثلاثون
       *[other] رقم { $number }
    }، الذي يغطي الفترة من { $start } إلى { $end }
year-description-elsewhere = نصه الكامل منشور في موضع آخر.

## What search results say a page is
search-kind-body = هيئة عضو
search-kind-setting = نوع الاحتجاز
search-kind-nation = { -part-label }
search-kind-registry = السجلّ
search-kind-year = تقرير سنوي
search-kind-chapter = فصل من تقرير
search-kind-recommendation = توصية
search-kind-register = سجلّ التوصيات
search-kind-page = صفحة

## The A to Z index: the hint beside an entry, and the group of entries
## that do not start with a letter or a figure.
a-z-hint-body = هيئة عضو
a-z-hint-former-body = هيئة عضو سابقة
# $body: the body's name now.
a-z-hint-former-name = اسم سابق لـ { $body }
a-z-hint-former-abbreviation = اختصار سابق لـ { $body }
a-z-hint-setting = نوع الاحتجاز
a-z-hint-nation = { -part-label }
# $year: the report year's id ("2016-17").
a-z-hint-year = التقرير السنوي { $year }
a-z-hint-chapter = فصل، التقرير السنوي { $year }
a-z-hint-page = صفحة
a-z-hint-register = سجلّ التوصيات
a-z-other = أخرى

## How a body takes part in monitoring a kind of detention
role-lead = تتولى القيادة
role-joint = بالاشتراك مع
role-supporting = تدعم

## Why a designation ended (agrees with التعيين, masculine)
end-reason-superseded = استُبدل
end-reason-withdrawn = سُحب
end-reason-abolished = أُلغي

## The open data files
data-file-registry = كل هيئة عضو، حالية وسابقة: أسماؤها عبر الزمن، وتعيينها، ونطاق رصدها، ومصادرها.
data-file-reports = كل تقرير في السلسلة: الفترة التي يغطيها، وحالته، والوقائع المتعلقة به مع مصادرها؛ وملف PDF والفصول للسنوات المُعدّة هنا، والنسخ الرسمية للتقارير المنشورة في موضع آخر.
data-file-record = كل توصية مع حالتها الراهنة، وكل متابعة لها، وأعداد الزيارات في كل سنة.
# $file: a data file's name.
data-file-schema = بنية الملف { $file } (JSON Schema 2020-12).

## The recommendations register's filters: each filter's name, and the
## title of the page for one value. $name: the value's name.
filter-response = الرد
filter-progress = التقدم المحرز
filter-authority = الجهة الموجَّهة إليها
filter-setting = نوع الاحتجاز
filter-nation = { -part-label }
filter-body = الجهة المقدِّمة
filter-year = سنة التقرير
filter-theme = الموضوع
filter-title-response = التوصيات التي كان الرد عليها «{ $name }»
filter-title-progress = التوصيات التي كان التقدم المحرز فيها «{ $name }»
filter-title-authority = التوصيات الموجَّهة إلى { $name }
filter-title-setting = التوصيات المتعلقة بـ { $name }
filter-title-nation = التوصيات التي تخص { $name }
filter-title-body = التوصيات المقدَّمة من { $name }
filter-title-year = التوصيات المقدَّمة في { $name }
filter-title-theme = التوصيات المتعلقة بموضوع «{ $name }»
# A recommendation with no response, or no progress, recorded yet.
filter-none-yet = لا شيء بعد

## Visits in numbers: table captions, the corner of a table, the chart
# $body: a body's abbreviation.
visits-caption-body = زيارات { $body } حسب سنة التقرير ونوع الاحتجاز
# $nation: a nation's name.
visits-caption-nation = الزيارات في { $nation } حسب سنة التقرير ونوع الاحتجاز
# $setting: a kind of detention.
visits-caption-setting = الزيارات حسب سنة التقرير و{ -part }: { $setting }
# $year: the report year's id.
visits-caption-year = الزيارات حسب نوع الاحتجاز و{ -part }، { $year }
visits-axis-setting = نوع الاحتجاز
visits-axis-nation = { -part-label }
visits-axis-year = سنة التقرير
visits-chart-title = الزيارات حسب نوع الاحتجاز، { $year }
# $total: all visits; $figures: each kind of detention with its figure; $table: the table's caption.
visits-chart-description = رسم بياني شريطي للزيارات، ومجموعها { $total }. { $figures }. الأرقام واردة في الجدول «{ $table }».

## What kind of chapter a chapter is: above its title on its page and in
## the PDF, and beside it in a report's contents.
chapter-kind-foreword = تصدير
chapter-kind-context = السياق
chapter-kind-thematic = فصل مواضيعي
chapter-kind-member = فصل هيئة عضو
chapter-kind-annex = مرفق

## The A to Z index: the letters of the alphabet, in order, each a heading.
a-z-letters = ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي

## A recommendation where a chapter makes it, above its text. $number: its number in the chapter.
chapter-recommendation-label = التوصية { $number }

## A download's size. $size: kilobytes, a whole number; $whole and $tenth: megabytes, before and after the decimal sign.
size-kilobytes = { $size } كيلوبايت
size-megabytes = { $whole }.{ $tenth } ميغابايت

## What a chapter's text gets from the program, read out or shown.
# A table's name for screen readers. $number: its number in the chapter.
chapter-table-label = الجدول { $number }
# A task list's box, ticked or not.
chapter-task-done = منجز
chapter-task-not-done = غير منجز
# The heading of the chapter's notes.
chapter-notes = الحواشي
# The link from a note back to where it is referenced. $number: the note's number.
chapter-note-back = العودة إلى الإحالة { $number }
