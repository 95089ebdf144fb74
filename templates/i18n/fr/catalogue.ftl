### The French catalogue (Français), checked against the English (UK)
### reference. A message's id says where it is used.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = Français
catalogue-translator = Développeurs d'opcat-press (version provisoire établie à l'aide de la traduction automatique)
catalogue-reviewed = no
# Shown on every page while catalogue-reviewed is no.
catalogue-not-reviewed = Les textes de l’interface de ce site en français n’ont pas encore été relus par une personne maîtrisant la langue.

## Dates, as the language writes them. $day and $year are numbers, $month
## the month's name (month-1 to month-12).
# French writes the first day of a month "1er".
date-day-month-year = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
date-month-year = { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
