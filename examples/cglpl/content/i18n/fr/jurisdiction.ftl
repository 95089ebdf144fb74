### Les mots de ce site pour son État, la France, à la place de ceux du
### Royaume-Uni (templates/i18n/fr/jurisdiction.ftl, dont les commentaires
### expliquent chaque terme et chaque message). Typographie : espace
### insécable avant : ; ? ! et à l'intérieur des « ».

## Les parties de l'État (registry/nations.toml). La France n'est pas
## divisée pour le contrôle des lieux de privation de liberté : le CGLPL
## contrôle tout le territoire de la République, métropole et outre-mer, et
## le registre ne compte qu'une partie, la France.
# Une partie, dans le texte courant (« dans chaque territoire »). Les
# messages français s'accordent avec son genre.
-part = territoire
    .gender = masculine
# Plusieurs parties, dans le texte courant.
-parts = territoires
# Une partie, avec l'article indéfini (« Choisissez un territoire »).
-a-part = un territoire
# Comme étiquette ou en-tête de colonne.
-part-label = Territoire
-parts-label = Territoires
# Une partie, avec le démonstratif (« dans ce territoire »).
-this-part = ce territoire

## La France n'a pas de série numérotée de documents parlementaires comme
## les Command Papers britanniques : le rapport d'activité est remis au
## Président de la République et au Parlement (article 11 de la loi du
## 30 octobre 2007), puis rendu public. Les rapports de ce site n'ont donc
## pas de `command_paper`, et ces mots ne s'affichent pas ; ils restent
## exacts si un rapport en reçoit un jour une référence.
-paper-series = référence parlementaire
-paper-series-label = Référence parlementaire
report-year-command-paper = { -paper-series-label }
# Sur la page du PDF qui suit la couverture. $number : la référence.
pdf-presented = Remis au Président de la République et au Parlement en application de l'article 11 de la loi du 30 octobre 2007 ({ $number })

## La page officielle qui annonce la remise ou la publication d'un rapport
## (`[statement]` dans report.toml). En France, ce n'est pas une
## déclaration ministérielle, mais une page du CGLPL ou d'une assemblée :
## `reference` y nomme son auteur (« Présidence de l'Assemblée nationale »),
## qui suit « Annoncé par ».
report-year-statement = Une annonce officielle
# $reference : l'auteur de l'annonce.
report-year-statement-ref = { $reference }
