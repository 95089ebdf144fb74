### The home page, search, the A to Z index and the page-not-found page
### (templates/index.html, search.html, a-z.html, 404.html).

## templates/index.html
# $npm: the NPM's name; $count: how many member bodies it has.
home-intro = The { $npm } is made up of { $count ->
        [one] { $count } independent body that monitors
       *[other] { $count } independent bodies that monitor
    } places where people are deprived of their liberty, under the Optional Protocol to the UN Convention against Torture (OPCAT).
home-card-registry = Registry of member bodies
home-card-registry-text = Who the members are, since when, and what each one monitors.
home-card-coverage-text = Which bodies monitor each kind of detention in each { -part }.
home-card-reports = Annual reports
# $npm: the NPM's name.
home-card-reports-text = The reports of the { $npm }, year by year.
home-latest-reports = Latest reports
# $count: how many annual reports there are (more than three).
home-all-reports = All { $count } annual reports
home-no-reports = No reports have been published yet.
home-members = Member bodies
home-no-members = No member bodies are recorded.
home-by-setting = Browse by kind of detention
home-by-nation = Browse by { -part }

## templates/search.html
search-page-form-label = Registry, pages and reports
search-page-field-label = Search the registry, pages and every report chapter
search-needs-js = Search needs JavaScript, which is turned off or not available in your browser.
# $index: a link to the A to Z index (its text is nav-a-z).
search-nojs-a-z = Every member body, kind of detention, { -part }, report and chapter is listed in the { $index }.

## templates/a-z.html
a-z-lede = Every member body (under its current and former names and abbreviations), kind of detention, { -part }, annual report and chapter.
a-z-letters-label = Letters
a-z-empty = Nothing has been published yet.

## templates/404.html
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-addresses = Addresses of pages on this site do not change, but some pages may not have been published yet. You can find what you were looking for from one of these pages:
# $site: the site's title.
not-found-home = The home page of the { $site }
not-found-registry = The registry of member bodies
not-found-reports = The annual reports
