### The open data page (templates/data.html). Messages whose id ends in
### -html are markup: keep their <code> elements as they are.

data-lede = The registry and the annual reports as data you can download, reuse and cite. The files hold the same facts as these pages, with the sources for each one.
data-files = Files
data-files-caption = Data files
data-col-file = File
data-col-format = Format
data-col-holds = What it holds
data-licence = Licence
# $licence: the licence's name, a link to it where the site gives one.
data-licence-text = You may copy, publish, adapt and use the data, including commercially, under the { $licence }. Say where it came from, as below.
data-cite = How to cite
# $date: the date the facts were last checked.
data-cite-text-as-of = Cite the file you used, and the date of the facts (this edition: as at { $date }):
data-cite-text = Cite the file you used, and the date of the facts:
data-cite-fact-html = To cite one fact, cite its sources too: every fact in the files lists the ids of its sources, and <code>registry-sources.csv</code> (or <code>sources</code> in registry.json) gives each source's title and address.
data-ids = Stable ids
data-ids-text-html = Every body, instrument, kind of detention, { -part }, source and report year has an id (for example <code>hmip</code>, <code>wms-2009</code>, <code>police-custody</code>, <code>2016-17</code>). Once published, an id never changes: a body that is renamed keeps its id and its former names are listed with the dates they stopped being used; a body that is replaced by another keeps its record, with the date its designation ended and its successor's id. Page addresses are built from the same ids, so links keep working.
data-dates-html = Dates are written <code>YYYY-MM-DD</code>; where the sources give only a month or a year, they are written <code>YYYY-MM</code> or <code>YYYY</code>, and the fact is usually marked uncertain.
# $schema: a link to the file's JSON Schema.
data-follows = Follows { $schema }.
data-registry-evidence-html = Fields with <code>sources</code>, <code>uncertain</code> and <code>note</code> carry their own evidence.
data-record-status-html = A recommendation's status is not typed by anyone: it is its latest response and its latest progress, from the follow-up entries. Rows marked <code>sample</code> were written as examples and are not real.
# $file: a data file's name.
data-fields-of = Fields of { $file }
data-columns-of = Columns of { $file }
data-csv = The CSV tables
data-csv-text-html = The CSV files hold the registry as related tables, one fact per row, in UTF-8 with a header row. Lists of ids in one cell are separated by <code>;</code>. Rows refer to bodies by the <code>id</code> column of registry.csv.
# $row: what one row of the table is ("body", "designation instrument").
data-csv-row = One row per { $row }.

## The open data described for search engines (schema.org Dataset, in the data page's head). $npm: the NPM's name.
data-ld-name = { $npm }: registry of member bodies and annual reports
data-ld-description = The bodies designated to the { $npm } under OPCAT, with their names over time, designations, what they monitor where and the sources for each fact; and the NPM's annual reports.

# Where the site names no licence (site.toml has no `licence`): none is claimed. $npm: the NPM's name.
data-no-licence = The { $npm } names no licence for this data: ask it before you reuse the data. Say where it came from, as below.
