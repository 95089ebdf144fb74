### Spanish (es): translation of templates/i18n/en-GB/reports.ftl.
### The annual reports: the list of reports, each report year's page and
### each chapter's page (templates/reports/).

## templates/reports/index.html
# The first sentence of the reports page. $npm: the national preventive mechanism's name.
reports-index-intro = Cada año, el { $npm } informa sobre su labor de supervisión de los lugares de detención.
reports-index-intro-list = Aquí figuran todos los informes de la serie, del más reciente al más antiguo: el texto de algunos está disponible en este sitio y otros se han publicado en otros medios.
reports-index-none = Todavía no se ha publicado ningún informe.
reports-index-feed = Siga los nuevos informes mediante el canal Atom

## templates/reports/year.html
# Above the title of a report year's page. $year: the report year, such as 2019-20.
report-year-caption = Informe anual { $year }
report-year-elsewhere-title = Publicado en otro medio
# For a report published elsewhere, when copies of it are listed below.
report-year-elsewhere-copies = El texto completo de este informe no figura en este sitio: esta página recoge los datos conocidos sobre el informe y dónde consultarlo.
# For a report published elsewhere, when no copy of it was found.
report-year-elsewhere-facts = El texto completo de este informe no figura en este sitio: esta página recoge los datos conocidos sobre el informe.
report-year-elsewhere-no-copy = No se ha encontrado en línea ninguna copia oficial de este informe.
report-year-number = Número del informe
report-year-title = Título
report-year-title-not-known = Desconocido
report-year-period = Período que abarca
# $start, $end: the first and last days of the period covered (dates, already formatted).
report-year-period-dates = Del { $start } al { $end }
report-year-status = Estado
report-year-published = Fecha de publicación
report-year-date-not-known = Fecha desconocida
report-year-not-yet-published = Aún no publicado
report-year-isbn = ISBN
# A report with two ISBNs. $print: the print edition's ISBN; $web: the web edition's ISBN.
report-year-isbn-print-web = { $print } (edición impresa), { $web } (edición en línea)
report-year-announced-by = Anunciado mediante
report-year-about = Sobre este año
report-year-uncertain = Incierto
report-year-copies = Copias oficiales
report-year-download = Descargar el informe completo
# After the download link. $size: the PDF file's size, such as 2.1 MB.
report-year-download-meta = (PDF, { $size })
# $checksum: the file's SHA-256 checksum (a long hexadecimal code).
report-year-checksum = Este es el informe tal como se publicó, conservado sin cambios. Para verificar una copia, su huella SHA-256 es { $checksum }.
report-year-no-pdf = El PDF de este informe aún no está disponible.
report-year-contents = Índice
# In the contents, a chapter written by one member body. $body: the body's name.
report-year-member-chapter = Capítulo de un miembro: { $body }
report-year-no-chapters = Todavía no se ha añadido ningún capítulo a este informe.
report-year-recommendations-made = Recomendaciones formuladas este año
report-year-recommendations-followed-up = Seguimiento de recomendaciones anteriores

## templates/reports/chapter.html
# $body: the name of the member body that wrote the chapter (a link to its page).
report-chapter-by = Por { $body }
# $authors: the names of the chapter's authors, separated by commas.
report-chapter-written-by = Redactado por { $authors }
report-chapter-settings = Tipos de lugares de detención
report-chapter-nations = { -parts-label }
# Read by screen readers: the links to the previous and next chapters.
report-chapter-pagination-label = Capítulos de este informe
report-chapter-previous = Capítulo anterior
report-chapter-next = Capítulo siguiente
report-chapter-back = Volver al índice de este informe
