### Y gofrestr o aelod-gyrff (templates/registry/*.html), yn Gymraeg.
### Heb ei hadolygu gan siaradwr rhugl. Mae enw gwlad (o'r data) yn dod ar ddechrau'r neges,
### ac yna colon, er mwyn osgoi treiglad ar ôl "yn" (yng Nghymru, yng Ngogledd Iwerddon).
### Comments below are the English reference's.

## Words several registry pages share

# A table's column heading, and the caption above a kind of detention's page.
registry-kind-of-detention = Math o gadw
registry-based-in = Lleoliad
registry-designated = Dynodwyd
registry-not-recorded = Heb ei gofnodi
registry-former-designations = Dynodiadau blaenorol
registry-recommendations = Argymhellion
# $count: a number of member bodies.
registry-bodies-count = { $count ->
    [zero] { $count } corff
    [one] { $count } corff
    [two] { $count } gorff
    [few] { $count } chorff
    [many] { $count } chorff
   *[other] { $count } corff
}
# $nation: the nation's name.
registry-no-body-monitors-setting-in = { $nation }: nid oes cofnod bod unrhyw aelod-gorff yn monitro'r math hwn o gadw.

## templates/registry/index.html

# $npm: the national preventive mechanism's name; $count: its number of member bodies.
registry-lede = Mae gan y { $npm } { $count } aelod-gorff. Mae pob tudalen yn dangos pryd y dynodwyd corff, beth y mae'n ei fonitro a ble, a'r ffynonellau ar gyfer pob ffaith.
registry-finder-heading = Pwy sy'n monitro'r math hwn o gadw yn { -this-part }?
registry-finder-grid-caption = Dewiswch fath o gadw { -and-part } i weld pwy sy'n ei fonitro
# Read out for a link in the grid. $setting: the kind of detention; $nation: the nation's name; $count: the number of bodies.
registry-finder-cell-label = { $setting }, { $nation }: { $count ->
    [zero] { $count } corff
    [one] { $count } corff
    [two] { $count } gorff
    [few] { $count } chorff
    [many] { $count } chorff
   *[other] { $count } corff
}
# As registry-finder-cell-label, when some are uncertain. $uncertain: how many of the $count bodies are uncertain.
registry-finder-cell-label-uncertain = { $setting }, { $nation }: { $count ->
    [zero] { $count } corff
    [one] { $count } corff
    [two] { $count } gorff
    [few] { $count } chorff
    [many] { $count } chorff
   *[other] { $count } corff
}, { $uncertain } yn ansicr
# Shown after the number of bodies in the grid. $count: how many of them are uncertain.
registry-finder-cell-uncertain = ({ $count } yn ansicr)
registry-coverage-link = Matrics cwmpas
registry-coverage-link-text = Pa gyrff sy'n monitro pob math o gadw ym mhob { -part }.
registry-history-link = Hanes dynodi
registry-history-link-text = Sut mae'r aelodaeth wedi newid ers dynodi'r mecanwaith ataliol cenedlaethol.
registry-current-heading = Aelodau presennol
# $count: the number of current member bodies.
registry-current-caption = Aelod-gyrff presennol ({ $count })
registry-column-body = Corff
registry-column-monitors = Yn monitro
registry-no-current = Nid oes aelod-gyrff presennol wedi'u cofnodi.
registry-by-setting = Yn ôl math o gadw
registry-by-nation = Yn ôl { -part }
registry-former-text = Nid yw'r dynodiadau hyn yn cyfrif mwyach tuag at aelodaeth y mecanwaith ataliol cenedlaethol.
# $count: the number of bodies whose designation has ended.
registry-former-caption = Dynodiadau sydd wedi dod i ben ({ $count })
registry-column-ended = Daeth i ben
registry-column-succeeded-by = Olynydd
# Read out for a dash in the table: no body succeeded this one.
registry-no-successor = Dim

## templates/registry/body.html

body-caption-current = Aelod-gorff
body-caption-former = Cyn-aelod-gorff
body-abbreviation = Talfyriad
body-status = Statws
body-status-current = Aelod presennol o'r mecanwaith ataliol cenedlaethol
# $date: the date the designation ended.
body-status-ended-on = Daeth y dynodiad i ben ar { $date }
body-status-ended = Daeth y dynodiad i ben
# $instrument: the title of the instrument (an order, a statement), a link to it.
body-instrument = Offeryn: { $instrument }
# $body: the name of the body that took over, a link to it.
body-succeeded-by = Olynydd: { $body }
body-role = Rôl yn y mecanwaith ataliol cenedlaethol
body-role-coordinator = Corff cydgysylltu'r mecanwaith ataliol cenedlaethol
body-website = Gwefan
body-former-names = Enwau blaenorol
# $name: a former name of the body (with its abbreviation); $date: the date it stopped using it.
body-former-name = { $name }, tan { $date }
body-timeline = Llinell amser
body-timeline-caption = Dyddiadau ei ddynodiad, ei enwau ac unrhyw ddiwedd i'w ddynodiad, fel y'u rhestrir uchod.
body-events = Digwyddiadau
# After an event's description. $body: the name of another body, a link to it.
body-event-see = Gweler { $body }.
body-coverage = Beth y mae'n ei fonitro
# $body: the body's abbreviation, or its name.
body-coverage-caption = Mannau cadw a fonitrir gan { $body }
body-column-nations = { -parts-label }
body-column-role = Rôl
body-no-coverage = Nid oes cwmpas wedi'i gofnodi ar gyfer y corff hwn.
body-chapters = Penodau mewn adroddiadau blynyddol
# $body: the body's abbreviation, or its name.
body-no-chapters = Nid oes pennod gan { $body } ymhlith yr adroddiadau a gyhoeddir ar y wefan hon.

