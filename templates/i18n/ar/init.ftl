### The words `opcat-press init` writes into a new site's content/ folder
### (src/init.rs): the names and texts of a starter site, in Arabic. None of
### them is a fact, so each says it is a sample (نموذج), for the NPM to
### replace with its own. Plain text, except the init-chapter- and
### init-next- messages, which are Markdown: keep their `code` as it is.
### Arabic (ar): translation of templates/i18n/en-GB/init.ftl. A draft, not
### yet reviewed by a fluent speaker.

## content/site.toml
# The site's title, in the header of every page: short.
init-site-title = آلية وقائية وطنية (نموذج)
# One sentence about the site, for search engines and link previews.
init-site-description = موقع نموذجي أنشأه الأمر opcat-press init، ليُستبدل به سجل الآلية وتقاريرها.
# The NPM's full name.
init-npm-name = الآلية الوقائية الوطنية (نموذج)
# The licence's name.
init-licence = ترخيص نموذجي (تختاره الآلية)

## content/registry/
init-nation-name = أمة (نموذج)
# A kind of detention. Some pages write it in lower case.
init-setting-name = السجون (نموذج)
init-setting-description = نص نموذجي: البالغون المحتجزون في السجون.
init-instrument-title = صك تعيين (نموذج)
init-instrument-summary = نص نموذجي: ما قام به القانون أو المرسوم أو البيان الذي عيّن أعضاء الآلية، في جملة من صياغتك.
init-source-title = مصدر نموذجي: استبدل به الوثيقة التي تثبت هذه المعلومات
init-body-name = هيئة تفتيش أماكن الاحتجاز (نموذج)
init-body-abbreviation = هتأا
init-body-summary = نص نموذجي: ما ترصده هذه الهيئة العضو وأين، في جملة أو جملتين من صياغتك.

## content/reports/<year>/
# $npm: the NPM's name (init-npm-name).
init-report-title = التقرير السنوي الأول لـ{ $npm }
init-report-summary = نص نموذجي: ما يغطيه التقرير، في جملة أو جملتين.
# The one chapter, a foreword.
init-chapter-title = تمهيد (نموذج)
init-chapter-summary = نص نموذجي: جملة واحدة لصفحة المحتويات.
init-chapter-heading = عن هذا النموذج
init-chapter-text = كتب الأمر `opcat-press init` هذا التمهيد، مثل كل اسم ونص في هذا الموقع، لبدء الموقع، وهو نص نموذجي. لا شيء منه حقيقة: استبدل به كلمات الآلية نفسها، واذكر مصدر كل معلومة في السجل.
init-next-heading = ما يجب تغييره أولًا (نموذج)
init-next-site = `content/site.toml`: عنوان الموقع واسم الآلية وعنوان الموقع الإلكتروني وترخيصه (نص نموذجي).
init-next-registry = `content/registry/`: الهيئات الأعضاء وأنواع الاحتجاز التي ترصدها وأين، والصك الذي عيّنها، ومصادر هذه المعلومات (نص نموذجي).
# $year: the report year's folder name ("2026-27").
init-next-report = `content/reports/{ $year }/`: عنوان التقرير وملخصه وهذا التمهيد وفصل من كل هيئة عضو (`opcat-press new chapter`)، وهو نص نموذجي.
