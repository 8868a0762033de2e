"""Eighth batch of `general` examples: hand-written, one group per example
("general/b8/<lang>/<digest>"). Spanish, Japanese, Chinese, English and German: half multi-turn
chats whose latest short user turn only makes sense from the conversation (or switches away from
code, design or 3D), half general asks that share words with the technical labels."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"

_ES: list[Item] = [
    _m(
        "¿Me das una receta de lentejas estofadas para 4?",
        "Claro: 300 g de lentejas, chorizo, zanahoria, patata, pimentón dulce, laurel... Sofríe la verdura, añade lentejas y agua y cuece 40 minutos.",
        "¿y sin chorizo? es para mi cuñada que es vegetariana",
    ),
    _m(
        "Quiero ir 5 días a Asturias en octubre, ¿qué ruta me recomiendas?",
        "Oviedo 1 día, Cangas de Onís y Covadonga, Lagos, Llanes y la costa, y cerrar en Gijón o Cudillero.",
        "¿y si voy sin coche?",
    ),
    _m("¿Cuánto es el 15% de 2.340?", "351.", "¿y el 21?"),
    _m(
        "Tradúceme al inglés: «Lamentamos las molestias ocasionadas»",
        "«We apologise for any inconvenience caused.»",
        "¿y en francés?",
    ),
    _m(
        "¿Qué hago si mi hijo tiene 38 de fiebre?",
        "Con 38 °C suele bastar con ropa ligera, líquidos y vigilar. Si es menor de 3 meses, o hay rigidez de cuello, manchas o decaimiento fuerte, acude a urgencias.",
        "¿y si tiene 5 meses?",
    ),
    _m(
        "Explícame qué es una hipoteca a tipo mixto",
        "Tiene un tipo fijo los primeros años (por ejemplo 5 o 10) y después pasa a variable, Euríbor más un diferencial.",
        "¿me lo explicas como si tuviera 12 años?",
    ),
    _m(
        "Dame ideas para un cumpleaños infantil en casa, 8 niños de 6 años",
        "Búsqueda del tesoro, taller de pizzas, disfraces, pintacaras y una piñata al final.",
        "¿y para adolescentes?",
    ),
    _m(
        "Tengo que hacer un bizcocho de yogur, ¿me pasas la receta?",
        "1 yogur natural, y usando el vaso como medida: 3 de harina, 2 de azúcar, 1 de aceite, 3 huevos y un sobre de levadura. 180 °C, 35 min.",
        "sin azúcar se puede?",
        "Sí, con eritritol o plátano maduro triturado; quedará algo menos esponjoso.",
        "¿y sin gluten?",
    ),
    _m(
        "Reescribe este párrafo con un tono más formal: «Oye, que la reunión del jueves se pasa al viernes, avisad a vuestra gente»",
        "«Les informamos de que la reunión prevista para el jueves se traslada al viernes. Rogamos lo comuniquen a sus equipos.»",
        "ahora más cercano pero sin tutear",
    ),
    _m(
        "¿Cómo se conjuga 'caber' en pretérito indefinido?",
        "cupe, cupiste, cupo, cupimos, cupisteis, cupieron.",
        "¿y en subjuntivo?",
    ),
    _m(
        "Necesito un plan de entrenamiento para correr mi primer 10K en 8 semanas",
        "Tres días por semana: un rodaje suave, unas series cortas y una tirada larga que vaya creciendo de 5 a 9 km.",
        "¿y si solo puedo dos días?",
    ),
    _m(
        "¿Qué diferencia hay entre un despido objetivo y uno disciplinario?",
        "El objetivo se basa en causas económicas, técnicas u organizativas y da 20 días por año; el disciplinario se basa en un incumplimiento grave y no tiene indemnización si es procedente.",
        "¿y si es improcedente?",
    ),
    _m(
        "Haz un poema corto sobre el otoño en Madrid",
        "Hojas en el Retiro, / un barquillero que calla, / la luz baja por Alcalá / y el frío aún no se halla.",
        "que rime mejor",
    ),
    _m(
        "Tengo un router de Movistar y el wifi no llega a mi habitación",
        "Prueba a mover el router a un sitio alto y central, cambiar el canal de 2,4 GHz o poner un repetidor o un sistema mesh.",
        "¿cuál de esas es más barata?",
    ),
    _m("Resuelve: 3x + 7 = 22", "x = 5.", "¿y 3x² + 7 = 34?"),
    _m(
        "¿Qué vino va bien con un arroz con bogavante?",
        "Un blanco con cuerpo: un Albariño con lías, un Godello o un Chardonnay con algo de barrica.",
        "¿y algo que no pase de 12 euros?",
    ),
    _m(
        "¿Cómo diseñarías la arquitectura de un sistema de notificaciones para 2 millones de usuarios?",
        "Un servicio que publica eventos en una cola, workers por canal (push, email, SMS), preferencias en una tabla aparte y reintentos con backoff.",
        "vale. Ahora una cosa personal: ¿cómo le digo a mi casero que se me va a retrasar el alquiler una semana sin quedar fatal?",
    ),
    _m(
        "En three.js, ¿cómo hago que la cámara gire alrededor de un modelo?",
        "Usa OrbitControls con target en el centro del modelo y autoRotate = true.",
        "genial. Por cierto, ¿sabes alguna receta rápida para cenar? son las 10 y no tengo ganas de nada",
    ),
    _m(
        "Dame 5 nombres para una tienda de plantas en Valencia",
        "Verdeluz, La Maceta Feliz, Raíz Mediterránea, Hoja y Huerta, El Rincón Verde.",
        "más originales, con juego de palabras",
    ),
    _m(
        "¿Qué es la inflación subyacente?",
        "La inflación sin los componentes más volátiles: alimentos no elaborados y productos energéticos.",
        "¿y por qué se quitan justo esos?",
    ),
    _m(
        "Quiero pintar mi salón, ¿qué colores combinan con un sofá verde botella?",
        "Blanco roto, arena, terracota suave o un gris cálido.",
        "¿y para el techo?",
    ),
    _m(
        "Escríbeme un correo pidiendo a la profe de mi hija una tutoría",
        "«Buenas tardes, Sra. Llorente: me gustaría solicitar una tutoría para hablar de la evolución de Lucía este trimestre. Quedo a la espera de su disponibilidad. Un saludo.»",
        "en catalán",
    ),
    _m(
        "¿Cuántas calorías tiene una tortilla de patatas entera?",
        "Depende del tamaño; una de 6 huevos y 500 g de patata con aceite ronda las 1.500-1.800 kcal.",
        "¿y por ración si la parto en 8?",
    ),
    _m(
        "¿Cómo quito una mancha de vino tinto de un mantel de algodón?",
        "Sal o bicarbonato para absorber, luego agua fría y jabón neutro; si queda rastro, percarbonato en agua tibia.",
        "¿y si es de lino?",
    ),
    _m(
        "Ayúdame a preparar una entrevista de trabajo para administrativo",
        "Repasa tu CV, prepara ejemplos concretos de organización, Excel y atención al público, e investiga la empresa.",
        "dame 5 preguntas típicas",
        "1) Háblame de ti. 2) ¿Por qué quieres este puesto? 3) Un error que cometiste... 4) ¿Cómo priorizas? 5) ¿Dónde te ves en 5 años?",
        "¿y cómo respondo la 3 sin quedar mal?",
    ),
    _m(
        "Mi gato vomita bolas de pelo cada semana, ¿es normal?",
        "Algo es normal en gatos de pelo largo, pero cada semana es mucho: cepíllalo a diario y prueba una malta o pienso 'hairball'. Si sigue, al veterinario.",
        "¿y la malta cada cuánto?",
    ),
    _m(
        "Explícame el teorema de Pitágoras con un ejemplo",
        "En un triángulo rectángulo, a² + b² = c². Si los catetos miden 3 y 4, la hipotenusa mide 5.",
        "¿y si lo que sé es la hipotenusa y un cateto?",
    ),
    _m(
        "¿Me haces un resumen de la Guerra de Sucesión española?",
        "1701-1714: tras morir Carlos II sin hijos, Felipe de Anjou (Borbón) y el archiduque Carlos (Austria) se disputaron el trono. Ganó Felipe V; España perdió Gibraltar y Menorca en Utrecht.",
        "en tres frases para un niño de primaria",
    ),
    _m(
        "Estoy revisando un diseño de microservicios con colas SQS entre pedidos y facturación, ¿ves algún problema?",
        "Falta idempotencia en facturación y una cola de mensajes muertos; también definiría quién es dueño del estado del pedido.",
        "ok lo apunto. Oye, ¿cuál es la capital de Mongolia? mi hijo me lo está preguntando",
    ),
    _m(
        "Ponme un menú semanal barato para una familia de 4",
        "Lunes lentejas, martes pollo al horno, miércoles pasta con atún, jueves tortilla y ensalada, viernes merluza, sábado arroz, domingo cocido.",
        "sin pescado, que el peque no lo come",
    ),
    _m(
        "¿Cuál es la diferencia entre 'sino' y 'si no'?",
        "'Sino' es conjunción adversativa (no es rojo, sino azul); 'si no' es condicional más negación (si no vienes, me voy).",
        "dame más ejemplos",
    ),
    _m(
        "Recomiéndame un libro de ciencia ficción para empezar",
        "«Fundación» de Asimov o «La mano izquierda de la oscuridad» de Le Guin.",
        "algo escrito por autores hispanos?",
    ),
    _m(
        "¿Cómo hago la declaración de la renta si trabajé en dos empresas?",
        "Si el segundo pagador superó 1.500 € y tus ingresos pasan de 15.876 €, estás obligado a declarar. Entra en Renta Web con Cl@ve y revisa el borrador.",
        "¿y si el segundo me pagó solo 900?",
    ),
    _m(
        "¿Qué significa 'estar en el ajo'?",
        "Estar enterado de un asunto, normalmente secreto, o participar en él.",
        "¿de dónde viene?",
    ),
    _m(
        "Necesito una rutina de estiramientos para la oficina",
        "Cuello lateral, rotación de hombros, estiramiento de muñecas, torsión sentado y flexión de cadera, 30 s cada uno.",
        "¿y para alguien con lumbalgia?",
    ),
    _m(
        "Haz la división 7.845 entre 15 paso a paso",
        "78 ÷ 15 = 5 resto 3; bajamos el 4: 34 ÷ 15 = 2 resto 4; bajamos el 5: 45 ÷ 15 = 3. Resultado: 523.",
        "y compruébalo multiplicando",
    ),
    _m(
        "¿Qué ver en Lisboa en dos días?",
        "Día 1: Alfama, castillo de San Jorge, Baixa y Chiado. Día 2: Belém (torre, monasterio, pastéis) y atardecer en el mirador de Santa Catarina.",
        "¿y con un carrito de bebé?",
    ),
    _m(
        "Oye, en el shader de agua que estamos haciendo con Babylon ¿cómo añado espuma en la orilla?",
        "Compara la profundidad de la escena con la del fragmento y mezcla una textura de espuma cuando la diferencia es pequeña.",
        "gracias, luego lo pruebo. ¿Me ayudas a escribir una nota de pésame para un compañero? se le ha muerto el padre",
    ),
    _m(
        "¿Qué plantas aguantan bien en un balcón orientado al norte?",
        "Helechos, hiedra, hostas, begonias, impatiens y aspidistra.",
        "¿alguna que dé flores en invierno?",
    ),
    _m(
        "Dame un truco para recordar la tabla del 9",
        "Con los dedos: baja el dedo número n y cuenta los de la izquierda (decenas) y los de la derecha (unidades).",
        "¿hay algo parecido para la del 7?",
    ),
    _m(
        "Mi madre quiere un móvil sencillo, ¿qué le compro?",
        "Algo con pantalla grande y Android sencillo: un Samsung Galaxy A de gama media o un Xiaomi Redmi, y activas el modo fácil.",
        "¿y si prefiere iPhone?",
    ),
    _m(
        "Corrígeme esto: «Habían muchas personas en la reunión y se discutió de varios temas»",
        "«Había muchas personas en la reunión y se discutieron varios temas.»",
        "¿por qué 'había' y no 'habían'?",
    ),
    _u(
        "¿Qué diferencia hay entre la nube pública y la privada? Lo pregunto para un trabajo de clase de 4º de ESO, nada técnico"
    ),
    _u(
        "Mi portátil va lentísimo desde que actualicé a Windows 11, tiene 8 GB de RAM. ¿Qué puedo hacer antes de llevarlo a arreglar?"
    ),
    _u(
        "Escríbeme una carta de presentación para un puesto de técnico de laboratorio. Tengo un grado en Biología y dos años de prácticas en un hospital de Zaragoza"
    ),
    _u("¿Cómo explico a mis alumnos de primaria qué es un algoritmo usando una receta de cocina?"),
    _u(
        "Tengo que hacer un resumen para mi equipo de lo que aprendimos en la feria de logística de Barcelona: automatización de almacenes, robots, etiquetas RFID. Hazlo en 5 puntos, tono informal"
    ),
    _u(
        "¿Qué es exactamente una 'base de datos'? Mi abuelo me lo pregunta y no sé explicárselo sin tecnicismos"
    ),
    _u(
        "ayuda, la impresora HP no aparece en el portátil pero en el móvil sí imprime. estamos en la misma wifi"
    ),
    _u(
        "¿Merece la pena estudiar un ciclo de DAM o mejor la carrera de Informática? Tengo 24 años y trabajo en hostelería"
    ),
    _u("¿Cuál es el origen de la palabra 'bug' en informática? ¿Es verdad lo de la polilla?"),
    _u(
        "Redacta un post de LinkedIn anunciando que he terminado un bootcamp de análisis de datos. Que no suene cursi"
    ),
    _u(
        "Estoy diseñando el jardín de mi casa de campo: 200 m², mucho sol, poca agua. ¿Qué estructura de zonas me recomiendas?"
    ),
    _u("¿Qué significa que un modelo de IA tenga 'alucinaciones'? Lo he leído en el periódico"),
    _u(
        "Mi hija quiere aprender a programar con 10 años. ¿Scratch, Minecraft Education, algún libro? Presupuesto bajo"
    ),
    _u("Convierte 3/8 de taza de mantequilla a gramos, que la receta es americana"),
    _u(
        "¿Cómo hago una copia de seguridad de las fotos del móvil en un disco duro externo sin pagar iCloud?"
    ),
    _u(
        "Estoy aprendiendo a hacer maquetas de trenes a escala H0. ¿Qué necesito para montar la primera vía con un circuito sencillo?"
    ),
    _u(
        "Tengo una impresora 3D Ender 3 y las piezas salen con hilos por todas partes. ¿Qué ajusto?"
    ),
    _u(
        "Explícame por encima cómo funciona internet: qué pasa desde que escribo una web hasta que se ve"
    ),
    _u(
        "Escribe un discurso de 2 minutos para la boda de mi hermano. Es ingeniero de caminos y le encantan los puentes, mételo con gracia"
    ),
    _u(
        "¿Qué es el RGPD en términos generales? Tengo una peluquería y quiero saber si me afecta tener los teléfonos de clientas en una libreta"
    ),
    _u("Hazme una lista de la compra para una paella de 10 personas"),
    _u(
        "¿Qué diferencia hay entre un SSD y un disco duro normal? Voy a comprar un portátil para la universidad"
    ),
    _u(
        "Tengo una reunión con mi jefe para pedir teletrabajo dos días por semana. ¿Cómo planteo la conversación?"
    ),
    _u(
        "Me han regalado un Raspberry Pi. ¿Qué proyectos chulos y fáciles puedo hacer en casa con los niños?"
    ),
    _u(
        "Traduce al español neutro este aviso de un hotel: 'Please note that breakfast is served from 7 to 10 am and late checkout is subject to availability.'"
    ),
    _u("¿Cómo funciona el sistema de puntos del carnet de conducir en España?"),
    _u("Recomiéndame juegos de mesa cooperativos para jugar 4 adultos que no son muy jugones"),
    _u("¿Cuánto tarda la luz del Sol en llegar a Marte?"),
    _u(
        "Escríbeme la presentación de 30 segundos que voy a decir en un evento de networking. Soy diseñadora gráfica freelance en Sevilla"
    ),
    _u("¿Qué diferencia hay entre un autónomo societario y uno persona física, en general?"),
    _u("Oye, ¿el wifi 6 merece la pena para un piso de 70 metros con dos personas?"),
    _u(
        "Tengo un examen de estadística: ¿cuándo uso la mediana en vez de la media? Con un ejemplo de sueldos"
    ),
    _s(
        "Eres el asistente de código integrado en el IDE de la empresa. Responde de forma concisa.",
        "no es de código pero: ¿cómo se dice 'plazo de entrega' en inglés formal para un email?",
    ),
    _s(
        "Eres un agente de programación con acceso al repositorio. Puedes leer y modificar archivos.",
        "antes de seguir con la tarea, ¿me recomiendas una silla ergonómica para trabajar muchas horas? tengo la espalda fatal",
    ),
    _s(
        "Eres el bot de atención al cliente de FibraSur, un operador de internet. Ayudas con incidencias, facturas y tarifas.",
        "el router parpadea en rojo desde esta mañana y no tengo internet, ya lo he reiniciado dos veces",
    ),
    _s(
        "Eres un asistente de escritura que ayuda a mejorar textos en español.",
        "Mejora este inicio de cuento: «Era una noche oscura y la lluvia caía. Pedro estaba triste porque había perdido su perro.»",
    ),
    _s(
        "Eres un tutor de matemáticas para alumnos de bachillerato. Guía sin dar la solución directa.",
        "no entiendo por qué la derivada de x² es 2x, ¿me das una pista?",
    ),
    _s(
        "Eres el asistente de soporte de una app de recetas (CocinaYa).",
        "¿Cómo guardo una receta en favoritos para verla sin conexión?",
    ),
    _s(
        "Eres el asistente interno de una consultora. Ayudas con redacción y organización.",
        "Redáctame un email para el equipo recordando que el viernes es la cena de Navidad, restaurante La Bodeguilla a las 21:00",
    ),
    _u("¿Cómo se calcula la letra del DNI? Es curiosidad, lo vi en un vídeo de matemáticas"),
    _u(
        "Tengo 40 años y quiero empezar en el mundo de la ciberseguridad, ¿por dónde empiezo a estudiar? No tengo base técnica"
    ),
    _s(
        "Eres un asistente de viajes de una agencia online.",
        "¿Necesito visado para ir a Japón con pasaporte español 10 días de turismo?",
    ),
    _s(
        "Eres un asistente para profesores de secundaria.",
        "Prepárame 5 preguntas tipo test sobre la fotosíntesis, nivel 2º de ESO",
    ),
]

_JA: list[Item] = [
    _m(
        "取引先へのお礼メールを書いてください。先日の打ち合わせのお礼です。",
        "「株式会社〇〇 田中様　先日はお忙しいところお時間をいただき、誠にありがとうございました。…」",
        "もっと丁寧に",
    ),
    _m(
        "肉じゃがのレシピ教えて、2人分で",
        "じゃがいも2個、玉ねぎ1個、牛こま100g、にんじん半分、しらたき。だし200ml、醤油・みりん各大さじ2、砂糖大さじ1で15分煮ます。",
        "6人分だと？",
    ),
    _m(
        "京都で2泊3日、紅葉シーズンのおすすめコースある？",
        "1日目は東福寺と伏見稲荷、2日目は嵐山と嵯峨野、3日目は永観堂と南禅寺がおすすめです。",
        "雨の日だったら？",
    ),
    _m(
        "「お疲れ様です」を英語でどう言う？",
        "場面によりますが、社内メールの冒頭なら “Hi everyone” や “Hope you're doing well” が近いです。",
        "中国語だと？",
    ),
    _m(
        "この文を要約して：「当社は来期より在宅勤務制度を拡充し、週3日までのリモートワークを認める方針である。ただし部署ごとの判断を優先する。」",
        "来期から在宅勤務が週3日まで可能に。ただし部署の判断が優先。",
        "もっと短く、一言で",
    ),
    _m(
        "二次方程式 x² − 5x + 6 = 0 を解いて",
        "(x−2)(x−3)=0 なので x = 2, 3 です。",
        "解の公式でもやって見せて",
    ),
    _m(
        "子どもが夜中に咳をして眠れないみたい、家でできることある？",
        "加湿、頭を少し高くする、水分をとらせる。1歳以上ならはちみつ小さじ1も。呼吸が苦しそうなら受診を。",
        "1歳未満なら？",
    ),
    _m(
        "年末調整って何？ざっくりでいいので",
        "会社員の1年分の所得税を、年末に会社が精算する手続きです。払いすぎていれば還付されます。",
        "副業してる場合は？",
    ),
    _m(
        "犬の散歩って一日何回が普通？",
        "小型犬なら1日2回、各20〜30分くらいが目安です。",
        "柴犬だと？",
    ),
    _m(
        "結婚式のスピーチ、同僚代表で3分くらいのを作ってほしい",
        "「新郎の佐藤くん、新婦の美咲さん、ご結婚おめでとうございます。佐藤くんとは入社以来…」",
        "もう少しくだけた感じで、笑いも入れて",
    ),
    _m(
        "Reactのフォームでバリデーションをかけたい。メールアドレスの形式チェックはどうする？",
        "react-hook-formなら register の pattern オプションに正規表現を渡すのが手軽です。",
        "ありがとう。ところで全然関係ないけど、今夜の献立どうしよう、冷蔵庫に豚肉とキャベツしかない",
    ),
    _m(
        "ECサイトの在庫管理を複数サービスに分けるべきか悩んでます",
        "注文と在庫の整合性要件次第です。まずモジュラーモノリスで境界を固め、負荷が見えてから分割するのが無難です。",
        "了解。話変わるけど、来週の母の誕生日に何贈ったらいいと思う？70歳",
    ),
    _m(
        "three.jsで影がギザギザになる",
        "shadow.mapSize を 2048 以上にし、shadow.camera の範囲を狭め、bias を少し調整してください。",
        "直った！ありがと。ちなみに明日富士山見に行くんだけど、天気悪かったら河口湖周辺で何できる？",
    ),
    _m(
        "「鬼に金棒」ってどういう意味？",
        "もともと強い者がさらに強くなること、です。",
        "似たようなことわざ他にある？",
    ),
    _m(
        "ダイエット中でも食べられるおやつ教えて",
        "ナッツ少量、ギリシャヨーグルト、ゆで卵、干し芋、高カカオチョコなど。",
        "甘いものがいい",
    ),
    _m(
        "有給休暇って会社に拒否されることある？",
        "原則拒否できませんが、事業の正常な運営を妨げる場合は会社が時季変更権を使えます。",
        "パートでも同じ？",
    ),
    _m(
        "家のWi-Fiが夜だけ遅くなるんだけど",
        "夜は近所も使うので混雑しがちです。5GHz帯に切り替える、ルーターの再起動、チャンネル変更を試してください。",
        "5GHzってどれ？",
    ),
    _m("俳句を作って、テーマは梅雨", "紫陽花や　傘の雫の　音ひとつ", "季語を変えてもう一句"),
    _m("1から100までの整数の和は？", "5050です。(1+100)×100÷2。", "じゃあ奇数だけだと？"),
    _m(
        "社内の送別会の案内文を作ってほしい",
        "「このたび山口さんが3月末で退職されることになりました。つきましては送別会を下記のとおり開催します…」",
        "敬語をもう少しやわらかく",
    ),
    _m(
        "英語の面接で「あなたの弱みは？」って聞かれたらどう答える？",
        "改善中の弱みを具体的に一つ挙げ、どう対処しているかを添えるのが定番です。例：“I tend to take on too much...”",
        "もっと自然な英語で",
    ),
    _m(
        "カレーを作りすぎた、アレンジ方法ある？",
        "カレーうどん、カレードリア、カレーパン、カレーコロッケなど。",
        "子ども向けだと？",
    ),
    _m(
        "ベランダ菜園初心者です、何から育てるのがいい？",
        "ミニトマト、バジル、ラディッシュ、小ねぎあたりが簡単です。",
        "日当たり悪いんだけど",
    ),
    _m(
        "PostgreSQLでインデックスが効いてないみたい、EXPLAINの見方教えて",
        "Seq Scan になっていれば使われていません。条件の型や関数でカラムを包んでいないか確認を。",
        "OK、見てみる。関係ないけど、腰痛にいいストレッチ知ってる？ずっと座りっぱなしで",
    ),
    _m(
        "源氏物語ってどんな話？",
        "平安時代、光源氏という貴公子の恋愛と栄華、そして晩年の苦悩、さらに子孫の物語を描いた長編です。",
        "高校生向けに3行で",
    ),
    _m(
        "来月から一人暮らし、最低限そろえる家電って？",
        "冷蔵庫、洗濯機、電子レンジ、炊飯器、掃除機、照明。あとはケトルがあると便利。",
        "予算5万円なら？",
    ),
    _m(
        "大阪で美味しいたこ焼き屋さんある？",
        "道頓堀や新世界の人気店が定番ですが、地元の人は駅前の小さな店に行くことも多いです。",
        "並ばないところで",
    ),
    _m(
        "この日本語を自然にして：「私は昨日は会社に行くことをしなかった」",
        "「昨日は会社に行きませんでした」",
        "なんで元の文は不自然なの？",
    ),
    _m(
        "風邪ひいたときに食べるといいものは？",
        "おかゆ、うどん、りんご、スープ類など消化がよく水分がとれるもの。",
        "喉が痛いときは？",
    ),
    _m(
        "うちの子（小3）の読書感想文、どう手伝えばいい？",
        "本人に話してもらい、心に残った場面とその理由をメモさせます。親は質問役に徹するのがコツ。",
        "本の選び方は？",
    ),
    _m(
        "UnityからBabylon.jsに移行するとき、シーン構造はどう考えればいい？",
        "GameObject と Component の関係を、Babylon では TransformNode とビヘイビアやオブザーバーに置き換えて考えると整理しやすいです。",
        "なるほど。ちょっと休憩、日本の城でおすすめってどこ？週末に行きたい",
    ),
    _m(
        "プレゼンの冒頭で使えるつかみの一言を考えて、テーマは省エネ",
        "「皆さん、今朝家を出るとき、電気を消しましたか？」",
        "もっと意外性のあるやつ",
    ),
    _m(
        "確定申告、医療費控除ってどのくらいから使える？",
        "年間の医療費が原則10万円（所得200万未満なら所得の5%）を超えた分です。",
        "家族の分もまとめていい？",
    ),
    _m(
        "猫にあげちゃいけない食べ物は？",
        "玉ねぎ・ねぎ類、チョコレート、ぶどう、アルコール、生のイカなど。",
        "うっかり少し食べちゃった場合は？",
    ),
    _m(
        "週末のキャンプ、雨予報なんだけどどうしよう",
        "タープを多めに張る、撤収は乾かさず持ち帰って家で干す、焚き火は屋根の下で。",
        "子ども連れでも大丈夫？",
    ),
    _m("「拝啓」で始まる手紙の結びは？", "「敬具」です。", "じゃあ「前略」なら？"),
    _m(
        "確率の問題：サイコロを2回振って合計が7になる確率は？",
        "6/36 = 1/6 です。",
        "3回振って合計10なら？",
    ),
    _m(
        "新入社員向けの自己紹介文を作って。趣味は釣り",
        "「本日より配属されました中村です。休日は海釣りによく行きます…」",
        "英語版も",
    ),
    _m(
        "ピアノ、大人から始めても上達する？",
        "十分上達します。毎日15分でも続けることと、好きな曲を目標にするのが大事です。",
        "電子ピアノでもいい？",
    ),
    _m(
        "ホームページの文章を見直してほしい。「当店は美味しいパンを心を込めて作っております。ぜひお越しください」",
        "「毎朝、店内で一つひとつ手ごねで焼き上げています。焼きたての香りとともに、お待ちしております。」",
        "もう少し短く",
    ),
    _m(
        "高血圧の人が気をつける食事って？",
        "塩分を1日6g未満に、野菜や果物でカリウムを、アルコールは控えめに。",
        "外食のときは？",
    ),
    _m(
        "KubernetesのPodがCrashLoopBackOffになる",
        "kubectl logs --previous で直前のログを確認、リソース制限とヘルスチェックも見てください。",
        "わかった、明日やる。それより今日は娘の誕生日なんだけど、簡単に作れるケーキある？",
    ),
    _m("新幹線で東京から博多まで何時間？", "のぞみで約5時間です。", "飛行機とどっちが安い？"),
    _m(
        "お味噌汁の具でおすすめの組み合わせは？",
        "豆腐とわかめ、大根と油揚げ、なすとみょうが、じゃがいもと玉ねぎが定番です。",
        "夏向けだと？",
    ),
    _m(
        "「させていただく」の使いすぎってどう直せばいい？",
        "許可や恩恵が実際にない場面では「いたします」「します」に置き換えると自然です。",
        "例文で見せて",
    ),
    _m(
        "ふるさと納税のしくみを簡単に教えて",
        "好きな自治体に寄付すると、2,000円を超える分が住民税などから控除され、返礼品ももらえる制度です。",
        "年収400万だと上限いくら？",
    ),
    _m(
        "GraphQLのスキーマ設計で、ページネーションはどう書くのが一般的？",
        "Relay 形式の Connection（edges, node, pageInfo）が広く使われています。",
        "ありがとう。ちなみに今週末、都内で子どもと行ける博物館ある？",
    ),
    _u("「クラウド」ってよく聞くけど、結局何？パソコン苦手な母に説明したい"),
    _u("自宅のNASに家族の写真をまとめたい。初心者向けの機種とやり方を教えて"),
    _u("エンジニアから人事に転職したい30代です。志望動機の書き方のコツを教えてください"),
    _u("プラモデルのエアブラシ塗装を始めたいです。最初にそろえる道具は？"),
    _u("上司への週報、今週は特に大きな出来事がなかった。どう書けばいい？"),
    _u("「データベース」と「エクセル」の違いって何？事務職だけど急に言われて"),
    _u("生成AIを仕事で使うとき、一般的にどんな点に注意したらいい？"),
    _u("スマホの容量がいっぱい。写真を消さずに空ける方法ある？iPhoneです"),
    _u("息子がゲーム制作に興味あるらしい、中学生向けにおすすめの学び方は？"),
    _u("プログラミングスクールって本当に就職につながる？正直なところを聞きたい"),
    _u("3Dプリンターでフィギュア作りたい。光造形とFDMどっちがいい？"),
    _u("社内報に載せるコラム、テーマ「私の朝のルーティン」で600字くらい書いて"),
    _u("量子コンピュータって何がすごいの？高校生にわかるように"),
    _u("賃貸の退去費用、どこまで借主負担？一般的なルールを教えて"),
    _u(
        "次の英文を和訳して：“The meeting has been rescheduled to Thursday due to a scheduling conflict.”"
    ),
    _u("ルーターのファームウェア更新って自分でやっても大丈夫？"),
    _u("天体写真を撮りたい。一眼レフで星を撮るときの設定の目安は？"),
    _u("ITパスポートと基本情報技術者試験、文系の社会人ならどっちから？"),
    _u("履歴書の「本人希望記入欄」って何書けばいい？"),
    _u("ブログのアクセスを増やしたい。趣味の登山ブログです"),
    _u("なんでパソコンのメモリを増やすと速くなるの？仕組みをざっくり"),
    _u("バスケのゾーンディフェンスの基本を、ミニバスのコーチ向けに"),
    _u("マンションの管理組合の議事録、要点だけ箇条書きにする書き方のテンプレある？"),
    _u("パスワード管理アプリって安全なの？一般論でいいので"),
    _u("「サーバー」と「サービス」の違いを小学生に説明するなら？"),
    _u("ドローンを趣味で飛ばすとき、日本で必要な手続きは？"),
    _u("リモート会議で声がこもる。安いマイクでおすすめある？"),
    _u("円周率ってなんで無限に続くの？"),
    _u("自作PCに挑戦したい、予算15万でゲームもしたい。パーツ構成の考え方を教えて"),
    _s(
        "あなたはIDEに組み込まれたコーディングアシスタントです。",
        "コードとは関係ないけど、明日の会議で使う「議題」の英語って agenda でいいの？",
    ),
    _s(
        "あなたは社内ヘルプデスクのチャットボットです。PCやアカウントのトラブルに対応します。",
        "会議室のモニターにノートPCを映したいのですが、HDMIをつないでも映りません",
    ),
    _s(
        "あなたは文章校正アシスタントです。",
        "次の文を読みやすくして：「本日は、お足元の悪い中、お越しいただきまして、誠にありがとうございました、心より御礼申し上げます。」",
    ),
    _s(
        "あなたはコーディングエージェントです。リポジトリのファイルを読み書きできます。",
        "作業の前にひとつ：来週有給とるので、チームへの共有メールの文面を考えて",
    ),
    _s(
        "あなたは料理レシピサイトのサポートアシスタントです。",
        "お気に入りに入れたレシピが消えてしまいました。どうすれば戻せますか？",
    ),
    _s(
        "あなたは中学生向けの理科の家庭教師です。",
        "電流と電圧の違いがよくわからない。水にたとえて教えて",
    ),
    _s(
        "You are a helpful assistant for a travel agency.",
        "北海道の冬、旭山動物園に行くときの服装を教えてください",
    ),
    _s(
        "あなたは英会話学習アプリのアシスタントです。",
        "「お先に失礼します」って英語でなんて言えば自然？",
    ),
]

_ZH: list[Item] = [
    _m(
        "帮我写一段给客户的节日祝福，中秋节用",
        "「值此中秋佳节，感谢您一直以来的信任与支持，祝您阖家团圆、万事顺意！」",
        "再短一点，适合发微信",
    ),
    _m(
        "红烧肉怎么做？3个人吃",
        "五花肉600克，焯水后小火煸出油，加冰糖炒糖色，放生抽老抽料酒和葱姜，加热水炖一小时，大火收汁。",
        "不放糖可以吗？",
    ),
    _m(
        "去成都玩4天怎么安排？",
        "第一天宽窄巷子和人民公园，第二天熊猫基地和春熙路，第三天都江堰或青城山，第四天锦里和武侯祠。",
        "带老人的话呢？",
    ),
    _m(
        "“打工人”用英语怎么说比较地道？",
        "可以说 “working stiff” 或更中性的 “nine-to-fiver”，网络语境下也有人直接说 “wage slave”，带点自嘲。",
        "日语呢？",
    ),
    _m("解一下这个方程：2x + 5 = 17", "x = 6。", "那 2x² + 5 = 37 呢？"),
    _m(
        "孩子三岁，晚上老是不肯睡怎么办？",
        "固定睡前流程：洗澡、讲故事、关灯；白天多活动，睡前一小时不看屏幕。",
        "如果是一岁半呢？",
    ),
    _m(
        "个人所得税专项附加扣除有哪些？",
        "子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人、3岁以下婴幼儿照护。",
        "租房和房贷能同时扣吗？",
    ),
    _m(
        "帮我把这句改得更正式：“老板，我下周想请两天假，家里有点事”",
        "“王总您好，因家中有事需处理，我想申请下周一、二两天事假，工作已安排妥当，望批准。”",
        "再客气一点",
    ),
    _m(
        "给我讲讲赤壁之战",
        "208年，孙权和刘备联军在赤壁用火攻大败曹操，奠定了三国鼎立的格局。",
        "讲给小学生听的版本",
    ),
    _m(
        "我在用Spring Boot写一个订单接口，分页查询怎么写？",
        "用 Spring Data JPA 的 Pageable 参数，Repository 里返回 Page<Order> 就行。",
        "好的搞定了。话说你知道上海周末有什么适合带娃的地方吗",
    ),
    _m(
        "我们打算把单体应用拆成微服务，先拆哪部分？",
        "一般先拆边界清楚、变化频繁、对其他模块依赖少的部分，比如通知或搜索。",
        "明白了。换个话题，我最近失眠很严重，有什么不吃药的办法吗？",
    ),
    _m(
        "R3F里怎么让模型在鼠标悬停时发光？",
        "onPointerOver 时把材质的 emissive 调亮，配合 Bloom 后处理效果更明显。",
        "谢了。顺便问下，周末想去杭州，西湖边住哪里方便？",
    ),
    _m(
        "推荐几本适合初中生看的科幻小说",
        "《三体》（稍难）、《海底两万里》、《时间机器》、《银河帝国》系列。",
        "有没有国内作家写的短一点的？",
    ),
    _m("我家猫不爱喝水怎么办？", "用流动饮水机、多放几个水碗、喂湿粮或在粮里加点水。", "那狗呢？"),
    _m(
        "帮我写一首关于春天的小诗",
        "柳梢初绿雨如丝，燕子衔泥檐下时。一夜东风吹梦醒，满城桃李正相知。",
        "现代诗的风格呢？",
    ),
    _m(
        "高血糖饮食上要注意什么？",
        "控制主食量、粗细搭配、少吃甜食和含糖饮料、多吃蔬菜、定时定量。",
        "早餐吃什么比较好？",
    ),
    _m(
        "劳动合同到期公司不续签，有补偿吗？",
        "一般情况下，公司不续签需要支付经济补偿，按工作年限每满一年一个月工资计算。",
        "如果是我自己不续呢？",
    ),
    _m(
        "家里宽带经常掉线怎么回事？",
        "可能是光猫或路由器过热、线路松动，或者运营商问题。先重启设备，检查网线，再打客服报修。",
        "光猫是哪个？",
    ),
    _m(
        "帮我算一下：贷款100万，30年，利率3.5%，等额本息每月还多少？",
        "大约每月4490元。",
        "等额本金呢？",
    ),
    _m(
        "周末想做个蛋糕，有简单的配方吗？",
        "戚风蛋糕：4个鸡蛋、低筋面粉50克、牛奶40毫升、油30毫升、糖40克，150度烤50分钟。",
        "没有烤箱呢？",
    ),
    _m(
        "如何准备公务员面试？",
        "熟悉结构化面试题型，多练习综合分析和应急应变题，注意仪态和时间控制。",
        "给我出一道练习题",
    ),
    _m(
        "我想学吉他，自学能学会吗？",
        "可以，先练C、G、Am、F几个基础和弦，每天20分钟，配合视频教程。",
        "F和弦按不响怎么办？",
    ),
    _m(
        "线上会议怎么做才不无聊？",
        "开场破冰、控制时长、多用投票和分组讨论、提前发议程。",
        "给我几个破冰小游戏",
    ),
    _m(
        "我写了一个Python脚本批量重命名文件，但中文文件名乱码",
        "打开文件时指定 encoding='utf-8'，Windows 下注意 os.listdir 传 str 路径。",
        "好了解决了。另外想问下，孩子英语启蒙几岁开始比较好？",
    ),
    _m(
        "把“我们致力于为客户提供优质服务”翻译成英文",
        "“We are committed to providing our customers with high-quality service.”",
        "法语呢？",
    ),
    _m("减脂期晚饭吃什么？", "鸡胸肉或鱼、一大份蔬菜、少量杂粮，比如糙米或红薯。", "我是素食者"),
    _m(
        "给我讲讲复利是什么",
        "利息也会产生利息。比如本金1万，年化5%，第二年的利息按10500算。",
        "举个存钱的例子，每月存1000",
    ),
    _m(
        "明天要去医院体检，有什么要注意的？",
        "前一晚清淡饮食，晚上10点后禁食，早上别喝水吃东西，带好身份证。",
        "可以喝咖啡吗？",
    ),
    _m(
        "写个朋友圈文案，庆祝我考过驾照",
        "“科目四通关！从今天起，我就是老司机了，求各位远离我的车😂”",
        "再文艺一点",
    ),
    _m(
        "我们系统用的是 Kafka 做事件总线，消息顺序怎么保证？",
        "同一个业务键发到同一个分区，分区内有序；消费端单线程处理或按键分组处理。",
        "好，我再想想。诶，你知道怎么腌糖蒜吗？我妈让我问的",
    ),
    _m(
        "北京去西安，高铁还是飞机？",
        "高铁约4.5小时，市中心到市中心，综合下来和飞机差不多，还更准点。",
        "带两只猫的话？",
    ),
    _m(
        "如何提高写作能力？",
        "多读好文章、坚持每天写、写完大声读出来、找人给反馈。",
        "有具体的练习方法吗？",
    ),
    _m(
        "“内卷”是什么意思？",
        "原指一种文化模式停滞不前；现在多指同行之间的过度竞争，投入越来越多但回报不变。",
        "举个生活中的例子",
    ),
    _m(
        "帮我想个奶茶店的名字",
        "茶言观色、一杯好时光、小满茶铺、慢半拍。",
        "要有地方特色的，我在长沙",
    ),
    _m(
        "孩子数学应用题老是读不懂怎么办",
        "让他把题目用自己的话复述一遍，画图，圈出关键数字和问题。",
        "三年级的话有推荐的练习册吗？",
    ),
    _m("阳台种什么菜比较容易？", "小葱、生菜、小番茄、薄荷、空心菜。", "朝北的阳台呢？"),
    _m(
        "怎么跟房东谈降房租？",
        "先了解周边行情，表达长租意愿，按时交租的记录也是筹码。",
        "帮我写一段微信消息",
    ),
    _m(
        "给我讲讲相对论的基本思想",
        "狭义相对论：光速不变，时间和空间会随运动状态变化；广义相对论：引力是时空的弯曲。",
        "再通俗一点",
    ),
    _m(
        "Unity里怎么做一个简单的昼夜交替？",
        "旋转平行光（太阳），同时随时间调整天空盒的颜色和环境光强度。",
        "OK。对了，帮我想几句给同事的生日祝福",
    ),
    _m(
        "婚礼上伴郎致辞要说什么？",
        "和新郎的故事、对新娘的欢迎、真诚的祝福，三分钟以内。",
        "帮我写一个，有点幽默",
    ),
    _m(
        "我想换个手机，3000左右推荐哪款？",
        "可以看看小米、一加、荣耀的中端机，主要看拍照和续航需求。",
        "主要给我爸用",
    ),
    _m("背单词有什么好方法？", "间隔重复，用例句记，结合听力和阅读。", "有推荐的App吗"),
    _m(
        "饺子馅怎么调才好吃？",
        "猪肉馅加葱姜水顺一个方向搅上劲，再放生抽、盐、香油，最后拌入白菜或韭菜。",
        "素馅的呢？",
    ),
    _m(
        "帮我列个去海边度假的行李清单",
        "防晒霜、泳衣、墨镜、遮阳帽、拖鞋、充电宝、常用药、换洗衣物。",
        "还要带一岁宝宝",
    ),
    _u("“大数据”到底是什么？我是做财务的，想简单了解一下"),
    _u("家里路由器的管理后台密码忘了，怎么恢复出厂设置？"),
    _u("帮我写一份转正述职报告的框架，我是行政岗，入职六个月"),
    _u("我儿子十岁，想学编程，Python还是Scratch好？"),
    _u("人工智能会不会取代翻译这个职业？说说你的看法"),
    _u("帮我润色一下这段自我介绍：我叫刘洋，毕业于四川大学，喜欢挑战，善于沟通，希望加入贵公司。"),
    _u("笔记本电脑风扇声音很大，正常吗？要不要清灰？"),
    _u("3D打印的PLA和PETG材料有什么区别？我想做些家用小物件"),
    _u("什么是区块链？用买菜的例子解释一下"),
    _u("写一封辞职信，语气友好，感谢领导的培养"),
    _u("为什么手机充电越来越慢？电池老化了吗"),
    _u("摄影新手，拍夜景总是糊，有什么技巧？"),
    _u("程序员35岁真的会失业吗？我是做测试的，有点焦虑"),
    _u("家里想装监控摄像头，怎样保护隐私？一般有什么建议"),
    _u("NAS和网盘比，哪个更适合存家庭照片？"),
    _u("帮我把这段产品介绍写得更吸引人：我们的保温杯采用316不锈钢，保温12小时。"),
    _u("Excel和WPS有什么区别？单位让我选一个"),
    _u("如何向老人解释什么是电信诈骗？"),
    _u("乐高机械组的齿轮传动原理，能给小孩讲明白吗？"),
    _u("写一篇关于垃圾分类的倡议书，给小区业主"),
    _u("5G和4G到底差在哪？值得换手机吗"),
    _u("高考志愿想报计算机，但听说太卷了，还有什么相关专业可以考虑？"),
    _u("为什么飞机能飞起来？"),
    _u("做PPT有什么好看的配色方案？商务风"),
    _u("帮我写一个小红书标题，内容是云南自驾攻略"),
    _u("程序员常说的“云原生”是什么意思？外行能懂的解释"),
    _u("怎么判断一个西瓜熟没熟？"),
    _u("家庭网络里的“网关”是什么东西？"),
    _u("写一段话感谢物业师傅帮忙修水管"),
    _u("我想学素描，从哪里开始？"),
    _u("VPN是什么？出国旅游需要吗？"),
    _u("离婚财产怎么分？一般原则是什么"),
    _u("给我讲讲中国的二十四节气"),
    _s("你是集成在IDE里的编程助手。", "问个题外话：明天给客户做汇报，开场白怎么说比较好？"),
    _s("你是一家宽带运营商的在线客服。", "网速只有平时的一半，晚上看视频卡得不行"),
    _s(
        "你是写作助手，帮助用户修改中文文章。",
        "帮我修改这段：今天天气很好，我们去公园玩，我们很开心，玩了很久。",
    ),
    _s(
        "你是一个代码智能体，可以读写仓库中的文件并运行命令。",
        "先别改代码了，帮我想一下这周团建去哪儿，十个人，预算人均200",
    ),
    _s("你是小学数学辅导老师，引导学生自己思考。", "鸡兔同笼，头35个，脚94只，怎么想？"),
    _s(
        "You are a customer support assistant for a smart home company.",
        "智能音箱连不上家里的WiFi了，一直提示配网失败",
    ),
    _s("你是公司内部的行政助手。", "帮我写一份通知：下周三下午办公楼停电检修，请大家提前保存工作"),
    _s("你是一个旅游App的智能助手。", "去日本需要换多少日元比较合适？玩一周"),
]

_EN: list[Item] = [
    _m(
        "Write a short toast for my parents' 40th anniversary",
        '"Forty years ago, two people said yes and never stopped saying it. To Mum and Dad — to the love that built our home."',
        "shorter, I'll forget it",
    ),
    _m(
        "I'm planning a week in Portugal in May. Where should I go?",
        "Lisbon for three days, a day trip to Sintra, then two or three days in Porto with a Douro valley day.",
        "and if I hate crowds?",
    ),
    _m(
        "Translate 'The package will arrive within three business days' into Spanish",
        "«El paquete llegará en un plazo de tres días hábiles.»",
        "and in French?",
    ),
    _m("What's 18% of 645?", "116.1", "and the total with that added?"),
    _m(
        "My 4 year old has a rash after starting a new soap, what should I do?",
        "Stop the new soap, rinse with lukewarm water, use a plain fragrance-free moisturiser. See a doctor if it spreads, blisters or comes with fever.",
        "what about for a baby?",
    ),
    _m(
        "Explain what a Roth IRA is",
        "A US retirement account funded with after-tax money; qualified withdrawals in retirement, including growth, are tax-free.",
        "like I'm 15",
    ),
    _m(
        "Can you tighten up this paragraph for my cover letter? 'I am a very hard working person who is always trying to do my best in everything that I do at work and outside of work.'",
        '"I bring consistent effort and high standards to everything I take on."',
        "bit less generic?",
    ),
    _m(
        "Give me a 20 minute beginner yoga routine",
        "Child's pose, cat-cow, downward dog, low lunge each side, warrior II, triangle, seated forward fold, supine twist, savasana.",
        "and for a bad lower back?",
    ),
    _m(
        "How do I calculate the area of a circle?",
        "A = πr². For a radius of 5 cm that's about 78.5 cm².",
        "and the circumference?",
    ),
    _m(
        "I'm writing a Django view that lists invoices with pagination, any gotchas?",
        "Always order the queryset before paginating, and use select_related for the customer to avoid N+1 queries.",
        "cool thanks. Totally unrelated — any tips for keeping basil alive on a windowsill?",
    ),
    _m(
        "We're deciding between event sourcing and plain CRUD tables for our ledger service",
        "Event sourcing gives you a full audit trail and replay, at the cost of complexity in projections and schema evolution. For a ledger it's often worth it.",
        "ok I'll take that to the team. Now, my sister's birthday is tomorrow and I forgot — quick gift ideas under $30?",
    ),
    _m(
        "How do I make the fog fade with distance in my three.js scene?",
        "Set scene.fog = new THREE.Fog(color, near, far) and match the colour to your background.",
        "nice. Random q: what's a good stretch for tight hamstrings?",
    ),
    _m(
        "What's the difference between a will and a trust, in general?",
        "A will takes effect at death and goes through probate; a living trust can hold assets now and usually avoids probate.",
        "and which is cheaper to set up?",
    ),
    _m(
        "Write a limerick about a cat who hates Mondays",
        "There once was a cat named McGraw, / Who'd swipe at the alarm with his paw; / When Monday came round, / He'd sulk on the ground, / And refuse to get up, on principle, all day long.",
        "the last line doesn't scan, fix it",
    ),
    _m(
        "Our wifi keeps dropping on the smart TV but not the phones",
        "TVs often have weak antennas. Try moving the router closer, switching the TV to 5 GHz, or using an ethernet cable or powerline adapter.",
        "what's a powerline adapter?",
    ),
    _m("Solve 2x - 3 = 11", "x = 7.", "show me how to check it"),
    _m(
        "What wine goes with lamb tagine?",
        "A fruity red like Grenache or Côtes du Rhône; a dry rosé also works with the spices.",
        "non-alcoholic options?",
    ),
    _m(
        "Make a packing list for a 3-day hiking trip",
        "Tent, sleeping bag and mat, stove and fuel, water filter, layers, rain jacket, first aid kit, headlamp, map, food.",
        "it's going to be below freezing at night",
    ),
    _m(
        "Help me write a polite email to a neighbour about their dog barking",
        "\"Hi Sam, hope you're well. I wanted to mention that Max has been barking quite a lot in the mornings while you're out...\"",
        "less passive-aggressive",
    ),
    _m(
        "What were the main causes of World War I?",
        "Militarism, alliances, imperialism, nationalism — and the assassination of Archduke Franz Ferdinand as the trigger.",
        "in one paragraph for a 12 year old",
    ),
    _m(
        "What's the best way to cook rice on the stove?",
        "Rinse, 1:1.5 rice to water for long grain, bring to a boil, cover, lowest heat 15 min, rest 10 min.",
        "and brown rice?",
    ),
    _m(
        "I'm refactoring our Express app into separate modules for auth, billing and notifications. Does that split make sense?",
        "Yes, if each module owns its data and exposes a small interface; watch out for billing reaching into auth's tables directly.",
        "got it. Hey, what's a good podcast for a long drive? I like history",
    ),
    _m(
        "Can you explain what inflation actually is?",
        "A general rise in prices over time, meaning each dollar buys a bit less.",
        "and why do central banks want 2% instead of zero?",
    ),
    _m(
        "Give me a chore chart for kids aged 6 and 9",
        "6-year-old: make bed, feed the cat, set the table. 9-year-old: empty dishwasher, fold laundry, take out recycling.",
        "add pocket money amounts",
    ),
    _m(
        "Rewrite this for a LinkedIn post: 'Left my job after 8 years. Starting something new next month.'",
        "\"After eight wonderful years, I've decided to move on. Grateful for everything I learned — and excited to share what's next very soon.\"",
        "less cheesy",
    ),
    _m(
        "How long should I boil an egg for a runny yolk?",
        "About 6 minutes from boiling for a large egg, then into cold water.",
        "and at high altitude?",
    ),
    _m(
        "Is it bad to run every day?",
        "Not necessarily, but easy days and enough sleep matter. Most beginners do better with 3-4 runs a week.",
        "what if I'm 60?",
    ),
    _m(
        "What's a good name for a book club?",
        "Chapter & Verse, The Tuesday Readers, Spine Tinglers, Between the Lines.",
        "we mostly read crime novels",
    ),
    _m(
        "How do I get red wine out of a carpet?",
        "Blot, don't rub. Cold water, then a mix of dish soap and white vinegar, blot again. Baking soda once dry.",
        "it's a wool rug",
    ),
    _m(
        "My shader for the terrain in Unreal looks flat, how do I add more detail up close?",
        "Blend a detail normal map based on camera distance, and use triplanar mapping on steep slopes.",
        "thanks. Switching gears — can you help me draft a text to cancel dinner with a friend without sounding flaky?",
    ),
    _m(
        "What's the difference between affect and effect?",
        "Affect is usually a verb (to influence); effect is usually a noun (a result).",
        "exceptions?",
    ),
    _m(
        "Plan a budget dinner party for 8",
        "Starter: tomato bruschetta. Main: big tray of chicken thighs with lemon and potatoes. Dessert: chocolate mousse.",
        "vegetarian version?",
    ),
    _m(
        "How does compound interest work?",
        "You earn interest on your original money plus previously earned interest, so growth accelerates over time.",
        "show me with $200 a month for 10 years at 5%",
    ),
    _m(
        "Tell me about the Silk Road",
        "A network of trade routes linking China with Central Asia, the Middle East and Europe from around 130 BCE, carrying silk, spices, ideas and religions.",
        "what about the maritime part?",
    ),
    _m(
        "Can you recommend a few sci-fi novels?",
        "Hyperion, The Left Hand of Darkness, Project Hail Mary, Children of Time.",
        "something shorter, under 250 pages",
    ),
    _m(
        "Help me explain to my team why we should move standups to async",
        "Point to fewer interruptions, better notes for people in other time zones, and a weekly live sync to keep connection.",
        "make it a 3 sentence Slack message",
    ),
    _m(
        "How many hours of sleep does a teenager need?",
        "Around 8 to 10 hours a night.",
        "and a toddler?",
    ),
    _m(
        "What's a good first houseplant?",
        "Pothos, snake plant or ZZ plant — they tolerate low light and irregular watering.",
        "safe for cats?",
    ),
    _m(
        "Draft a short bio for a conference program. I'm a nurse educator in Leeds",
        '"Priya Shah is a nurse educator at a Leeds teaching hospital, where she designs simulation training for newly qualified nurses."',
        "first person",
    ),
    _m("What's the capital of Australia?", "Canberra.", "why not Sydney?"),
    _m(
        "Give me a 3-day itinerary for Mexico City",
        "Day 1: Centro Histórico and Zócalo. Day 2: Chapultepec, Anthropology Museum, Roma/Condesa. Day 3: Teotihuacan.",
        "with kids?",
    ),
    _m(
        "I need a quick workout I can do in a hotel room",
        "3 rounds: 15 squats, 10 push-ups, 20 lunges, 30 s plank, 15 glute bridges.",
        "quieter, the floor is thin",
    ),
    _m(
        "What's a good marinade for grilled chicken?",
        "Olive oil, lemon juice and zest, garlic, smoked paprika, oregano, salt. At least 2 hours.",
        "for 20 people at a barbecue?",
    ),
    _u("What actually is 'the cloud'? My dad thinks his photos are floating in the sky"),
    _u(
        "Our home printer says 'offline' on my laptop but prints fine from my wife's. Both Windows 11. Ideas?"
    ),
    _u(
        "I'm a junior developer with a performance review next week. How do I talk about my achievements without bragging?"
    ),
    _u(
        "Write a thank-you note to the IT team at my company for fixing everyone's laptops after the office move"
    ),
    _u(
        "What's the difference between RAM and storage, explained for someone buying their first laptop?"
    ),
    _u("Is a computer science degree still worth it in 2026, or should I just do online courses?"),
    _u("How do I set up parental controls on a kid's iPad?"),
    _u(
        "I build model railways and want to add LED street lights. How do I wire a few LEDs to a 12V supply safely?"
    ),
    _u("My 3D printer keeps failing on the first layer. It's a Prusa MK4 printing PETG"),
    _u("What does 'open source' mean and why do companies give software away?"),
    _u("Write a short story about a robot that learns to bake bread. 300 words, for a 7 year old"),
    _u("Explain how GPS works in plain English"),
    _u(
        "Tips for writing a good README for my hobby astronomy photo site? Not code, just the text structure"
    ),
    _u("What's the difference between a virus and a bacterium?"),
    _u("How do I politely decline a meeting invite from a senior colleague?"),
    _u(
        "My teenage son wants to build a gaming PC. What should I know as a parent who knows nothing about computers?"
    ),
    _u("Summarise the plot of Hamlet in five sentences"),
    _u("What is machine learning, in one paragraph, for a school newsletter?"),
    _u(
        "Help me write a speech for my retirement party. I was a high school chemistry teacher for 31 years"
    ),
    _u("What are the general rules for tipping in the US vs the UK?"),
    _u("How do password managers work, in general? Is it safe to keep everything in one?"),
    _u("Convert 350 °F to Celsius, and is that a normal oven temp for cookies?"),
    _u(
        "I'm a product manager with no design background. How can I get better at giving feedback on mockups?"
    ),
    _u("Why do my AirPods disconnect when I walk into the kitchen?"),
    _u("What's a good way to learn to touch type as an adult?"),
    _u("Give me five icebreaker questions for a team offsite that aren't cringe"),
    _u("What's the Monty Hall problem and why is the answer so counterintuitive?"),
    _u("Write a haiku about debugging, for a mug I'm giving my programmer friend"),
    _u("How do noise cancelling headphones actually work?"),
    _u("Is it worth learning Blender as a hobby? I like making little animated characters"),
    _u(
        "How should I back up my family photos? We have about 400 GB across phones and an old laptop"
    ),
    _s(
        "You are an AI coding assistant embedded in the user's IDE. Be concise.",
        "off-topic, sorry: what's a good gift for a coworker who's leaving? budget 40 euros",
    ),
    _s(
        "You are an autonomous coding agent with shell access to the project repository.",
        "before you continue, can you just tell me how long to roast a 2 kg chicken? dinner's at 7",
    ),
    _s(
        "You are the support assistant for Brightline Broadband. Help customers with connection problems, billing and plans.",
        "my internet drops every evening around 8pm, it's been like this for a week",
    ),
    _s(
        "You are a writing assistant. Improve clarity and tone while keeping the author's voice.",
        "Make this friendlier: 'Please ensure all expense claims are submitted by Friday. Late claims will not be processed.'",
    ),
    _s(
        "You are a patient maths tutor for secondary school students. Give hints before answers.",
        "how do I find the gradient between (2,3) and (6,11)?",
    ),
    _s(
        "You are the in-app assistant for PlateUp, a meal-planning app.",
        "Can I set the shopping list to metric units?",
    ),
    _s(
        "You are an internal HR helpdesk bot for employees. You answer general policy questions.",
        "how do I book a day of annual leave?",
    ),
    _s(
        "You are a helpful assistant for a public library.",
        "Can you recommend some audiobooks for a long car trip with teenagers?",
    ),
]

_DE: list[Item] = [
    _m(
        "Hast du ein Rezept für Kartoffelsuppe?",
        "1 kg mehligkochende Kartoffeln, Suppengrün, Zwiebel, 1,2 l Brühe, Majoran, etwas Sahne. Alles 25 Minuten köcheln, halb pürieren, Würstchen nach Wunsch.",
        "und vegan?",
    ),
    _m(
        "Schreib mir eine Glückwunschkarte zur Geburt für meine Kollegin",
        "„Herzlichen Glückwunsch zur Geburt eures kleinen Wunders! Wir wünschen euch eine wunderschöne erste Zeit zu dritt.“",
        "etwas lockerer, wir duzen uns alle",
    ),
    _m(
        "Wir wollen mit dem Wohnmobil eine Woche nach Südtirol, welche Route?",
        "Über den Brenner nach Brixen, dann Villnößtal, Seiser Alm, Bozen und zum Schluss Meran mit dem Vinschgau.",
        "und wenn es die ganze Woche regnet?",
    ),
    _m(
        "Wie viel sind 19 % Mehrwertsteuer auf 840 €?",
        "159,60 €, also 999,60 € brutto.",
        "und mit 7 %?",
    ),
    _m(
        "Mein Sohn (8) hat seit zwei Tagen Bauchweh, was kann ich tun?",
        "Tee, leichte Kost, Wärmflasche. Bei starken Schmerzen rechts unten, Fieber, Erbrechen oder wenn es nicht besser wird, bitte zum Kinderarzt.",
        "und wenn es nachts schlimmer wird?",
    ),
    _m(
        "Was ist der Unterschied zwischen Kündigungsfrist und Probezeit?",
        "In der Probezeit (max. 6 Monate) gilt meist eine verkürzte Kündigungsfrist von zwei Wochen; danach die gesetzliche oder vertragliche Frist.",
        "und bei einem Minijob?",
    ),
    _m(
        "Kannst du diesen Satz besser formulieren? „Wir möchten Sie hiermit darüber informieren, dass die Sprechstunde ausfällt.“",
        "„Die Sprechstunde fällt leider aus.“",
        "etwas höflicher bitte, ist für Patienten",
    ),
    _m(
        "Trainingsplan für einen Halbmarathon in 12 Wochen?",
        "Vier Läufe pro Woche: zwei lockere, ein Tempolauf, ein langer Lauf, der von 10 auf 18 km steigt.",
        "ich schaffe nur drei Tage",
    ),
    _m(
        "Wie berechnet man das Volumen eines Zylinders?",
        "V = π · r² · h. Bei r = 3 cm und h = 10 cm etwa 282,7 cm³.",
        "und die Oberfläche?",
    ),
    _m(
        "In unserer Spring-Anwendung werfen die Repository-Tests eine LazyInitializationException",
        "Die Session ist im Test schon zu. Entweder @Transactional an den Test oder die Beziehung per JOIN FETCH laden.",
        "läuft jetzt, danke! Ganz was anderes: kennst du ein gutes Brettspiel für zwei Personen?",
    ),
    _m(
        "Wie würdest du bei uns die Aufteilung in Services machen: Katalog, Warenkorb, Bestellung, Versand?",
        "Warenkorb und Bestellung getrennt halten, Versand über Events anbinden, Katalog als reine Lesedomäne mit eigenem Suchindex.",
        "gut, nehm ich so mit. Sag mal, was zieht man zu einer Hochzeit im Standesamt an?",
    ),
    _m(
        "Wie kriege ich in Babylon.js weiche Schatten hin?",
        "Nutze einen ShadowGenerator mit usePercentageCloserFiltering oder contactHardeningShadow und passe den Filter an.",
        "top. Völlig anderes Thema: was koche ich heute für vier hungrige Teenager?",
    ),
    _m(
        "Was ist ein Erbschein und wann brauche ich den?",
        "Ein amtliches Zeugnis, wer Erbe ist. Man braucht ihn z. B. für Bank oder Grundbuch, wenn kein notarielles Testament vorliegt.",
        "was kostet der ungefähr?",
    ),
    _m(
        "Schreib ein kurzes Gedicht über den Herbst im Schwarzwald",
        "Nebel hängt in Tannenzweigen, / Bäche murmeln leis im Tal, / wenn die Kuckucksuhren schweigen, / glüht der Wald ein letztes Mal.",
        "lustiger",
    ),
    _m(
        "Unser WLAN im Keller ist praktisch tot",
        "Ein Mesh-System oder ein WLAN-Repeater im Treppenhaus hilft; alternativ Powerline-Adapter bis in den Keller.",
        "was ist davon am billigsten?",
    ),
    _m("Rechne mal: 3/4 + 2/3", "9/12 + 8/12 = 17/12, also 1 5/12.", "und minus statt plus?"),
    _m(
        "Welcher Wein passt zu Rinderrouladen?",
        "Ein kräftiger Rotwein, etwa Spätburgunder aus Baden oder ein Lemberger.",
        "und ein alkoholfreier Ersatz?",
    ),
    _m(
        "Was muss ich für eine Radtour an der Donau einpacken?",
        "Regenjacke, Flickzeug, Ersatzschlauch, Sonnencreme, Trinkflasche, Radkarte, Schloss, bequeme Radhose.",
        "wir fahren mit Kleinkind im Anhänger",
    ),
    _m(
        "Hilf mir bei einer Mail an die Hausverwaltung wegen Schimmel im Bad",
        "„Sehr geehrte Damen und Herren, in unserer Wohnung (Lindenstraße 12, 2. OG links) hat sich im Badezimmer Schimmel gebildet ...“",
        "bestimmter, das ist schon die zweite Meldung",
    ),
    _m(
        "Erklär mir kurz den Dreißigjährigen Krieg",
        "1618–1648, begann als Konflikt zwischen Protestanten und Katholiken im Reich, wurde zum europäischen Machtkampf; endete mit dem Westfälischen Frieden.",
        "für die 7. Klasse in drei Sätzen",
    ),
    _m(
        "Wie lange muss ein Schweinebraten in den Ofen?",
        "Pro Kilo etwa eine Stunde bei 180 °C, Kerntemperatur 70–75 °C.",
        "und mit Kruste?",
    ),
    _m(
        "Wir stellen gerade die Architektur unseres Data Warehouse auf Lakehouse um, ist das sinnvoll?",
        "Wenn ihr viele unstrukturierte Daten und ML-Workloads habt, ja; für reines Reporting reicht oft das bestehende DWH.",
        "ok danke. Kurz privat: wie bekomme ich Kalkflecken von der Duschwand?",
    ),
    _m(
        "Was ist eigentlich ein ETF?",
        "Ein börsengehandelter Fonds, der meist einen Index wie den MSCI World nachbildet.",
        "und was heißt thesaurierend?",
    ),
    _m(
        "Gib mir Ideen für einen Kindergeburtstag im Winter, drinnen",
        "Schatzsuche, Kinderdisco, Plätzchen backen, Zauberer, Piratenparty.",
        "für Zehnjährige",
    ),
    _m(
        "Formulier meinen Xing-Status um: „Suche neuen Job, bin Buchhalterin“",
        "„Erfahrene Buchhalterin mit Leidenschaft für saubere Zahlen – offen für neue Herausforderungen.“",
        "weniger Floskeln",
    ),
    _m(
        "Wie lange kocht man ein Frühstücksei?",
        "Wachsweich ca. 6 Minuten, hart etwa 10 Minuten ab sprudelndem Kochen.",
        "und aus dem Kühlschrank?",
    ),
    _m(
        "Ist es schlimm, jeden Tag Kaffee zu trinken?",
        "Bis etwa 3–4 Tassen am Tag gilt für gesunde Erwachsene als unbedenklich.",
        "und in der Schwangerschaft?",
    ),
    _m(
        "Wie heißt der Film mit dem Mann, der immer denselben Tag erlebt?",
        "„Und täglich grüßt das Murmeltier“ von 1993 mit Bill Murray.",
        "ähnliche Filme?",
    ),
    _m(
        "Wie bekomme ich Kaugummi aus einer Jeans?",
        "Ab in den Gefrierschrank, dann abkratzen; Reste mit etwas Speiseöl und Spülmittel lösen.",
        "und aus dem Teppich?",
    ),
    _m(
        "Mein Partikelsystem in Three.js ruckelt bei 50.000 Partikeln",
        "Nutze einen einzigen Points-Buffer statt einzelner Meshes und aktualisiere Positionen im Vertex-Shader.",
        "danke, probier ich. Was anderes: wie schreibe ich eine Abwesenheitsnotiz für drei Wochen Elternzeit?",
    ),
    _m(
        "Wann benutzt man „das“ und wann „dass“?",
        "„Das“ ist Artikel oder Pronomen (ersetzbar durch dieses/welches), „dass“ ist Konjunktion.",
        "gib mir fünf Übungssätze",
    ),
    _m(
        "Plane mir ein Abendessen für 6 Leute, nicht zu aufwendig",
        "Vorspeise: Feldsalat mit Walnüssen. Hauptgang: Ofenlachs mit Kartoffeln und Gemüse. Nachtisch: Tiramisu.",
        "ohne Fisch",
    ),
    _m(
        "Wie funktioniert eigentlich die Rente in Deutschland, grob?",
        "Umlageverfahren: Die heutigen Beschäftigten zahlen die Renten der heutigen Rentner; man sammelt Entgeltpunkte.",
        "und was ist die Riester-Rente?",
    ),
    _m(
        "Erzähl mir was über die Hanse",
        "Ein Bund von Kaufleuten und Städten im Nord- und Ostseeraum vom 12. bis 17. Jahrhundert, mit Lübeck als Zentrum.",
        "welche Städte waren dabei?",
    ),
    _m(
        "Kannst du mir Krimis empfehlen?",
        "„Tannöd“ von Andrea Maria Schenkel, die Kluftinger-Reihe, „Der Insasse“ von Fitzek.",
        "was Skandinavisches?",
    ),
    _m(
        "Hilf mir, meinem Chef zu erklären, warum ich eine Weiterbildung brauche",
        "Zeig den Nutzen fürs Team, die Kosten im Vergleich zu externen Dienstleistern und einen konkreten Plan.",
        "als kurze Mail",
    ),
    _m("Wie viel Schlaf brauchen Grundschulkinder?", "Etwa 9 bis 12 Stunden.", "und Senioren?"),
    _m(
        "Welche Zimmerpflanze für ein dunkles Bad?",
        "Farne, Efeutute, Zamioculcas oder Grünlilie.",
        "ungiftig für Hunde?",
    ),
    _m(
        "Schreib mir eine kurze Vorstellung für den Elternabend, ich bin die neue Klassenlehrerin der 3b",
        "„Liebe Eltern, ich bin Frau Becker und freue mich sehr, die 3b in diesem Schuljahr zu begleiten ...“",
        "auch auf Türkisch bitte",
    ),
    _m(
        "Wie lerne ich am besten Vokabeln?",
        "Karteikarten mit Wiederholungsintervallen, Sätze statt einzelner Wörter, laut sprechen.",
        "für Latein?",
    ),
    _m(
        "Schnelles Workout fürs Homeoffice?",
        "Je 40 Sekunden: Kniebeugen, Liegestütze am Tisch, Ausfallschritte, Plank, Hampelmann – drei Runden.",
        "ohne Springen, Nachbarn unten",
    ),
    _m(
        "Wie mache ich einen einfachen Hefezopf?",
        "500 g Mehl, 1 Würfel Hefe, 80 g Zucker, 80 g Butter, 250 ml lauwarme Milch, 1 Ei, Prise Salz. Kneten, 1 Stunde gehen lassen, flechten, 30 Minuten bei 180 °C backen.",
        "geht das auch mit Trockenhefe?",
    ),
    _u("Was genau ist eigentlich „die Cloud“? Meine Oma fragt, wo ihre Fotos jetzt sind"),
    _u(
        "Der Drucker im Homeoffice zeigt „offline“, obwohl er im WLAN ist. Fritzbox, Windows 11. Was kann ich tun?"
    ),
    _u(
        "Ich bin Werkstudent in der IT und soll im Teammeeting erzählen, was ich im Semester gemacht habe. Wie strukturiere ich das?"
    ),
    _u(
        "Schreib eine Dankesmail an die IT-Abteilung, die unseren Umzug ins neue Büro super organisiert hat"
    ),
    _u(
        "Unterschied zwischen Arbeitsspeicher und Festplatte, erklärt für jemanden, der einen Laptop fürs Studium kauft?"
    ),
    _u("Lohnt sich eine Umschulung zum Fachinformatiker mit 45?"),
    _u("Wie richte ich eine Kindersicherung auf dem Android-Tablet meiner Tochter ein?"),
    _u(
        "Ich baue eine Modelleisenbahn in Spur N und will die Weichen digital steuern. Womit fange ich als Anfänger an?"
    ),
    _u(
        "Mein 3D-Drucker (Bambu Lab) druckt plötzlich mit Lücken in den Wänden. Woran kann das liegen?"
    ),
    _u("Was bedeutet „Open Source“ und warum verschenken Firmen Software?"),
    _u(
        "Schreib eine Gutenachtgeschichte über einen kleinen Roboter, der Angst vor der Dunkelheit hat"
    ),
    _u("Wie funktioniert eigentlich ein Navi ohne Internet?"),
    _u("Mesh-WLAN oder Repeater für ein Einfamilienhaus mit drei Etagen?"),
    _u("Wie sage ich einer Kollegin höflich, dass sie im Meeting ständig unterbricht?"),
    _u("Mein Sohn will einen Gaming-PC selbst bauen. Was sollte ich als Elternteil wissen?"),
    _u("Fasse „Die Verwandlung“ von Kafka in fünf Sätzen zusammen"),
    _u("Was ist künstliche Intelligenz, in einem Absatz für den Gemeindebrief?"),
    _u("Abschiedsrede für meinen Kollegen, der nach 25 Jahren als Elektromeister in Rente geht"),
    _u("Wie viel Trinkgeld gibt man in Österreich im Restaurant?"),
    _u("Sind Passwortmanager sicher? Nur allgemein, ich will meinen Eltern einen empfehlen"),
    _u("Wie rechne ich Fahrenheit in Celsius um? Backrezept aus den USA sagt 375 °F"),
    _u(
        "Ich bin Projektleiterin ohne technischen Hintergrund. Wie lerne ich, bei den Entwicklern die richtigen Fragen zu stellen?"
    ),
    _u("Warum ist mein Handy-Akku im Winter so schnell leer?"),
    _u("Wie lerne ich als Erwachsener Zehnfingerschreiben?"),
    _u("Was ist das Ziegenproblem und warum soll man wechseln?"),
    _u(
        "Lohnt es sich, Blender als Hobby zu lernen? Ich möchte kleine Figuren für meine Tabletop-Spiele gestalten"
    ),
    _u(
        "Wie sichere ich am besten die Familienfotos? Etwa 300 GB verteilt auf Handys und eine alte Festplatte"
    ),
    _u("Wie funktionieren Noise-Cancelling-Kopfhörer?"),
    _u("Erklär mir, was ein Algorithmus ist – für meine Schüler in der 5. Klasse"),
    _u("Was brauche ich für eine Balkon-Solaranlage, und muss ich die anmelden?"),
    _u("Wie entkalke ich meinen Kaffeevollautomaten richtig?"),
    _u("Warum heißt der Computerfehler eigentlich „Bug“?"),
    _s(
        "Du bist ein KI-Programmierassistent in der IDE des Nutzers. Antworte knapp.",
        "kurz off-topic: wie viele Urlaubstage stehen mir gesetzlich bei einer 5-Tage-Woche zu?",
    ),
    _s(
        "Du bist ein autonomer Coding-Agent mit Zugriff auf das Repository und die Shell.",
        "bevor du weitermachst: wie lange muss Nudelwasser salzen, bevor es kocht? Frage meiner Frau",
    ),
    _s(
        "Du bist der Kundenservice-Assistent von NetzWerk24, einem Internetanbieter.",
        "Seit gestern Abend blinkt die DSL-Lampe am Router und ich komme nicht ins Internet",
    ),
    _s(
        "Du bist ein Schreibassistent. Verbessere Stil und Verständlichkeit, behalte den Ton der Autorin bei.",
        "Mach das freundlicher: „Bitte beachten Sie, dass Anträge ohne Unterschrift nicht bearbeitet werden.“",
    ),
    _s(
        "Du bist ein geduldiger Mathe-Nachhilfelehrer für die Mittelstufe. Gib erst Tipps, dann die Lösung.",
        "wie rechne ich die Steigung zwischen (1|2) und (4|11) aus?",
    ),
    _s(
        "Du bist der Assistent in der App von KochKiste, einem Kochbox-Lieferdienst.",
        "Kann ich die Lieferung nächste Woche pausieren? Wir sind im Urlaub",
    ),
    _s(
        "Du bist der interne Helpdesk-Bot der Stadtverwaltung für allgemeine Fragen der Mitarbeitenden.",
        "Wo finde ich das Formular für die Reisekostenabrechnung?",
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
    return batch(LABEL, "b8", BY_LANG)
