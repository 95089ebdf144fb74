### The registry of member bodies: the registry's front page, each body,
### kind of detention and nation, the designation history, the coverage
### matrix and the finder's answers (templates/registry/*.html).
### "NPM" is the national preventive mechanism.

## Words several registry pages share

# A table's column heading, and the caption above a kind of detention's page.
registry-kind-of-detention = Kind of detention
registry-based-in = Based in
registry-designated = Designated
registry-not-recorded = Not recorded
registry-former-designations = Former designations
registry-recommendations = Recommendations
# $count: a number of member bodies.
registry-bodies-count = { $count ->
    [one] { $count } body
   *[other] { $count } bodies
}
# $nation: the nation's name.
registry-no-body-monitors-setting-in = No member body is recorded as monitoring this setting in { $nation }.

## templates/registry/index.html

# $npm: the national preventive mechanism's name; $count: its number of member bodies.
registry-lede = The { $npm } has { $count ->
    [one] { $count } member body
   *[other] { $count } member bodies
}. Each page shows when a body was designated, what it monitors and where, and the sources for each fact.
registry-finder-heading = Who monitors this kind of detention in this { -part }?
registry-finder-grid-caption = Choose a kind of detention and { -a-part } to see who monitors it
# Read out for a link in the grid. $setting: the kind of detention; $nation: the nation's name; $count: the number of bodies.
registry-finder-cell-label = { $setting } in { $nation }: { $count ->
    [one] { $count } body
   *[other] { $count } bodies
}
# As registry-finder-cell-label, when some are uncertain. $uncertain: how many of the $count bodies are uncertain.
registry-finder-cell-label-uncertain = { $setting } in { $nation }: { $count ->
    [one] { $count } body
   *[other] { $count } bodies
}, { $uncertain } uncertain
# Shown after the number of bodies in the grid. $count: how many of them are uncertain.
registry-finder-cell-uncertain = ({ $count } uncertain)
registry-coverage-link = Coverage matrix
registry-coverage-link-text = Which bodies monitor each kind of detention in each { -part }.
registry-history-link = Designation history
registry-history-link-text = How membership has changed since the NPM was designated.
registry-current-heading = Current members
# $count: the number of current member bodies.
registry-current-caption = Current member bodies ({ $count })
registry-column-body = Body
registry-column-monitors = Monitors
registry-no-current = No current member bodies are recorded.
registry-by-setting = By kind of detention
registry-by-nation = By { -part }
registry-former-text = These designations no longer count towards the membership of the NPM.
# $count: the number of bodies whose designation has ended.
registry-former-caption = Designations that have ended ({ $count })
registry-column-ended = Ended
registry-column-succeeded-by = Succeeded by
# Read out for a dash in the table: no body succeeded this one.
registry-no-successor = None

## templates/registry/body.html

body-caption-current = Member body
body-caption-former = Former member body
body-abbreviation = Abbreviation
body-status = Status
body-status-current = Current member of the NPM
# $date: the date the designation ended.
body-status-ended-on = Designation ended on { $date }
body-status-ended = Designation ended
# $instrument: the title of the instrument (an order, a statement), a link to it.
body-instrument = By: { $instrument }
# $body: the name of the body that took over, a link to it.
body-succeeded-by = Succeeded by { $body }
body-role = Role in the NPM
body-role-coordinator = Coordinating body of the NPM
body-website = Website
body-former-names = Former names
# $name: a former name of the body (with its abbreviation); $date: the date it stopped using it.
body-former-name = { $name }, until { $date }
body-timeline = Timeline
body-timeline-caption = The dates of its designation, names and any end, as listed above.
body-events = Events
# After an event's description. $body: the name of another body, a link to it.
body-event-see = See { $body }.
body-coverage = What it monitors
# $body: the body's abbreviation, or its name.
body-coverage-caption = Places of detention monitored by { $body }
body-column-nations = { -parts-label }
body-column-role = Role
body-no-coverage = No coverage is recorded for this body.
body-chapters = Chapters in annual reports
# $body: the body's abbreviation, or its name.
body-no-chapters = No chapter by { $body } is among the reports published on this site.

