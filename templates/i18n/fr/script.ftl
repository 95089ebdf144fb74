### Les textes affichés par le script des pages (theme/js/site.js).
### Brouillon : non relu par une personne maîtrisant la langue.

## The search page
js-filter-response = Réponse
js-filter-progress = État d’avancement
js-filter-authority = Destinataire
js-filter-any = Tous
js-filters-title = Recommandations uniquement :
js-searching = Recherche en cours…
# $link: a link to the A to Z index, whose text is js-search-unavailable-link.
js-search-unavailable = La recherche n’est pas disponible ici. { $link } pour trouver un organe membre ou un rapport.
js-search-unavailable-link = Utilisez l’index de A à Z
# $q: the words typed.
js-search-for = pour « { $q } »
js-search-for-filters = pour les filtres choisis
# $what: js-search-for or js-search-for-filters.
js-search-none = Aucun résultat { $what }
# $count: how many results; $what: js-search-for or js-search-for-filters.
js-search-count = { $count ->
        [one] { $count } résultat { $what }
       *[other] { $count } résultats { $what }
    }
# $max: how many are shown.
js-search-first = (les { $max } premiers sont affichés)

## The finder
# $setting: a kind of detention; $nation: a nation.
js-finder-label = { $nation } : { $setting }
js-loading = Chargement…
# $link: a link to the answer's own page, whose text is js-finder-see.
js-finder-failed = La réponse n’a pas pu être chargée ici. { $link }.
# $label: js-finder-label.
js-finder-see = Voir qui contrôle { $label }

## Membership on a date. $date: a date.
js-members-before = Aucun membre : le mécanisme a été désigné le { $date }.
js-members-none = Aucune composition n’est enregistrée pour le { $date }.
# $count: how many member bodies there were on $date.
js-members-on = { $count ->
        [one] { $count } organe membre le { $date }
       *[other] { $count } organes membres le { $date }
    }

## The register's filters. $count: how many recommendations the register has.
js-register-all = { $count ->
        [one] Affichage de la { $count } recommandation.
       *[other] Affichage des { $count } recommandations.
    }
# $shown: how many are shown with the filters chosen.
js-register-some = { $count ->
        [one] Affichage de { $shown } recommandation sur { $count }.
       *[other] Affichage de { $shown } recommandations sur { $count }.
    }
