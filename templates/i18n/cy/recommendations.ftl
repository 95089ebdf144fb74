### Welsh (cy): translation of templates/i18n/en-GB/recommendations.ftl.
### The recommendations register: the list of all recommendations, each
### recommendation's page and the pages listing the recommendations with
### one value of a filter (templates/recommendations/).

## templates/recommendations/index.html
# The introduction to the register. $npm: the national preventive mechanism's name; $count: how many recommendations there are.
recommendations-index-intro = Yr argymhellion a wnaed yn adroddiadau blynyddol { $npm }: { $count } i gyd, gyda'r flwyddyn ddiweddaraf yn gyntaf, ac ar gyfer pob un, pwy a'i gwnaeth, at bwy y'i cyfeiriwyd a'i statws presennol.

## templates/recommendations/recommendation.html
# Above a recommendation's title: a link to the register.
recommendation-page-caption = Argymhellion
recommendation-page-sample = Enghraifft
# After the "Sample" label on a recommendation from a sample report year.
recommendation-page-sample-note = Fe'i hysgrifennwyd i ddangos y fformat, mewn blwyddyn enghreifftiol: nid yw'n argymhelliad a wnaed gan neb.
recommendation-page-made-by = Gwnaed gan
# A recommendation made by someone who is not a member of the national preventive mechanism. $body: their name.
recommendation-page-made-by-outside = { $body }, y tu allan i'r mecanwaith ataliol cenedlaethol
# A recommendation made by the national preventive mechanism as a whole. $npm: its name.
recommendation-page-made-by-npm = { $npm }
recommendation-page-where = Ble
# $number: the recommendation's number in the chapter; $chapter: the chapter's title (a link to it); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-chapter = Argymhelliad { $number } ym mhennod { $chapter }, adroddiad blynyddol { $year }
# A recommendation made in a member body's own report and recorded in the annual report. $marks: the source markers, such as [1] (may be empty, goes straight after the words); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-own = Yn ei adroddiad ei hun{ $marks }; wedi'i gofnodi yn adroddiad blynyddol { $year }
recommendation-page-addressed-to = Wedi'i gyfeirio at
recommendation-page-latest-response = Yr ymateb diweddaraf
recommendation-page-latest-progress = Y cynnydd diweddaraf
# No response, or no progress, has been recorded yet.
recommendation-page-none-yet = Dim eto
recommendation-page-settings = Mathau o leoliadau cadw
recommendation-page-nations = { -parts-label }
recommendation-page-themes = Themâu
# This recommendation repeats an earlier one.
recommendation-page-repeats = Yn ailadrodd
# Later recommendations that repeat this one.
recommendation-page-repeated-by = Ailadroddwyd gan
# A link to another recommendation. $id: its identifier, such as hmip-2015-01.
recommendation-page-link = Argymhelliad { $id }
recommendation-page-follow-up = Dilyniant
recommendation-page-col-date = Dyddiad
# The report year whose report recorded the follow-up.
recommendation-page-col-recorded-in = Cofnodwyd yn
recommendation-page-col-response = Ymateb
recommendation-page-col-progress = Cynnydd
recommendation-page-col-sources = Ffynonellau
recommendation-page-no-follow-up = Nid oes dilyniant wedi'i gofnodi eto.

## templates/recommendations/filter.html
# Above the title of a page listing the recommendations with one value of a filter: a link to the register.
recommendation-filter-caption = Argymhellion
# A link back to the register, used as $all in recommendation-filter-lede.
recommendation-filter-all = Pob argymhelliad
# $filter: the filter's name, such as Response; $value: its value, such as Accepted; $count: how many recommendations have it; $all: a link back to the whole register (recommendation-filter-all).
recommendation-filter-lede = { $filter }: { $value }. { $count ->
        [zero] Dim argymhellion
        [one] { $count } argymhelliad
       *[other] { $count } argymhelliad
    }, gyda'r flwyddyn ddiweddaraf yn gyntaf. { $all }.
# After each recommendation in the list. $year: the report year that recorded it, such as 2019-20.
recommendation-filter-year = (adroddiad blynyddol { $year })
