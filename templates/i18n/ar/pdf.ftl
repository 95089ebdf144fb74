### The words of the annual report PDF that the program writes: the cover
### and front matter (passed to templates/report.typ as its `words`), and
### the annexes generated from the data (src/pdf/annex.rs). Words the web
### pages share are reused from the other files: report-year-caption,
### report-published-on, report-year-contents, title-coverage,
### visits-*, rec-item-status, rec-none-yet and others.
### "NPM" is the national preventive mechanism (الآلية الوقائية الوطنية).

## The cover and the page after it
# $period: the reporting period ("1 April 2016 to 31 March 2017").
pdf-reporting-period = فترة الإبلاغ: { $period }
# On the cover of a sample edition, in capitals (Arabic has none).
pdf-sample = نموذج
pdf-sample-text = كُتبت فصول هذا الإصدار لعرض إمكانات opcat-press، وهي ليست نص التقرير المنشور.
# $licence: the licence's name ("Open Government Licence v3.0").
pdf-licensed = هذا المنشور مرخَّص بموجب شروط { $licence }، ما لم يُذكر خلاف ذلك.
# Above a recommendation in a chapter, before its number.
pdf-recommendation = التوصية

## The membership annex
pdf-members-heading = عضوية الآلية الوقائية الوطنية
# $date: the last day of the reporting period; $count: how many members the NPM had then.
pdf-members-intro = في { $date }، أي في نهاية فترة الإبلاغ، { $count ->
        [zero] لم يكن للآلية الوقائية الوطنية أي عضو
        [one] كان للآلية الوقائية الوطنية عضو واحد
        [two] كان للآلية الوقائية الوطنية عضوان
        [few] كان للآلية الوقائية الوطنية { $count } أعضاء
        [many] كان للآلية الوقائية الوطنية { $count } عضوًا
       *[other] كان للآلية الوقائية الوطنية { $count } عضو
    }.
pdf-members-col-body = الهيئة العضو
# In the coverage table: a body that monitors jointly with others. $body: its abbreviation.
pdf-coverage-joint = { $body } (بالاشتراك)
# In the coverage table: a body that supports another. $body: its abbreviation.
pdf-coverage-supporting = { $body } (داعمة)
# Under the coverage table; the asterisk marks the uncertain entries.
pdf-coverage-uncertain = * لا تنص المصادر على ذلك صراحةً؛ ويبيّن السجلّ الإلكتروني الأسباب.

## The visits annex
# $total: all the visits of the year.
pdf-visits-total = { $total ->
        [zero] لم يُجرِ أعضاء الآلية الوقائية الوطنية أي زيارة خلال السنة.
        [one] أجرى أعضاء الآلية الوقائية الوطنية خلال السنة زيارة واحدة إجمالًا.
        [two] أجرى أعضاء الآلية الوقائية الوطنية خلال السنة زيارتين إجمالًا.
        [few] أجرى أعضاء الآلية الوقائية الوطنية خلال السنة { $total } زيارات إجمالًا.
        [many] أجرى أعضاء الآلية الوقائية الوطنية خلال السنة { $total } زيارة إجمالًا.
       *[other] أجرى أعضاء الآلية الوقائية الوطنية خلال السنة { $total } زيارة إجمالًا.
    }
# $year: the report year's id ("2016-17").
pdf-visits-by-body-caption = الزيارات حسب الهيئة العضو، { $year }
# The chart's alternative text. $total: all the visits; $figures: each kind of detention with its figure.
pdf-visits-chart-alt = رسم بياني شريطي للزيارات، ومجموعها { $total }. { $figures }.

## The compilation of recommendations
pdf-recommendations-heading = تجميع التوصيات
# $date: the last day of the reporting period.
pdf-recommendations-intro = كل توصية مع حالتها في { $date }، أي في نهاية الفترة التي يغطيها هذا التقرير: آخر رد وآخر تقدم محرز مسجَّلان حتى ذلك التاريخ.
pdf-recommendations-sample = كُتبت توصيات هذا الإصدار النموذجي لعرض الشكل فقط: ولم تُقدَّم أي منها فعلًا.
pdf-recommendations-col-recommendation = التوصية
pdf-recommendations-col-by = مقدَّمة من
# $date: the last day of the reporting period.
pdf-recommendations-col-status = الحالة في { $date }
pdf-recommendations-col-page = الصفحة
pdf-recommendations-col-made-in = وردت في
# In the "Made in" column. $year: the report year's id ("2015-16").
pdf-recommendations-year = تقرير { $year }
# In the "Made by" column: a recommendation of the NPM as a whole.
pdf-recommendations-by-npm = الآلية الوقائية الوطنية
