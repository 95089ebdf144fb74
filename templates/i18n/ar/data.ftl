### The open data page (templates/data.html). Messages whose id ends in
### -html are markup: keep their <code> elements as they are.

data-lede = السجلّ والتقارير السنوية في شكل بيانات يمكنك تنزيلها وإعادة استخدامها والاستشهاد بها. وتتضمن الملفات الوقائع نفسها الواردة في هذه الصفحات، مع مصادر كل واقعة منها.
data-files = الملفات
data-files-caption = ملفات البيانات
data-col-file = الملف
data-col-format = الصيغة
data-col-holds = ما يتضمنه
data-licence = الترخيص
# $licence: the licence's name, a link to it where the site gives one.
data-licence-text = يجوز لك نسخ البيانات ونشرها وتكييفها واستخدامها، بما في ذلك للأغراض التجارية، بموجب { $licence }. واذكر مصدرها، على النحو المبيَّن أدناه.
data-cite = طريقة الاستشهاد
# $date: the date the facts were last checked.
data-cite-text-as-of = استشهد بالملف الذي استخدمته، وبتاريخ الوقائع (هذا الإصدار: الوقائع كما كانت في { $date }):
data-cite-text = استشهد بالملف الذي استخدمته، وبتاريخ الوقائع:
data-cite-fact-html = للاستشهاد بواقعة واحدة، استشهد بمصادرها أيضًا: فكل واقعة في الملفات تُدرج معرّفات مصادرها، ويبيّن الملف <code>registry-sources.csv</code> (أو <code>sources</code> في registry.json) عنوان كل مصدر ورابطه.
data-ids = معرّفات ثابتة
data-ids-text-html = لكل هيئة وصك ونوع احتجاز و{ -a-part } ومصدر وسنة تقرير معرّفٌ خاص (مثل <code>hmip</code> و<code>wms-2009</code> و<code>police-custody</code> و<code>2016-17</code>). ولا يتغير المعرّف أبدًا بعد نشره: فالهيئة التي يتغير اسمها تحتفظ بمعرّفها، وتُدرج أسماؤها السابقة مع تواريخ التوقف عن استخدامها؛ والهيئة التي تحل محلها هيئة أخرى يُحتفظ بسجلها، مع تاريخ انتهاء تعيينها ومعرّف الهيئة الخلف. وتُبنى عناوين الصفحات من المعرّفات نفسها، فتظل الروابط صالحة.
data-dates-html = تُكتب التواريخ بالصيغة <code>YYYY-MM-DD</code>؛ وحيثما لا تذكر المصادر إلا الشهر أو السنة، تُكتب بالصيغة <code>YYYY-MM</code> أو <code>YYYY</code>، وعادةً ما توصف الواقعة عندئذ بأنها غير مؤكدة.
# $schema: a link to the file's JSON Schema.
data-follows = يتوافق مع { $schema }.
data-registry-evidence-html = الحقول التي تتضمن <code>sources</code> و<code>uncertain</code> و<code>note</code> تحمل أدلتها الخاصة.
data-record-status-html = لا يُدخل أحدٌ حالةَ التوصية بيده: فهي آخر رد عليها وآخر تقدم محرز فيها، وفقًا لقيود المتابعة. والصفوف الموسومة بـ <code>sample</code> كُتبت على سبيل المثال وليست حقيقية.
# $file: a data file's name.
data-fields-of = حقول { $file }
data-columns-of = أعمدة { $file }
data-csv = جداول CSV
data-csv-text-html = تتضمن ملفات CSV السجلّ في شكل جداول مترابطة، بواقعة واحدة في كل صف، بترميز UTF-8 مع صف للعناوين. ويُفصل بين المعرّفات المدرجة في خلية واحدة بالرمز <code>;</code>. وتشير الصفوف إلى الهيئات بقيم العمود <code>id</code> في الملف registry.csv.
# $row: what one row of the table is ("body", "designation instrument").
data-csv-row = صف واحد لكل { $row }.

## The open data described for search engines (schema.org Dataset, in the data page's head). $npm: the NPM's name.
data-ld-name = { $npm }: سجل الهيئات الأعضاء والتقارير السنوية
data-ld-description = الهيئات المعيَّنة في { $npm } بموجب البروتوكول الاختياري، مع أسمائها عبر الزمن وتعييناتها وما ترصده وأين، ومصادر كل معلومة؛ والتقارير السنوية للآلية.

# Where the site names no licence (site.toml has no `licence`): none is claimed. $npm: the NPM's name.
data-no-licence = لا تذكر { $npm } أي ترخيص لهذه البيانات: اطلب إذنها قبل إعادة استخدامها. واذكر مصدرها كما هو مبيّن أدناه.
