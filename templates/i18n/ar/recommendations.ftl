### The recommendations register: the list of all recommendations, each
### recommendation's page and the pages listing the recommendations with
### one value of a filter (templates/recommendations/).

## templates/recommendations/index.html
# The introduction to the register. $npm: the national preventive mechanism's name; $count: how many recommendations there are.
recommendations-index-intro = التوصيات الواردة في التقارير السنوية لـ { $npm }، وعددها الإجمالي { $count }، مرتبةً من السنة الأحدث إلى الأقدم، مع بيان الجهة التي قدّمت كل توصية، والجهة الموجَّهة إليها، وحالتها الراهنة.

## templates/recommendations/recommendation.html
# Above a recommendation's title: a link to the register.
recommendation-page-caption = التوصيات
recommendation-page-sample = نموذج
# After the "Sample" label on a recommendation from a sample report year.
recommendation-page-sample-note = كُتبت لعرض الشكل، في سنة نموذجية: وليست توصية قدّمها أحد فعلًا.
recommendation-page-made-by = مقدَّمة من
# A recommendation made by someone who is not a member of the national preventive mechanism. $body: their name.
recommendation-page-made-by-outside = { $body }، من خارج الآلية الوقائية الوطنية
# A recommendation made by the national preventive mechanism as a whole. $npm: its name.
recommendation-page-made-by-npm = { $npm }
recommendation-page-where = الموضع
# $number: the recommendation's number in the chapter; $chapter: the chapter's title (a link to it); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-chapter = التوصية { $number } في { $chapter }، التقرير السنوي { $year }
# A recommendation made in a member body's own report and recorded in the annual report. $marks: the source markers, such as [1] (may be empty, goes straight after the words); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-own = في تقرير الهيئة الخاص{ $marks }؛ ومسجَّلة في التقرير السنوي { $year }
recommendation-page-addressed-to = موجَّهة إلى
recommendation-page-latest-response = آخر رد
recommendation-page-latest-progress = آخر تقدم محرز
# No response, or no progress, has been recorded yet.
recommendation-page-none-yet = لا شيء بعد
recommendation-page-settings = أنواع الاحتجاز
recommendation-page-nations = { -parts-label }
recommendation-page-themes = المواضيع
# This recommendation repeats an earlier one.
recommendation-page-repeats = تكرّر التوصية
# Later recommendations that repeat this one.
recommendation-page-repeated-by = كرّرتها التوصية
# A link to another recommendation. $id: its identifier, such as hmip-2015-01.
recommendation-page-link = التوصية { $id }
recommendation-page-follow-up = المتابعة
recommendation-page-col-date = التاريخ
# The report year whose report recorded the follow-up.
recommendation-page-col-recorded-in = مسجَّلة في
recommendation-page-col-response = الرد
recommendation-page-col-progress = التقدم المحرز
recommendation-page-col-sources = المصادر
recommendation-page-no-follow-up = لم تُسجَّل أي متابعة بعد.

## templates/recommendations/filter.html
# Above the title of a page listing the recommendations with one value of a filter: a link to the register.
recommendation-filter-caption = التوصيات
# A link back to the register, used as $all in recommendation-filter-lede.
recommendation-filter-all = جميع التوصيات
# $filter: the filter's name, such as Response; $value: its value, such as Accepted; $count: how many recommendations have it; $all: a link back to the whole register (recommendation-filter-all).
recommendation-filter-lede = { $filter }: { $value }. { $count ->
        [zero] لا توجد أي توصية
        [one] توصية واحدة
        [two] توصيتان
        [few] { $count } توصيات
        [many] { $count } توصية
       *[other] { $count } توصية
    }، مرتبةً من السنة الأحدث إلى الأقدم. { $all }.
# After each recommendation in the list. $year: the report year that recorded it, such as 2019-20.
recommendation-filter-year = (التقرير السنوي { $year })
