### French (fr): translation of templates/i18n/en-GB/reports.ftl.
### The annual reports: the list of reports, each report year's page and
### each chapter's page (templates/reports/).

## templates/reports/index.html
# The first sentence of the reports page. $npm: the national preventive mechanism's name.
reports-index-intro = Chaque année, le { $npm } rend compte de ses travaux de contrôle des lieux de détention.
reports-index-intro-list = Tous les rapports de la série sont répertoriés ici, du plus récent au plus ancien : le texte de certains figure sur ce site, d'autres sont publiés ailleurs.
reports-index-none = Aucun rapport n'a encore été publié.
reports-index-feed = Suivre les nouveaux rapports grâce au flux Atom

## templates/reports/year.html
# Above the title of a report year's page. $year: the report year, such as 2019-20.
report-year-caption = Rapport annuel { $year }
report-year-elsewhere-title = Publié ailleurs
# For a report published elsewhere, when copies of it are listed below.
report-year-elsewhere-copies = Le texte intégral de ce rapport ne figure pas sur ce site : cette page en présente les informations connues et indique où le consulter.
# For a report published elsewhere, when no copy of it was found.
report-year-elsewhere-facts = Le texte intégral de ce rapport ne figure pas sur ce site : cette page en présente les informations connues.
report-year-elsewhere-no-copy = Aucun exemplaire officiel de ce rapport n'a été trouvé en ligne.
report-year-number = Numéro du rapport
report-year-title = Titre
report-year-title-not-known = Inconnu
report-year-period = Période couverte
# $start, $end: the first and last days of the period covered (dates, already formatted).
report-year-period-dates = Du { $start } au { $end }
report-year-status = Statut
report-year-published = Date de publication
report-year-date-not-known = Date inconnue
report-year-not-yet-published = Pas encore publié
report-year-isbn = ISBN
# A report with two ISBNs. $print: the print edition's ISBN; $web: the web edition's ISBN.
report-year-isbn-print-web = { $print } (version imprimée), { $web } (version en ligne)
report-year-announced-by = Annoncé par
report-year-about = À propos de cette année
report-year-uncertain = Incertain
report-year-copies = Exemplaires officiels
report-year-download = Télécharger le rapport complet
# After the download link. $size: the PDF file's size, such as 2.1 MB.
report-year-download-meta = (PDF, { $size })
# $checksum: the file's SHA-256 checksum (a long hexadecimal code).
report-year-checksum = Il s'agit du rapport tel qu'il a été publié, conservé sans modification. Pour vérifier un exemplaire, son empreinte SHA-256 est { $checksum }.
report-year-no-pdf = Le PDF de ce rapport n'est pas encore disponible.
report-year-contents = Sommaire
# In the contents, a chapter written by one member body. $body: the body's name.
report-year-member-chapter = Chapitre d'un membre : { $body }
report-year-no-chapters = Aucun chapitre n'a encore été ajouté à ce rapport.
report-year-recommendations-made = Recommandations formulées cette année
report-year-recommendations-followed-up = Suivi des recommandations antérieures

## templates/reports/chapter.html
# $body: the name of the member body that wrote the chapter (a link to its page).
report-chapter-by = Par { $body }
# $authors: the names of the chapter's authors, separated by commas.
report-chapter-written-by = Rédigé par { $authors }
report-chapter-settings = Types de lieux de détention
report-chapter-nations = { -parts-label }
# Read by screen readers: the links to the previous and next chapters.
report-chapter-pagination-label = Chapitres de ce rapport
report-chapter-previous = Chapitre précédent
report-chapter-next = Chapitre suivant
report-chapter-back = Retour au sommaire de ce rapport
