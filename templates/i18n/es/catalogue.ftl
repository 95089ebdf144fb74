### The Spanish catalogue (Español), checked against the English (UK)
### reference. A message's id says where it is used.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = Español
catalogue-translator = Desarrolladores de opcat-press (borrador elaborado con ayuda de traducción automática)
catalogue-reviewed = no
# Shown on every page while catalogue-reviewed is no.
catalogue-not-reviewed = Los textos de la interfaz de este sitio en español aún no han sido revisados por una persona con dominio del idioma.

## Dates, as the language writes them. $day and $year are numbers, $month
## the month's name (month-1 to month-12).
date-day-month-year = { $day } de { $month } de { $year }
date-month-year = { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
