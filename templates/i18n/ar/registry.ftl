### The registry of member bodies: the registry's front page, each body,
### kind of detention and nation, the designation history, the coverage
### matrix and the finder's answers (templates/registry/*.html).
### "NPM" is the national preventive mechanism (الآلية الوقائية الوطنية).
### Arabic (ar): a member body is "هيئة عضو" (plural "هيئات أعضاء"), as
### the United Nations writes "دولة عضو"; bodies and the NPM are feminine.

## Words several registry pages share

# A table's column heading, and the caption above a kind of detention's page.
registry-kind-of-detention = نوع الاحتجاز
registry-based-in = المقر
registry-designated = التعيين
registry-not-recorded = غير مسجَّل
registry-former-designations = التعيينات السابقة
registry-recommendations = التوصيات
# $count: a number of member bodies.
registry-bodies-count = { $count ->
    [zero] لا توجد أي هيئة
    [one] هيئة واحدة
    [two] هيئتان
    [few] { $count } هيئات
    [many] { $count } هيئة
   *[other] { $count } هيئة
}
# $nation: the nation's name.
registry-no-body-monitors-setting-in = لم تُسجَّل أي هيئة عضو بوصفها ترصد هذا النوع من الاحتجاز في { $nation }.

## templates/registry/index.html

# $npm: the national preventive mechanism's name; $count: its number of member bodies.
registry-lede = { $count ->
    [zero] لا تضم { $npm } أي هيئة عضو.
    [one] تضم { $npm } هيئة عضوًا واحدة.
    [two] تضم { $npm } هيئتين عضوين.
    [few] تضم { $npm } { $count } هيئات أعضاء.
    [many] تضم { $npm } { $count } هيئة عضوًا.
   *[other] تضم { $npm } { $count } هيئة عضو.
} وتبيّن كل صفحة تاريخ تعيين الهيئة، وما ترصده وأين، ومصادر كل واقعة.
registry-finder-heading = مَن يرصد أي نوع من أنواع الاحتجاز في أي { -a-part }؟
registry-finder-grid-caption = اختر نوعًا من أنواع الاحتجاز و{ -a-part } لمعرفة مَن يرصده
# Read out for a link in the grid. $setting: the kind of detention; $nation: the nation's name; $count: the number of bodies.
registry-finder-cell-label = { $setting } في { $nation }: { $count ->
    [zero] لا توجد أي هيئة
    [one] هيئة واحدة
    [two] هيئتان
    [few] { $count } هيئات
    [many] { $count } هيئة
   *[other] { $count } هيئة
}
# As registry-finder-cell-label, when some are uncertain. $uncertain: how many of the $count bodies are uncertain.
registry-finder-cell-label-uncertain = { $setting } في { $nation }: { $count ->
    [zero] لا توجد أي هيئة
    [one] هيئة واحدة
    [two] هيئتان
    [few] { $count } هيئات
    [many] { $count } هيئة
   *[other] { $count } هيئة
}، منها { $uncertain } غير مؤكدة
# Shown after the number of bodies in the grid. $count: how many of them are uncertain.
registry-finder-cell-uncertain = ({ $count } غير مؤكدة)
registry-coverage-link = مصفوفة التغطية
registry-coverage-link-text = الهيئات التي ترصد كل نوع من أنواع الاحتجاز في كل { -a-part }.
registry-history-link = تاريخ التعيينات
registry-history-link-text = كيف تغيّرت العضوية منذ تعيين الآلية الوقائية الوطنية.
registry-current-heading = الأعضاء الحاليون
# $count: the number of current member bodies.
registry-current-caption = الهيئات الأعضاء الحالية ({ $count })
registry-column-body = الهيئة
registry-column-monitors = ما ترصده
registry-no-current = لم تُسجَّل أي هيئة عضو حالية.
registry-by-setting = حسب نوع الاحتجاز
registry-by-nation = حسب { -part }
registry-former-text = لم تعد هذه التعيينات تُحتسب ضمن عضوية الآلية الوقائية الوطنية.
# $count: the number of bodies whose designation has ended.
registry-former-caption = التعيينات المنتهية ({ $count })
registry-column-ended = تاريخ الانتهاء
registry-column-succeeded-by = الهيئة الخلف
# Read out for a dash in the table: no body succeeded this one.
registry-no-successor = لا توجد

## templates/registry/body.html

body-caption-current = هيئة عضو
body-caption-former = هيئة عضو سابقة
body-abbreviation = الاختصار
body-status = الوضع
body-status-current = عضو حالي في الآلية الوقائية الوطنية
# $date: the date the designation ended.
body-status-ended-on = انتهى التعيين في { $date }
body-status-ended = انتهى التعيين
# $instrument: the title of the instrument (an order, a statement), a link to it.
body-instrument = بموجب: { $instrument }
# $body: the name of the body that took over, a link to it.
body-succeeded-by = خلفتها { $body }
body-role = الدور في الآلية الوقائية الوطنية
body-role-coordinator = الهيئة المنسِّقة للآلية الوقائية الوطنية
body-website = الموقع الإلكتروني
body-former-names = الأسماء السابقة
# $name: a former name of the body (with its abbreviation); $date: the date it stopped using it.
body-former-name = { $name }، حتى { $date }
body-timeline = الخط الزمني
body-timeline-caption = تواريخ تعيينها وأسمائها وانتهاء تعيينها إن وُجد، على النحو المبيَّن أعلاه.
body-events = الأحداث
# After an event's description. $body: the name of another body, a link to it.
body-event-see = انظر { $body }.
body-coverage = ما ترصده
# $body: the body's abbreviation, or its name.
body-coverage-caption = أماكن الاحتجاز التي ترصدها { $body }
body-column-nations = { -parts-label }
body-column-role = الدور
body-no-coverage = لم يُسجَّل أي نطاق رصد لهذه الهيئة.
body-chapters = فصول في التقارير السنوية
# $body: the body's abbreviation, or its name.
body-no-chapters = لا يوجد بين التقارير المنشورة على هذا الموقع أي فصل من إعداد { $body }.

