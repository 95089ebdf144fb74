### The words the pages' script shows (theme/js/site.js): the search page,
### the finder, membership on a date and the register's filters. Every
### message here starts with js-. The script fills in the variables; a
### message may choose its words by $count (a plural): Arabic has six
### plural categories (zero, one, two, few, many, other), and the build
### writes one text for each.

## The search page
js-filter-response = الرد
js-filter-progress = التقدم المحرز
js-filter-authority = الجهة الموجَّهة إليها
js-filter-any = الكل
js-filters-title = التوصيات فقط:
js-searching = جارٍ البحث…
# $link: a link to the A to Z index, whose text is js-search-unavailable-link.
js-search-unavailable = البحث غير متاح هنا. { $link } للعثور على هيئة عضو أو تقرير.
js-search-unavailable-link = استخدم الفهرس الأبجدي
# What was searched for, after the number of results. $q: the words typed.
js-search-for = عن «{ $q }»
js-search-for-filters = وفقًا لعوامل التصفية المختارة
# $what: js-search-for or js-search-for-filters.
js-search-none = لا توجد نتائج { $what }
# $count: how many results; $what: js-search-for or js-search-for-filters.
js-search-count = { $count ->
        [zero] لا توجد نتائج { $what }
        [one] نتيجة واحدة { $what }
        [two] نتيجتان { $what }
        [few] { $count } نتائج { $what }
        [many] { $count } نتيجة { $what }
       *[other] { $count } نتيجة { $what }
    }
# After js-search-count when there are more results than are shown. $max: how many are shown.
js-search-first = (تُعرض النتائج الأولى فقط، وعددها { $max })

## The finder
# $setting: a kind of detention; $nation: a nation.
js-finder-label = { $setting } في { $nation }
js-loading = جارٍ التحميل…
# $link: a link to the answer's own page, whose text is js-finder-see.
js-finder-failed = تعذّر تحميل الإجابة هنا. { $link }.
# $label: js-finder-label.
js-finder-see = الاطلاع على مَن يرصد { $label }

## Membership on a date (the designation history). $date: a date.
js-members-before = لا يوجد أعضاء: عُيّنت الآلية الوقائية الوطنية في { $date }.
js-members-none = لم تُسجَّل أي عضوية في { $date }.
# $count: how many member bodies there were on $date.
js-members-on = { $count ->
        [zero] لا توجد أي هيئة عضو في { $date }
        [one] هيئة عضو واحدة في { $date }
        [two] هيئتان عضوان في { $date }
        [few] { $count } هيئات أعضاء في { $date }
        [many] { $count } هيئة عضوًا في { $date }
       *[other] { $count } هيئة عضو في { $date }
    }

## The register's filters. $count: how many recommendations the register has.
js-register-all = { $count ->
        [zero] لا توجد أي توصية.
        [one] عرض التوصية الوحيدة.
        [two] عرض التوصيتين كلتيهما.
        [few] عرض جميع التوصيات، وعددها { $count }.
        [many] عرض جميع التوصيات، وعددها { $count }.
       *[other] عرض جميع التوصيات، وعددها { $count }.
    }
# $shown: how many are shown with the filters chosen.
js-register-some = { $count ->
        [zero] عرض { $shown } من أصل { $count } توصية.
        [one] عرض { $shown } من أصل توصية واحدة.
        [two] عرض { $shown } من أصل توصيتين.
        [few] عرض { $shown } من أصل { $count } توصيات.
        [many] عرض { $shown } من أصل { $count } توصية.
       *[other] عرض { $shown } من أصل { $count } توصية.
    }
