### The home page, search, the A to Z index and the page-not-found page
### (templates/index.html, search.html, a-z.html, 404.html).

## templates/index.html
# $npm: the NPM's name; $count: how many member bodies it has.
home-intro = تتألف { $npm } من هيئات مستقلة عددها { $count } ترصد الأماكن التي يُحرم فيها الأشخاص من حريتهم، بموجب البروتوكول الاختياري لاتفاقية مناهضة التعذيب (OPCAT).
home-card-registry = سجلّ الهيئات الأعضاء
home-card-registry-text = مَن هم الأعضاء، ومنذ متى، وما الذي ترصده كل هيئة منها.
home-card-coverage-text = الهيئات التي ترصد كل نوع من أنواع الاحتجاز في كل { -a-part }.
home-card-reports = التقارير السنوية
# $npm: the NPM's name.
home-card-reports-text = تقارير { $npm }، سنةً بعد سنة.
home-latest-reports = أحدث التقارير
# $count: how many annual reports there are (more than three).
home-all-reports = جميع التقارير السنوية ({ $count })
home-no-reports = لم يُنشر أي تقرير بعد.
home-members = الهيئات الأعضاء
home-no-members = لم تُسجَّل أي هيئة عضو.
home-by-setting = التصفح حسب نوع الاحتجاز
home-by-nation = التصفح حسب { -part }

## templates/search.html
search-page-form-label = السجلّ والصفحات والتقارير
search-page-field-label = البحث في السجلّ والصفحات وجميع فصول التقارير
search-needs-js = يتطلب البحث JavaScript، وهي معطَّلة أو غير متاحة في متصفحك.
# $index: a link to the A to Z index (its text is nav-a-z).
search-nojs-a-z = جميع الهيئات الأعضاء وأنواع الاحتجاز و{ -parts } والتقارير والفصول مُدرجة في { $index }.

## templates/a-z.html
a-z-lede = جميع الهيئات الأعضاء (بأسمائها واختصاراتها الحالية والسابقة)، وأنواع الاحتجاز، و{ -parts }، والتقارير السنوية، والفصول.
a-z-letters-label = الحروف
a-z-empty = لم يُنشر أي شيء بعد.

## templates/404.html
not-found-typed = إذا كنت قد كتبت عنوان الصفحة بنفسك، فتحقق من صحته.
not-found-pasted = إذا كنت قد لصقت عنوان الصفحة، فتحقق من أنك نسخت العنوان كاملًا.
not-found-addresses = لا تتغير عناوين الصفحات على هذا الموقع، ولكن ربما لم تُنشر بعض الصفحات بعد. ويمكنك العثور على ما تبحث عنه انطلاقًا من إحدى هذه الصفحات:
# $site: the site's title.
not-found-home = الصفحة الرئيسية لموقع { $site }
not-found-registry = سجلّ الهيئات الأعضاء
not-found-reports = التقارير السنوية
