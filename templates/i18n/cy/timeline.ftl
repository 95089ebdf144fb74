### Llinellau amser y dynodiadau (src/html/timeline.rs), yn Gymraeg.
### Cyfieithiad drafft, heb ei adolygu gan siaradwr rhugl.
### Mae'r nodiadau am y newidynnau yn templates/i18n/en-GB/timeline.ftl.
### Gyda rhifolion, enw unigol: "18 aelod", "7 corff" (2 gorff, 3 a 6 chorff).

## Pryd y digwyddodd rhywbeth ($when y brawddegau isod)

# $date: the date, already written; $precision: day, month or year.
timeline-when = { $precision ->
        [day] ar { $date }
        [month] ym mis { $date }
       *[other] yn { $date }
    }
# $when: timeline-when.
timeline-when-uncertain = { $when } (ansicr)

## Y darlun o'r Mecanwaith cyfan

timeline-history-title = Llinell amser dynodiadau'r Mecanwaith Ataliol Cenedlaethol
timeline-members = Aelodau
# $count: the number of members.
timeline-members-count = { $count } aelod
# $count: the number of members; $from: the date it began.
timeline-members-from = { $count } aelod ers { $from }
# $count: the number of members; $from: the date it began; $to: the date it ended.
timeline-members-from-to = { $count } aelod, o { $from } hyd { $to }
# $title: the instrument's title; $date: its date.
timeline-instrument = { $title }, { $date }

## Yr allwedd
timeline-key-current = Aelod hyd heddiw
timeline-key-ended = Dynodiad wedi dod i ben
timeline-key-renamed = Ailenwyd
timeline-key-instrument = Offeryn dynodi

## Bar corff

# $name: the new name; $when: timeline-when.
timeline-renamed = Ailenwyd yn { $name } { $when }
timeline-end-superseded = disodlwyd
timeline-end-withdrawn = tynnwyd yn ôl
timeline-end-abolished = diddymwyd
# $successor: the body that took over.
timeline-end-superseded-by = disodlwyd gan { $successor }
# $successor: the body that took over.
timeline-end-withdrawn-succeeded-by = tynnwyd yn ôl, olynwyd gan { $successor }
# $successor: the body that took over.
timeline-end-abolished-succeeded-by = diddymwyd, olynwyd gan { $successor }

## Cyngor y bar

# $body: the body's full name; $facts: the timeline-row-… below.
timeline-row = { $body }: { $facts }
timeline-row-separator = ;
# $date: the date of the designation; $when: the same as timeline-when.
timeline-row-designated = dynodwyd { $when }
# $body: the body whose designation this one took over.
timeline-row-took-place-of = cymerodd le { $body }
# $name: the new name; $when: timeline-when.
timeline-row-renamed = ailenwyd yn { $name } { $when }
# $how: how the designation ended; $when: timeline-when.
timeline-row-ended = { $how } { $when }
timeline-row-still-member = yn dal yn aelod

## Disgrifiad y darlun o'r Mecanwaith cyfan

timeline-history-desc-empty = Llinell amser dynodiadau'r Mecanwaith Ataliol Cenedlaethol: nid oes unrhyw gorff wedi'i ddynodi eto.
# $count: the number of bodies; $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year).
timeline-history-desc = Llinell amser dynodiadau'r { $count ->
        [two] { $count } gorff
        [few] { $count } chorff
        [many] { $count } chorff
       *[other] { $count } corff
    } a ddynodwyd i'r Mecanwaith Ataliol Cenedlaethol, o { $from } hyd { $to }: un bar llorweddol i bob corff, o'i ddynodi hyd ddiwedd ei ddynodiad, neu hyd at yr ymyl dde i'r aelodau presennol.
# $count: the number of designation instruments; $dates: their dates, as a list.
timeline-instruments = { $count ->
        [one] Mae llinell fertigol yn nodi'r offeryn dynodi, dyddiedig { $dates }.
       *[other] Mae llinellau fertigol yn nodi'r { $count } offeryn dynodi, dyddiedig { $dates }.
    }
# $count: the number of members; $date: the date of the first designation.
timeline-membership-since = Mae'r aelodaeth wedi bod yn { $count } ers { $date }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-rose = Cododd yr aelodaeth o { $first } { $when } i { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-fell = Gostyngodd yr aelodaeth o { $first } { $when } i { $steps }.
# $first: the number at first; $when: timeline-when; $steps: the numbers after, as a list.
timeline-membership-changed = Newidiodd yr aelodaeth o { $first } { $when } i { $steps }.
# $count: a number of members; $when: timeline-when.
timeline-membership-step = { $count } { $when }
# $body: the body's full name; $when: timeline-when; $how: how it ended.
timeline-history-ended = Daeth dynodiad { $body } i ben { $when }: { $how }.
# $old: the name before; $new: the name after; $when: timeline-when.
timeline-history-renamed-item = daeth { $old } yn { $new } { $when }
# $renames: the renames, as a list.
timeline-history-renamed = Ailenwi: { $renames }.

## Y darlun o un corff

# $body: the body's name.
timeline-body-title = Llinell amser dynodi: { $body }
# $date: the date of the designation; $when: the same as timeline-when.
timeline-note-designated = Dynodwyd { $when }
# As timeline-note-designated. $bodies: the bodies it replaced, as a list.
timeline-note-designated-in-place-of = Dynodwyd { $when }, yn lle { $bodies }
# $date: the date the designation ended; $when: the same as timeline-when.
timeline-note-ended = Daeth i ben { $when }
timeline-note-still-member = Yn dal yn aelod

## Disgrifiad y darlun o un corff

# $body: the body's full name; $when: timeline-when.
timeline-body-desc-designated = Llinell amser dynodi { $body }. Fe'i dynodwyd i'r Mecanwaith Ataliol Cenedlaethol { $when }.
# $body, $when as above; $name: its full name when designated.
timeline-body-desc-designated-as = Llinell amser dynodi { $body }. Fe'i dynodwyd i'r Mecanwaith Ataliol Cenedlaethol { $when } dan yr enw { $name }.
# $name: the new full name; $when: timeline-when.
timeline-body-desc-renamed = Fe'i hailenwyd yn { $name } { $when }.
# $when: timeline-when; $how: how it ended.
timeline-body-desc-ended = Daeth ei ddynodiad i ben { $when }: { $how }.
timeline-body-desc-still-member = Mae'n dal yn aelod.
# $body: the full name of the body it replaced.
timeline-body-desc-took-place-of = Cymerodd le { $body }.
# $from: the year the axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year); $count: the number of designation instruments.
timeline-body-desc-axis = Mae'r echelin amser yn rhedeg o { $from } hyd { $to }; { $count ->
        [one] mae llinell fertigol yn nodi offeryn dynodi'r Mecanwaith Ataliol Cenedlaethol.
       *[other] mae llinellau fertigol yn nodi { $count } offeryn dynodi'r Mecanwaith Ataliol Cenedlaethol.
    }
