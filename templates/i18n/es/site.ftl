### What every page has: the header, navigation, search box, breadcrumbs
### and footer (templates/base.html).

# The Atom feed's title in the page head. $site: the site's title.
feed-title = { $site }: informes anuales
skip-link = Saltar al contenido principal
nav-main-label = Principal
nav-registry = Registro
nav-reports = Informes
nav-a-z = Índice de la A a la Z
search-form-label = Todo el sitio
search-field-label = Buscar en el registro y los informes
search-button = Buscar
breadcrumb-label = Ruta de navegación
# The label search results show on sample pages.
search-sample-tag = Ejemplo
footer-nav-label = Pie de página
footer-coverage = Matriz de cobertura
footer-history = Historial de designaciones
footer-open-data = Datos abiertos
footer-feed = Canal de informes (Atom)
# $licence: the licence's name, a link to it where the site gives one.
footer-licence = Salvo que se indique lo contrario, todo el contenido está disponible bajo la { $licence }.

## The language switcher, on a site published in more than one language.
language-switcher-label = Idiomas
# On a page whose text has not been translated into the page's language.
translation-missing = Este texto aún no se ha traducido: se muestra en su idioma original.
