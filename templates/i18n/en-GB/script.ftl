### The words the pages' script shows (theme/js/site.js): the search page,
### the finder, membership on a date and the register's filters. Every
### message here starts with js-. The script fills in the variables; a
### message may choose its words by $count (a plural).

## The search page
js-filter-response = Response
js-filter-progress = Progress
js-filter-authority = Addressed to
js-filter-any = Any
js-filters-title = Recommendations only:
js-searching = Searching…
# $link: a link to the A to Z index, whose text is js-search-unavailable-link.
js-search-unavailable = Search is not available here. { $link } to find a member body or a report.
js-search-unavailable-link = Use the A to Z index
# What was searched for, after the number of results. $q: the words typed.
js-search-for = for ‘{ $q }’
js-search-for-filters = for the filters chosen
# $what: js-search-for or js-search-for-filters.
js-search-none = No results { $what }
# $count: how many results; $what: js-search-for or js-search-for-filters.
js-search-count = { $count ->
        [one] { $count } result
       *[other] { $count } results
    } { $what }
# After js-search-count when there are more results than are shown. $max: how many are shown.
js-search-first = (showing the first { $max })

## The finder
# $setting: a kind of detention; $nation: a nation.
js-finder-label = { $setting } in { $nation }
js-loading = Loading…
# $link: a link to the answer's own page, whose text is js-finder-see.
js-finder-failed = The answer could not be loaded here. { $link }.
# $label: js-finder-label.
js-finder-see = See who monitors { $label }

## Membership on a date (the designation history). $date: a date.
js-members-before = No members: the NPM was designated on { $date }.
js-members-none = No membership is recorded for { $date }.
# $count: how many member bodies there were on $date.
js-members-on = { $count ->
        [one] { $count } member body on { $date }
       *[other] { $count } member bodies on { $date }
    }

## The register's filters. $count: how many recommendations the register has.
js-register-all = { $count ->
        [one] Showing all { $count } recommendation.
       *[other] Showing all { $count } recommendations.
    }
# $shown: how many are shown with the filters chosen.
js-register-some = { $count ->
        [one] Showing { $shown } of { $count } recommendation.
       *[other] Showing { $shown } of { $count } recommendations.
    }
