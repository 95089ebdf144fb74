### What every page has: the header, navigation, search box, breadcrumbs
### and footer (templates/base.html).

# The Atom feed's title in the page head. $site: the site's title.
feed-title = { $site }: التقارير السنوية
skip-link = الانتقال إلى المحتوى الرئيسي
nav-main-label = التنقل الرئيسي
nav-registry = السجلّ
nav-reports = التقارير
nav-a-z = الفهرس الأبجدي
search-form-label = البحث في الموقع كله
search-field-label = البحث في السجلّ والتقارير
search-button = بحث
breadcrumb-label = مسار التنقل
# The label search results show on sample pages.
search-sample-tag = نموذج
footer-nav-label = تذييل الصفحة
footer-coverage = مصفوفة التغطية
footer-history = تاريخ التعيينات
footer-open-data = البيانات المفتوحة
footer-feed = موجز التقارير (Atom)
# $licence: the licence's name, a link to it where the site gives one.
footer-licence = جميع المحتويات متاحة بموجب { $licence }، ما لم يُذكر خلاف ذلك.

## The language switcher, on a site published in more than one language.
language-switcher-label = اللغات
# On a page whose text has not been translated into the page's language.
translation-missing = لم يُترجم هذا النص بعد: يُعرض بلغته الأصلية.
