### The home page, search, the A to Z index and the page-not-found page
### (templates/index.html, search.html, a-z.html, 404.html).

## templates/index.html
# $npm: the NPM's name; $count: how many member bodies it has.
home-intro = Mae { $npm } yn cynnwys { $count ->
        [zero] { $count } corff annibynnol
        [one] { $count } corff annibynnol
        [two] { $count } gorff annibynnol
        [few] { $count } chorff annibynnol
        [many] { $count } chorff annibynnol
       *[other] { $count } corff annibynnol
    } sy'n monitro mannau lle mae pobl wedi'u hamddifadu o'u rhyddid, o dan y Protocol Dewisol i Gonfensiwn y Cenhedloedd Unedig yn erbyn Artaith (OPCAT).
home-card-registry = Cofrestr yr organau aelod
home-card-registry-text = Pwy yw'r aelodau, ers pryd, a beth mae pob un yn ei fonitro.
home-card-coverage-text = Pa gyrff sy'n monitro pob math o le cadw ym mhob { -part }.
home-card-reports = Adroddiadau blynyddol
# $npm: the NPM's name.
home-card-reports-text = Adroddiadau { $npm }, fesul blwyddyn.
home-latest-reports = Yr adroddiadau diweddaraf
# $count: how many annual reports there are (more than three).
home-all-reports = Pob un o'r { $count } adroddiad blynyddol
home-no-reports = Nid oes unrhyw adroddiadau wedi'u cyhoeddi eto.
home-members = Organau aelod
home-no-members = Nid oes unrhyw organau aelod wedi'u cofnodi.
home-by-setting = Pori yn ôl math o le cadw
home-by-nation = Pori yn ôl { -part }

## templates/search.html
search-page-form-label = Y gofrestr, tudalennau ac adroddiadau
search-page-field-label = Chwilio'r gofrestr, y tudalennau a phob pennod o'r adroddiadau
search-needs-js = Mae angen JavaScript i chwilio, ac mae wedi'i ddiffodd neu nid yw ar gael yn eich porwr.
# $index: a link to the A to Z index (its text is nav-a-z).
search-nojs-a-z = Mae pob organ aelod, math o le cadw, { -part }, adroddiad a phennod wedi'u rhestru yn y { $index }.

## templates/a-z.html
a-z-lede = Pob organ aelod (gan gynnwys enwau a byrfoddau presennol a blaenorol), math o le cadw, { -part }, adroddiad blynyddol a phennod.
a-z-letters-label = Llythrennau
a-z-empty = Nid oes dim wedi'i gyhoeddi eto.

## templates/404.html
not-found-typed = Os ydych wedi teipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os ydych wedi gludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
not-found-addresses = Nid yw cyfeiriadau tudalennau ar y wefan hon yn newid, ond efallai nad yw rhai tudalennau wedi'u cyhoeddi eto. Gallwch ddod o hyd i'r hyn yr oeddech yn chwilio amdano drwy un o'r tudalennau hyn:
# $site: the site's title.
not-found-home = Hafan { $site }
not-found-registry = Cofrestr yr organau aelod
not-found-reports = Yr adroddiadau blynyddol
