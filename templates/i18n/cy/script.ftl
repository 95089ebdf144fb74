### Y geiriau y mae sgript y tudalennau yn eu dangos (theme/js/site.js).
### Drafft: nid yw siaradwr Cymraeg rhugl wedi'i adolygu eto.

## The search page
js-filter-response = Ymateb
js-filter-progress = Cynnydd
js-filter-authority = Wedi'i gyfeirio at
js-filter-any = Unrhyw un
js-filters-title = Argymhellion yn unig:
js-searching = Wrthi'n chwilio…
# $link: a link to the A to Z index, whose text is js-search-unavailable-link.
js-search-unavailable = Nid yw chwilio ar gael yma. { $link } i ddod o hyd i aelod-gorff neu adroddiad.
js-search-unavailable-link = Defnyddiwch y mynegai A i Z
# $q: the words typed.
js-search-for = ar gyfer ‘{ $q }’
js-search-for-filters = ar gyfer yr hidlwyr a ddewiswyd
# $what: js-search-for or js-search-for-filters.
js-search-none = Dim canlyniadau { $what }
# $count: how many results; $what: js-search-for or js-search-for-filters.
js-search-count = { $count ->
        [zero] Dim canlyniadau { $what }
        [one] { $count } canlyniad { $what }
        [two] { $count } ganlyniad { $what }
        [few] { $count } chanlyniad { $what }
        [many] { $count } chanlyniad { $what }
       *[other] { $count } canlyniad { $what }
    }
# $max: how many are shown.
js-search-first = (yn dangos y { $max } cyntaf)

## The finder
# $setting: a kind of detention; $nation: a nation.
js-finder-label = { $nation }: { $setting }
js-loading = Wrthi'n llwytho…
# $link: a link to the answer's own page, whose text is js-finder-see.
js-finder-failed = Nid oedd modd llwytho'r ateb yma. { $link }.
# $label: js-finder-label.
js-finder-see = Gweld pwy sy'n monitro { $label }

## Membership on a date. $date: a date.
js-members-before = Dim aelodau: dynodwyd y mecanwaith ar { $date }.
js-members-none = Nid oes aelodaeth wedi'i chofnodi ar gyfer { $date }.
# $count: how many member bodies there were on $date.
js-members-on = { $count ->
        [one] { $count } aelod-gorff ar { $date }
       *[other] { $count } aelod-gorff ar { $date }
    }

## The register's filters. $count: how many recommendations the register has.
js-register-all = { $count ->
        [zero] Dim argymhellion.
        [one] Yn dangos yr { $count } argymhelliad.
       *[other] Yn dangos pob un o'r { $count } argymhelliad.
    }
# $shown: how many are shown with the filters chosen.
js-register-some = Yn dangos { $shown } o { $count } argymhelliad.
