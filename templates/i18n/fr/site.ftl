### What every page has: the header, navigation, search box, breadcrumbs
### and footer (templates/base.html).

# The Atom feed's title in the page head. $site: the site's title.
feed-title = { $site } : rapports annuels
skip-link = Aller au contenu principal
nav-main-label = Principale
nav-registry = Registre
nav-reports = Rapports
nav-a-z = Index de A à Z
search-form-label = Ensemble du site
search-field-label = Rechercher dans le registre et les rapports
search-button = Rechercher
breadcrumb-label = Fil d'Ariane
# The label search results show on sample pages.
search-sample-tag = Exemple
footer-nav-label = Pied de page
footer-coverage = Matrice de couverture
footer-history = Historique des désignations
footer-open-data = Données ouvertes
footer-feed = Flux des rapports (Atom)
# $licence: the licence's name, a link to it where the site gives one.
footer-licence = Sauf mention contraire, tous les contenus sont disponibles sous licence { $licence }.

## The language switcher, on a site published in more than one language.
language-switcher-label = Langues
# On a page whose text has not been translated into the page's language.
translation-missing = Ce texte n’a pas encore été traduit : il est présenté dans sa langue d’origine.
