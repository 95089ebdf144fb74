### The designation timelines (src/html/timeline.rs): the pictures of the
### national preventive mechanism's membership over time, on the designation
### history page and on each member body's page, drawn as SVG; with their
### labels, tooltips, titles and the descriptions screen readers read out.
### The descriptions are made from the registry: the variables hold names,
### dates and numbers. A date ($date, $from, $to) comes already written in
### the language (catalogue.ftl's date messages); a list ($bodies, $dates,
### $steps, $renames) comes joined with list-comma and list-and.
### The labels on the pictures have little room: keep them short.

## When something happened, in the sentences below (their $when)

# $date: the date, written "3 December 2013", "July 2017" or "2017"; $precision: how precise the date is: day, month or year.
timeline-when = { $precision ->
        [day] on { $date }
       *[other] in { $date }
    }
# A date the sources do not settle. $when: timeline-when.
timeline-when-uncertain = { $when } (uncertain)

## The picture of the whole NPM (the designation history page)

timeline-history-title = Designation timeline of the National Preventive Mechanism
# The label of the band of member numbers along the top.
timeline-members = Members
# A step of the band of member numbers, its label. $count: the number of members.
timeline-members-count = { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
# The tooltip of the step that goes on to today. $count: the number of members; $from: the date it began.
timeline-members-from = { $count ->
        [one] { $count } member
       *[other] { $count } members
    } from { $from }
# The tooltip of a step that ended. $count: the number of members; $from: the date it began; $to: the date it ended.
timeline-members-from-to = { $count ->
        [one] { $count } member
       *[other] { $count } members
    } from { $from } to { $to }
# The tooltip of a designation instrument's vertical line. $title: the instrument's title; $date: its date.
timeline-instrument = { $title }, { $date }

## The key under the picture
timeline-key-current = Member to date
timeline-key-ended = Designation ended
timeline-key-renamed = Renamed
timeline-key-instrument = Designation instrument

## A body's bar (both pictures)

# The tooltip of the mark where a body was renamed, and the label under a body's bar. $name: the new name; $when: timeline-when.
timeline-renamed = Renamed { $name } { $when }
# How a designation ended: by the mark at the end of the bar, and in sentences.
timeline-end-superseded = superseded
timeline-end-withdrawn = withdrawn
timeline-end-abolished = abolished
# $successor: the body that took over.
timeline-end-superseded-by = superseded by { $successor }
# $successor: the body that took over.
timeline-end-withdrawn-succeeded-by = withdrawn, succeeded by { $successor }
# $successor: the body that took over.
timeline-end-abolished-succeeded-by = abolished, succeeded by { $successor }

## The tooltip of a body's bar: "Care Commission (CC): designated 31 March 2009; superseded by … on 3 December 2013"

# $body: the body's full name; $facts: the timeline-row-… below, joined by timeline-row-separator and a space.
timeline-row = { $body }: { $facts }
timeline-row-separator = ;
# $date: the date of the designation; $when: the same date as timeline-when (unused in English).
timeline-row-designated = designated { $date }
# $body: the body whose designation this one took over.
timeline-row-took-place-of = took the place of { $body }
# $name: the new name; $when: timeline-when.
timeline-row-renamed = renamed { $name } { $when }
# $how: how the designation ended (timeline-end-…); $when: timeline-when.
timeline-row-ended = { $how } { $when }
timeline-row-still-member = still a member

## The description of the whole NPM's picture

timeline-history-desc-empty = Designation timeline of the National Preventive Mechanism: no body has been designated yet.
# $count: the number of bodies ever designated; $from: the year the time axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year; unused in English).
timeline-history-desc = Designation timeline of the { $count ->
        [one] body
       *[other] { $count } bodies
    } designated to the National Preventive Mechanism, from { $from } to { $to }: one horizontal bar per body, from its designation to the end of its designation, or on to the right-hand edge for current members.
# $count: the number of designation instruments; $dates: their dates, as a list.
timeline-instruments = { $count ->
        [one] A vertical line marks the designation instrument
       *[other] Vertical lines mark the { $count } designation instruments
    }, of { $dates }.
# The number of members never changed. $count: the number of members; $date: the date of the first designation.
timeline-membership-since = Membership has been { $count } since { $date }.
# The number of members only went up. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-rose = Membership rose from { $first } { $when } to { $steps }.
# The number of members only went down. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-fell = Membership fell from { $first } { $when } to { $steps }.
# The number of members went up and down. $first: the number at first; $when: timeline-when; $steps: the numbers after, each a timeline-membership-step, as a list.
timeline-membership-changed = Membership changed from { $first } { $when } to { $steps }.
# $count: a number of members; $when: timeline-when.
timeline-membership-step = { $count } { $when }
# $body: the body's full name; $when: timeline-when; $how: how it ended (timeline-end-…).
timeline-history-ended = The designation of { $body } ended { $when }: { $how }.
# $old: the body's name before; $new: its name after; $when: timeline-when.
timeline-history-renamed-item = { $old } became { $new } { $when }
# $renames: the renames, each a timeline-history-renamed-item, as a list.
timeline-history-renamed = Renamed: { $renames }.

## The picture of one body (its page)

# $body: the body's name.
timeline-body-title = Designation timeline: { $body }
# The label under the start of the bar. $date: the date of the designation; $when: the same date as timeline-when (unused in English).
timeline-note-designated = Designated { $date }
# As timeline-note-designated, for a body that took over another's designation ($date, $when as there). $bodies: the bodies it replaced, as a list.
timeline-note-designated-in-place-of = Designated { $date }, in place of { $bodies }
# The label under the end of the bar. $date: the date the designation ended; $when: the same date as timeline-when (unused in English).
timeline-note-ended = Ended { $date }
timeline-note-still-member = Still a member

## The description of one body's picture

# $body: the body's full name; $when: timeline-when, of its designation.
timeline-body-desc-designated = Designation timeline of { $body }. It was designated to the National Preventive Mechanism { $when }.
# As timeline-body-desc-designated, for a body renamed since. $name: its full name when designated.
timeline-body-desc-designated-as = Designation timeline of { $body }. It was designated to the National Preventive Mechanism { $when } as { $name }.
# $name: the body's new full name; $when: timeline-when.
timeline-body-desc-renamed = It was renamed { $name } { $when }.
# $when: timeline-when; $how: how it ended (timeline-end-…).
timeline-body-desc-ended = Its designation ended { $when }: { $how }.
timeline-body-desc-still-member = It is still a member.
# $body: the full name of the body whose designation this one took over.
timeline-body-desc-took-place-of = It took the place of { $body }.
# $from: the year the time axis begins; $to: the date it ends; $precision: how precise $to is (day, month or year; unused in English); $count: the number of designation instruments.
timeline-body-desc-axis = The time axis runs from { $from } to { $to }; { $count ->
        [one] a vertical line marks the National Preventive Mechanism's designation instrument
       *[other] vertical lines mark the National Preventive Mechanism's { $count } designation instruments
    }.
