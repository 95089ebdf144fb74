### The home page, search, the A to Z index and the page-not-found page
### (templates/index.html, search.html, a-z.html, 404.html).

## templates/index.html
# $npm: the NPM's name; $count: how many member bodies it has.
home-intro = Le { $npm } se compose de { $count ->
        [one] { $count } organe indépendant qui contrôle
       *[other] { $count } organes indépendants qui contrôlent
    } les lieux où des personnes sont privées de liberté, en application du Protocole facultatif se rapportant à la Convention contre la torture (OPCAT).
home-card-registry = Registre des organes membres
home-card-registry-text = Qui sont les membres, depuis quand, et ce que contrôle chacun d'entre eux.
home-card-coverage-text = Quels organes contrôlent chaque type de lieu de privation de liberté dans chaque { -part }.
home-card-reports = Rapports annuels
# $npm: the NPM's name.
home-card-reports-text = Les rapports du { $npm }, année par année.
home-latest-reports = Derniers rapports
# $count: how many annual reports there are (more than three).
home-all-reports = Les { $count } rapports annuels
home-no-reports = Aucun rapport n'a encore été publié.
home-members = Organes membres
home-no-members = Aucun organe membre n'est enregistré.
home-by-setting = Parcourir par type de lieu de privation de liberté
home-by-nation = Parcourir par { -part }

## templates/search.html
search-page-form-label = Registre, pages et rapports
search-page-field-label = Rechercher dans le registre, les pages et tous les chapitres des rapports
search-needs-js = La recherche nécessite JavaScript, qui est désactivé ou indisponible dans votre navigateur.
# $index: a link to the A to Z index (its text is nav-a-z).
search-nojs-a-z = Chaque organe membre, type de lieu de privation de liberté, { -part }, rapport et chapitre figure dans l'{ $index }.

## templates/a-z.html
a-z-lede = Tous les organes membres (sous leurs noms et sigles actuels et antérieurs), types de lieux de privation de liberté, { -parts }, rapports annuels et chapitres.
a-z-letters-label = Lettres
a-z-empty = Rien n'a encore été publié.

## templates/404.html
not-found-typed = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte.
not-found-pasted = Si vous avez collé l'adresse web, vérifiez que vous avez copié l'adresse complète.
not-found-addresses = Les adresses des pages de ce site ne changent pas, mais certaines pages n'ont peut-être pas encore été publiées. Vous pouvez trouver ce que vous cherchiez à partir de l'une de ces pages :
# $site: the site's title.
not-found-home = La page d'accueil du site { $site }
not-found-registry = Le registre des organes membres
not-found-reports = Les rapports annuels