## templates/registry/setting.html

setting-monitors = Who monitors it, by { -part }
setting-no-body-monitors = No member body is recorded as monitoring this setting.
setting-former-text = Bodies whose designation has ended, and which monitored this setting when they were members.
setting-coverage-link = See every kind of detention in the coverage matrix

## templates/registry/nation.html

nation-caption = { -part-label }
# $nation: the nation's name.
nation-based-here = Member bodies based in { $nation }
# $nation: the nation's name.
nation-none-based-here = No current member body is based in { $nation }.
# $nation: the nation's name.
nation-monitors = Who monitors each kind of detention in { $nation }
# $nation: the nation's name.
nation-no-coverage = No coverage is recorded for { $nation }.
nation-coverage-link = Compare { -parts } in the coverage matrix

## templates/registry/history.html

# $npm: the national preventive mechanism's name.
history-lede = How the membership of the { $npm } has changed, instrument by instrument.
history-instruments = Designation instruments
history-ended = Designation ended
history-members-after = Members afterwards
history-no-instruments = No designation instruments are recorded.
history-periods = Membership over time
history-chart-caption = Each bar is one body's designation. The tables on this page give the same facts in words.
# The label of a date field: the list of members on the date chosen follows.
history-members-on = Who was a member on
history-periods-caption = Number of member bodies in each period
history-column-from = From
history-column-to = To
history-column-members = Members
# In the "To" column: the period has not ended.
history-present = Present
history-periods-members = Who was a member in each period
# $from, $to: the period's first and last dates; $count: the number of members.
history-period = { $from } to { $to }: { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# $from: the period's first date; $count: the number of members.
history-period-present = { $from } to the present: { $count ->
    [one] { $count } member
   *[other] { $count } members
}
history-renames = Changes of name
# $from: the body's former name; $to: its new name, a link to the body.
history-rename = { $from } became { $to }
history-ends = Designations ended
# Follows a body's name (and the reason its designation ended, in brackets); it starts with a semicolon. $body: the body that took over, a link to it.
history-end-successor = ; succeeded by { $body }

## templates/registry/coverage.html

coverage-lede = Which current member bodies monitor each kind of detention in each { -part }.
coverage-key = How to read the table
# The role labels, in the key and in the table's cells: keep them short.
coverage-role-lead = lead
coverage-role-joint = joint
coverage-role-supporting = supports
coverage-key-lead = the body monitors this setting in its own right
coverage-key-joint = the body shares the work equally with other bodies
coverage-key-supporting = the body contributes to work led by another body
coverage-uncertain = Uncertain
coverage-key-uncertain = the sources do not state this directly; the numbered note below the table says why
# Read out for the dash the key shows.
coverage-key-dash = A dash:
coverage-key-empty = no member body is recorded
coverage-key-text = Select a body for its sources, or a kind of detention for the details of who works with whom.
coverage-caption = Member bodies monitoring each kind of detention, by { -part }
# Read out for a dash in an empty cell.
coverage-empty = No member body
# A link to a numbered note below the table; the note's number follows.
coverage-note-ref = note
coverage-notes = Notes
# After a note's body, kind of detention and nation, when the entry is uncertain.
coverage-note-uncertain = (uncertain)

## templates/registry/finder.html

finder-caption = Who monitors
# $setting: the kind of detention; $nation: the nation's name.
finder-title = { $setting } in { $nation }
# $date: the date the body was designated.
finder-member-since = Member of the NPM since { $date }
# $setting: the kind of detention, as a phrase in a sentence; $nation: the nation's name.
finder-none = No current member body is recorded as monitoring { $setting } in { $nation }.
finder-former = Former members that monitored it
# $from: the date the body was designated.
finder-member-from = Member from { $from }
# $from: the date the body was designated; $until: the date its designation ended.
finder-member-from-until = Member from { $from } until { $until }
finder-permalink = Link to this answer
# $setting: the kind of detention.
finder-setting-link = { $setting } in every { -part }
# $nation: the nation's name.
finder-nation-link = Everything monitored in { $nation }
