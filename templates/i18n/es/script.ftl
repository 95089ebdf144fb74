### Los textos que muestra el script de las páginas (theme/js/site.js).
### Borrador: no revisado por una persona con dominio del idioma.

## The search page
js-filter-response = Respuesta
js-filter-progress = Estado de aplicación
js-filter-authority = Dirigida a
js-filter-any = Cualquiera
js-filters-title = Solo recomendaciones:
js-searching = Buscando…
# $link: a link to the A to Z index, whose text is js-search-unavailable-link.
js-search-unavailable = La búsqueda no está disponible aquí. { $link } para encontrar un organismo miembro o un informe.
js-search-unavailable-link = Utilice el índice de la A a la Z
# $q: the words typed.
js-search-for = para «{ $q }»
js-search-for-filters = para los filtros elegidos
# $what: js-search-for or js-search-for-filters.
js-search-none = No hay resultados { $what }
# $count: how many results; $what: js-search-for or js-search-for-filters.
js-search-count = { $count ->
        [one] { $count } resultado { $what }
       *[other] { $count } resultados { $what }
    }
# $max: how many are shown.
js-search-first = (se muestran los { $max } primeros)

## The finder
# $setting: a kind of detention; $nation: a nation.
js-finder-label = { $setting } en { $nation }
js-loading = Cargando…
# $link: a link to the answer's own page, whose text is js-finder-see.
js-finder-failed = No se pudo cargar la respuesta aquí. { $link }.
# $label: js-finder-label.
js-finder-see = Ver quién supervisa { $label }

## Membership on a date. $date: a date.
js-members-before = Sin miembros: el mecanismo fue designado el { $date }.
js-members-none = No consta ninguna composición para el { $date }.
# $count: how many member bodies there were on $date.
js-members-on = { $count ->
        [one] { $count } organismo miembro el { $date }
       *[other] { $count } organismos miembros el { $date }
    }

## The register's filters. $count: how many recommendations the register has.
js-register-all = { $count ->
        [one] Se muestra { $count } recomendación.
       *[other] Se muestran las { $count } recomendaciones.
    }
# $shown: how many are shown with the filters chosen.
js-register-some = { $count ->
        [one] Se muestran { $shown } de { $count } recomendación.
       *[other] Se muestran { $shown } de { $count } recomendaciones.
    }
