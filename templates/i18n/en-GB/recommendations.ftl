### The recommendations register: the list of all recommendations, each
### recommendation's page and the pages listing the recommendations with
### one value of a filter (templates/recommendations/).

## templates/recommendations/index.html
# The introduction to the register. $npm: the national preventive mechanism's name; $count: how many recommendations there are.
recommendations-index-intro = The recommendations made in the { $npm }'s annual reports: { $count } in all, newest year first, each with who made it, who it is addressed to and its status now.

## templates/recommendations/recommendation.html
# Above a recommendation's title: a link to the register.
recommendation-page-caption = Recommendations
recommendation-page-sample = Sample
# After the "Sample" label on a recommendation from a sample report year.
recommendation-page-sample-note = Written to show the format, in a sample year: not a recommendation anyone made.
recommendation-page-made-by = Made by
# A recommendation made by someone who is not a member of the national preventive mechanism. $body: their name.
recommendation-page-made-by-outside = { $body }, outside the NPM
# A recommendation made by the national preventive mechanism as a whole. $npm: its name.
recommendation-page-made-by-npm = The { $npm }
recommendation-page-where = Where
# $number: the recommendation's number in the chapter; $chapter: the chapter's title (a link to it); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-chapter = Recommendation { $number } in { $chapter }, annual report { $year }
# A recommendation made in a member body's own report and recorded in the annual report. $marks: the source markers, such as [1] (may be empty, goes straight after the words); $year: the report year, such as 2019-20 (a link to it).
recommendation-page-where-own = In its own report{ $marks }; recorded in annual report { $year }
recommendation-page-addressed-to = Addressed to
recommendation-page-latest-response = Latest response
recommendation-page-latest-progress = Latest progress
# No response, or no progress, has been recorded yet.
recommendation-page-none-yet = None yet
recommendation-page-settings = Kinds of detention
recommendation-page-nations = { -parts-label }
recommendation-page-themes = Themes
# This recommendation repeats an earlier one.
recommendation-page-repeats = Repeats
# Later recommendations that repeat this one.
recommendation-page-repeated-by = Repeated by
# A link to another recommendation. $id: its identifier, such as hmip-2015-01.
recommendation-page-link = Recommendation { $id }
recommendation-page-follow-up = Follow-up
recommendation-page-col-date = Date
# The report year whose report recorded the follow-up.
recommendation-page-col-recorded-in = Recorded in
recommendation-page-col-response = Response
recommendation-page-col-progress = Progress
recommendation-page-col-sources = Sources
recommendation-page-no-follow-up = No follow-up has been recorded yet.

## templates/recommendations/filter.html
# Above the title of a page listing the recommendations with one value of a filter: a link to the register.
recommendation-filter-caption = Recommendations
# A link back to the register, used as $all in recommendation-filter-lede.
recommendation-filter-all = All recommendations
# $filter: the filter's name, such as Response; $value: its value, such as Accepted; $count: how many recommendations have it; $all: a link back to the whole register (recommendation-filter-all).
recommendation-filter-lede = { $filter }: { $value }. { $count ->
        [one] { $count } recommendation
       *[other] { $count } recommendations
    }, newest year first. { $all }.
# After each recommendation in the list. $year: the report year that recorded it, such as 2019-20.
recommendation-filter-year = (annual report { $year })
