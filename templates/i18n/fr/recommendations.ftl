### French (fr): translation of templates/i18n/en-GB/recommendations.ftl.
### The recommendations register: the list of all recommendations, each
### recommendation's page and the pages listing the recommendations with
### one value of a filter (templates/recommendations/).

## templates/recommendations/index.html
# The introduction to the register. $npm: the national preventive mechanism's name; $count: how many recommendations there are.
recommendations-index-intro = Les recommandations formulées dans les rapports annuels du { $npm } : { $count } au total, de l'année la plus récente à la plus ancienne, avec pour chacune son auteur, son destinataire et son état actuel.

## templates/recommendations/recommendation.html
# Above a recommendation's title: a link to the register.
recommendation-page-caption = Recommandations
recommendation-page-sample = Exemple
# After the "Sample" label on a recommendation from a sample report year.
recommendation-page-sample-note = Rédigée pour illustrer le format, dans une année d'exemple : il ne s'agit pas d'une recommandation réellement formulée.
recommendation-page-made-by = Formulée par
# A recommendation made by someone who is not a member of the national preventive mechanism. $body: their name.
recommendation-page-made-by-outside = { $body }, extérieur au mécanisme national de prévention
# A recommendation made by the national preventive mechanism as a whole. $npm: its name.
recommendation-page-made-by-npm = Le { $npm }
recommendation-page-where = Référence
# $number: the recommendation's number in the chapter; $chapter: the chapter's title (a link to it); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-chapter = Recommandation { $number } du chapitre { $chapter }, rapport annuel { $year }
# A recommendation made in a member body's own report and recorded in the annual report. $marks: the source markers, such as [1] (may be empty, goes straight after the words); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-own = Dans son propre rapport{ $marks } ; consignée dans le rapport annuel { $year }
recommendation-page-addressed-to = Adressée à
recommendation-page-latest-response = Dernière réponse
recommendation-page-latest-progress = Dernier état d'avancement
# No response, or no progress, has been recorded yet.
recommendation-page-none-yet = Néant à ce jour
recommendation-page-settings = Types de lieux de détention
recommendation-page-nations = { -parts-label }
recommendation-page-themes = Thèmes
# This recommendation repeats an earlier one.
recommendation-page-repeats = Reprend
# Later recommendations that repeat this one.
recommendation-page-repeated-by = Reprise par
# A link to another recommendation. $id: its identifier, such as hmip-2015-01.
recommendation-page-link = Recommandation { $id }
recommendation-page-follow-up = Suivi
recommendation-page-col-date = Date
# The report year whose report recorded the follow-up.
recommendation-page-col-recorded-in = Consigné dans
recommendation-page-col-response = Réponse
recommendation-page-col-progress = État d'avancement
recommendation-page-col-sources = Sources
recommendation-page-no-follow-up = Aucun suivi n'a encore été consigné.

## templates/recommendations/filter.html
# Above the title of a page listing the recommendations with one value of a filter: a link to the register.
recommendation-filter-caption = Recommandations
# A link back to the register, used as $all in recommendation-filter-lede.
recommendation-filter-all = Toutes les recommandations
# $filter: the filter's name, such as Response; $value: its value, such as Accepted; $count: how many recommendations have it; $all: a link back to the whole register (recommendation-filter-all).
recommendation-filter-lede = { $filter } : { $value }. { $count ->
        [one] { $count } recommandation
       *[other] { $count } recommandations
    }, de l'année la plus récente à la plus ancienne. { $all }.
# After each recommendation in the list. $year: the report year that recorded it, such as 2019-20.
recommendation-filter-year = (rapport annuel { $year })