## templates/registry/setting.html

setting-monitors = مَن يرصده، حسب { -part }
setting-no-body-monitors = لم تُسجَّل أي هيئة عضو بوصفها ترصد هذا النوع من الاحتجاز.
setting-former-text = هيئات انتهى تعيينها، وكانت ترصد هذا النوع من الاحتجاز عندما كانت أعضاء.
setting-coverage-link = الاطلاع على جميع أنواع الاحتجاز في مصفوفة التغطية

## templates/registry/nation.html

nation-caption = { -part-label }
# $nation: the nation's name.
nation-based-here = الهيئات الأعضاء التي يقع مقرها في { $nation }
# $nation: the nation's name.
nation-none-based-here = لا يقع في { $nation } مقر أي هيئة عضو حالية.
# $nation: the nation's name.
nation-monitors = مَن يرصد كل نوع من أنواع الاحتجاز في { $nation }
# $nation: the nation's name.
nation-no-coverage = لم يُسجَّل أي نطاق رصد في { $nation }.
nation-coverage-link = المقارنة بين { -parts } في مصفوفة التغطية

## templates/registry/history.html

# $npm: the national preventive mechanism's name.
history-lede = كيف تغيّرت عضوية { $npm }، صكًّا بعد صك.
history-instruments = صكوك التعيين
history-ended = انتهى التعيين
history-members-after = الأعضاء بعد ذلك
history-no-instruments = لم يُسجَّل أي صك تعيين.
history-periods = العضوية عبر الزمن
history-chart-caption = يمثل كل شريط تعيين هيئة واحدة. وتعرض الجداول الواردة في هذه الصفحة الوقائع نفسها كتابةً.
# The label of a date field: the list of members on the date chosen follows.
history-members-on = مَن كان عضوًا في
history-periods-caption = عدد الهيئات الأعضاء في كل فترة
history-column-from = من
history-column-to = إلى
history-column-members = الأعضاء
# In the "To" column: the period has not ended.
history-present = حتى الآن
history-periods-members = مَن كان عضوًا في كل فترة
# $from, $to: the period's first and last dates; $count: the number of members.
history-period = من { $from } إلى { $to }: { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
# $from: the period's first date; $count: the number of members.
history-period-present = من { $from } حتى الآن: { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
history-renames = تغييرات الأسماء
# $from: the body's former name; $to: its new name, a link to the body.
history-rename = تغيّر اسم { $from } إلى { $to }
history-ends = التعيينات المنتهية
# Follows a body's name (and the reason its designation ended, in brackets); it starts with a semicolon. $body: the body that took over, a link to it.
history-end-successor = ؛ وخلفتها { $body }

## templates/registry/coverage.html

coverage-lede = الهيئات الأعضاء الحالية التي ترصد كل نوع من أنواع الاحتجاز في كل { -a-part }.
coverage-key = طريقة قراءة الجدول
# The role labels, in the key and in the table's cells: keep them short.
coverage-role-lead = رئيسية
coverage-role-joint = مشتركة
coverage-role-supporting = داعمة
coverage-key-lead = ترصد الهيئة هذا النوع من الاحتجاز بصفتها الذاتية
coverage-key-joint = تتقاسم الهيئة العمل بالتساوي مع هيئات أخرى
coverage-key-supporting = تسهم الهيئة في عمل تقوده هيئة أخرى
coverage-uncertain = غير مؤكد
coverage-key-uncertain = لا تنص المصادر على ذلك صراحةً؛ وتبيّن الملاحظة المرقَّمة أسفل الجدول السبب
# Read out for the dash the key shows.
coverage-key-dash = شَرطة:
coverage-key-empty = لم تُسجَّل أي هيئة عضو
coverage-key-text = اختر هيئة للاطلاع على مصادرها، أو نوعًا من أنواع الاحتجاز للاطلاع على تفاصيل مَن يعمل مع مَن.
coverage-caption = الهيئات الأعضاء التي ترصد كل نوع من أنواع الاحتجاز، حسب { -part }
# Read out for a dash in an empty cell.
coverage-empty = لا توجد هيئة عضو
# A link to a numbered note below the table; the note's number follows.
coverage-note-ref = ملاحظة
coverage-notes = ملاحظات
# After a note's body, kind of detention and nation, when the entry is uncertain.
coverage-note-uncertain = (غير مؤكد)

## templates/registry/finder.html

finder-caption = مَن يرصد
# $setting: the kind of detention; $nation: the nation's name.
finder-title = { $setting } في { $nation }
# $date: the date the body was designated.
finder-member-since = عضو في الآلية الوقائية الوطنية منذ { $date }
# $setting: the kind of detention, as a phrase in a sentence; $nation: the nation's name.
finder-none = لم تُسجَّل أي هيئة عضو حالية بوصفها ترصد { $setting } في { $nation }.
finder-former = الأعضاء السابقون الذين كانوا يرصدونه
# $from: the date the body was designated.
finder-member-from = عضو اعتبارًا من { $from }
# $from: the date the body was designated; $until: the date its designation ended.
finder-member-from-until = عضو من { $from } حتى { $until }
finder-permalink = رابط هذه الإجابة
# $setting: the kind of detention.
finder-setting-link = { $setting } في جميع { -parts }
# $nation: the nation's name.
finder-nation-link = كل ما يُرصد في { $nation }
