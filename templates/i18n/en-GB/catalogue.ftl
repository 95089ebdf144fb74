### The English (UK) catalogue: the reference every other language's
### catalogue is checked against. A message's id says where it is used.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = English
catalogue-translator = opcat-press developers
catalogue-reviewed = yes
# Shown on every page while catalogue-reviewed is no.
catalogue-not-reviewed = The words of this site's interface in English have not yet been checked by a fluent speaker.

## Dates, as the language writes them. $day and $year are numbers, $month
## the month's name (month-1 to month-12).
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
