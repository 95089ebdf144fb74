### The Welsh catalogue (Cymraeg), checked against the English (UK)
### reference. A message's id says where it is used.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = Cymraeg
catalogue-translator = Datblygwyr opcat-press (drafft gyda chymorth cyfieithu peirianyddol)
catalogue-reviewed = no
# Shown on every page while catalogue-reviewed is no.
catalogue-not-reviewed = Nid yw siaradwr Cymraeg rhugl wedi gwirio geiriau rhyngwyneb y wefan hon eto.

## Dates, as the language writes them. $day and $year are numbers, $month
## the month's name (month-1 to month-12).
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
