### The home page, search, the A to Z index and the page-not-found page
### (templates/index.html, search.html, a-z.html, 404.html).

## templates/index.html
# $npm: the NPM's name; $count: how many member bodies it has.
home-intro = El { $npm } está integrado por { $count ->
        [one] { $count } organismo independiente que supervisa
       *[other] { $count } organismos independientes que supervisan
    } los lugares donde hay personas privadas de libertad, en virtud del Protocolo Facultativo de la Convención contra la Tortura (OPCAT).
home-card-registry = Registro de organismos miembros
home-card-registry-text = Quiénes son los miembros, desde cuándo lo son y qué supervisa cada uno.
home-card-coverage-text = Qué organismos supervisan cada tipo de lugar de privación de libertad en cada { -part }.
home-card-reports = Informes anuales
# $npm: the NPM's name.
home-card-reports-text = Los informes del { $npm }, año por año.
home-latest-reports = Últimos informes
# $count: how many annual reports there are (more than three).
home-all-reports = Los { $count } informes anuales
home-no-reports = Todavía no se ha publicado ningún informe.
home-members = Organismos miembros
home-no-members = No consta ningún organismo miembro.
home-by-setting = Consultar por tipo de lugar de privación de libertad
home-by-nation = Consultar por { -part }

## templates/search.html
search-page-form-label = Registro, páginas e informes
search-page-field-label = Buscar en el registro, las páginas y todos los capítulos de los informes
search-needs-js = La búsqueda requiere JavaScript, que está desactivado o no está disponible en su navegador.
# $index: a link to the A to Z index (its text is nav-a-z).
search-nojs-a-z = Todos los organismos miembros, tipos de lugar de privación de libertad, { -parts }, informes y capítulos figuran en el { $index }.

## templates/a-z.html
a-z-lede = Todos los organismos miembros (con sus nombres y siglas actuales y anteriores), tipos de lugar de privación de libertad, { -parts }, informes anuales y capítulos.
a-z-letters-label = Letras
a-z-empty = Todavía no se ha publicado nada.

## templates/404.html
not-found-typed = Si escribió la dirección web, compruebe que sea correcta.
not-found-pasted = Si pegó la dirección web, compruebe que copió la dirección completa.
not-found-addresses = Las direcciones de las páginas de este sitio no cambian, pero es posible que algunas páginas aún no se hayan publicado. Puede encontrar lo que buscaba a partir de una de estas páginas:
# $site: the site's title.
not-found-home = La página de inicio del sitio { $site }
not-found-registry = El registro de organismos miembros
not-found-reports = Los informes anuales
