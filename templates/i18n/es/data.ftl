### The open data page (templates/data.html). Messages whose id ends in
### -html are markup: keep their <code> elements as they are.

data-lede = El registro y los informes anuales como datos que puede descargar, reutilizar y citar. Los archivos contienen los mismos datos que estas páginas, con las fuentes de cada uno.
data-files = Archivos
data-files-caption = Archivos de datos
data-col-file = Archivo
data-col-format = Formato
data-col-holds = Contenido
data-licence = Licencia
# $licence: the licence's name, a link to it where the site gives one.
data-licence-text = Puede copiar, publicar, adaptar y utilizar los datos, incluso con fines comerciales, en las condiciones de la { $licence }. Indique su procedencia, como se muestra a continuación.
data-cite = Cómo citar
# $date: the date the facts were last checked.
data-cite-text-as-of = Cite el archivo que haya utilizado y la fecha de los datos (fecha de referencia de esta edición: { $date }):
data-cite-text = Cite el archivo que haya utilizado y la fecha de los datos:
data-cite-fact-html = Para citar un dato concreto, cite también sus fuentes: cada dato de los archivos enumera los identificadores de sus fuentes, y <code>registry-sources.csv</code> (o <code>sources</code> en registry.json) indica el título y la dirección de cada fuente.
data-ids = Identificadores estables
data-ids-text-html = Cada organismo, instrumento, tipo de lugar de privación de libertad, { -part }, fuente y año de informe tiene un identificador (por ejemplo, <code>hmip</code>, <code>wms-2009</code>, <code>police-custody</code>, <code>2016-17</code>). Una vez publicado, un identificador no cambia nunca: un organismo que cambia de nombre conserva su identificador, y sus nombres anteriores se indican con las fechas en que dejaron de utilizarse; un organismo sustituido por otro conserva su registro, con la fecha en que finalizó su designación y el identificador de su sucesor. Las direcciones de las páginas se forman a partir de los mismos identificadores, por lo que los enlaces siguen funcionando.
data-dates-html = Las fechas se escriben en formato <code>YYYY-MM-DD</code>; cuando las fuentes solo indican un mes o un año, se escriben <code>YYYY-MM</code> o <code>YYYY</code>, y el dato suele marcarse como incierto.
# $schema: a link to the file's JSON Schema.
data-follows = Se ajusta a { $schema }.
data-registry-evidence-html = Los campos con <code>sources</code>, <code>uncertain</code> y <code>note</code> incluyen sus propias pruebas.
data-record-status-html = Nadie introduce a mano el estado de una recomendación: es su respuesta más reciente y sus avances más recientes, según las entradas de seguimiento. Las filas marcadas como <code>sample</code> se redactaron como ejemplos y no son reales.
# $file: a data file's name.
data-fields-of = Campos de { $file }
data-columns-of = Columnas de { $file }
data-csv = Las tablas CSV
data-csv-text-html = Los archivos CSV contienen el registro en forma de tablas relacionadas, con un dato por fila, en UTF-8 y con una fila de encabezado. Las listas de identificadores de una misma celda se separan con <code>;</code>. Las filas remiten a los organismos mediante la columna <code>id</code> de registry.csv.
# $row: what one row of the table is ("body", "designation instrument").
data-csv-row = Una fila por elemento ({ $row }).

## The open data described for search engines (schema.org Dataset, in the data page's head). $npm: the NPM's name.
data-ld-name = { $npm }: registro de los órganos miembros e informes anuales
data-ld-description = Los órganos designados para el { $npm } en virtud del OPCAT, con sus nombres a lo largo del tiempo, sus designaciones, lo que supervisan y dónde, y las fuentes de cada dato; y los informes anuales del mecanismo.

# Where the site names no licence (site.toml has no `licence`): none is claimed. $npm: the NPM's name.
data-no-licence = El { $npm } no indica ninguna licencia para estos datos: pídale permiso antes de reutilizarlos. Indique su procedencia, como se muestra a continuación.
