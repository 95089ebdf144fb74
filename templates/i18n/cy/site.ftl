### What every page has: the header, navigation, search box, breadcrumbs
### and footer (templates/base.html).

# The Atom feed's title in the page head. $site: the site's title.
feed-title = { $site }: adroddiadau blynyddol
skip-link = Neidio i'r prif gynnwys
nav-main-label = Prif
nav-registry = Cofrestr
nav-reports = Adroddiadau
nav-a-z = Mynegai A i Z
search-form-label = Y wefan gyfan
search-field-label = Chwilio'r gofrestr a'r adroddiadau
search-button = Chwilio
breadcrumb-label = Briwsion bara
# The label search results show on sample pages.
search-sample-tag = Sampl
footer-nav-label = Troedyn
footer-coverage = Matrics cwmpas
footer-history = Hanes dynodi
footer-open-data = Data agored
footer-feed = Ffrwd adroddiadau (Atom)
# $licence: the licence's name, a link to it where the site gives one.
footer-licence = Mae'r holl gynnwys ar gael o dan { $licence }, oni nodir yn wahanol.

## The language switcher, on a site published in more than one language.
language-switcher-label = Ieithoedd
# On a page whose text has not been translated into the page's language.
translation-missing = Nid yw'r testun hwn wedi'i gyfieithu eto: fe'i dangosir yn ei iaith wreiddiol.
