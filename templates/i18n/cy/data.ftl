### The open data page (templates/data.html). Messages whose id ends in
### -html are markup: keep their <code> elements as they are.

data-lede = Y gofrestr a'r adroddiadau blynyddol fel data y gallwch eu lawrlwytho, eu hailddefnyddio a'u dyfynnu. Mae'r ffeiliau'n cynnwys yr un ffeithiau â'r tudalennau hyn, gyda'r ffynonellau ar gyfer pob un.
data-files = Ffeiliau
data-files-caption = Ffeiliau data
data-col-file = Ffeil
data-col-format = Fformat
data-col-holds = Beth mae'n ei gynnwys
data-licence = Trwydded
# $licence: the licence's name, a link to it where the site gives one.
data-licence-text = Gallwch gopïo, cyhoeddi, addasu a defnyddio'r data, gan gynnwys at ddibenion masnachol, o dan { $licence }. Nodwch o ble y daeth, fel y dangosir isod.
data-cite = Sut i ddyfynnu
# $date: the date the facts were last checked.
data-cite-text-as-of = Dyfynnwch y ffeil a ddefnyddiwyd gennych, a dyddiad y ffeithiau (y rhifyn hwn: fel yr oeddent ar { $date }):
data-cite-text = Dyfynnwch y ffeil a ddefnyddiwyd gennych, a dyddiad y ffeithiau:
data-cite-fact-html = I ddyfynnu un ffaith, dyfynnwch ei ffynonellau hefyd: mae pob ffaith yn y ffeiliau yn rhestru dynodyddion ei ffynonellau, ac mae <code>registry-sources.csv</code> (neu <code>sources</code> yn registry.json) yn rhoi teitl a chyfeiriad pob ffynhonnell.
data-ids = Dynodyddion sefydlog
data-ids-text-html = Mae gan bob corff, offeryn, math o le cadw, { -part }, ffynhonnell a blwyddyn adrodd ddynodydd (er enghraifft <code>hmip</code>, <code>wms-2009</code>, <code>police-custody</code>, <code>2016-17</code>). Ar ôl ei gyhoeddi, nid yw dynodydd byth yn newid: mae corff sy'n cael ei ailenwi yn cadw ei ddynodydd, ac mae ei enwau blaenorol wedi'u rhestru gyda'r dyddiadau y peidiwyd â'u defnyddio; mae corff sy'n cael ei ddisodli gan un arall yn cadw ei gofnod, gyda'r dyddiad y daeth ei ddynodiad i ben a dynodydd ei olynydd. Mae cyfeiriadau tudalennau wedi'u llunio o'r un dynodyddion, felly mae dolenni'n parhau i weithio.
data-dates-html = Mae dyddiadau wedi'u hysgrifennu ar ffurf <code>YYYY-MM-DD</code>; pan fydd y ffynonellau'n rhoi mis neu flwyddyn yn unig, maent wedi'u hysgrifennu ar ffurf <code>YYYY-MM</code> neu <code>YYYY</code>, ac fel arfer mae'r ffaith wedi'i nodi'n ansicr.
# $schema: a link to the file's JSON Schema.
data-follows = Yn dilyn { $schema }.
data-registry-evidence-html = Mae meysydd sydd â <code>sources</code>, <code>uncertain</code> a <code>note</code> yn cynnwys eu tystiolaeth eu hunain.
data-record-status-html = Nid oes neb yn teipio statws argymhelliad: ei ymateb diweddaraf a'i gynnydd diweddaraf ydyw, o'r cofnodion dilynol. Cafodd rhesi sydd wedi'u marcio'n <code>sample</code> eu hysgrifennu fel enghreifftiau, ac nid ydynt yn rhai go iawn.
# $file: a data file's name.
data-fields-of = Meysydd { $file }
data-columns-of = Colofnau { $file }
data-csv = Y tablau CSV
data-csv-text-html = Mae'r ffeiliau CSV yn cynnwys y gofrestr fel tablau cysylltiedig, un ffaith i bob rhes, yn UTF-8 gyda rhes pennawd. Mae rhestrau o ddynodyddion mewn un gell wedi'u gwahanu gan <code>;</code>. Mae rhesi'n cyfeirio at gyrff drwy golofn <code>id</code> registry.csv.
# $row: what one row of the table is ("body", "designation instrument").
data-csv-row = Un rhes i bob eitem ({ $row }).

## The open data described for search engines (schema.org Dataset, in the data page's head). $npm: the NPM's name.
data-ld-name = { $npm }: cofrestr o'r cyrff sy'n aelodau a'r adroddiadau blynyddol
data-ld-description = Y cyrff a ddynodwyd i'r { $npm } o dan OPCAT, gyda'u henwau dros amser, eu dynodiadau, yr hyn y maent yn ei fonitro ym mhle a'r ffynonellau ar gyfer pob ffaith; ac adroddiadau blynyddol y mecanwaith.

# Where the site names no licence (site.toml has no `licence`): none is claimed. $npm: the NPM's name.
data-no-licence = Nid yw'r { $npm } yn enwi trwydded ar gyfer y data hyn: gofynnwch iddo cyn ailddefnyddio'r data. Dywedwch o ble y daeth, fel isod.
