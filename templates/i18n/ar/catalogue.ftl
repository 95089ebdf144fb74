### The Arabic catalogue (العربية, Modern Standard Arabic, with the United
### Nations' Arabic terminology for OPCAT), checked against the English (UK)
### reference. A message's id says where it is used.
### Draft: machine-assisted, not yet reviewed by a fluent speaker.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = العربية
catalogue-translator = مطوّرو opcat-press (مسودة ترجمة أُعدّت بمساعدة الترجمة الآلية)
catalogue-reviewed = no
# Shown on every page while catalogue-reviewed is no.
catalogue-not-reviewed = لم يراجع بعدُ متحدثٌ يتقن اللغة العربية نصوصَ واجهة هذا الموقع باللغة العربية.

## Dates, as the language writes them. $day and $year are numbers, $month
## the month's name (month-1 to month-12). Arabic writes the day, the
## month and the year in that order ("31 مارس 2009"); the month names are
## those of United Nations Arabic documents.
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
