### The designation timelines (src/html/timeline.rs): the pictures of the
### national preventive mechanism's membership over time, on the designation
### history page and on each member body's page, drawn as SVG; with their
### labels, tooltips, titles and the descriptions screen readers read out.
### The descriptions are made from the registry: the variables hold names,
### dates and numbers. A date ($date, $from, $to) comes already written in
### the language (catalogue.ftl's date messages); a list ($bodies, $dates,
### $steps, $renames) comes joined with list-comma and list-and.
### The labels on the pictures have little room: keep them short.
### Arabic (ar): a body (هيئة) is feminine; a designation (التعيين) and an
### instrument (صك) are masculine.

## When something happened, in the sentences below (their $when)

# $date: the date, written "3 December 2013", "July 2017" or "2017"; $precision: how precise the date is: day, month or year.
timeline-when = { $precision ->
        [day] في { $date }
        [month] في { $date }
       *[other] في عام { $date }
    }
# A date the sources do not settle. $when: timeline-when.
timeline-when-uncertain = { $when } (تاريخ غير مؤكد)

## The picture of the whole NPM (the designation history page)

timeline-history-title = الخط الزمني لتعيينات الآلية الوقائية الوطنية
# The label of the band of member numbers along the top.
timeline-members = الأعضاء
# A step of the band of member numbers, its label. $count: the number of members.
timeline-members-count = { $count ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
# The tooltip of the step that goes on to today. $count: the number of members; $from: the date it began.
timeline-members-from = { $count ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    } اعتبارًا من { $from }
# The tooltip of a step that ended. $count: the number of members; $from: the date it began; $to: the date it ended.
timeline-members-from-to = { $count ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    } من { $from } إلى { $to }
# The tooltip of a designation instrument's vertical line. $title: the instrument's title; $date: its date.
timeline-instrument = { $title }، { $date }

## The key under the picture
timeline-key-current = عضو حتى الآن
timeline-key-ended = انتهى التعيين
timeline-key-renamed = تغيّر الاسم
timeline-key-instrument = صك التعيين

## A body's bar (both pictures)

# The tooltip of the mark where a body was renamed, and the label under a body's bar. $name: the new name; $when: timeline-when.
timeline-renamed = تغيّر اسمها إلى { $name } { $when }
# How a designation ended: by the mark at the end of the bar, and in sentences.
timeline-end-superseded = استُبدل
timeline-end-withdrawn = سُحب
timeline-end-abolished = أُلغي
# $successor: the body that took over.
timeline-end-superseded-by = استُبدل بتعيين { $successor }
# $successor: the body that took over.
timeline-end-withdrawn-succeeded-by = سُحب، وخلفتها { $successor }
# $successor: the body that took over.
timeline-end-abolished-succeeded-by = أُلغي، وخلفتها { $successor }

## The tooltip of a body's bar: "Care Commission (CC): designated 31 March 2009; superseded by … on 3 December 2013"

# $body: the body's full name; $facts: the timeline-row-… below, joined by timeline-row-separator and a space.
timeline-row = { $body }: { $facts }
timeline-row-separator = ؛
# $date: the date of the designation; $when: the same date as timeline-when (unused in Arabic, as in English).
timeline-row-designated = عُيّنت في { $date }
# $body: the body whose designation this one took over.
timeline-row-took-place-of = حلّت محل { $body }
# $name: the new name; $when: timeline-when.
timeline-row-renamed = تغيّر اسمها إلى { $name } { $when }
# $how: how the designation ended (timeline-end-…); $when: timeline-when.
timeline-row-ended = انتهى تعيينها { $when }: { $how }
timeline-row-still-member = لا تزال عضوًا

## The description of the whole NPM's picture

timeline-history-desc-empty = الخط الزمني لتعيينات الآلية الوقائية الوطنية: لم تُعيَّن أي هيئة بعد.
# $count: the number of bodies ever designated; $from: the year the time axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year; unused in Arabic).
timeline-history-desc = الخط الزمني { $count ->
        [zero] لتعيينات الآلية الوقائية الوطنية، ولم تُعيَّن فيها أي هيئة
        [one] لتعيين هيئة واحدة ضمن الآلية الوقائية الوطنية
        [two] لتعيين هيئتين ضمن الآلية الوقائية الوطنية
        [few] لتعيين { $count } هيئات ضمن الآلية الوقائية الوطنية
        [many] لتعيين { $count } هيئة ضمن الآلية الوقائية الوطنية
       *[other] لتعيين { $count } هيئة ضمن الآلية الوقائية الوطنية
    }، من { $from } إلى { $to }: شريط أفقي لكل هيئة، يمتد من تعيينها حتى انتهاء تعيينها، أو حتى الحافة اليمنى بالنسبة إلى الأعضاء الحاليين.
# $count: the number of designation instruments; $dates: their dates, as a list.
timeline-instruments = تشير الخطوط العمودية إلى { $count ->
        [zero] صكوك التعيين، المؤرخة في { $dates }
        [one] صك التعيين الوحيد، المؤرخ في { $dates }
        [two] صكَّي التعيين، المؤرخَين في { $dates }
        [few] صكوك التعيين، وعددها { $count }، المؤرخة في { $dates }
        [many] صكوك التعيين، وعددها { $count }، المؤرخة في { $dates }
       *[other] صكوك التعيين، وعددها { $count }، المؤرخة في { $dates }
    }.
# The number of members never changed. $count: the number of members; $date: the date of the first designation.
timeline-membership-since = ظل عدد الأعضاء { $count } منذ { $date }.
# The number of members only went up. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-rose = ارتفع عدد الأعضاء من { $first } { $when } إلى { $steps }.
# The number of members only went down. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-fell = انخفض عدد الأعضاء من { $first } { $when } إلى { $steps }.
# The number of members went up and down. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-changed = تغيّر عدد الأعضاء من { $first } { $when } إلى { $steps }.
# $count: a number of members; $when: timeline-when.
timeline-membership-step = { $count } { $when }
# $body: the body's full name; $when: timeline-when; $how: how it ended (timeline-end-…).
timeline-history-ended = انتهى تعيين { $body } { $when }: { $how }.
# $old: the body's name before; $new: its name after; $when: timeline-when.
timeline-history-renamed-item = تغيّر اسم { $old } إلى { $new } { $when }
# $renames: the renames, each a timeline-history-renamed-item, as a list.
timeline-history-renamed = تغييرات الأسماء: { $renames }.

## The picture of one body (its page)

# $body: the body's name.
timeline-body-title = الخط الزمني للتعيين: { $body }
# The label under the start of the bar. $date: the date of the designation; $when: the same date as timeline-when (unused in Arabic, as in English).
timeline-note-designated = عُيّنت في { $date }
# As timeline-note-designated, for a body that took over another's designation ($date, $when as there). $bodies: the bodies it replaced, as a list.
timeline-note-designated-in-place-of = عُيّنت في { $date }، بدلًا من { $bodies }
# The label under the end of the bar. $date: the date the designation ended; $when: the same date as timeline-when (unused in Arabic, as in English).
timeline-note-ended = انتهى التعيين في { $date }
timeline-note-still-member = لا تزال عضوًا

## The description of one body's picture

# $body: the body's full name; $when: timeline-when, of its designation.
timeline-body-desc-designated = الخط الزمني لتعيين { $body }. عُيّنت ضمن الآلية الوقائية الوطنية { $when }.
# As timeline-body-desc-designated, for a body renamed since. $name: its full name when designated.
timeline-body-desc-designated-as = الخط الزمني لتعيين { $body }. عُيّنت ضمن الآلية الوقائية الوطنية { $when } باسم { $name }.
# $name: the body's new full name; $when: timeline-when.
timeline-body-desc-renamed = تغيّر اسمها إلى { $name } { $when }.
# $when: timeline-when; $how: how it ended (timeline-end-…).
timeline-body-desc-ended = انتهى تعيينها { $when }: { $how }.
timeline-body-desc-still-member = لا تزال عضوًا.
# $body: the full name of the body whose designation this one took over.
timeline-body-desc-took-place-of = حلّت محل { $body }.
# $from: the year the time axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year; unused in Arabic); $count: the number of designation instruments.
timeline-body-desc-axis = يمتد المحور الزمني من { $from } إلى { $to }؛ وتشير الخطوط العمودية إلى { $count ->
        [zero] صكوك تعيين الآلية الوقائية الوطنية
        [one] صك تعيين الآلية الوقائية الوطنية الوحيد
        [two] صكَّي تعيين الآلية الوقائية الوطنية
        [few] صكوك تعيين الآلية الوقائية الوطنية، وعددها { $count }
        [many] صكوك تعيين الآلية الوقائية الوطنية، وعددها { $count }
       *[other] صكوك تعيين الآلية الوقائية الوطنية، وعددها { $count }
    }.