## templates/registry/setting.html

setting-monitors = Pwy sy'n ei fonitro, yn ôl { -part }
setting-no-body-monitors = Nid oes cofnod bod unrhyw aelod-gorff yn monitro'r math hwn o gadw.
setting-former-text = Cyrff y mae eu dynodiad wedi dod i ben, ac a oedd yn monitro'r math hwn o gadw pan oeddent yn aelodau.
setting-coverage-link = Gweld pob math o gadw yn y matrics cwmpas

## templates/registry/nation.html

nation-caption = { -part-label }
# $nation: the nation's name.
nation-based-here = { $nation }: aelod-gyrff a leolir yno
# $nation: the nation's name.
nation-none-based-here = { $nation }: nid oes aelod-gorff presennol wedi'i leoli yno.
# $nation: the nation's name.
nation-monitors = { $nation }: pwy sy'n monitro pob math o gadw
# $nation: the nation's name.
nation-no-coverage = { $nation }: nid oes cwmpas wedi'i gofnodi.
nation-coverage-link = Cymharu { -parts } yn y matrics cwmpas

## templates/registry/history.html

# $npm: the national preventive mechanism's name.
history-lede = Sut mae aelodaeth y { $npm } wedi newid, fesul offeryn.
history-instruments = Offerynnau dynodi
history-ended = Daeth y dynodiad i ben
history-members-after = Aelodau wedyn
history-no-instruments = Nid oes offerynnau dynodi wedi'u cofnodi.
history-periods = Aelodaeth dros amser
history-chart-caption = Mae pob bar yn dangos dynodiad un corff. Mae'r tablau ar y dudalen hon yn rhoi'r un ffeithiau mewn geiriau.
# The label of a date field: the list of members on the date chosen follows.
history-members-on = Pwy oedd yn aelod ar
history-periods-caption = Nifer yr aelod-gyrff ym mhob cyfnod
history-column-from = O
history-column-to = Hyd at
history-column-members = Aelodau
# In the "To" column: the period has not ended.
history-present = Y presennol
history-periods-members = Pwy oedd yn aelod ym mhob cyfnod
# $from, $to: the period's first and last dates; $count: the number of members.
history-period = { $from } hyd at { $to }: { $count } aelod
# $from: the period's first date; $count: the number of members.
history-period-present = { $from } hyd heddiw: { $count } aelod
history-renames = Newidiadau enw
# $from: the body's former name; $to: its new name, a link to the body.
history-rename = Enw newydd { $from }: { $to }
history-ends = Dynodiadau a ddaeth i ben
# Follows a body's name (and the reason its designation ended, in brackets); it starts with a semicolon. $body: the body that took over, a link to it.
history-end-successor = ; olynydd: { $body }

## templates/registry/coverage.html

coverage-lede = Pa aelod-gyrff presennol sy'n monitro pob math o gadw ym mhob { -part }.
coverage-key = Sut i ddarllen y tabl
# The role labels, in the key and in the table's cells: keep them short.
coverage-role-lead = arwain
coverage-role-joint = ar y cyd
coverage-role-supporting = cefnogi
coverage-key-lead = mae'r corff yn monitro'r math hwn o gadw yn ei hawl ei hun
coverage-key-joint = mae'r corff yn rhannu'r gwaith yn gyfartal â chyrff eraill
coverage-key-supporting = mae'r corff yn cyfrannu at waith a arweinir gan gorff arall
coverage-uncertain = Ansicr
coverage-key-uncertain = nid yw'r ffynonellau'n nodi hyn yn uniongyrchol; mae'r nodyn wedi'i rifo o dan y tabl yn esbonio pam
# Read out for the dash the key shows.
coverage-key-dash = Llinell doriad:
coverage-key-empty = nid oes aelod-gorff wedi'i gofnodi
coverage-key-text = Dewiswch gorff i weld ei ffynonellau, neu fath o gadw i weld manylion pwy sy'n gweithio gyda phwy.
coverage-caption = Aelod-gyrff sy'n monitro pob math o gadw, yn ôl { -part }
# Read out for a dash in an empty cell.
coverage-empty = Dim aelod-gorff
# A link to a numbered note below the table; the note's number follows.
coverage-note-ref = nodyn
coverage-notes = Nodiadau
# After a note's body, kind of detention and nation, when the entry is uncertain.
coverage-note-uncertain = (ansicr)

## templates/registry/finder.html

finder-caption = Pwy sy'n monitro
# $setting: the kind of detention; $nation: the nation's name.
finder-title = { $setting }, { $nation }
# $date: the date the body was designated.
finder-member-since = Aelod o'r mecanwaith ataliol cenedlaethol ers { $date }
# $setting: the kind of detention, as a phrase in a sentence; $nation: the nation's name.
finder-none = { $nation }: nid oes cofnod bod unrhyw aelod-gorff presennol yn monitro { $setting }.
finder-former = Cyn-aelodau a oedd yn ei fonitro
# $from: the date the body was designated.
finder-member-from = Aelod o { $from }
# $from: the date the body was designated; $until: the date its designation ended.
finder-member-from-until = Aelod o { $from } tan { $until }
finder-permalink = Dolen i'r ateb hwn
# $setting: the kind of detention.
finder-setting-link = { $setting } ym mhob { -part }
# $nation: the nation's name.
finder-nation-link = { $nation }: popeth a fonitrir
