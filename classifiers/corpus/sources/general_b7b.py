"""Seventh batch of `general` examples: hand-written, one group per example
("general/b7/<lang>/<digest>"). Everyday requests in Spanish, Japanese, Chinese, English and German
that look like the other labels on the surface: work writing with nothing confidential, harmless
mentions of people, household IT, technical hobbies, general health/law/money, long pastes and
topic switches after technical chats."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"

_ES: list[Item] = [
    _u(
        "Necesito redactar el acta de la reunión de vecinos de ayer. Puntos: se aprobó pintar el portal, la derrama será de 40 € por piso y la próxima junta es el 12 de marzo. ¿Me lo pones en formato formal?"
    ),
    _u(
        "escríbeme un correo para felicitar a mi compañera Lucía por su ascenso a jefa de sección, algo cercano pero sin pasarse"
    ),
    _u(
        "¿Cómo configuro la impresora HP nueva para que imprima desde el móvil por wifi? Tengo un Android y el router es de Movistar."
    ),
    _u(
        "Hazme una plantilla de Excel para llevar los gastos de casa: alquiler, luz, agua, súper, ocio. Que me sume por mes y me diga cuánto ahorro."
    ),
    _u(
        "qué diferencia hay entre un ingeniero de datos y un científico de datos? estoy pensando en reconvertirme y no sé por cuál tirar"
    ),
    _u(
        "Resume este artículo en cinco puntos:\n\nLa sequía que atraviesa el sur peninsular ha obligado a varios ayuntamientos a restringir el riego de parques y jardines. Según los técnicos municipales, los embalses de la cuenca se encuentran por debajo del 25 % de su capacidad, una cifra que no se veía desde los años noventa. Los agricultores reclaman ayudas directas y una revisión de los cupos de agua, mientras que las asociaciones ecologistas insisten en que el modelo de regadío intensivo es insostenible a largo plazo. El gobierno regional ha anunciado una mesa de diálogo para la próxima semana, aunque no ha concretado medidas."
    ),
    _u(
        "Quiero reformar la cocina: quitar el tabique que la separa del salón. ¿Cómo sé si es un muro de carga y qué permisos suelen pedir en un piso en Valencia?"
    ),
    _u("explícame la ley de oferta y demanda con un ejemplo de las entradas de conciertos"),
    _u("¿Por qué la Revolución Industrial empezó en Inglaterra y no en España?"),
    _u(
        "Tengo 34 años y me ofrecen un plan de pensiones del banco. En general, ¿qué ventajas e inconvenientes tienen frente a un fondo indexado?"
    ),
    _u(
        "Traduce al inglés estas instrucciones de montaje:\n1. Coloque el panel lateral A sobre una superficie plana.\n2. Introduzca las espigas de madera en los orificios marcados.\n3. Fije la balda central con los tornillos cortos (bolsa 2).\n4. No apriete del todo hasta haber montado la trasera."
    ),
    _u(
        "mi wifi va fatal en la habitación del fondo, ¿me compensa un repetidor o un sistema mesh? el piso tiene 90 m2 y paredes gordas"
    ),
    _u(
        "Redacta un anuncio para la intranet: el viernes 14 la oficina cerrará a las 15:00 por la comida de Navidad en el restaurante La Bodeguilla. Tono alegre."
    ),
    _u(
        "¿Cuál es la diferencia entre un contrato de obra y servicio y uno indefinido en España? Hablo en general, no tengo ningún caso concreto."
    ),
    _u(
        "dame ideas para una presentación de 10 minutos sobre los resultados del proyecto de reciclaje del instituto, con qué diapositivas poner"
    ),
    _u(
        "Escribe una breve biografía de Santiago Ramón y Cajal para un mural del colegio, unas 150 palabras."
    ),
    _u(
        "¿Qué es mejor para guardar fotos familiares, Google Drive, iCloud o un disco duro externo? Somos cuatro y cada uno tiene un móvil distinto."
    ),
    _u("¿cuántas calorías quema más o menos caminar una hora a paso ligero?"),
    _u(
        "Estoy montando una maqueta de tren en escala H0 y quiero que las vías hagan un ocho con un paso elevado. ¿Qué pendiente máxima es razonable para que no patinen las locomotoras?"
    ),
    _u(
        "Resuelve: un depósito se llena con un grifo en 6 horas y con otro en 4. ¿Cuánto tarda con los dos abiertos? Explica el razonamiento."
    ),
    _u(
        "Hazme una despedida para la tarjeta de Manolo, que se jubila después de 30 años en el almacén. Queremos que sea graciosa."
    ),
    _u(
        "¿Qué consejos generales hay para crear contraseñas seguras y que no se me olviden? Mi madre usa la misma para todo."
    ),
    _u(
        "Me han aceptado en un bootcamp de desarrollo web de 16 semanas. ¿Merece la pena o es mejor un ciclo de DAW?"
    ),
    _u("qué es el IPC subyacente y por qué los telediarios hablan tanto de él"),
    _u(
        "Necesito un texto para la memoria anual de la ONG: en 2023 atendimos a 1.200 familias, abrimos un segundo comedor y contamos con 85 voluntarios. Que suene cercano."
    ),
    _u("¿Cómo funcionan los agujeros negros? Explícaselo a un niño de 10 años."),
    _u(
        "Voy a imprimir en 3D un soporte para auriculares en PETG. ¿Qué temperatura de boquilla y de cama suelen funcionar bien?"
    ),
    _u(
        "Corrígeme la ortografía: 'Haber si nos vemos el sábado, a sido una semana muy larga y tengo ganas de desconectar.'"
    ),
    _u(
        "¿Qué herramientas de IA se usan hoy para hacer resúmenes de reuniones? Trabajo en una gestoría pequeña y me interesa en general."
    ),
    _u(
        "Explícame qué es la arquitectura gótica y en qué se diferencia de la románica, con ejemplos de catedrales españolas."
    ),
    _u(
        "¿Puedo deducirme en la renta el gasto de la guardería? Lo pregunto en general, vivo en Madrid."
    ),
    _u(
        "dibujo con lápices de colores y siempre me quedan los degradados con manchas, algún truco?"
    ),
    _u(
        "Prepara una reseña para Google de la clínica dental donde me hicieron una limpieza: puntuales, amables y buen precio."
    ),
    _u(
        "Mi portátil con Windows 11 tarda muchísimo en arrancar. ¿Qué puedo revisar yo sin ser informático?"
    ),
    _u(
        "Quiero aprender a usar un telescopio reflector de 130 mm. ¿Qué objetos puedo ver desde una ciudad con contaminación lumínica?"
    ),
    _u(
        "Escribe un poema corto para el cumpleaños de mi abuela, que cumple 90 y le encantan las rosas."
    ),
    _u("¿Qué es un ERTE y en qué se diferencia de un ERE? Sin entrar en casos concretos."),
    _u(
        "Redáctame un resumen ejecutivo para el informe trimestral del departamento de marketing: subimos seguidores en Instagram un 18 %, lanzamos dos campañas y el evento de Sevilla tuvo 300 asistentes. Son datos ya publicados en la web."
    ),
    _u("¿cómo hago para pasar los contactos de un iPhone viejo a un Xiaomi?"),
    _u(
        "Hazme un plan de estudio de 8 semanas para aprobar el B2 de inglés trabajando a jornada completa."
    ),
    _u("¿Cuál es la regla de los tercios en fotografía y cuándo conviene saltársela?"),
    _u(
        "Necesito una tabla en Google Sheets para organizar la boda: invitados, si confirman, menú (carne/pescado/vegano) y mesa. ¿Cómo la estructuro?"
    ),
    _u("Explícame la teoría de la relatividad especial sin fórmulas complicadas."),
    _u(
        "Estoy diseñando la distribución de una casa de campo de una planta, 120 m2, tres dormitorios. ¿Qué orientación conviene para el salón en el hemisferio norte?"
    ),
    _u("¿qué síntomas suele dar la anemia ferropénica y qué alimentos ayudan?"),
    _u(
        "Escribe un texto de agradecimiento a los ponentes de las jornadas de enfermería que organizamos la semana pasada."
    ),
    _u("¿Qué es un NAS y me sirve para hacer copias de seguridad de los ordenadores de casa?"),
    _u(
        "¿Por qué cayó el Imperio romano de Occidente? Dame las causas principales según los historiadores."
    ),
    _u(
        "Convierte esta receta para 8 personas en una para 3: 800 g de arroz, 1,6 l de caldo, 4 pimientos, 400 g de gambas, 2 cucharaditas de pimentón."
    ),
    _u(
        "me recomiendas algún curso online de gestión de proyectos que dé certificado? trabajo en logística"
    ),
    _u(
        "Redacta un correo para anunciar al equipo que a partir de enero las reuniones de los lunes pasan a ser a las 10:00 y en la sala B."
    ),
    _u("¿Cómo funciona la bolsa? Es decir, ¿qué pasa realmente cuando compro una acción?"),
    _u("En acuarela, ¿cómo se pinta un cielo de atardecer sin que los colores se vuelvan barro?"),
    _u(
        "Mi hijo tiene que hacer un trabajo sobre Frida Kahlo para plástica. ¿Me das los datos más importantes de su vida y obra?"
    ),
    _u(
        "¿Qué diferencia hay entre un autónomo y una sociedad limitada a efectos de impuestos, a grandes rasgos?"
    ),
    _u(
        "Escríbeme el discurso de bienvenida para los nuevos alumnos de primero de la ESO, máximo dos minutos."
    ),
    _m(
        "Escríbeme una felicitación de Navidad para los clientes de la ferretería.",
        "Queridos clientes: en estas fiestas queremos daros las gracias por confiar un año más en Ferretería Albero. Os deseamos una Navidad llena de calma y un 2025 con muchos proyectos. ¡Nos vemos en la tienda!",
        "más corta y con un toque de humor",
    ),
    _m(
        "Estoy revisando el docker-compose de mi proyecto, el contenedor de postgres no arranca.",
        "Mira los logs con `docker compose logs db`; suele ser un volumen con permisos o una variable POSTGRES_PASSWORD que falta.",
        "ya está, era el volumen. Oye, otra cosa: ¿cuánto tiempo hay que dejar reposar una masa de pizza en la nevera?",
    ),
    _m(
        "¿Qué libros me recomiendas para entender la Guerra Civil española?",
        "Para empezar: 'La guerra civil española' de Hugh Thomas, 'La batalla de Madrid' de Julián Casanova... y si te gusta la novela, 'Soldados de Salamina' de Javier Cercas.",
        "¿y alguno más corto, para alguien que lee poco?",
    ),
    _m(
        "Tengo que presentar el informe de sostenibilidad de la empresa al comité. Son datos públicos de nuestra web. ¿Cómo ordeno la presentación?",
        "Te propongo: 1) contexto y objetivos, 2) emisiones y energía, 3) residuos, 4) acción social, 5) próximos pasos. Una idea clave por diapositiva.",
        "vale, y para la diapositiva 2, ¿qué tipo de gráfico queda mejor para comparar tres años?",
    ),
    _m(
        "¿Cómo se cambia la contraseña del wifi del router?",
        "Normalmente entras en 192.168.1.1 desde el navegador, accedes con el usuario de la pegatina del router y buscas el apartado 'Wi-Fi' o 'WLAN' para cambiar la clave.",
        "no me deja entrar, dice que el usuario es incorrecto",
    ),
    _m(
        "Explícame qué es la fotosíntesis.",
        "Es el proceso por el que las plantas usan la luz del sol, el agua y el CO₂ para fabricar glucosa y liberar oxígeno. Ocurre en los cloroplastos.",
        "¿y por qué las hojas cambian de color en otoño?",
    ),
    _m(
        "Ayer estuvimos con lo del refactor del servicio de pagos en microservicios.",
        "Sí, quedamos en separar facturación y cobros en dos servicios con una cola entre medias.",
        "eso lo retomo mañana. Ahora necesito una frase bonita para despedir a un compañero que se va a vivir a Canarias",
    ),
    _m(
        "¿Qué es el interés variable de una hipoteca?",
        "Es un tipo que se revisa periódicamente según un índice, normalmente el Euríbor, más un diferencial fijo que pone el banco.",
        "entonces si el euríbor baja, ¿la cuota baja siempre?",
    ),
    _m(
        "Dame un menú semanal para una familia de cuatro con presupuesto ajustado.",
        "Lunes: lentejas con verduras. Martes: tortilla de patatas y ensalada. Miércoles: pasta con atún... (y así hasta el domingo).",
        "añade la lista de la compra para toda la semana",
    ),
    _m(
        "¿Cómo hago un shader de agua en three.js?",
        "Puedes partir de un ShaderMaterial con ondas senoidales en el vertex shader y un fresnel en el fragment; también está el ejemplo Water de los addons.",
        "genial. Por cierto, ¿sabes cuál es la capital de Australia? tengo una apuesta con mi cuñado",
    ),
    _m(
        "Estoy preparando un viaje a Japón en abril.",
        "¡Buena época! Es temporada de sakura. ¿Cuántos días tienes y qué te interesa más?",
        "12 días, me gustan los templos y la comida. ¿Me haces un itinerario?",
    ),
    _m(
        "¿Qué es un fondo indexado?",
        "Un fondo que replica un índice, como el S&P 500, en lugar de intentar batirlo. Suele tener comisiones bajas.",
        "¿y cómo se compara con un ETF?",
    ),
    _m(
        "Revisa este texto para la revista del colegio: 'El pasado martes los alumnos de 4º visitaron el museo de ciencias, donde pudieron ver un planetario y participar en un taller de robotica.'",
        "Solo un detalle: 'robotica' lleva tilde: 'robótica'. Lo demás está bien; podrías añadir una frase de cierre con la opinión de algún alumno.",
        "ponle tú una frase de cierre inventada pero creíble",
    ),
    _m(
        "¿Qué cámara me compro para empezar en fotografía de paisaje, unos 700 €?",
        "Por ese precio, una Canon R50 o una Nikon Z50 de segunda mano con su objetivo de kit van muy bien.",
        "¿y merece la pena comprar un filtro polarizador ya o más adelante?",
    ),
    _m(
        "Mi madre quiere un móvil sencillo, con letras grandes.",
        "Hay modelos pensados para mayores, como los Doro, o puedes configurar un Android normal con el 'modo sencillo' que traen Samsung y Xiaomi.",
        "¿cómo se activa ese modo en un Samsung?",
    ),
    _m(
        "¿Quién fue Clara Campoamor?",
        "Política y abogada española, clave en la aprobación del sufragio femenino en la Constitución de 1931.",
        "hazme un resumen de 5 líneas para un póster",
    ),
    _m(
        "¿Cuánto se tarda en amortizar unas placas solares en una casa?",
        "Depende del consumo y la zona, pero en España suele estar entre 5 y 8 años para una instalación doméstica.",
        "¿y si vivo en Asturias?",
    ),
    _m(
        "Oye, ¿cómo se calcula el área de un círculo?",
        "Pi por el radio al cuadrado: A = π·r².",
        "¿y el volumen de una esfera?",
    ),
    _m(
        "Estoy pintando una maqueta de un avión Spitfire a escala 1:48.",
        "¡Bonito modelo! ¿Usas aerógrafo o pincel?",
        "aerógrafo, pero el camuflaje me queda con bordes muy duros, ¿cómo lo suavizo?",
    ),
    _m(
        "¿Qué es el PIB?",
        "El producto interior bruto: el valor de todos los bienes y servicios finales producidos en un país en un período.",
        "¿y por qué se dice que no mide bien el bienestar?",
    ),
    _m(
        "Necesito un correo para avisar a los clientes de que cambiamos de horario en verano.",
        "Estimados clientes: les informamos de que del 1 de julio al 31 de agosto nuestro horario será de 8:00 a 15:00...",
        "perfecto, ahora en catalán",
    ),
    _m(
        "¿Me ayudas con el test unitario de la función calcularIVA en Jest?",
        "Claro: test('aplica 21 %', () => expect(calcularIVA(100)).toBe(121));",
        "gracias. Última cosa que no tiene nada que ver: ¿cuántos huevos lleva un bizcocho de yogur?",
    ),
    _m(
        "¿Cuál es la mejor manera de aprender a programar a los 45 años?",
        "Empieza con Python con un curso práctico, dedica un rato fijo cada día y haz un proyecto que te resulte útil.",
        "¿y es realista conseguir trabajo en el sector a esa edad?",
    ),
    _m(
        "Quiero hacer un huerto en la terraza.",
        "¡Buena idea! ¿Cuánta luz recibe y cuántos metros tienes?",
        "unos 6 m2 y sol por la tarde. ¿Qué planto en primavera?",
    ),
    _m(
        "¿Cómo se hace una tabla dinámica en Excel?",
        "Seleccionas los datos, Insertar > Tabla dinámica, y arrastras los campos a filas, columnas y valores.",
        "ya, pero es para mis gastos del mes, ¿cómo hago que me agrupe por categoría?",
    ),
    _s(
        "Eres un asistente de programación integrado en el IDE. Ayuda con el código del proyecto abierto.",
        "antes de seguir con el código: ¿qué significa 'deuda técnica'? mi jefa lo dice siempre y me da vergüenza preguntar",
    ),
    _s(
        "Eres el asistente virtual de Telefonía Sur. Atiende dudas de los clientes con amabilidad.",
        "hola, ¿cómo puedo saber si mi móvil es compatible con 5G?",
    ),
    _s(
        "Eres un asistente de redacción para el equipo de comunicación de una universidad.",
        "Escribe una nota de prensa: la Facultad de Ciencias organiza el 20 de mayo una jornada de puertas abiertas con talleres de química y visitas al observatorio.",
    ),
    _s(
        "You are a coding agent with access to the repository. Run tests before proposing changes.",
        "no hace falta tocar el repo: ¿me explicas qué es Git en dos frases para mi padre?",
    ),
    _s(
        "Eres un tutor de matemáticas para alumnos de bachillerato. Guía paso a paso sin dar la solución directamente.",
        "no entiendo por qué la derivada de x² es 2x",
    ),
    _s(
        "Eres el asistente de Recursos Humanos de Grupo Lenar. Responde sobre políticas generales de la empresa.",
        "¿cuántos días de vacaciones corresponden por ley en España con un contrato a tiempo completo?",
    ),
    _s(
        "Eres un asistente de escritura. Mejora estilo y claridad sin cambiar el sentido.",
        "Mejora este párrafo de mi informe de prácticas: 'Durante las prácticas he aprendido muchas cosas y he hecho muchas tareas diferentes que me han servido mucho para aprender.'",
    ),
    _s(
        "Eres un asistente técnico de una tienda de informática. Ayuda a los clientes con sus compras.",
        "¿qué diferencia hay entre un SSD SATA y uno NVMe para un portátil de estudiante?",
    ),
    _s(
        "You are a helpful assistant for a travel agency in Spain. Answer in the customer's language.",
        "¿Necesito visado para ir a Marruecos con pasaporte español?",
    ),
    _s(
        "Eres un asistente de código experto en Django. Responde con ejemplos concretos.",
        "una pregunta rápida fuera del tema: ¿qué portátil me recomiendas para programar por menos de 1.000 €?",
    ),
    _s(
        "Eres un asistente de bibliotecas municipales. Ayuda a los usuarios a encontrar libros y actividades.",
        "Busco novelas históricas ambientadas en la Edad Media para un club de lectura de mayores.",
    ),
    _s(
        "Eres un asistente para profesores de primaria.",
        "Dame una actividad de 20 minutos para explicar las fases de la Luna a niños de 8 años.",
    ),
    _s(
        "Eres el chatbot de atención al cliente de una empresa de software de contabilidad.",
        "¿Qué es exactamente una factura rectificativa? Lo pregunto en general.",
    ),
    _s(
        "Eres un asistente de IA en una herramienta de gestión de proyectos. Ayuda con tareas, plazos y redacción.",
        "Redacta un resumen del sprint para el equipo: se terminaron 14 tareas, quedaron 3 pendientes y la demo al cliente salió bien.",
    ),
    _s(
        "Eres un asistente de salud general. No das diagnósticos; das información y recomiendas acudir al médico.",
        "¿es normal tener agujetas tres días después de empezar a correr?",
    ),
    _s(
        "Eres un asistente de programación. Contesta de forma breve.",
        "¿qué lenguaje me recomiendas aprender primero si quiero trabajar en análisis de datos?",
    ),
    _s(
        "Eres un asistente de un estudio de arquitectura. Ayudas a redactar textos y a responder dudas de clientes.",
        "Escribe un texto para la web describiendo nuestro último proyecto: una biblioteca pública con fachada de madera y patio interior en Logroño.",
    ),
    _s(
        "Eres un asistente de soporte de una empresa de impresoras.",
        "la impresora me saca las hojas con rayas horizontales, ¿qué hago?",
    ),
    _s(
        "Eres un tutor de historia para estudiantes de la EBAU.",
        "hazme un esquema de las causas de la Primera Guerra Mundial",
    ),
    _s(
        "Eres un asistente personal de productividad.",
        "organízame la semana: tengo que entregar un informe el jueves, ir al dentista el martes por la tarde y quiero ir al gimnasio tres días",
    ),
    _s(
        "Eres un asistente de programación en el editor. Tienes acceso a los archivos abiertos.",
        "olvídate del código un momento: ¿cómo le explico a un cliente no técnico por qué el proyecto se retrasa dos semanas? dame un borrador de correo amable",
    ),
]

_JA: list[Item] = [
    _u(
        "忘年会の幹事になりました。乾杯前の挨拶を1分くらいで考えてください。今年は新メンバーが3人増えました。"
    ),
    _u("年賀状の文面、取引先向けと友人向けで1つずつ考えて"),
    _u(
        "町内会の回覧板に入れる「秋の防災訓練のお知らせ」を作ってください。10月第2日曜、小学校の校庭で9時集合。"
    ),
    _u("PTAのお便りで、ベルマーク回収のお願いを柔らかい文章で書いてほしい"),
    _u(
        "新人なんですが、日報ってどう書けばいいんですか?上司に読まれやすい書き方のコツを教えてください"
    ),
    _u("社内報で「この人に聞く」コーナーを担当します。ベテランの営業さんに聞く質問を10個考えて"),
    _u("ふるさと納税の仕組みを、ざっくり教えてください。なぜ得になるの?"),
    _u("iDeCoって会社員でも入れるんですか?一般的なメリットとデメリットを"),
    _u("副業の所得が20万円以下なら確定申告いらないって本当?一般論として教えてください"),
    _u("高額療養費制度って何ですか?どういう場合に使えるのか一般的に知りたい"),
    _u("健康診断でよく見るLDLコレステロールとHDLって、一般的に何が違うんですか?"),
    _u(
        "熱中症にならないために、屋外の部活で気をつけることをまとめて。中学生向けのプリントにしたい"
    ),
    _u("防災リュックに入れておくべきものリストを作ってください。4人家族、小学生の子どもがいます"),
    _u("耐震等級1と3って実際どのくらい違うんですか?家を建てる予定です"),
    _u("木造の在来工法とツーバイフォー、それぞれの特徴を教えてください"),
    _u("茶室の「にじり口」はなぜあんなに小さいの?"),
    _u("盆栽を始めたい。初心者でも枯らしにくい樹種は?"),
    _u("御朱印めぐりのマナーを教えてください。初めて神社で御朱印をもらいます"),
    _u("将棋で「居飛車」と「振り飛車」ってどう違うの?初心者にはどっちがいい?"),
    _u("この俳句、添削してもらえますか?「夕焼けや 帰り道には 猫ひとり」"),
    _u("青春18きっぷで東京から広島まで行くなら、どんなルートがいい?"),
    _u("フィルムカメラを始めたい。最初の1台は何を選べばいい?予算3万円"),
    _u("ペルセウス座流星群をよく見るには、何時ごろにどの方角を見ればいいですか?"),
    _u("皆既月食はなぜ赤く見えるの?"),
    _u("鶴亀算の問題を小学生に説明したい。鶴と亀が合わせて10匹、足が合計28本のとき、それぞれ何匹?"),
    _u("等比数列の和の公式の導き方を、高校1年生にもわかるように説明して"),
    _u("飛行機はなぜあんなに重いのに飛べるんですか?"),
    _u("重曹とクエン酸、掃除で使い分けるのはなぜ?化学的に教えて"),
    _u("江戸幕府が鎖国をした理由って何だったんですか?"),
    _u("戦国大名の中で、内政がうまかったと言われる人は誰?"),
    _u("日銀のマイナス金利解除って、私たちの生活にどう関係するの?"),
    _u("北里柴三郎の功績を、新千円札の話題と絡めて200字で紹介して"),
    _u("大谷翔平選手にファンレターを英語で書きたいです。応援している気持ちが伝わる短い文を考えて"),
    _u("光回線って、フレッツ系と独自回線で何が違うんですか?マンション住まいです"),
    _u("機種変更するときモバイルSuicaの残高ってどうやって移すの?"),
    _u("ルーターって定期的に再起動したほうがいいの?"),
    _u("子どものNintendo Switchに見守り設定をしたい。プレイ時間を1日1時間にするには?"),
    _u("Windows 10のサポートが終わるらしいけど、家のパソコンはどうすればいい?"),
    _u(
        "Bluetoothイヤホンがパソコンとだけ接続が切れます。スマホでは問題なし。何が原因として考えられる?"
    ),
    _u("SESって何ですか?IT業界の求人でよく見るんですが"),
    _u("AIがコードを書くようになったら、エンジニアの仕事ってなくなるんでしょうか"),
    _u("基本情報技術者試験、文系の社会人が3か月で受かるには何から始めればいい?"),
    _u(
        "この小説のあらすじを100字でまとめて。\n\n港町の小さな古書店を営む老人のもとに、ある日一人の少女が訪れる。少女は亡くなった祖母が若いころに手放した一冊の詩集を探していた。老人は記憶をたどり、町の人々に話を聞きながら詩集の行方を追う。やがて詩集は、老人自身がかつて恋した女性から受け取ったものだったことがわかり、少女の祖母こそがその女性だったと知る。"
    ),
    _u(
        "このレシピを英語に訳してください。海外の友達に教えたいです。\n「鍋に水400mlとだしの素を入れて火にかけ、沸騰したら豆腐とわかめを入れる。火を止めてから味噌を溶き入れる。」"
    ),
    _u("ミニ四駆を速くしたい。モーターとギア比、まずどっちを変えるべき?"),
    _u("プラモデルのスミ入れって何ですか?やり方を教えて"),
    _u("キャンプで焚き火をするとき、薪の組み方のコツは?"),
    _u("ぬか漬けを始めたんですが、ぬか床がすっぱくなりすぎました。どうすればいい?"),
    _u("国民年金と厚生年金の違いを簡単に教えて"),
    _u("お盆休みのお知らせをお店のInstagram用に書いて。8月13日から16日まで休みです。カフェです。"),
    _u("来月の部署の歓送迎会の案内メールを作ってください。異動する人2名、新しく来る人1名です"),
    _u("プレゼン資料の1枚目に何を書けばいいか迷います。社内向けの業務改善提案です"),
    _u("囲碁と将棋、子どもの習い事にするならどっちがいい?"),
    _u("京都の町家の「うなぎの寝床」って、なぜあんな細長い形なの?"),
    _u("ソーラーパネルのパワコンってそもそも何をしてるの?"),
    _u("リモートワーク用にモニターを買いたい。27インチで4KとWQHD、どっちがいい?"),
    _u("スマホの「ストレージがいっぱいです」が出たら、まず何を消すといい?"),
    _m(
        "SQLで重複している行だけ抽出したいです",
        "SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1; で重複しているemailを出せます。",
        "ありがとう!ところで、夏バテに効く簡単な料理ってある?",
    ),
    _m(
        "お客様へのお詫びメール、配送が1日遅れた件で",
        "この度はご注文の商品のお届けが遅れ、大変ご迷惑をおかけいたしました。…",
        "もう少し短くして、次回使えるクーポンの案内も入れて",
    ),
    _m(
        "GitHub Actionsのキャッシュが効いてない気がする",
        "actions/cacheのkeyにロックファイルのハッシュが入っているか確認してください。",
        "直った。話変わるけど、北海道旅行は6月と9月どっちがいい?",
    ),
    _m(
        "WebGPUってWebGLと何が違うの?",
        "より低レベルなAPIで、コンピュートシェーダーが使え、CPU側のオーバーヘッドが少ないです。",
        "なるほど。ぜんぜん関係ないけど、映画『千と千尋』の舞台のモデルって本当にあるの?",
    ),
    _m(
        "おすすめの推理小説を教えて",
        "東野圭吾『容疑者Xの献身』、宮部みゆき『火車』、綾辻行人『十角館の殺人』などが定番です。",
        "海外のものだと?",
    ),
    _m(
        "部署の目標発表のスライドを作ってます",
        "いいですね。目標→理由→具体策→スケジュールの順にすると伝わりやすいです。",
        "具体策のページ、文字が多くなっちゃうんだけど、どう減らせばいい?",
    ),
    _m(
        "ヨーロッパの大聖堂でおすすめは?",
        "ケルン大聖堂、ミラノのドゥオーモ、パリのノートルダム、バルセロナのサグラダ・ファミリアあたりが有名です。",
        "サグラダ・ファミリアってまだ完成してないの?",
    ),
    _m(
        "なんで虹は七色なの?",
        "太陽の光が水滴の中で屈折・反射し、波長ごとに分かれるからです。七色というのは文化的な区切りです。",
        "国によって色の数が違うってこと?",
    ),
    _m(
        "在庫サービスと注文サービスの境界をどう切るか悩んでます",
        "在庫の引当ては在庫側に持たせ、注文はイベントで依頼する形がよいと思います。",
        "それはまた今度考える。いまは母の日のカードに書く一言がほしい",
    ),
    _m(
        "つみたてNISAって途中でやめられる?",
        "いつでも売却できます。ただし非課税枠は売却した翌年に復活する仕組みです(新NISA)。",
        "じゃあ急にお金が必要になっても大丈夫ってこと?",
    ),
    _m(
        "お弁当のおかず、冷凍食品なしで5品考えて",
        "卵焼き、鶏のから揚げ、ブロッコリーのおかか和え、にんじんしりしり、ミニトマト。",
        "前の晩に作っておけるのはどれ?",
    ),
    _m(
        "Unityでカメラを揺らす演出をしたい",
        "Cinemachine Impulseを使うか、スクリプトでtransform.localPositionに小さなランダムオフセットを加えます。",
        "了解。ところで今年の十五夜っていつ?",
    ),
    _m(
        "冬に沖縄へ家族旅行したい",
        "いいですね。冬の沖縄は観光客も少なめで過ごしやすいです。何泊の予定ですか?",
        "3泊4日、子どもは5歳と8歳。行き先のおすすめは?",
    ),
    _m(
        "投資信託の信託報酬って何?",
        "運用を任せている間、毎日差し引かれる手数料です。年率で表示されます。",
        "0.1%と1%だと、長期でどのくらい差が出る?",
    ),
    _m(
        "文化祭のポスターのキャッチコピー考えて。テーマは「つなぐ」",
        "「ひとつの教室から、みんなの笑顔へ。」",
        "もう少し短いのを5つ",
    ),
    _m(
        "動物を撮るのに良いレンズは?",
        "望遠ズーム、たとえば100-400mmクラスが動物園でも野鳥でも使いやすいです。",
        "手ブレ補正はあったほうがいい?",
    ),
    _m(
        "このCSVの列、日付の形式がバラバラで読めない",
        "pandasならpd.to_datetime(df['date'], format='mixed')で多くの形式を吸収できます。",
        "助かった。ちなみに「ご査収ください」ってメールでどう使うの?",
    ),
    _m(
        "祖母がスマホで詐欺SMSを受け取ったみたい",
        "リンクは開かず、削除するよう伝えてください。心配なら通信会社の迷惑メッセージ設定を有効に。",
        "高齢者にわかりやすく説明する言い方はある?",
    ),
    _m(
        "津田梅子ってどんな人?",
        "日本初の女子留学生の一人で、津田塾大学の前身・女子英学塾を創設した教育者です。",
        "新五千円札の肖像になった理由も含めて3行で",
    ),
    _m(
        "エアコンの電気代を安くしたい",
        "自動運転にして、こまめにオンオフしないのが基本です。フィルター掃除も効果的です。",
        "つけっぱなしと消すの、何分外出なら消したほうがいい?",
    ),
    _m("三角形の面積の公式は?", "底辺×高さ÷2です。", "じゃあ台形は?"),
    _m(
        "面接で「弱みは?」と聞かれたらどう答える?",
        "弱みを正直に伝え、それを補うために取り組んでいることをセットで話すのがよいです。",
        "例を一つ作ってみて。事務職志望です",
    ),
    _m(
        "レゴで街を作っています",
        "楽しそうですね!どんな街並みですか?",
        "ヨーロッパ風。建物の壁を単調に見せないコツは?",
    ),
    _m(
        "インフレって悪いことなの?",
        "緩やかなインフレは経済成長にともなう自然なものとされますが、急激だと生活が苦しくなります。",
        "スタグフレーションは?",
    ),
    _m(
        "年末年始の営業時間のお知らせを作って",
        "誠に勝手ながら、12月29日から1月3日まで休業いたします。1月4日より通常営業いたします。",
        "中国語版も作れる?",
    ),
    _m(
        "Goでテーブル駆動テストの書き方は?",
        "tests := []struct{ in, want int }{{1,2},{2,4}}; for _, tt := range tests { ... } のように書きます。",
        "OK。あと、肩こりに効くストレッチ教えて",
    ),
    _s(
        "あなたはVS Codeに組み込まれたAIアシスタントです。",
        "コードと関係ないけど、「車輪の再発明」ってどういう意味?",
    ),
    _s(
        "あなたはネット通販サイトのカスタマーサポートAIです。",
        "ギフト包装ってできますか?のしも付けられる?",
    ),
    _s(
        "あなたは銀行アプリのアシスタントで、一般的な金融知識のみ答えます。",
        "外貨預金って普通預金と何が違うんですか?",
    ),
    _s("あなたは市役所の問い合わせ対応AIです。", "粗大ごみの出し方を一般的に教えてください"),
    _s(
        "あなたはフィットネスアプリのAIトレーナーです。",
        "腕立て伏せが1回もできません。どこから始めればいい?",
    ),
    _s(
        "あなたは自動車教習所の学習サポートAIです。",
        "S字クランクでいつも脱輪します。コツを教えてください",
    ),
    _s(
        "You are a coding agent with repository access. Keep changes minimal.",
        "コードは触らなくていいよ。日本語入力、Google日本語入力とMicrosoft IMEどっちがおすすめ?",
    ),
    _s(
        "あなたは小説執筆をサポートするアシスタントです。",
        "ミステリー短編の冒頭、雨の夜の駅で始まる場面を400字で書いて",
    ),
    _s(
        "あなたは日英翻訳アシスタントです。",
        "「引き続きよろしくお願いいたします」を自然な英語にしてください。ビジネスメールの締めです",
    ),
    _s(
        "あなたは大学受験の英語講師アシスタントです。", "関係代名詞のwhatとthatの違いがわかりません"
    ),
    _s(
        "あなたは病院の受付案内AIで、一般的な案内のみ行います。",
        "紹介状がないと大きい病院で追加料金がかかるって本当ですか?",
    ),
    _s(
        "あなたは法律の一般知識を案内するアシスタントです。個別の相談には応じません。",
        "賃貸の退去時の原状回復って、一般的にどこまで借り主負担なんですか?",
    ),
    _s("あなたは保険会社のチャットサポートです。", "自転車保険って義務なんですか?"),
    _s(
        "あなたはマンション管理会社のAIアシスタントです。",
        "エレベーター点検のお知らせ文を作成してください。11月5日10時から12時、使用できません。",
    ),
    _s("あなたは美術館の鑑賞ガイドAIです。", "浮世絵の「ベロ藍」って何ですか?"),
    _s(
        "あなたは英会話の練習相手です。簡単な英語で話してください。",
        "カフェで注文する練習をしたいです",
    ),
    _s("あなたは家庭菜園アプリのアシスタントです。", "ミニトマトの脇芽かきって必ずやらないとダメ?"),
    _s("あなたは自動車ディーラーのサポートAIです。", "車検と12か月点検ってどう違うの?"),
    _s(
        "あなたはプルリクエストをレビューするボットです。",
        "レビューは後で。ところで、エンジニアが英語を勉強するならどんな方法がいい?",
    ),
    _s(
        "あなたは保育園の連絡帳アプリのアシスタントです。",
        "運動会の持ち物のお知らせ文を、保護者向けにやさしく書いてください。水筒、帽子、タオルです。",
    ),
    _u(
        "理科の自由研究で、家の窓から毎日同じ時刻に月を撮影して形の変化をまとめたい。スマホでうまく撮るコツと、まとめ方のアイデアをください"
    ),
]

_ZH: list[Item] = [
    _u("公司年会要我当主持人，帮我写一段开场白，要热闹一点，有抽奖和节目表演环节"),
    _u("教师节快到了，想给研究生导师发条祝福微信，不要太肉麻"),
    _u("小米路由器组mesh，主路由放客厅，子路由放卧室，用有线回程还是无线回程好？"),
    _u("公积金贷款和商业贷款一般有什么区别？我只是想先了解下规则"),
    _u("孩子高考620分，计算机和电气工程这两个专业以后就业前景怎么比？"),
    _u("考研还是直接工作？本科211，学的是会计"),
    _u(
        "帮我把这段景区介绍翻译成英文，要地道一点：\n千岛湖位于浙江省淳安县，湖中大小岛屿一千余座，湖水清澈，是国家5A级旅游景区。每年春秋两季，游客可乘船环湖游览，品尝当地特色鱼头。"
    ),
    _u("帮我写一篇小红书文案，推广我自己做的手工皂，天然配方，适合敏感肌"),
    _u("社保断缴几个月一般会有什么影响？就是想了解一下"),
    _u("异地就医医保报销一般是什么流程？"),
    _u("鸿蒙系统和安卓到底是什么关系？"),
    _u("大模型是什么？为什么大家都在说“参数量”？用大白话讲讲"),
    _u("拍汉服写真，什么时间段、什么场景出片率高？"),
    _u("毛笔字零基础想入门，先练楷书还是隶书？买什么字帖？"),
    _u("买了个大疆Mini 4 Pro，国内飞无人机一般要注意哪些规定？"),
    _u("装修吊顶是做石膏板还是铝扣板？厨房卫生间分别怎么选"),
    _u("榫卯结构为什么不用钉子也那么牢固？"),
    _u("赵州桥为什么一千多年都没塌？从结构上讲讲"),
    _u("二十四节气是怎么定出来的？和农历有什么关系？"),
    _u("天问一号是怎么飞到火星的？为什么要等发射窗口？"),
    _u("鸡兔同笼，头35个，脚94只，鸡和兔各多少？用方程和不用方程两种方法讲给四年级孩子"),
    _u("等差数列前n项和的公式是怎么推出来的？"),
    _u("二手房交易里的“满五唯一”是什么意思？一般能省哪些税？"),
    _u("信用卡分期说月手续费0.6%，真实年化大概是多少？举个例子算算"),
    _u("投资里说的“72法则”是什么？准不准？"),
    _u("帮我写一段屠呦呦的事迹简介，用在科学节的展板上"),
    _u("苏轼一生被贬了几次？每次都去了哪里？"),
    _u("郑和下西洋为什么后来停止了？"),
    _u("幽门螺杆菌是怎么传染的？一般家里要分餐吗？"),
    _u("高血压的人饮食上一般要注意什么？科普一下就行"),
    _u("宝宝发烧38.5度以上一般怎么处理？什么情况要去医院？"),
    _u("多肉植物夏天总是烂根，怎么浇水才对？"),
    _u("围棋入门先学什么？有没有适合成人的APP"),
    _u("RAW格式和JPG到底差在哪？手机拍照有必要开RAW吗？"),
    _u("手机电池健康度掉到80%了，要换电池还是换手机？"),
    _u("手机丢了以后，一般第一时间要做哪些事？比如支付宝微信怎么处理"),
    _u("U盘格式化的时候选FAT32、exFAT还是NTFS？我要在电视上放电影"),
    _u("打印机怎么设置自动双面打印？Windows 11，兄弟打印机"),
    _u("客厅想买投影仪代替电视，白天能看清吗？要多少流明"),
    _u("米家的智能开关和人体传感器怎么设置联动，晚上起夜自动开灯？"),
    _u("小区地下车位装充电桩，一般需要准备什么材料、找谁审批？"),
    _u("年终奖单独计税是怎么算的？用一个虚构的数字举例"),
    _u("帮我写一份客户答谢会的邀请函，时间是12月20日晚上，地点在酒店三楼宴会厅"),
    _u("帮我写个竞聘班组长的演讲稿，三分钟，我在车间干了六年"),
    _u(
        "帮我把这份新品发布新闻稿改得更有吸引力，产品上周已经公开发布了：“我司推出新款空气炸锅，容量5升，支持APP控制。”"
    ),
    _u("《活着》的读后感怎么写才不流水账？给个框架"),
    _u("把“海内存知己，天涯若比邻”翻译成英文，保留意境"),
    _u("帮我看看这段作文开头怎么改更吸引人：“那天天气很好，我和妈妈一起去公园玩。”"),
    _u(
        "总结一下这篇故事讲了什么：\n\n老木匠有三个徒弟。出师那天，他给每人一块木头，让他们做一件最能代表自己的东西。大徒弟雕了一匹骏马，二徒弟做了一把椅子，小徒弟却只把木头打磨得光滑平整。师傅问他为什么，小徒弟说：“我还没想好自己是什么，所以先让它保持最好的样子。”师傅笑着把自己的刨子送给了他。"
    ),
    _u("为什么飞机能飞起来？伯努利原理真的能解释吗"),
    _u("小苏打和白醋混在一起清洁水垢真的有用吗？原理是什么"),
    _u("秦始皇统一文字对后来有什么影响？"),
    _u("美联储加息为什么会影响A股？"),
    _u("想学剪辑做vlog，剪映和PR选哪个入门？"),
    _u("工作中怎么礼貌地拒绝同事临时塞过来的活？给几个说法"),
    _u("钓鲫鱼用什么饵料？春天水温低"),
    _u("家里老人总转发养生谣言，怎么教他们分辨？"),
    _u("魔方三阶入门公式怎么记？"),
    _m(
        "Flutter里Row里的Text超出屏幕了，报overflow",
        "把Text包在Expanded或Flexible里，再设overflow: TextOverflow.ellipsis。",
        "好了。对了，“差强人意”到底是满意还是不满意？",
    ),
    _m(
        "帮我把下面这段话翻成日语：明天的会议改到下午三点，请大家准时参加。",
        "明日の会議は午後3時に変更になりました。皆さま、時間どおりにご参加ください。",
        "再来个更客气的版本，发给客户的",
    ),
    _m(
        "Kafka的分区数一般怎么定？",
        "按目标吞吐量除以单分区吞吐估算，再考虑消费者并发数，后期只能加不能减。",
        "明白。另外周末想带孩子去科技馆，北京哪个比较好？",
    ),
    _m(
        "顶点着色器里怎么让草随风摆动？",
        "在vertex shader里按高度加一个sin(time + position.x)的偏移，根部权重为0。",
        "好的好的。换个话题，推荐几部适合全家看的动画电影",
    ),
    _m(
        "帮我出几道初二的一元一次方程应用题",
        "1. 小明买了3本笔记本和2支笔共花了23元，笔记本比笔贵4元，各多少钱？……",
        "再出两道难一点的，带答案",
    ),
    _m(
        "我想给爸爸买个血压计",
        "上臂式一般比手腕式更准，选通过认证的品牌就好。",
        "量的时候有什么要注意的？",
    ),
    _m(
        "帮我写一段给新同事的欢迎词，发在部门群里",
        "欢迎小周加入市场部！小周之前在广告公司做了三年策划，以后大家多多关照～",
        "加一句介绍他的爱好，他喜欢徒步",
    ),
    _m(
        "为什么月亮总是同一面对着地球？",
        "因为潮汐锁定：月球自转周期和公转周期相同。",
        "那其他行星的卫星也这样吗？",
    ),
    _m(
        "ES的分片和副本怎么规划比较合理？",
        "单分片控制在几十GB以内，副本至少1个，按节点数均衡分布。",
        "行，回头再细看。问个生活问题：羽绒服能机洗吗？",
    ),
    _m(
        "个人所得税APP里的专项附加扣除怎么填？",
        "在首页选“专项附加扣除填报”，按类别填写，比如住房贷款利息、赡养老人等。",
        "赡养老人那项，兄弟姐妹怎么分摊？一般规定",
    ),
    _m(
        "用Excel怎么给成绩排名？",
        "用RANK.EQ函数，比如=RANK.EQ(B2,$B$2:$B$50)。",
        "这是我自己给孩子记的每次月考成绩，同分的怎么让名次一样、后面的顺延？",
    ),
    _m(
        "你知道李白和杜甫谁年纪大吗？", "李白（701年生）比杜甫（712年生）大11岁。", "他们见过面吗？"
    ),
    _m(
        "帮我翻译这句：Please find attached the minutes of yesterday's meeting.",
        "附件是昨天会议的纪要，请查收。",
        "再改得口语一点，发微信用",
    ),
    _m(
        "我想学游泳，成年人晚不晚？",
        "一点都不晚，成人学蛙泳一般十几节课就能游起来。",
        "先学蛙泳还是自由泳？",
    ),
    _m(
        "Spring Boot启动报端口被占用",
        "改server.port，或者用netstat查出占用8080的进程关掉。",
        "解决了。顺便问一下，今年中秋节是几号？",
    ),
    _m(
        "房子朝北，冬天特别冷",
        "可以先从门窗密封、加厚窗帘入手，再考虑地暖或电暖器。",
        "电暖器哪种类型最省电？",
    ),
    _m(
        "给我讲讲三国里赤壁之战",
        "208年，孙刘联军在赤壁用火攻大败曹操，奠定三分天下的格局。",
        "诸葛亮借东风是真的吗？",
    ),
    _m(
        "帮我写一个朋友圈文案，晒周末去爬山的照片",
        "周末逃离城市，和山风撞个满怀🌄",
        "再来三个不同风格的",
    ),
    _m("为什么冬天容易静电？", "空气干燥，电荷不容易散掉，加上毛衣化纤摩擦多。", "那怎么减少？"),
    _m(
        "useEffect依赖数组留空是什么意思？",
        "只在组件挂载后执行一次，卸载时执行清理函数。",
        "懂了。问个题外话，程序员面试穿什么合适？",
    ),
    _m(
        "想把家里旧照片扫描保存",
        "可以用平板扫描仪，或者手机APP比如扫描全能王，分辨率建议600dpi。",
        "扫完之后怎么按年份整理比较好？",
    ),
    _m(
        "什么是通货紧缩？",
        "物价普遍持续下跌，常伴随需求不足。",
        "物价下跌不是好事吗？为什么经济学家担心",
    ),
    _m(
        "帮我设计一个五一亲子手工活动",
        "可以做“纸盘子太阳花”：准备纸盘、彩纸、胶棒，让孩子剪花瓣贴上去。",
        "适合3岁的孩子吗？要怎么简化",
    ),
    _m(
        "Docker镜像太大了怎么办？",
        "用多阶段构建、选alpine或slim基础镜像，并清理缓存。",
        "好的。另外帮我想个宠物狗的名字，是只柯基",
    ),
    _m(
        "一年级数学“凑十法”是什么？",
        "把一个数拆开，先凑成10再加剩下的，比如8+5=8+2+3=13。",
        "孩子老是不会拆，有什么游戏能练？",
    ),
    _s("你是集成在JetBrains IDE中的编程助手。", "跟代码无关：程序员常说的“祖传代码”是什么梗？"),
    _s("你是某电商平台的智能客服。", "七天无理由退货一般包括哪些商品？哪些不能退？"),
    _s("你是银行手机APP里的智能助手，只回答通用金融知识。", "LPR是什么？它变了我的房贷会怎样？"),
    _s("你是政务服务热线的智能助手。", "第一次办护照一般要带什么材料？"),
    _s("你是健身APP里的AI教练。", "深蹲的时候膝盖超过脚尖真的会受伤吗？"),
    _s("你是驾校的学员服务助手。", "科目二倒车入库老是压线，有什么技巧？"),
    _s(
        "You are an autonomous coding agent working in a monorepo. Prefer small commits.",
        "这个不用改代码：Windows上搜狗输入法和微软拼音哪个好用？",
    ),
    _s(
        "你是网文写作助手，帮助作者构思情节、润色文字。",
        "我写的是仙侠小说，主角刚下山，帮我设计一个有悬念的第一章结尾",
    ),
    _s(
        "你是专业的中英翻译助手，译文要自然。",
        "请翻译：本店所有商品支持七天无理由退换，详情请咨询客服。",
    ),
    _s("你是考研英语辅导助手。", "长难句总是读不懂，有什么拆分方法？"),
    _s("你是医院的导诊机器人，只给出一般性建议，不做诊断。", "老是头晕，一般应该挂哪个科？"),
    _s(
        "你是一个法律科普助手，只讲一般规定，不针对个案。",
        "租房到期退租，房东一般可以扣押金的情况有哪些？",
    ),
    _s("你是保险公司的在线客服。", "重疾险和医疗险有什么区别？一般怎么搭配"),
    _s(
        "你是物业管理公司的微信客服助手。",
        "帮我拟一个停水通知：本周六上午8点到12点二次供水设备检修，1到6号楼停水。",
    ),
    _s("你是博物馆的语音导览助手。", "青铜器上的饕餮纹代表什么？"),
    _s("你是英语口语陪练，用简单英语和中文解释。", "“我最近忙得团团转”用英语怎么说比较地道？"),
    _s("你是农业技术服务助手。", "水稻抽穗期遇到连续高温，一般有什么应对办法？"),
    _s("你是汽车4S店的客服助手。", "新车首保一般是多少公里？机油多久换一次？"),
    _s(
        "你是代码审查机器人，负责审查合并请求。",
        "先不审了，问一下：工作三年，跳槽涨薪一般多少算合理？",
    ),
    _s(
        "你是幼儿园的家园沟通助手。",
        "帮我写一段提醒家长的通知：下周一开始换秋季园服，请给孩子准备好名字贴。",
    ),
    _s("你是学习规划助手。", "我下学期要考教师资格证和英语六级，时间冲突吗？帮我排个计划"),
    _u("帮我写一段给小区保安师傅的感谢话，他大雪天帮我们把快递送上楼，准备贴在业主群里"),
]

_EN: list[Item] = [
    _u(
        "Can you tidy up these notes into proper minutes for our allotment society AGM? - treasurer re-elected - water butts to be replaced before May - hedge trimming rota agreed - next meeting 3rd Oct"
    ),
    _u(
        "write a linkedin post congratulating our old intern Priya on landing her first full-time role at a design agency. warm, not cringe"
    ),
    _u(
        "My grandad wants a laptop just for emails, video calls with us and the news. Chromebook or cheap Windows laptop?"
    ),
    _u(
        "Build me a simple Google Sheets layout to track my marathon training: date, distance, pace, how I felt, and a weekly total."
    ),
    _u(
        "Is it worth doing a master's in HCI if I'm already a UX designer with 3 years experience? Genuinely torn."
    ),
    _u(
        "Summarise this for me in plain English, it's from the council newsletter:\n\nFollowing consultation with residents, the Borough will introduce a revised kerbside collection schedule from 1 April. Food waste will continue to be collected weekly, while general waste will move to a fortnightly cycle, alternating with mixed recycling. Garden waste collections remain a chargeable subscription service. Residents in flats with communal bins will receive separate guidance from their managing agents. The changes are expected to increase recycling rates by an estimated 8 percentage points and reduce collection vehicle mileage."
    ),
    _u("What's the zone system Ansel Adams used? Does it still matter with digital cameras?"),
    _u(
        "We're thinking about a loft conversion in a 1930s semi. Roughly what's involved - dormer vs velux, building regs, party wall stuff? Just want the overview before calling builders."
    ),
    _u("explain opportunity cost using the example of going to uni vs starting work at 18"),
    _u("Why did the Byzantine Empire last so much longer than the Western Roman Empire?"),
    _u(
        "How do index-linked bonds actually protect against inflation? Asking in general, I don't own any."
    ),
    _u(
        "Translate into Spanish please, it's for a sign at our campsite reception: 'Quiet hours are 10pm to 7am. Please keep dogs on leads and dispose of barbecue ashes in the metal bins provided.'"
    ),
    _u(
        "Our office Wi-Fi drops every afternoon around 3. Small office, 12 people, one consumer router from the ISP. Where do I even start?"
    ),
    _u(
        "Draft an all-staff email announcing that the car park will be resurfaced next weekend and nobody can park there Saturday or Sunday."
    ),
    _u(
        "I've got to give a 15 minute talk to new starters about how our charity shop works - donations, pricing, gift aid. Give me a slide outline."
    ),
    _u("Give me a 120-word bio of Mary Anning I can use on a museum activity card for kids."),
    _u(
        "Is Dropbox still worth paying for in 2024 or is OneDrive with Office good enough for a freelancer?"
    ),
    _u(
        "how much protein do you actually need per day if you lift weights 3x a week? general guidance"
    ),
    _u(
        "Planning my first astrophotography session of the Orion Nebula with a star tracker. What exposure length should I start with at 200mm?"
    ),
    _u(
        "A train leaves at 14:10 and travels 210 km at an average of 84 km/h. When does it arrive? Show the steps, it's for my son's homework."
    ),
    _u(
        "Write a farewell speech for our head teacher who's retiring after 22 years. I'm the deputy and have about three minutes."
    ),
    _u(
        "Is it true that long passphrases are better than complicated short passwords? Explain why like I'm not technical."
    ),
    _u(
        "Which is more useful for a career in finance, CFA Level 1 or an Excel/financial modelling course?"
    ),
    _u(
        "why do central banks raise interest rates to fight inflation? doesn't that make mortgages worse for everyone"
    ),
    _u(
        "Rewrite this paragraph for our annual impact report so it sounds less stiff. It's public already: 'In the reporting period the organisation delivered 412 workshops to 6,300 participants across 19 schools.'"
    ),
    _u("What actually happens during a solar eclipse and why don't we get one every month?"),
    _u("Resin 3D printing vs FDM for tabletop miniatures - which should a beginner get?"),
    _u("Is it 'fewer' or 'less' in 'less than 10 items'? The supermarket sign is driving me mad"),
    _u(
        "What AI tools are people in marketing actually using day to day? Not looking for a sales pitch, just the landscape."
    ),
    _u(
        "What makes Brutalist architecture Brutalist? I walk past the Barbican every day and want to appreciate it more."
    ),
    _u("In general, how does the UK marriage allowance work?"),
    _u("tips for drawing hands? mine always look like bunches of bananas"),
    _u(
        "Write a short thank-you review for the mobile mechanic who fixed my car on the driveway in the rain. Five stars."
    ),
    _u(
        "If I overpay my mortgage by £100 a month, roughly how does that change the term? Just show me the general maths with a made-up example."
    ),
    _u(
        "My Mac says 'Your disk is almost full' but I can't see what's taking the space. How do I find out?"
    ),
    _u("What can I see through 10x50 binoculars on a dark night in the countryside?"),
    _u("Write a limerick for my brother's 40th. He's obsessed with cycling and always late."),
    _u(
        "What's the difference between being made redundant and being dismissed, in general terms in the UK?"
    ),
    _u(
        "Turn these bullets into a short paragraph for our team's monthly update: launched the new volunteer handbook, ran two induction days, 14 new volunteers onboarded."
    ),
    _u("how do I get my kindle to show up on my laptop so I can drag PDFs onto it"),
    _u(
        "I'm a nurse thinking of moving into health informatics. What courses or qualifications would help?"
    ),
    _u(
        "What is leading lines composition and can you give me three everyday examples to try on a walk?"
    ),
    _u(
        "Help me set up a spreadsheet to split bills fairly between four housemates when we all have different size rooms."
    ),
    _u("Can you explain entropy without using the word 'disorder'?"),
    _u("What is the general advice on how long you should stay off work with norovirus?"),
    _u(
        "Write a thank-you note to the volunteers who ran the school summer fair, mention the tombola and the cake stall."
    ),
    _u(
        "Our new smart TV keeps asking to 'accept updated terms'. What's it actually collecting, in general, and can I use it without agreeing?"
    ),
    _u("Give me a quick overview of the causes of the 1929 Wall Street Crash."),
    _u(
        "scale this flapjack recipe to a 30x20 tin instead of 20x20: 250g oats, 125g butter, 125g sugar, 3 tbsp golden syrup"
    ),
    _u("Any decent free courses to learn SQL for someone in HR who just wants to pull reports?"),
    _u(
        "Write a short announcement for our Slack: the office will trial a four-day cleaning schedule and kitchen will be closed Friday afternoons."
    ),
    _u("How do ETFs make money if their fees are so low?"),
    _u("In oil painting, what's 'fat over lean' and why does it matter?"),
    _u("Give me 10 interesting facts about Ada Lovelace for a classroom display."),
    _u("Why does my phone say 'storage optimised' for photos - are the originals gone?"),
    _u("What's the probability two people in a class of 30 share a birthday? Explain the trick."),
    _m(
        "why does my goroutine leak when the channel is never read?",
        "Because the sender blocks forever on an unbuffered channel; nothing wakes it. Use a buffered channel, a select with ctx.Done(), or make sure a receiver always drains it.",
        "makes sense. totally different thing, I need a name for my sister's bakery in Leeds, something punny",
    ),
    _m(
        "Can you look at the opening of my personal statement? 'Ever since I was young I have been passionate about geography.'",
        "It's a very common opener. Try starting with a specific moment, e.g. the flood on your street or a field trip that changed how you saw a place.",
        "ok the moment is watching the river burst its banks in 2015. rewrite it around that",
    ),
    _m(
        "Our scene drops to 20fps when all the trees are visible",
        "Instance the trees with InstancedMesh and add LODs; that usually cuts draw calls massively.",
        "will try. anyway, can you recommend a podcast about Roman history for my commute?",
    ),
    _m(
        "Should we shard the orders table by customer or by region?",
        "By customer id usually gives the most even spread; region sharding risks hot shards around big cities.",
        "let's park that. Unrelated: what's the tipping etiquette in New York restaurants?",
    ),
    _m(
        "What's the difference between mean and median?",
        "Mean is the average of all values; median is the middle value when sorted, so it isn't pulled by extremes.",
        "so when the news talks about house prices, which one should they use?",
    ),
    _m(
        "write a haiku about autumn",
        "Amber leaves let go / the wind keeps none of its promises / puddles hold the sky",
        "now one about the first snow",
    ),
    _m(
        "What's the Sicilian Defence in chess?",
        "1.e4 c5 - Black fights for the centre from the side and creates an unbalanced position.",
        "is it a good one for a beginner to learn?",
    ),
    _m(
        "can I replace buttermilk in a recipe?",
        "Yes: add a tablespoon of lemon juice or vinegar to 250ml of milk and leave it 10 minutes.",
        "does that work for pancakes specifically?",
    ),
    _m(
        "my monstera's leaves are going yellow",
        "Most often that's overwatering; let the top few cm of soil dry before watering again.",
        "it's right next to a radiator, does that matter?",
    ),
    _m(
        "Help me write a cover letter for a library assistant job",
        "Dear Hiring Manager, I'm excited to apply for the Library Assistant role at Eastbrook Library...",
        "make it sound less desperate, I used 'grateful' three times",
    ),
    _m(
        "Translate this French menu line: 'Ris de veau aux morilles, purée maison'",
        "Veal sweetbreads with morel mushrooms, homemade mash.",
        "what are sweetbreads actually??",
    ),
    _m(
        "What does the orange engine light usually mean?",
        "It's the engine management light - a fault has been logged, often a sensor. A steady light is less urgent than a flashing one.",
        "it's steady. can I still drive to work tomorrow?",
    ),
    _m(
        "Who built Stonehenge?",
        "Neolithic and Bronze Age people in several phases from around 3000 BC to 1500 BC.",
        "how did they move the big stones that far?",
    ),
    _m(
        "help me name a tavern for my D&D campaign",
        "The Drowned Lantern, The Crooked Anvil, The Gilded Goose...",
        "The Drowned Lantern it is. give the barkeep a backstory",
    ),
    _m(
        "What's the difference between knit and purl?",
        "They're mirror images: knit pushes the loop to the back, purl to the front. Alternating rows gives stocking stitch.",
        "my tension is so tight I can barely get the needle in",
    ),
    _m(
        "I'm running my first marathon in April",
        "Exciting! What's your target time and how many weeks do you have?",
        "sub 4:30, 16 weeks. what should I eat the night before?",
    ),
    _m(
        "Science fair idea for a 9 year old?",
        "The classic baking soda volcano, or growing crystals from salt or sugar.",
        "something less messy? we're in a flat",
    ),
    _m(
        "Here are my notes from book club planning: next book 'Piranesi', host is Tom, bring snacks, vote on December book",
        "Next meeting: we're reading 'Piranesi', hosted by Tom. Please bring snacks; we'll vote on the December pick.",
        "turn that into a friendly WhatsApp message",
    ),
    _m(
        "how do I reset airpods",
        "Put them in the case, open the lid, hold the button on the back for 15 seconds until the light flashes amber then white.",
        "did that, still only the left one plays",
    ),
    _m(
        "list comprehension to get all emails from a list of dicts?",
        "emails = [u['email'] for u in users if 'email' in u]",
        "nice. different topic - what's the best way to learn touch typing as an adult?",
    ),
    _m(
        "How many bones are in the human body?",
        "206 in a typical adult.",
        "why do babies have more?",
    ),
    _m(
        "Here's my best man speech draft, can you trim it?",
        "Sure - paste it in and tell me how long you want it.",
        "about 3 minutes, it's currently 7",
    ),
    _m(
        "How do you ask for a raise, in general?",
        "Pick a good moment, bring evidence of your impact and market rates, and ask for a specific figure.",
        "and if they just say there's no budget this year?",
    ),
    _m(
        "affect vs effect?",
        "Usually 'affect' is the verb (to influence) and 'effect' is the noun (the result).",
        "give me 3 example sentences so it sticks",
    ),
    _m(
        "We're moving house next month",
        "Good luck! Want a checklist for the weeks before the move?",
        "yes, and remind me about things like redirecting post and meter readings",
    ),
    _m(
        "Explain supply chain 'bullwhip effect' please",
        "Small changes in customer demand get amplified as orders move up the chain, so suppliers see wild swings.",
        "is that what happened with toilet paper in 2020?",
    ),
    _s(
        "You are an AI assistant embedded in a JetBrains IDE.",
        "random one: where does the word 'bug' for a software fault come from?",
    ),
    _s(
        "You are the support assistant for Greenbox, a meal-kit delivery service.",
        "can I pause deliveries while I'm on holiday for two weeks?",
    ),
    _s(
        "You are a university writing centre tutor. Help students improve their own writing.",
        "How should I structure a compare-and-contrast essay on two novels?",
    ),
    _s(
        "You are a software engineering agent. You can read and modify files and run commands.",
        "before you start - is it pronounced 'gif' or 'jif'? settle this for the office",
    ),
    _s(
        "You are a physics tutor for 14-16 year olds. Use everyday examples.",
        "why does ice float if it's solid?",
    ),
    _s(
        "You are the HR policy assistant for Marlow & Finch. Answer general policy questions only.",
        "In general, what's the difference between a flexible working request and a hybrid arrangement?",
    ),
    _s(
        "You are a cooking assistant. Keep answers practical.",
        "what can I use instead of eggs in brownies?",
    ),
    _s(
        "You are the chat assistant for a garden centre.",
        "When should I plant tulip bulbs, and how deep?",
    ),
    _s(
        "You are a bank's virtual assistant. Only give general information.",
        "What's an interest-free overdraft buffer?",
    ),
    _s(
        "You are a virtual guide for a museum's Ancient Egypt gallery.",
        "why did the Egyptians mummify cats?",
    ),
    _s(
        "You are a DIY store assistant.",
        "What grit sandpaper should I use to refinish an old pine table?",
    ),
    _s(
        "You are the coach in a running app.",
        "I'm on week 4 of couch to 5k and it's really hard. Can I repeat a week?",
    ),
    _s(
        "You are an expert SQL assistant for data analysts.",
        "off topic but I need a good sci-fi book for a long flight, any ideas?",
    ),
    _s(
        "You are the customer assistant for a UK airline.",
        "How much liquid can I take in hand luggage?",
    ),
    _s(
        "You are a careers adviser assistant for a sixth-form college.",
        "How do degree apprenticeships compare with going to uni?",
    ),
    _s(
        "You are an assistant inside a data notebook tool.",
        "not a code question: how do I explain correlation vs causation to my manager without sounding patronising?",
    ),
    _s(
        "You are the assistant for an estate agency website.",
        "What does leasehold mean and why do people say to be careful with it?",
    ),
    _s(
        "You are a legal information assistant. You give general information, not advice on individual cases.",
        "How does small claims court work in England, roughly?",
    ),
    _s(
        "You are an online pharmacy's help assistant. You give general information and suggest speaking to a pharmacist when needed.",
        "Can you generally take ibuprofen and paracetamol together?",
    ),
    _s(
        "You are a friendly chess coach bot.",
        "I keep losing my queen in the first ten moves. What am I doing wrong?",
    ),
    _s(
        "You are the support bot for a smart thermostat brand.",
        "How do I set a holiday mode so the heating stays low while we're away?",
    ),
]

_DE: list[Item] = [
    _u(
        "Kannst du aus meinen Stichpunkten ein Protokoll der Elternbeiratssitzung machen? – Sommerfest am 28.6. – Kuchenliste hängt im Flur – neue Turnbeutel werden bestellt – nächste Sitzung nach den Ferien"
    ),
    _u(
        "schreib mir bitte ne kurze Glückwunschkarte für meinen Kollegen Jens, der Papa geworden ist. locker, gern mit bisschen Humor"
    ),
    _u(
        "Unsere FritzBox soll ein Gäste-WLAN für Besucher bekommen. Wie richte ich das ein, ohne dass die an mein NAS kommen?"
    ),
    _u(
        "Ich möchte in LibreOffice Calc eine Tabelle für unsere Nebenkosten führen: Strom, Gas, Wasser, Müll – mit Vergleich zum Vorjahr. Wie baue ich das sinnvoll auf?"
    ),
    _u(
        "Lohnt sich ein duales Studium Wirtschaftsinformatik noch, oder lieber direkt Fachinformatiker-Ausbildung?"
    ),
    _u(
        "Fass mir den Text bitte in drei Sätzen zusammen:\n\nDie Stadtbibliothek verlängert ab dem kommenden Monat ihre Öffnungszeiten. Künftig ist das Haus auch samstags bis 18 Uhr geöffnet, an Donnerstagen sogar bis 21 Uhr. Möglich wird dies durch ein neues Selbstverbuchungssystem, mit dem Besucherinnen und Besucher Medien ohne Personal ausleihen und zurückgeben können. Die Leitung betont, dass die Beratung an der Theke zu den Kernzeiten weiterhin angeboten wird. Zudem soll im Herbst ein Lesecafé im Erdgeschoss eröffnen."
    ),
    _u(
        "Was bringt ein ND-Filter bei Langzeitbelichtungen am Wasserfall, und welche Stärke sollte man zuerst kaufen?"
    ),
    _u(
        "Wir wollen im Einfamilienhaus von 1975 die Ölheizung durch eine Wärmepumpe ersetzen. Welche Schritte kommen grob auf uns zu – Heizlast, Heizkörper, Förderung?"
    ),
    _u("erklär mir Inflation am Beispiel vom Döner-Preis"),
    _u("Warum ist die Weimarer Republik gescheitert? Die wichtigsten Gründe, bitte knapp."),
    _u(
        "Übersetz bitte ins Englische, das ist für den Aushang in unserer Ferienwohnung: „Bitte den Müll trennen. Die gelben Säcke kommen in die Tonne hinter dem Haus. Abreise bis 10 Uhr.“"
    ),
    _u(
        "Mein Laptop findet das 5-GHz-Netz nicht, nur 2,4 GHz. Handy sieht beide. Woran kann das liegen?"
    ),
    _u(
        "Formuliere eine Rundmail ans Kollegium: Ab Montag ist der Kopierer im 2. OG defekt, bitte den im Erdgeschoss nutzen, Reparatur ist beauftragt."
    ),
    _u(
        "Was ist der Unterschied zwischen Kündigungsfrist und Kündigungsschutz? Nur allgemein, ich hab keinen konkreten Fall."
    ),
    _u(
        "Ich halte nächste Woche im Verein einen kurzen Vortrag über die Geschichte unseres Sportplatzes. Hast du eine Gliederung für 10 Minuten?"
    ),
    _u(
        "Schreib eine kurze Biografie über Lise Meitner für eine Ausstellungstafel, maximal 120 Wörter."
    ),
    _u(
        "Was bedeutet die Energieeffizienzklasse bei Kühlschränken eigentlich, und lohnt sich A statt D bei den Stromkosten?"
    ),
    _u("Ist es schädlich, jeden Tag Kaffee auf nüchternen Magen zu trinken? Allgemein gefragt."),
    _u(
        "Ich will mit dem Dobson-Teleskop den Ringnebel M57 finden. Wie gehe ich beim Starhopping von der Wega aus vor?"
    ),
    _u(
        "Ein Handyvertrag kostet 24 Monate lang 19,99 € plus einmalig 39,99 € Anschlussgebühr. Wie hoch ist der durchschnittliche Monatspreis?"
    ),
    _u(
        "Schreib eine Abschiedsrede für unsere Hausmeisterin Frau Brandt, die nach 25 Jahren an der Grundschule in Rente geht."
    ),
    _u(
        "Brauche ich wirklich Zwei-Faktor-Authentifizierung fürs E-Mail-Konto? Erklär mal, was das bringt."
    ),
    _u(
        "Welche Weiterbildungen lohnen sich für Industriekaufleute, die in Richtung Controlling wollen?"
    ),
    _u(
        "warum sind die Mieten in München so viel höher als in Leipzig? volkswirtschaftlich erklärt"
    ),
    _u(
        "Bitte formuliere das Vorwort für unsere Vereinschronik zum 100-jährigen Jubiläum um, es klingt zu trocken: „Der Verein wurde 1924 gegründet und hat seitdem viele Mitglieder gehabt.“"
    ),
    _u("Wie entstehen Polarlichter, und warum sieht man sie manchmal sogar in Deutschland?"),
    _u("Welches Filament für Teile, die im Auto im Sommer liegen? PLA verzieht sich ja."),
    _u("Heißt es „wegen dem Regen“ oder „wegen des Regens“? Und ist das eine falsch?"),
    _u(
        "Welche KI-Tools nutzen Lehrkräfte gerade so für die Unterrichtsvorbereitung? Nur ein allgemeiner Überblick."
    ),
    _u(
        "Was ist typisch für Bauhaus-Architektur? Wir fahren nach Dessau und ich will vorher ein bisschen Bescheid wissen."
    ),
    _u("Wie funktioniert das Ehegattensplitting grob?"),
    _u(
        "Ich zeichne digital mit Procreate. Wie bekomme ich sauberere Lineart hin, ohne dass es steif aussieht?"
    ),
    _u(
        "Schreib eine nette Bewertung für den Fahrradladen, der mir an einem Samstag spontan den Schlauch gewechselt hat."
    ),
    _u(
        "Was bedeutet effektiver Jahreszins beim Ratenkredit im Vergleich zum Sollzins? Bitte mit einem ausgedachten Beispiel."
    ),
    _u(
        "Mein Drucker druckt nur noch leere Seiten, obwohl die Patronen neu sind. Brother, Tintenstrahl."
    ),
    _u(
        "Wann ist die nächste gut sichtbare Mondfinsternis von Mitteleuropa aus, und was muss ich zum Fotografieren beachten?"
    ),
    _u(
        "Dichte mir vier Zeilen für die Hochzeitszeitung meiner Cousine, die Tierärztin ist und einen Bäcker heiratet."
    ),
    _u("Was ist der Unterschied zwischen Abmahnung und Kündigung, rein allgemein?"),
    _u(
        "Mach aus diesen Punkten einen kurzen Monatsbericht fürs Team-Wiki: Onboarding-Checkliste überarbeitet, zwei neue Azubis gestartet, Betriebsausflug geplant."
    ),
    _u(
        "Unser Smart-TV zeigt bei Netflix ständig „Netzwerkfehler“, das Handy im selben WLAN läuft aber. Was kann ich probieren?"
    ),
    _u(
        "Ich bin Pflegefachkraft und überlege, Pflegepädagogik zu studieren. Was sollte ich wissen?"
    ),
    _u("Was ist Bokeh und wie bekomme ich es mit einem Kit-Objektiv hin?"),
    _u(
        "Wie baue ich eine Tabelle für unsere WG-Putzplan-Rotation, die sich jede Woche automatisch weiterdreht? Google Sheets."
    ),
    _u("Warum ist Licht gleichzeitig Welle und Teilchen? Ich versteh das seit der Schule nicht."),
    _u(
        "Wir planen ein Gartenhaus mit Gründach, ca. 12 m². Braucht man dafür in Bayern eine Baugenehmigung, grob gesagt?"
    ),
    _u("Wie lange ist man mit Magen-Darm ansteckend, grob?"),
    _u(
        "Schreib ein Dankeschön an die Feuerwehr für den Einsatz beim Dorffest-Aufbau, für unsere Gemeindeseite."
    ),
    _u("Was ist ein Powerline-Adapter und taugt der fürs Homeoffice im Keller?"),
    _u("Erklär kurz, wie es zum Mauerfall 1989 kam."),
    _u(
        "Rechne das Rezept für Dampfnudeln von 12 auf 5 Stück um: 500 g Mehl, 250 ml Milch, 1 Würfel Hefe, 60 g Butter, 1 Ei."
    ),
    _u(
        "Gibt es gute Kurse, um als Sachbearbeiterin Power BI zu lernen? Volkshochschule oder online?"
    ),
    _u(
        "Formuliere eine kurze Info für den Teams-Kanal: Die Kantine bietet ab nächster Woche donnerstags ein veganes Tagesgericht an."
    ),
    _u("Was sind Dividenden und warum zahlen manche Firmen keine?"),
    _u("Sammle ein paar Fakten über Alexander von Humboldt für ein Referat in der 7. Klasse."),
    _u("Was heißt es, wenn bei OneDrive ein Wolkensymbol neben der Datei steht?"),
    _u(
        "Wie groß ist die Wahrscheinlichkeit, beim Lotto 6 aus 49 drei Richtige zu haben? Mit Rechenweg bitte."
    ),
    _u(
        "Was ist der Unterschied zwischen Bruttoinlandsprodukt und Bruttonationaleinkommen? Für meine Abiprüfung in Wirtschaft."
    ),
    _u("Schreib eine kurze Begrüßung für den Tag der offenen Tür in unserer Musikschule."),
    _m(
        "Warum meckert der Borrow Checker, wenn ich den Vec im Loop verändere?",
        "Weil du gleichzeitig eine unveränderliche Referenz (der Iterator) und eine veränderliche hältst. Sammle die Änderungen erst oder iteriere über Indizes.",
        "ok, klappt. Anderes Thema: Wie oft sollte man Zimmerpflanzen im Winter düngen?",
    ),
    _m(
        "Hilf mir bei der Bewerbung für eine Ausbildung zur Tischlerin",
        "Sehr geehrte Damen und Herren, mit großem Interesse habe ich Ihre Ausschreibung für einen Ausbildungsplatz als Tischlerin gelesen...",
        "klingt voll steif, ich bin 16, mach's natürlicher",
    ),
    _m(
        "Unser Ingress leitet nur auf den ersten Service weiter",
        "Prüf die path-Regeln und pathType; bei Prefix greift die erste passende Regel, also spezifischere Pfade nach oben.",
        "passt. Ganz anderes Thema: gute Brettspiele für zwei Personen?",
    ),
    _m(
        "Was ist eine Standardabweichung?",
        "Ein Maß dafür, wie stark Werte im Schnitt um den Mittelwert streuen.",
        "und wie rechne ich das für meine fünf Mathenoten aus?",
    ),
    _m(
        "Schreib ein kurzes Herbstgedicht für die Kita",
        "Blätter tanzen, rot und gelb, / Wind pustet durch die ganze Welt...",
        "jetzt noch eins fürs Laternenfest",
    ),
    _m(
        "Erklär mir die Grundregeln von Skat",
        "Drei Spieler, 32 Karten, einer spielt allein gegen zwei und muss mehr als 60 Augen holen.",
        "und was ist ein Grand?",
    ),
    _m(
        "Rezept für einen Hefezopf bitte",
        "500 g Mehl, 1 Würfel Hefe, 200 ml Milch, 80 g Butter, 80 g Zucker, 1 Ei, Prise Salz...",
        "geht das auch mit Dinkelmehl?",
    ),
    _m(
        "Meine Orchidee blüht seit einem Jahr nicht mehr",
        "Oft fehlt der Temperaturunterschied: ein paar Wochen nachts etwas kühler stellen kann die Blüte anregen.",
        "sie steht am Ostfenster über der Heizung, ist das schlecht?",
    ),
    _m(
        "Kannst du mein Motivationsschreiben für Erasmus in Lissabon lesen?",
        "Klar, schick es mir und sag mir die maximale Länge.",
        "eine Seite, meins hat gerade anderthalb",
    ),
    _m(
        "Übersetz mir die Speisekarte: 'Vitello tonnato, Risotto ai funghi porcini'",
        "Kalbfleisch in Thunfischsauce; Risotto mit Steinpilzen.",
        "Kalb mit Thunfisch?? wie schmeckt das denn",
    ),
    _m(
        "Wann muss ich Winterreifen drauf haben?",
        "Die Faustregel ist „von O bis O“, also Oktober bis Ostern; gesetzlich gilt die situative Winterreifenpflicht.",
        "und wie viel Profil brauchen die mindestens?",
    ),
    _m(
        "Was ist das Deutschlandticket?",
        "Ein Monatsabo für den Nahverkehr in ganz Deutschland, aktuell für 58 € im Monat.",
        "gilt das auch im ICE?",
    ),
    _m(
        "Wie haben die Römer am Limes gelebt?",
        "Die Soldaten lebten in Kastellen und Wachtürmen, daneben wuchsen Lagerdörfer mit Händlern und Familien.",
        "wie sah so ein Kastell aus?",
    ),
    _m(
        "Ich leite am Samstag eine DSA-Runde, brauche eine Taverne",
        "Wie wär's mit „Zum Schiefen Krug“ in einem Fischerdorf an der Küste?",
        "super, und jetzt einen zwielichtigen Wirt mit Geheimnis",
    ),
    _m(
        "Wie häkelt man ein Granny Square?",
        "Mit einem Fadenring anfangen, dann Runden aus Stäbchengruppen mit Luftmaschen in den Ecken.",
        "meins wird immer schief und wellig",
    ),
    _m(
        "Ich laufe im Mai meinen ersten Halbmarathon",
        "Glückwunsch! Wie viele Wochen hast du noch und wie oft läufst du aktuell?",
        "zehn Wochen, dreimal pro Woche. Was esse ich am Morgen vom Lauf?",
    ),
    _m(
        "Ideen für eine Schatzsuche zum 7. Geburtstag?",
        "Rätselzettel im Garten verstecken, jede Station mit einer kleinen Aufgabe, am Ende eine Schatzkiste.",
        "und wenn es regnet, drinnen in der Wohnung?",
    ),
    _m(
        "Wie verbinde ich meine Kopfhörer mit dem Auto per Bluetooth?",
        "Normalerweise wird das Handy mit dem Auto gekoppelt, nicht die Kopfhörer. Im Infotainment „Neues Gerät“ wählen.",
        "Handy ist gekoppelt, aber die Musik stockt dauernd",
    ),
    _m(
        "Wie sortiere ich ein Array von Objekten nach Datum in JavaScript?",
        "arr.sort((a, b) => new Date(a.date) - new Date(b.date));",
        "danke! Themawechsel: Wie lerne ich am besten Zehn-Finger-Schreiben?",
    ),
    _m(
        "Warum weint man beim Zwiebelschneiden?",
        "Beim Schneiden entsteht ein schwefelhaltiges Gas, das die Augen reizt.",
        "hilft das mit dem Kaugummi wirklich?",
    ),
    _m(
        "Ich bin Trauzeuge und soll eine Rede halten",
        "Schön! Wie gut kennst du das Paar, und wie lang soll sie sein?",
        "seit der Schulzeit befreundet, max. 4 Minuten. Gib mir eine Struktur mit Platz für Anekdoten",
    ),
    _m(
        "Was heißt „stets zu unserer vollsten Zufriedenheit“ im Arbeitszeugnis?",
        "Das entspricht der Note „sehr gut“ in der Zeugnissprache.",
        "und wenn da steht „hat sich bemüht“?",
    ),
    _m(
        "das oder dass – wie merke ich mir das?",
        "Kann man „dieses“ oder „welches“ einsetzen, schreibt man „das“, sonst „dass“.",
        "gib mir fünf Übungssätze",
    ),
    _m(
        "Ich lerne für den Einbürgerungstest",
        "Gut! Soll ich dir Übungsfragen stellen?",
        "ja, fünf Fragen zu Geschichte, mit Antworten am Ende",
    ),
    _m(
        "Mein Sauerteig-Anstellgut riecht nach Nagellack",
        "Das ist meist Hunger: er braucht häufiger Futter oder wärmere Temperaturen.",
        "wie oft soll ich füttern, wenn er im Kühlschrank steht?",
    ),
    _m(
        "Wir wollen auf die Zugspitze wandern",
        "Es gibt mehrere Routen; das Reintal ist die längste, aber technisch einfachste.",
        "gibt es eine Variante für Leute ohne Klettersteig-Erfahrung mit Übernachtung?",
    ),
    _s(
        "Du bist ein KI-Assistent in der Entwicklungsumgebung.",
        "nicht zum Code: Was ist der Unterschied zwischen Informatik und Wirtschaftsinformatik im Studium?",
    ),
    _s(
        "Du bist der Chat-Assistent eines Fahrradverleihs in Freiburg.",
        "Kann ich ein E-Bike auch für zwei Tage mieten, und ist ein Helm dabei?",
    ),
    _s(
        "Du bist ein Bewerbungscoach.",
        "Wie gestalte ich einen tabellarischen Lebenslauf übersichtlich, wenn ich viele Nebenjobs hatte?",
    ),
    _s(
        "You are a coding agent. You can run shell commands and edit the repository.",
        "bevor du loslegst: Wie erkläre ich meiner Mutter den Unterschied zwischen Mac und Windows-PC?",
    ),
    _s("Du bist Chemie-Nachhilfe für die 9. Klasse.", "Warum ist Wasser ein polares Molekül?"),
    _s(
        "Du bist der Intranet-Assistent der Firma Gerber Logistik und beantwortest allgemeine Fragen.",
        "Was bedeutet Gleitzeit mit Kernarbeitszeit eigentlich allgemein?",
    ),
    _s(
        "Du bist ein Backassistent für Hobbybäcker.",
        "Warum fällt mein Biskuit nach dem Backen immer zusammen?",
    ),
    _s(
        "Du bist der Berater im Online-Shop einer Gärtnerei.",
        "Wann und wie stark schneide ich Rosen zurück?",
    ),
    _s(
        "Du bist der Chatbot einer Sparkasse und gibst nur allgemeine Auskünfte.",
        "Was genau ist ein Dispokredit und warum sind die Zinsen so hoch?",
    ),
    _s(
        "Du bist digitaler Museumsführer in einer Burgausstellung.",
        "Waren Ritterrüstungen wirklich so schwer, dass man sich nicht bewegen konnte?",
    ),
    _s(
        "Du bist Berater in einem Baumarkt-Chat.",
        "Welche Dübel nehme ich für ein Regal an einer Gipskartonwand?",
    ),
    _s(
        "Du bist der Coach in einer Lauf-App.",
        "Was ist Intervalltraining und wie fange ich als Anfänger damit an?",
    ),
    _s(
        "Du bist ein Python-Experte und hilfst bei Datenanalyse.",
        "off-topic: Kennst du einen guten Podcast über deutsche Geschichte?",
    ),
    _s(
        "Du bist ein Assistent für Bahnreisende.",
        "Welche Fahrgastrechte habe ich allgemein, wenn mein Zug eine Stunde Verspätung hat?",
    ),
    _s(
        "Du bist die Studienberatung einer Hochschule.", "Was ist ein NC und wie wird er berechnet?"
    ),
    _s(
        "Du bist ein Assistent in einem Tabellenkalkulationsprogramm.",
        "Keine Formel gerade: Erklär mir einfach, wann man Median statt Mittelwert nimmt.",
    ),
    _s(
        "Du bist der Assistent eines Immobilienportals.",
        "Was ist Erbpacht und worauf sollte man allgemein achten?",
    ),
    _s(
        "Du bist ein Verbraucher-Infobot, der allgemeine Rechtsinformationen gibt, keine Einzelfallberatung.",
        "Wie funktioniert das Widerrufsrecht bei Online-Käufen grundsätzlich?",
    ),
    _s(
        "Du bist Assistent einer Online-Apotheke, gibst allgemeine Hinweise und verweist bei Bedarf an Apotheker.",
        "Wie lagere ich Medikamente im Sommer richtig, wenn es in der Wohnung 30 Grad hat?",
    ),
    _s(
        "Du bist ein Gitarrenlehrer-Bot.",
        "Meine Barrégriffe schnarren immer. Was mache ich falsch?",
    ),
    _s(
        "Du bist der Support-Bot eines Smart-Home-Herstellers.",
        "Wie kopple ich ein neues Heizkörperthermostat mit der Bridge?",
    ),
]

BY_LANG: dict[str, list[Item]] = {
    "es": _ES,
    "ja": _JA,
    "zh": _ZH,
    "en": _EN,
    "de": _DE,
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b7", BY_LANG)
