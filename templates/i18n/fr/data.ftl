### The open data page (templates/data.html). Messages whose id ends in
### -html are markup: keep their <code> elements as they are.

data-lede = Le registre et les rapports annuels sous forme de données que vous pouvez télécharger, réutiliser et citer. Les fichiers contiennent les mêmes informations que ces pages, avec les sources de chacune d'elles.
data-files = Fichiers
data-files-caption = Fichiers de données
data-col-file = Fichier
data-col-format = Format
data-col-holds = Contenu
data-licence = Licence
# $licence: the licence's name, a link to it where the site gives one.
data-licence-text = Vous pouvez copier, publier, adapter et utiliser les données, y compris à des fins commerciales, conformément à la { $licence }. Indiquez-en la provenance, comme ci-dessous.
data-cite = Comment citer
# $date: the date the facts were last checked.
data-cite-text-as-of = Citez le fichier utilisé et la date des informations (date de référence de cette édition : { $date }) :
data-cite-text = Citez le fichier utilisé et la date des informations :
data-cite-fact-html = Pour citer une information précise, citez également ses sources : chaque information figurant dans les fichiers indique les identifiants de ses sources, et <code>registry-sources.csv</code> (ou <code>sources</code> dans registry.json) donne le titre et l'adresse de chaque source.
data-ids = Identifiants stables
data-ids-text-html = Chaque organe, instrument, type de lieu de privation de liberté, { -part }, source et année de rapport possède un identifiant (par exemple <code>hmip</code>, <code>wms-2009</code>, <code>police-custody</code>, <code>2016-17</code>). Une fois publié, un identifiant ne change jamais : un organe renommé conserve son identifiant, et ses anciens noms sont indiqués avec la date à laquelle ils ont cessé d'être utilisés ; un organe remplacé par un autre conserve sa fiche, avec la date de fin de sa désignation et l'identifiant de son successeur. Les adresses des pages sont construites à partir des mêmes identifiants, de sorte que les liens continuent de fonctionner.
data-dates-html = Les dates sont écrites au format <code>YYYY-MM-DD</code> ; lorsque les sources n'indiquent qu'un mois ou une année, elles sont écrites <code>YYYY-MM</code> ou <code>YYYY</code>, et l'information est généralement signalée comme incertaine.
# $schema: a link to the file's JSON Schema.
data-follows = Conforme à { $schema }.
data-registry-evidence-html = Les champs comportant <code>sources</code>, <code>uncertain</code> et <code>note</code> portent leurs propres éléments de preuve.
data-record-status-html = Le statut d'une recommandation n'est saisi par personne : il correspond à sa réponse la plus récente et à son état d'avancement le plus récent, tirés des entrées de suivi. Les lignes marquées <code>sample</code> ont été rédigées à titre d'exemple et ne sont pas réelles.
# $file: a data file's name.
data-fields-of = Champs de { $file }
data-columns-of = Colonnes de { $file }
data-csv = Les tableaux CSV
data-csv-text-html = Les fichiers CSV présentent le registre sous forme de tables liées, à raison d'une information par ligne, en UTF-8 avec une ligne d'en-tête. Dans une même cellule, les listes d'identifiants sont séparées par <code>;</code>. Les lignes désignent les organes par la colonne <code>id</code> de registry.csv.
# $row: what one row of the table is ("body", "designation instrument").
data-csv-row = Une ligne par élément ({ $row }).

## The open data described for search engines (schema.org Dataset, in the data page's head). $npm: the NPM's name.
data-ld-name = { $npm } : registre des organes membres et rapports annuels
data-ld-description = Les organes désignés au titre de l'OPCAT pour former le { $npm }, avec leurs noms successifs, leurs désignations, ce qu'ils contrôlent et où, et les sources de chaque fait ; ainsi que les rapports annuels du mécanisme.

# Where the site names no licence (site.toml has no `licence`): none is claimed. $npm: the NPM's name.
data-no-licence = Le { $npm } n'indique aucune licence pour ces données : demandez-lui avant de les réutiliser. Indiquez-en la source, comme ci-dessous.
