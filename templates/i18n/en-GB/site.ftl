### What every page has: the header, navigation, search box, breadcrumbs
### and footer (templates/base.html).

# The Atom feed's title in the page head. $site: the site's title.
feed-title = { $site }: annual reports
skip-link = Skip to main content
nav-main-label = Main
nav-registry = Registry
nav-reports = Reports
nav-a-z = A to Z index
search-form-label = Site-wide
search-field-label = Search the registry and reports
search-button = Search
breadcrumb-label = Breadcrumb
# The label search results show on sample pages.
search-sample-tag = Sample
footer-nav-label = Footer
footer-coverage = Coverage matrix
footer-history = Designation history
footer-open-data = Open data
footer-feed = Reports feed (Atom)
# $licence: the licence's name, a link to it where the site gives one.
footer-licence = All content is available under the { $licence }, except where otherwise stated.

## The language switcher, on a site published in more than one language.
language-switcher-label = Languages
# On a page whose text has not been translated into the page's language.
translation-missing = This text has not been translated yet: it is shown in its original language.
