"""Fifth batch of `general` examples: hand-written, one group per example
("general/b5/<lang>/<digest>"). Everyday requests in es, ja, zh, en and de, with hard negatives
that share words with the technical labels (building architecture, 3D printing, lighting in
painting and photography, everyday lists, queries and tables, security and money in general)."""

from __future__ import annotations

from collections.abc import Iterator

from classifiers.corpus.example import Example
from classifiers.corpus.sources.handwritten import Item, batch
from classifiers.corpus.sources.handwritten import multi_turn as _m
from classifiers.corpus.sources.handwritten import single as _u
from classifiers.corpus.sources.handwritten import under as _s

LABEL = "general"


BY_LANG: dict[str, list[Item]] = {
    "es": [
        _u(
            "¿Me ayudas a redactar un correo para pedirle a mi casero que arregle la calefacción? Lleva una semana sin funcionar y quiero sonar firme pero educado."
        ),
        _u("cuanto es el 15% de descuento sobre 84,90 €?"),
        _u("Explícame qué fue la Reconquista en pocas líneas, para un niño de 12 años."),
        _u("Receta de tortilla de patatas jugosa, con cebolla. ¿Cuántos huevos para 4 personas?"),
        _u(
            "Voy a Lisboa tres días en marzo. ¿Qué barrios me recomiendas y si merece la pena la Lisboa Card?"
        ),
        _u("¿Por qué el cielo es azul y los atardeceres son rojos?"),
        _u(
            "Tradúceme al inglés: 'Le agradecería que me confirmara la fecha de entrega lo antes posible'. Que suene profesional."
        ),
        _u(
            "¿Qué es exactamente una función hash? Lo he oído en un podcast de bitcoin y no me entero."
        ),
        _u(
            "Estoy aprendiendo acuarela y los degradados del cielo me quedan a manchas. ¿Cuánta agua debo usar y cómo inclino el papel?"
        ),
        _u("¿Quién diseñó la Sagrada Familia y por qué sigue sin terminarse?"),
        _u(
            "Mi hija de 13 años quiere abrirse Instagram. ¿Cómo configuro la privacidad de su cuenta para que solo la vean sus amigos?"
        ),
        _u(
            "¿Es mala idea usar la misma contraseña para el banco y para Netflix? Mi padre lo hace y no me hace caso."
        ),
        _u(
            "Hazme una lista de la compra para una semana de cenas ligeras para dos personas, presupuesto unos 50 euros."
        ),
        _u(
            "¿Cómo se calcula el IVA incluido? Si algo cuesta 121 € con IVA del 21%, ¿cuál es el precio sin IVA?"
        ),
        _u("Resuelve: 2x + 7 = 3x - 5, y explica los pasos."),
        _u(
            "¿Qué es la migración de las cigüeñas? Antes se iban a África y ahora veo muchas en invierno en Madrid."
        ),
        _u(
            "Estoy preparando oposiciones a maestro. ¿Qué técnicas de estudio funcionan mejor para memorizar temas largos?"
        ),
        _u(
            "Necesito una carta de presentación para un puesto de recepcionista en un hotel de Valencia. Tengo 2 años de experiencia en atención al cliente en una tienda."
        ),
        _u(
            "qué portátil me compro para la uni, estudio arquitectura y uso autocad y rhino, presupuesto 1200"
        ),
        _u(
            "¿Cómo funciona Internet a grandes rasgos? Desde que escribo una dirección hasta que veo la página."
        ),
        _u(
            "Mi perro de 3 años tira mucho de la correa. ¿Algún truco para enseñarle a pasear tranquilo?"
        ),
        _u("¿Cuándo se plantan los tomates en el huerto si vivo en Burgos? Me da miedo que hiele."),
        _u(
            "Quiero colgar unas baldas en una pared de pladur. ¿Qué tacos uso y cuánto peso aguantan?"
        ),
        _u(
            "¿Cuál es la diferencia entre un autónomo y una sociedad limitada en España, en líneas generales? ¿Cuándo compensa cada uno?"
        ),
        _u("Recomiéndame 5 novelas latinoamericanas cortas para empezar a leer más este año."),
        _u(
            "Estoy imprimiendo en 3D una maceta en PLA y las capas de arriba se despegan. ¿Es la temperatura o la velocidad?"
        ),
        _u(
            "¿Qué película en 3D merece la pena ver en el cine? ¿Y es verdad que el 3D da dolor de cabeza?"
        ),
        _u(
            "En fotografía de retrato, ¿cómo consigo una sombra suave bajo la nariz sin flash? Solo tengo una ventana."
        ),
        _u(
            "Pinto al óleo un bodegón y la luz no se ve creíble. ¿Cómo decido dónde van las sombras propias y las proyectadas?"
        ),
        _u(
            "Reescribe este mensaje para que suene menos seco: 'No puedo ir el sábado. Ya lo hablamos otro día.'"
        ),
        _u("¿Qué es la inflación y por qué subir los tipos de interés la frena?"),
        _u("¿Cuántas calorías quema más o menos una persona corriendo 5 km?"),
        _u(
            "Explica en términos generales qué es la hipertensión y qué hábitos ayudan a controlarla."
        ),
        _u("¿Qué necesito para renovar el pasaporte en España? ¿Hace falta cita previa?"),
        _u(
            "Hazme un plan de viaje de 7 días por Andalucía en coche, empezando en Málaga. Luego lo iremos actualizando."
        ),
        _u("¿Quién ganó más Mundiales, Brasil o Alemania? Y ¿cuántos tiene España?"),
        _u(
            "Mi hijo de 4 años tiene rabietas cada noche a la hora de dormir. ¿Qué rutinas funcionan?"
        ),
        _u("¿Qué es un algoritmo? Explícamelo con un ejemplo de cocina."),
        _u(
            "En mi cuaderno de notas tengo una tabla con los gastos del mes. ¿Cómo hago en Excel una hoja de presupuesto personal que me sume por categorías?"
        ),
        _u(
            "Tengo que presentar una solicitud de empadronamiento en el ayuntamiento. ¿Qué documentos suelen pedir?"
        ),
        _u(
            "Busco en el archivo histórico de mi provincia a mi bisabuelo. ¿Cómo planteo la consulta en el buscador de PARES para encontrar su partida de bautismo?"
        ),
        _u("Dame ideas de nombres para una gata naranja muy dormilona."),
        _u("¿Qué es el autenticador en dos pasos y vale la pena activarlo en el correo?"),
        _u(
            "Olvidé la contraseña de mi correo de Gmail y ya no tengo el número de teléfono antiguo. ¿Qué opciones de recuperación hay?"
        ),
        _u(
            "¿Qué significa diversificar una cartera de inversión? ¿Basta con tener un fondo indexado mundial?"
        ),
        _u("Escribe un poema corto sobre el mar en invierno, con rima asonante."),
        _u("¿Por qué el pan de masa madre sube menos que el de levadura de panadería?"),
        _u(
            "Tengo una entrevista mañana para jefe de almacén. ¿Qué preguntas típicas me pueden hacer y cómo respondo a '¿cuál es tu mayor defecto?'?"
        ),
        _u("Explícame la diferencia entre clima y tiempo atmosférico."),
        _u("¿Qué hizo Le Corbusier y por qué algunos odian sus edificios?"),
        _u("¿Cómo afino una guitarra de oído sin afinador?"),
        _u(
            "¿Qué ejercicios de calentamiento hago antes de jugar al pádel para no lesionarme el codo?"
        ),
        _u("resume en 3 frases de qué va Cien años de soledad sin destripar el final"),
        _u("¿Cómo dibujo manos que no parezcan garras? Siempre me salen rígidas."),
        _u("¿Cuál es la diferencia entre TCP y UDP? Solo por cultura general, no programo."),
        _u(
            "Un abrigo costaba 180 €, lo rebajaron un 30% y luego otro 10% sobre el precio rebajado. ¿Cuánto pago? ¿Es lo mismo que un 40%?"
        ),
        _u(
            "¿Qué es el interés compuesto? Si meto 100 € al mes al 5% anual durante 20 años, ¿cuánto tendría aproximadamente?"
        ),
        _u("¿Cómo se hace un cocido madrileño de los de toda la vida? Los tres vuelcos."),
        _u(
            "¿Qué es un contrato de arras y qué pasa si el comprador se echa atrás? En general, no tengo un caso concreto."
        ),
        _u("¿Cómo saco una mancha de vino tinto de un sofá de tela?"),
        _u(
            "Necesito una frase para la tarjeta de jubilación de un compañero que lleva 35 años en la empresa. Algo emotivo pero con humor."
        ),
        _u("¿Qué diferencia hay entre el gótico y el románico? Voy a visitar la catedral de León."),
        _u("¿Cómo funcionan las placas solares y compensa ponerlas en un piso en Sevilla?"),
        _u(
            "Dame una rutina de fuerza de 3 días a la semana para principiantes en casa con mancuernas."
        ),
        _u(
            "¿Me recomiendas aprender Python o JavaScript si quiero cambiar de carrera a algo tecnológico? Tengo 34 años y soy administrativa."
        ),
        _u("¿Qué es la fotosíntesis? Versión para examen de 2º de ESO."),
        _u(
            "Quiero crear una receta propia de galletas de avena sin azúcar. ¿Qué puedo usar para endulzar y que no queden secas?"
        ),
        _u(
            "¿Por qué se dice 'consulta' médica y 'consultar' un diccionario? ¿Tienen el mismo origen?"
        ),
        _u(
            "¿Qué cámara de segunda mano compro para empezar en fotografía de paisaje? Unos 400 euros."
        ),
        _u(
            "¿Qué hago si mi vuelo se retrasa más de 3 horas? ¿Tengo derecho a indemnización en la UE?"
        ),
        _u(
            "Necesito corregir la ortografía de este párrafo: 'A ver si nos vemos haber cuando puedas, echo de menos las tardes en la terraza y hecharnos unas risas.'"
        ),
        _u("¿Cuánto tiempo puedo dejar un caldo casero en la nevera? ¿Y congelado?"),
        _u(
            "¿Cómo le explico a mi madre de 70 años qué es una estafa por SMS de 'su paquete está retenido'?"
        ),
        _u("¿Qué es la tabla periódica y por qué está ordenada así?"),
        _m(
            "¿Cómo hago un bizcocho de yogur sencillo?",
            "Mezcla 1 yogur, 3 medidas de harina, 2 de azúcar, 1 de aceite, 3 huevos y un sobre de levadura. Horno a 180 °C unos 35 minutos.",
            "¿y sin huevos?",
        ),
        _m("Calcula el 21% de 350.", "El 21% de 350 es 73,5.", "¿y el total con ese 21% sumado?"),
        _m(
            "¿Cómo pongo una sombra suave en mi escena de three.js?",
            "Activa renderer.shadowMap.enabled, usa PCFSoftShadowMap y configura castShadow en la luz y los objetos.",
            "perfecto. Otra cosa, nada que ver: ¿qué vino va bien con un arroz con bogavante?",
        ),
        _m(
            "Resuelve x^2 - 5x + 6 = 0",
            "Factorizamos: (x - 2)(x - 3) = 0, así que x = 2 o x = 3.",
            "ahora 3x^2 - 12 = 0",
        ),
        _m(
            "¿Qué es una hipoteca a tipo fijo?",
            "Es un préstamo en el que el interés no cambia durante toda la vida de la hipoteca, así la cuota es siempre la misma.",
            "¿y la mixta?",
        ),
        _m(
            "Traduce al francés: 'Nos vemos en la estación a las ocho'.",
            "On se voit à la gare à huit heures.",
            "¿y más formal?",
        ),
        _m(
            "Dame un plan para aprender a nadar crol siendo adulto.",
            "Semana 1-2: flotación y patada con tabla. Semana 3-4: respiración lateral...",
            "¿cuántas veces por semana tendría que ir a la piscina?",
        ),
        _m(
            "¿Qué es el estoicismo?",
            "Una escuela filosófica griega que propone centrarse en lo que depende de uno mismo y aceptar lo demás.",
            "recomiéndame un libro para empezar",
        ),
        _m(
            "Ayúdame con la lista de invitados para la boda, somos 80.",
            "Claro. Podemos dividirla en familia novia, familia novio, amigos y trabajo. ¿Me pasas los nombres?",
            "borra a los del trabajo de él y añade una mesa de niños",
        ),
        _m(
            "¿Cómo se hace una migración de base de datos con Alembic?",
            "Ejecuta alembic revision --autogenerate -m 'mensaje' y luego alembic upgrade head.",
            "vale, ya está. Por cierto, ¿sabes por qué las golondrinas migran en grupo?",
        ),
        _m(
            "Escribe un cuento corto para dormir sobre un erizo que tiene miedo a la oscuridad.",
            "Había una vez un erizo llamado Pinchito que cada noche...",
            "más corto, que mi hija se duerme a los dos minutos",
        ),
        _m(
            "¿Cuántos días de vacaciones me corresponden por ley en España?",
            "El Estatuto de los Trabajadores fija un mínimo de 30 días naturales al año.",
            "¿y si entré a mitad de año?",
        ),
        _m(
            "¿Qué diferencia hay entre una acuarela y un gouache?",
            "El gouache es más opaco porque lleva más pigmento y carga blanca; la acuarela es transparente.",
            "¿y cuál es mejor para ilustrar un cuento infantil?",
        ),
        _m(
            "Necesito un texto para el cartel de la fiesta del barrio.",
            "¡Fiesta del barrio de San Andrés! Sábado 14, desde las 18:00, música, comida y juegos para peques.",
            "añade que cada uno traiga algo para compartir y que no se admiten mascotas",
        ),
        _m(
            "¿Cuánto es 3/4 de 2 tazas de harina en gramos?",
            "Una taza de harina son unos 125 g, así que 3/4 de 2 tazas son unos 188 g.",
            "y si es azúcar?",
        ),
        _m(
            "¿Me explicas cómo funciona el sistema de puntos del carnet de conducir?",
            "Empiezas con 8 puntos (12 tras 2-3 años sin infracciones) y las infracciones graves restan entre 2 y 6.",
            "¿y cómo se recuperan?",
        ),
        _m(
            "Estoy haciendo una maqueta de arquitectura del Pabellón de Barcelona para clase. ¿Qué escala uso?",
            "Para un pabellón de ese tamaño, 1:100 o 1:50 funciona bien en una base de 60×40 cm.",
            "¿y con qué material hago el mármol y el agua?",
        ),
        _m(
            "Dame 3 ideas de cena rápida con lo que tengo: arroz, huevos, calabacín y queso.",
            "1) Arroz salteado con calabacín y huevo. 2) Tortilla de calabacín con arroz. 3) Calabacines rellenos de arroz gratinados.",
            "la 3, paso a paso",
        ),
        _m(
            "Estoy depurando un useEffect de React que se ejecuta dos veces.",
            "En modo estricto de desarrollo React monta, desmonta y vuelve a montar a propósito; en producción solo se ejecuta una vez.",
            "ah vale. Oye, ¿y qué tal está el Camino de Santiago en octubre? ¿Hace mucho frío?",
        ),
        _m(
            "¿Qué es un ETF?",
            "Un fondo cotizado en bolsa que replica un índice y se compra y vende como una acción.",
            "¿y cómo tributan en España, en general?",
        ),
        _m(
            "Corrige: 'Me se ha olvidado el libro en casa de mi abuela.'",
            "Lo correcto es: 'Se me ha olvidado el libro en casa de mi abuela.'",
            "¿por qué es 'se me' y no 'me se'?",
        ),
        _m(
            "¿Qué raza de perro va bien para un piso pequeño y una familia con niños?",
            "Cavalier King Charles, bichón frisé o un beagle si podéis darle bastante paseo.",
            "¿y alguna que suelte poco pelo?",
        ),
        _m(
            "Organízame una tabla de entrenamiento para correr mi primera media maratón en 12 semanas.",
            "Semana 1: 3 salidas de 5 km suaves + 1 de 7 km. Semana 2: ...",
            "actualiza la semana 6 porque ese fin de semana estoy de viaje",
        ),
        _s(
            "Eres un asistente de escritura. Ayudas a mejorar textos en español manteniendo el tono del autor.",
            "Mejora esta frase para mi blog de viajes: 'El pueblo era muy bonito y tenía muchas casas bonitas y la gente era muy amable.'",
        ),
        _s(
            "Eres un asistente de escritura. Ayudas a mejorar textos en español manteniendo el tono del autor.",
            "Necesito un título atractivo para un artículo sobre cómo ahorrar en la compra semanal sin renunciar a comer bien.",
        ),
        _s(
            "Eres el asistente virtual de Muebles Robledo. Respondes dudas sobre pedidos, envíos y montaje.",
            "Hola, ¿cuánto tarda normalmente en llegar un sofá a Canarias? ¿Se paga aduana?",
        ),
        _s(
            "Eres el asistente virtual de Muebles Robledo. Respondes dudas sobre pedidos, envíos y montaje.",
            "¿Qué herramientas necesito para montar un armario de dos puertas? No tengo taladro.",
        ),
        _s(
            "Eres un tutor de matemáticas para alumnos de bachillerato. Explica paso a paso y sin dar directamente la respuesta.",
            "No entiendo cómo se deriva f(x) = x^2 · sen(x).",
        ),
        _s(
            "Eres un tutor de matemáticas para alumnos de bachillerato. Explica paso a paso y sin dar directamente la respuesta.",
            "¿Qué probabilidad hay de sacar al menos un seis al tirar tres dados?",
        ),
        _s(
            "Eres un asistente de programación integrado en el IDE. Responde de forma concisa.",
            "pregunta rápida que no es de código: ¿cómo se dice 'deadline' en español de forma natural en un correo al cliente?",
        ),
        _s(
            "Eres un asistente de programación integrado en el IDE. Responde de forma concisa.",
            "oye, ¿qué es big-O en palabras sencillas? Tengo un examen teórico y no lo pillo.",
        ),
        _s(
            "Eres un agente de programación con acceso al repositorio. Puedes leer y editar archivos y ejecutar comandos.",
            "Antes de seguir con el refactor: ¿me recomiendas una silla de oficina buena para la espalda? Llevo 10 horas sentado.",
        ),
        _s(
            "You are a helpful assistant.",
            "¿Cuál es la capital de Australia? Siempre pensé que era Sídney.",
        ),
        _s(
            "Eres un asistente de atención al cliente de una aseguradora de hogar. No pides datos personales por chat.",
            "En general, ¿cubre el seguro de hogar los daños por una tormenta que rompe un cristal de la terraza?",
        ),
        _s(
            "Eres un asistente de atención al cliente de un banco. Nunca pides contraseñas ni códigos.",
            "Tengo un cargo retenido de una gasolinera de 100 euros pero solo eché 40. ¿Por qué pasa eso?",
        ),
        _s(
            "Eres un asistente de cocina. Propones recetas sencillas y adaptadas.",
            "Actualiza la receta de lentejas que me diste para que sea vegana y sin gluten.",
        ),
        _s(
            "Eres un guía de viajes experto en Latinoamérica.",
            "¿Qué documentos necesito para entrar en Perú con pasaporte español? ¿Y vacunas recomendadas?",
        ),
        _s(
            "Eres un orientador laboral. Ayudas a preparar currículums y entrevistas.",
            "Llevo 8 años de cocinero y quiero pasar a trabajar en logística. ¿Cómo redacto el resumen del currículum?",
        ),
        _s(
            "Eres un profesor de historia paciente que responde a estudiantes de secundaria.",
            "¿Por qué empezó la Primera Guerra Mundial? Lo del archiduque no lo entiendo.",
        ),
        _s(
            "Eres un asistente de fotografía que da consejos prácticos.",
            "¿Cómo fotografío la Vía Láctea con una cámara réflex y un trípode? ¿Qué ajustes pongo?",
        ),
        _s(
            "Eres un asistente de fotografía que da consejos prácticos.",
            "Las fotos de interior con luz de ventana me salen con las caras medio en sombra. ¿Uso un reflector casero?",
        ),
        _s(
            "Eres un asistente de jardinería.",
            "Las hojas de mi limonero en maceta se ponen amarillas con las nervaduras verdes. ¿Qué le falta?",
        ),
        _s(
            "Eres un asistente para padres primerizos. Das información general, no diagnósticos.",
            "¿A qué edad suelen empezar a gatear los bebés? El mío tiene 9 meses y solo se arrastra.",
        ),
        _s(
            "Eres un asistente de productividad.",
            "Crea una lista de tareas para la mudanza del mes que viene, ordenada por semanas.",
        ),
        _s(
            "Eres un asistente de productividad.",
            "Tengo tres exámenes en dos semanas y trabajo por las tardes. ¿Cómo reparto el tiempo de estudio?",
        ),
        _s(
            "Eres un asistente de escritura. Ayudas a mejorar textos en español manteniendo el tono del autor.",
            "Escribe una reseña de 100 palabras de un restaurante de comida coreana que me encantó, sin exagerar.",
            "Claro: 'Pequeño local en Lavapiés con un bibimbap...'",
            "ahora versión para Google Maps, más corta y con emojis",
        ),
        _s(
            "Eres el asistente de la biblioteca municipal de Alcalá.",
            "¿Cómo hago una búsqueda avanzada en el catálogo para encontrar libros de un autor publicados antes de 1950?",
        ),
        _s(
            "Eres un asistente general. Responde en español.",
            "¿Qué es la arquitectura bioclimática y qué ejemplos famosos hay en España?",
        ),
        _s(
            "Eres un asistente general. Responde en español.",
            "¿Qué diferencia hay entre un museo y una galería de arte? Y ¿qué es el claroscuro de Caravaggio?",
        ),
    ],
    "ja": [
        _u(
            "取引先に納期の延長をお願いするメールを書いてください。1週間ほど遅れる見込みで、丁寧だけど言い訳がましくない感じで。"
        ),
        _u("定価4980円の服が3割引きなら、いくらになりますか？"),
        _u("鎌倉幕府ができた年って1192年じゃなくなったって本当？なんで変わったの？"),
        _u("新NISAのつみたて投資枠と成長投資枠の違いをざっくり教えて"),
        _u("肉じゃがを甘すぎずに作るコツありますか。4人分の分量も知りたいです"),
        _u("京都に2泊3日で行きます。紅葉の時期で混雑を避けられるお寺を教えてください"),
        _u("虹ってなんで七色に見えるの？子どもに聞かれて答えられなかった"),
        _u(
            "「お手数をおかけしますが、よろしくお願いいたします」を自然な英語にしてください。ビジネスメール用です"
        ),
        _u(
            "ハッシュ関数って何ですか？パスワードの保存に使われるって聞いたけど、仕組みがよくわからない"
        ),
        _u(
            "水彩で空のグラデーションを描くと境目がくっきり出てしまいます。ウェット・イン・ウェットのコツを教えて"
        ),
        _u("安藤忠雄の建築ってなんで打ちっぱなしのコンクリートなんですか？"),
        _u(
            "中学生の息子がインスタを始めたいと言っています。鍵アカにする方法と、他に見ておくべきプライバシー設定は？"
        ),
        _u("同じパスワードを色んなサイトで使い回すのって、具体的に何が危ないの？"),
        _u(
            "クレジットカードの明細に「保留中」って出てる取引があるんですが、これはもう請求確定ですか？"
        ),
        _u(
            "一人暮らし向けに、1週間分の買い物リストを作ってください。自炊初心者で予算は5000円くらい"
        ),
        _u("消費税10%込みで3300円の商品の税抜き価格は？計算方法も教えて"),
        _u("連立方程式 x + y = 10, 2x - y = 5 を解いてください"),
        _u("渡り鳥ってどうやって方角がわかるんですか？ツバメとか毎年同じ巣に戻ってくるのが不思議"),
        _u("資格試験の勉強、ポモドーロ・テクニックって本当に効果ある？"),
        _u(
            "転職の志望動機を書いています。今は事務職で、次は人事を目指しています。添削してもらえますか？\n\n「御社の人を大切にする社風に惹かれ、これまでの事務経験を活かして社員の皆様を支えたいと考え志望いたしました。」"
        ),
        _u("大学生向けのノートPC、MacとWindowsどっちがいい？文系でレポートとZoomくらい"),
        _u("インターネットってそもそもどうやって繋がってるの？海底ケーブルとか本当にあるの？"),
        _u("柴犬が散歩中に急に座り込んで動かなくなります。しつけ方法ありますか"),
        _u("ベランダでミニトマトを育てたいです。プランターのサイズと植える時期を教えてください"),
        _u("賃貸の壁に穴を開けずに棚をつける方法ってありますか？ディアウォールとか？"),
        _u("個人事業主と法人化、一般的にどのくらいの所得から法人のほうが得になるの？"),
        _u("最近本を読む習慣がなくなりました。読みやすい日本の短編小説をいくつか紹介して"),
        _u(
            "3Dプリンターで出力したフィギュアの積層痕を目立たなくしたいです。やすりとサーフェイサー、どっちが先？"
        ),
        _u("3D映画ってIMAXとかドルビーシネマとか色々あるけど、何が違うの？"),
        _u("ポートレート撮影でレフ板を使うと影がどう変わるのか、わかりやすく教えて"),
        _u("デッサンで陰影をつけるとき、反射光ってどのくらい明るく描けばいいんですか"),
        _u(
            "この文章、もう少し柔らかくしてください：「その件は前にも言いましたよね。確認してから連絡してください。」"
        ),
        _u("円安になると、なんで輸入品が高くなるの？中学生にもわかるように"),
        _u("1日1万歩歩くと、どのくらい健康にいいんですか？科学的な根拠ってある？"),
        _u("花粉症の薬って眠くなるのとならないのがあるのはなぜ？一般的な話で大丈夫です"),
        _u("パスポートの更新って、有効期限が残っていてもできますか？必要なものは？"),
        _u("北海道を車で1週間回る旅程を作ってほしいです。札幌スタートで、途中で変更するかも"),
        _u("ワールドカップで日本がドイツに勝った試合、なんであんなに話題になったの？"),
        _u("3歳の娘がイヤイヤ期で着替えを全然してくれません。どう声をかけたらいい？"),
        _u("アルゴリズムって何？料理のレシピみたいなものって聞いたけど本当？"),
        _u("家計簿をエクセルで作りたいです。月ごとに食費や光熱費を集計する表の作り方を教えて"),
        _u("市役所に住民票の写しを請求したいんですが、代理人でもできますか？"),
        _u("国会図書館のデジタルコレクションで、明治時代の新聞記事を検索するコツってありますか"),
        _u("保護猫を迎えました。最初の1週間で気をつけることは？"),
        _u("二段階認証ってSMSとアプリ、どっちが安全なの？"),
        _u(
            "Yahoo!メールのパスワードを忘れて、登録してた電話番号も変わってしまいました。もう無理ですか？"
        ),
        _u("分散投資ってよく聞くけど、具体的に何をどう分散すればいいの？"),
        _u("秋をテーマにした俳句を3つ作って"),
        _u("パンを焼くと中がぎゅっと詰まって膨らみません。原因として考えられるものは？"),
        _u("面接で「5年後どうなっていたいですか」と聞かれたら、どう答えるのが無難？"),
        _u("気圧が下がると頭痛がするのはなぜですか"),
        _u(
            "フランク・ロイド・ライトが設計した旧帝国ホテルの一部がまだ残っているって本当？どこで見られる？"
        ),
        _u("ギター初心者です。Fコードがどうしても押さえられません"),
        _u("マラソン前日に食べるといいものと避けたほうがいいものを教えてください"),
        _u("村上春樹の『ノルウェイの森』のあらすじを、ネタバレなしで3行で"),
        _u("人物画の顔のバランスがいつもおかしくなります。アタリの取り方を教えて"),
        _u("2割引きのあとにさらに1割引きって、合計3割引きと同じ？"),
        _u("毎月3万円を年利4%で30年積み立てたら、だいたいいくらになる？"),
        _u("ママ友のグループLINEで、運動会の打ち上げを断るメッセージを角が立たないように書いて"),
        _u("おいしいだし巻き卵の作り方。巻くのが下手でもできる方法ありますか"),
        _u("相続放棄って、一般的にいつまでに手続きしないといけないんですか"),
        _u("白いシャツの黄ばみを落とす方法を教えてください"),
        _u("退職する上司への寄せ書きに書く一言、何パターンか考えて"),
        _u("ゴシック建築とロマネスク建築の見分け方を教えて。ヨーロッパ旅行の前に知っておきたい"),
        _u("太陽光発電って曇りの日でも発電するの？"),
        _u("自重トレーニングだけで筋肉ってつきますか？週3回のメニューを組んでほしい"),
        _u("30代未経験からエンジニアに転職するなら、PythonとJavaどっちを勉強すべき？"),
        _u("光合成と呼吸の違いを、中学理科のテスト向けにまとめて"),
        _u("卵なしでハンバーグを作りたいです。つなぎは何で代用できる？"),
        _u("「クエリ」って言葉、検索エンジンの話でよく聞くけど、普通の検索キーワードとは違うの？"),
        _m(
            "カレーの作り方を教えて",
            "玉ねぎを飴色になるまで炒め、肉と野菜を加えて水で煮込み、最後にルーを溶かします。",
            "ルーなしで作るなら？",
        ),
        _m("1500円の20%は？", "300円です。", "じゃあ1500円の20%引きは？"),
        _m(
            "上司に有給を申請するメールを書いて",
            "件名：有給休暇取得のお願い\n\n〇〇部長\n\nお疲れ様です。下記の日程で有給休暇を取得したく...",
            "もっと短く、チャットで送る感じで",
        ),
        _m(
            "このSQLでJOINしたら行が重複するんだけど\nSELECT * FROM orders o JOIN items i ON o.id = i.order_id",
            "1つの注文に複数の商品があるので、注文ごとに行が増えるのは正常です。集計するならGROUP BYを使いましょう。",
            "なるほど、ありがとう。全然関係ないけど、週末に箱根行くんだけどおすすめの日帰り温泉ある？",
        ),
        _m(
            "three.jsでカメラをオブジェクトの周りで回したい",
            "OrbitControlsを使うと簡単です。controls.autoRotate = true にすると自動で回ります。",
            "できた！ところで話変わるけど、姪の入学祝いっていくらぐらい包むのが普通？",
        ),
        _m(
            "ふるさと納税って何？",
            "好きな自治体に寄付すると、その分が翌年の税金から控除され、お礼の品ももらえる制度です。",
            "上限額ってどうやって決まるの？",
        ),
        _m(
            "「楽しみにしています」を韓国語で",
            "「기대하고 있어요」です。",
            "もっとカジュアルに言うと？",
        ),
        _m(
            "ダイエットのために夕食を置き換えるのってどう？",
            "極端な置き換えは続きにくいので、主食を少し減らして野菜とたんぱく質を増やす方が現実的です。",
            "具体的な献立を3日分お願い",
        ),
        _m(
            "禅ってどういう考え方？",
            "座禅などを通じて、言葉や理屈に頼らず自分の心の本質に気づくことを重視する仏教の一派です。",
            "初心者が読める本ある？",
        ),
        _m(
            "キャンプの持ち物リスト作って",
            "テント、寝袋、マット、ランタン、バーナー、クーラーボックス、食材、着替え、雨具...",
            "子ども2人追加で、リストを更新して",
        ),
        _m(
            "Railsでマイグレーションをロールバックするには？",
            "rails db:rollback で直前のマイグレーションを戻せます。STEP=2 で複数戻せます。",
            "ありがとう。あと関係ないけど、鳥の渡りのルートってどうやって調べてるの？",
        ),
        _m(
            "寝る前に子どもに読む短いお話を作って。主人公はくまの子",
            "むかしむかし、森のおくに小さなくまのポポがいました...",
            "もうちょっと怖くない感じで",
        ),
        _m(
            "日本の会社員の平均的な有給日数ってどのくらい？",
            "法律では勤続6か月で10日、その後勤続年数に応じて最大20日まで増えます。",
            "パートでももらえる？",
        ),
        _m(
            "油絵と水彩、初心者が始めやすいのはどっち？",
            "道具の手軽さと片付けの楽さでは水彩が始めやすいです。",
            "じゃあ最初にそろえる道具を教えて",
        ),
        _m(
            "自治会のお祭りのお知らせ文を作って",
            "〇〇町内会 夏祭りのお知らせ\n日時：8月10日（土）17時〜...",
            "雨天の場合は翌日に延期って書き足して",
        ),
        _m(
            "大さじ1って何グラム？",
            "水なら15gですが、材料によって違います。砂糖は約9g、塩は約18gです。",
            "小麦粉は？",
        ),
        _m(
            "確定申告って会社員でも必要なことある？",
            "医療費控除を受けたい場合や、副業の所得が20万円を超える場合などは必要です。",
            "医療費控除はいくらから？",
        ),
        _m(
            "建築模型を作る授業で、スチレンボードの切り口がきれいにならない",
            "カッターの刃をこまめに折って、一度で切らず数回に分けて切るときれいになります。",
            "窓の部分はどうやって作るのがいい？",
        ),
        _m(
            "冷蔵庫の残り物で何か作れる？キャベツ、ベーコン、卵",
            "キャベツとベーコンの卵とじや、お好み焼き風がおすすめです。",
            "お好み焼き風で、粉なしバージョン",
        ),
        _m(
            "Vue のコンポーネントで props が更新されない",
            "親側でオブジェクトを直接書き換えていると検知されないことがあります。新しいオブジェクトを代入してください。",
            "解決しました。ところで、腰痛に効くストレッチって何かある？",
        ),
        _m(
            "インデックスファンドって何？",
            "日経平均やS&P500などの指数に連動するように運用される投資信託です。",
            "手数料はどのくらいが普通？",
        ),
        _m(
            "「すみません」と「申し訳ありません」の違いは？",
            "「申し訳ありません」の方が改まった謝罪で、ビジネスや目上の人に使います。",
            "「恐れ入ります」は？",
        ),
        _m(
            "ハムスターの飼い方の基本を教えて",
            "ケージは広め、床材は紙製、回し車は大きめを選び、温度は20〜26℃を保ちます。",
            "ゴールデンとジャンガリアン、どっちが初心者向き？",
        ),
        _m(
            "初めてのハーフマラソンに向けた練習表を作って。あと10週間",
            "1週目：ジョグ30分×3回、週末60分...",
            "6週目は出張なので、表を修正して",
        ),
        _s(
            "あなたは文章校正アシスタントです。ユーザーの文体を保ちながら、読みやすく直してください。",
            "ブログの書き出しを直してください：「今日は私が最近ハマっている趣味について書こうと思います。それはキャンプです。」",
        ),
        _s(
            "あなたは文章校正アシスタントです。ユーザーの文体を保ちながら、読みやすく直してください。",
            "結婚式の友人代表スピーチ、2分くらいの長さで構成案を作ってもらえますか",
        ),
        _s(
            "あなたは家具通販「森のくらし」のカスタマーサポートです。",
            "ベッドの組み立てって一人でもできますか？女性一人暮らしです",
        ),
        _s(
            "あなたは家具通販「森のくらし」のカスタマーサポートです。",
            "無垢材のテーブルに輪じみができてしまいました。自分で直す方法ありますか",
        ),
        _s(
            "あなたは高校生向けの数学の家庭教師です。答えを直接言わず、ヒントを出しながら導いてください。",
            "数列の漸化式 a(n+1) = 2a(n) + 1 の一般項ってどう求めるの？",
        ),
        _s(
            "あなたは高校生向けの数学の家庭教師です。答えを直接言わず、ヒントを出しながら導いてください。",
            "サイコロを2回振って和が7になる確率がわかりません",
        ),
        _s(
            "You are a coding assistant inside the user's IDE. Be brief.",
            "コードとは関係ないんだけど、英語の会議で「ちょっと考えさせてください」ってどう言えば自然？",
        ),
        _s(
            "You are a coding assistant inside the user's IDE. Be brief.",
            "計算量のO(n log n)って直感的にどういう意味？面接対策で",
        ),
        _s(
            "あなたはリポジトリで作業するソフトウェアエンジニアのエージェントです。ファイルの読み書きとコマンド実行ができます。",
            "作業の前にちょっと雑談。目が疲れたときに効く目の体操ってある？",
        ),
        _s("You are a helpful assistant.", "日本で一番高い山は富士山だけど、二番目は？"),
        _s("You are a helpful assistant.", "電子レンジで温めると、なんで食べ物が温まるの？"),
        _s(
            "あなたは損害保険会社のチャットサポートです。個人情報はチャットで聞かないでください。",
            "一般的に、台風で車が水没した場合って車両保険でカバーされますか？",
        ),
        _s(
            "あなたは銀行のサポートAIです。暗証番号やパスワードは絶対に聞かないでください。",
            "ホテルのデポジットで仮押さえされたお金って、いつ戻ってくるものですか？",
        ),
        _s(
            "あなたは料理アシスタントです。家庭で作れる簡単なレシピを提案します。",
            "豆腐とひき肉で、子どもも食べられる辛くない夕飯を教えて",
        ),
        _s(
            "あなたは料理アシスタントです。家庭で作れる簡単なレシピを提案します。",
            "さっきの筑前煮のレシピ、圧力鍋用に更新してください",
        ),
        _s(
            "あなたは旅行代理店のアシスタントです。",
            "台湾旅行、パスポートの残存期間はどれくらい必要ですか？ビザは？",
        ),
        _s(
            "あなたはキャリアカウンセラーです。",
            "育休明けで時短勤務です。キャリアが止まってしまう不安があって、どう考えればいいかアドバイスがほしい",
        ),
        _s("あなたは中学生に歴史を教える先生です。", "明治維新でなんで武士がいなくなったの？"),
        _s(
            "あなたは写真撮影のアドバイザーです。",
            "夜景をスマホで撮るとブレてしまいます。三脚なしでもできるコツは？",
        ),
        _s(
            "あなたは写真撮影のアドバイザーです。",
            "逆光で人物を撮ると顔が真っ黒になります。どうすれば？",
        ),
        _s(
            "あなたはガーデニングの相談員です。",
            "アジサイの色を青くしたいんですが、土をどうすればいいですか",
        ),
        _s(
            "あなたは子育て相談のアシスタントです。医療的な診断はせず一般的な情報を伝えます。",
            "2歳の子がまだ二語文を話しません。一般的にはいつ頃話すものですか",
        ),
        _s(
            "あなたはタスク管理のアシスタントです。",
            "引っ越しまでにやることリストを作って。来月末に引っ越します",
        ),
        _s(
            "あなたは文章校正アシスタントです。ユーザーの文体を保ちながら、読みやすく直してください。",
            "商品レビューを書いたので見てください：「この掃除機はとても良いです。吸引力がとても強くてとても静かです。」",
            "「とても」が多いので、言い換えてみました：「吸引力が強いのに驚くほど静かで...」",
            "いい感じ！最後に星の数も入れて締めて",
        ),
        _s(
            "あなたは市立図書館の案内AIです。",
            "蔵書検索で、タイトルの一部しか覚えてない本を探すにはどうすればいい？",
        ),
        _s(
            "あなたは一般的な質問に答えるアシスタントです。",
            "パッシブデザインの住宅って何ですか？普通の家と何が違う？",
        ),
    ],
    "zh": [
        _u("帮我写一封邮件给房东，说下个月起想提前退租，押金怎么处理想问清楚，语气客气一点。"),
        _u("一件原价399的外套打七五折，再用满300减50的券，最后多少钱？"),
        _u("安史之乱为什么会让唐朝由盛转衰？简单讲讲"),
        _u("国债和银行定期存款有什么区别？我妈想买点稳健的理财"),
        _u("红烧肉怎么做才不腻？要不要先焯水？"),
        _u("五一想去成都玩四天，求一个不太赶的行程，想吃火锅和看熊猫"),
        _u("为什么海水是咸的，河水却是淡的？"),
        _u(
            "把这句话翻译成英文：'关于上次会议提到的问题，我们已经在内部讨论过，下周给您正式答复。'"
        ),
        _u("哈希函数到底是什么？为什么说它是'单向'的？"),
        _u("画水彩天空的时候，渐变总是有水痕，是水太多了还是纸不行？"),
        _u("贝聿铭设计的卢浮宫玻璃金字塔当年为什么争议那么大？"),
        _u("女儿13岁想用小红书，怎么设置隐私，让陌生人看不到她的主页和位置？"),
        _u("我爸所有网站都用同一个密码，我该怎么跟他解释这样很危险？"),
        _u("信用卡有一笔'待入账'的交易，是不是已经扣钱了？多久才会正式入账？"),
        _u("帮我列一个下周的买菜清单，两个大人一个小孩，想少油少盐"),
        _u("含税价113元，税率13%，不含税价是多少？怎么算？"),
        _u("解方程：3(x - 2) = 2x + 5，写出步骤"),
        _u("候鸟迁徙的时候是怎么认路的？看到新闻说有的鸟能飞上万公里"),
        _u("考研复习时间不够了，还有两个月，政治和英语怎么安排比较好？"),
        _u("帮我改一下简历里的自我评价：'本人性格开朗，吃苦耐劳，有责任心，善于沟通。'太套路了"),
        _u("想买个笔记本电脑给大一新生，主要写论文、上网课、偶尔玩玩游戏，预算五千左右推荐一下"),
        _u("互联网是怎么工作的？我在浏览器里输入网址之后发生了什么，用大白话讲"),
        _u("家里的金毛见人就扑，怎么纠正？"),
        _u("阳台种多肉总是徒长，是光照不够吗？"),
        _u("卫生间墙上想装个置物架，瓷砖能打孔吗？怎么不打裂？"),
        _u("个体户和开公司在交税上一般有什么区别？不针对具体情况，就想了解一下"),
        _u("推荐几本适合地铁上看的短篇小说集，中文的外国的都行"),
        _u("3D打印的模型底部翘边，热床温度该调高还是调低？用的是PETG"),
        _u("3D电影和普通电影拍摄上有什么不同？为什么有的片子是后期转制的？"),
        _u("拍人像的时候侧光和伦勃朗光有什么区别？"),
        _u("素描里'明暗交界线'到底是什么？老师总说我画得太硬"),
        _u("这段话帮我说得委婉点：'你上次借的钱什么时候还？我也急用。'"),
        _u("为什么央行降息会刺激消费？"),
        _u("每天喝多少水比较合适？是不是一定要八杯？"),
        _u("一般来说，幽门螺杆菌是怎么传染的？家里人需要分餐吗？"),
        _u("护照快过期了，在国内换发需要准备什么材料？"),
        _u("帮我规划一个云南十天自驾的路线，从昆明出发，后面可能还要调整"),
        _u("NBA历史上得分最多的球员是谁？现在还是贾巴尔吗？"),
        _u("孩子四岁，吃饭总要追着喂，怎么让他自己吃？"),
        _u("算法是什么意思？经常听说'被算法推荐'，这跟数学有关吗？"),
        _u("想用Excel做个人记账表，每个月自动汇总餐饮、交通、房租这些，怎么弄？"),
        _u("去派出所办居住证需要提交什么申请材料？"),
        _u("在知网上怎么查某个作者90年代发表的论文？检索式怎么写？"),
        _u("刚领养了一只流浪猫，需要马上带去打疫苗吗？"),
        _u("两步验证是什么？微信和支付宝有必要开吗？"),
        _u("QQ邮箱密码忘了，绑定的手机号也不用了，还能找回来吗？"),
        _u("分散投资是不是就是多买几只股票？基金算不算分散？"),
        _u("写一首关于秋天的现代诗，不要太伤感"),
        _u("发面的时候面团一直不发，是不是酵母坏了？"),
        _u("面试时被问'你为什么离开上一家公司'，怎么回答比较得体？"),
        _u("为什么冬天容易静电？怎么减少？"),
        _u("梁思成和林徽因在中国建筑史上做了哪些重要的事？"),
        _u("尤克里里自学，和弦转换总是跟不上节奏怎么办？"),
        _u("跑步膝盖疼，是跑姿的问题还是鞋的问题？一般怎么判断"),
        _u("《三体》第一部讲的是什么？不剧透地介绍一下"),
        _u("画人物的时候手总画不好，有没有什么练习方法？"),
        _u("先打八折再打九折，和直接打七折哪个便宜？差多少？"),
        _u("帮我写一段家长群里的通知，提醒大家周五带孩子的春游费用和水杯"),
        _u("正宗的西红柿炒鸡蛋，先炒蛋还是先炒西红柿？"),
        _u("一般来说，劳动合同到期公司不续签，员工能拿到补偿吗？"),
        _u("白衬衫领口发黄怎么洗干净？"),
        _u("同事调岗，想在卡片上写几句祝福，别太肉麻"),
        _u("哥特式教堂为什么有那么多尖顶和彩色玻璃？"),
        _u("电动车冬天续航为什么会缩水那么多？"),
        _u("给我一个在家就能做的减脂训练计划，一周四次，每次30分钟"),
        _u("三十岁转行学编程还来得及吗？文科背景，先学Python还是前端？"),
        _u("细胞有丝分裂和减数分裂的区别，帮我整理成表格方便背"),
        _u("做蛋糕不想放黄油，能用什么代替？"),
        _u("'数据库'这个词在图书馆学里是什么意思？我们老师说要学会查数据库找文献"),
        _u("今年的二十四节气里'惊蛰'是几号？有什么习俗？"),
        _m(
            "怎么做葱油饼？",
            "面粉加温水和成软面团，醒20分钟，擀开刷葱油撒葱花，卷起盘成饼再擀开，平底锅两面煎黄。",
            "不用葱油行不行？家里没有",
        ),
        _m("2500的15%是多少？", "是375。", "那2500减掉15%呢？"),
        _m(
            "帮我写个请假条，孩子发烧要请两天假",
            "尊敬的王老师：\n您好！因孩子发烧，需在家休息，特请假两天（周三、周四）...",
            "改成微信上直接发给老师的那种，短一点",
        ),
        _m(
            "Spring Boot启动报错 Port 8080 was already in use",
            "说明8080端口被占用了。可以在application.properties里改 server.port=8081，或者找到占用的进程关掉。",
            "好了，谢谢。换个话题，周末带孩子去北京，故宫需要提前几天预约？",
        ),
        _m(
            "three.js里模型太暗了怎么办",
            "加一个AmbientLight或HemisphereLight，并检查renderer.outputColorSpace是否设置成SRGB。",
            "亮了！另外问个无关的，水仙花开完了球根还能留着明年种吗？",
        ),
        _m(
            "解 x^2 + 2x - 8 = 0",
            "(x + 4)(x - 2) = 0，所以 x = -4 或 x = 2。",
            "再来一个：4x^2 - 9 = 0",
        ),
        _m(
            "什么是公积金？",
            "住房公积金是单位和个人按比例共同缴存的长期住房储金，可以用来买房、租房或还贷。",
            "离职了公积金怎么办？",
        ),
        _m(
            "'祝你一路顺风'用日语怎么说？",
            "道中お気をつけて（どうちゅうおきをつけて）。",
            "如果是对朋友说呢？",
        ),
        _m(
            "晚上总是失眠，有什么一般性的建议吗？",
            "固定作息、睡前一小时不看手机、下午后少喝咖啡，卧室保持凉爽黑暗。",
            "那午睡要不要睡？",
        ),
        _m(
            "王阳明的心学讲的是什么？",
            "核心是'心即理''知行合一''致良知'，强调道德在内心，知道了就要去做。",
            "有什么入门的书推荐吗？",
        ),
        _m(
            "帮我做一个去海边露营的物品清单",
            "帐篷、防潮垫、睡袋、头灯、防晒霜、驱蚊水、折叠桌椅、烧烤炉...",
            "加上两只狗要带的东西，再把烧烤炉删了",
        ),
        _m(
            "Django怎么回滚一个migration？",
            "python manage.py migrate 应用名 上一个migration的编号，就能回到那个状态。",
            "搞定。顺便问下，大雁南飞为什么要排成人字形？",
        ),
        _m(
            "给我讲一个小兔子学游泳的睡前故事",
            "从前，森林边有一只叫豆豆的小兔子，它最怕水了...",
            "再短一点，加一点搞笑的情节",
        ),
        _m(
            "年假一般有几天？",
            "按国家规定，累计工作满1年不满10年的，年休假5天；满10年不满20年的10天；满20年的15天。",
            "换了工作，之前的工龄算不算？",
        ),
        _m(
            "国画和油画在表现光影上有什么不同？",
            "油画常用明暗和色彩冷暖表现光源，国画更讲究笔墨浓淡，不强调固定光源。",
            "那学哪个对素描基础要求低？",
        ),
        _m(
            "帮我写一条小区业主群的通知，周六停水",
            "各位业主：因管道检修，本周六上午8:00至下午4:00停水，请提前储水。",
            "再加一句：物业会在楼下放饮用水",
        ),
        _m("一杯米大概多少克？", "一量杯（240ml）大米约200克左右。", "那煮出来大概够几个人吃？"),
        _m(
            "个人所得税专项附加扣除有哪些？",
            "包括子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人和3岁以下婴幼儿照护。",
            "租房的扣除标准是多少？",
        ),
        _m(
            "我在做建筑学的作业，要分析一个苏州园林的空间布局",
            "可以从借景、对景、框景，以及游线的曲折和空间的开合对比入手。",
            "拙政园和留园比哪个更适合做这个分析？",
        ),
        _m(
            "冰箱里有土豆、青椒、五花肉，做什么好？",
            "可以做地三鲜（少放茄子）或者青椒土豆片炒五花肉。",
            "第二个详细说一下步骤",
        ),
        _m(
            "Flutter里ListView滚动卡顿",
            "检查是否用了ListView.builder，图片是否加了缓存，避免在build里做耗时计算。",
            "改了好多了。另外想问下颈椎不舒服，有啥简单的拉伸动作？",
        ),
        _m(
            "什么是指数基金？",
            "跟踪某个指数（比如沪深300）的基金，被动管理，费率通常较低。",
            "定投的话一个月投一次还是一周一次好？",
        ),
        _m(
            "'的''地''得'怎么区分？",
            "名词前用'的'，动词前用'地'，动词后补充程度用'得'。",
            "'跑得飞快'和'飞快地跑'都对吗？",
        ),
        _m(
            "养乌龟需要注意什么？",
            "水质要干净，要有晒背的地方，注意水温，不要喂太多。",
            "巴西龟和草龟哪个好养？",
        ),
        _m(
            "帮我制定一个8周的学游泳计划",
            "第1-2周：憋气、漂浮、蹬边滑行；第3-4周：蛙泳腿...",
            "第5周我出差，帮我把计划往后顺延一下",
        ),
        _s(
            "你是一个写作助手，帮用户润色中文文字，保留原有风格。",
            "帮我润色朋友圈文案：'今天去爬山了，风景很好，很累但是很开心。'",
        ),
        _s(
            "你是一个写作助手，帮用户润色中文文字，保留原有风格。",
            "我要写一篇关于'慢生活'的公众号文章，帮我列个提纲",
        ),
        _s("你是'安居家居'商城的在线客服。", "你们的沙发支持送货上楼吗？没有电梯的六楼加钱吗？"),
        _s("你是'安居家居'商城的在线客服。", "实木餐桌表面有划痕，有什么办法自己修复？"),
        _s(
            "你是一名高中数学辅导老师，请一步步引导学生，不要直接给答案。",
            "等比数列求和公式我总记不住，怎么推出来的？",
        ),
        _s(
            "你是一名高中数学辅导老师，请一步步引导学生，不要直接给答案。",
            "从5个人里选3个人去参加比赛，有多少种选法？",
        ),
        _s(
            "You are a coding assistant in the user's editor. Answer briefly.",
            "问个跟代码无关的：周报里'推进中'怎么用英文说比较自然？",
        ),
        _s(
            "You are a coding assistant in the user's editor. Answer briefly.",
            "递归和迭代有什么区别？给我打个生活中的比方",
        ),
        _s(
            "你是在用户代码仓库中工作的软件工程代理，可以读写文件和运行命令。",
            "先不改代码了，问一下：长时间对着屏幕，眼睛干涩有什么缓解办法？",
        ),
        _s("You are a helpful assistant.", "世界上最深的湖是哪个？有多深？"),
        _s("You are a helpful assistant.", "微波炉加热金属为什么会打火？"),
        _s(
            "你是一家车险公司的在线助手，不在聊天中收集个人信息。",
            "一般情况下，车停在路边被树砸了，保险能赔吗？",
        ),
        _s(
            "你是银行的智能客服，任何情况下都不要询问密码或验证码。",
            "酒店预授权冻结的钱一般多久解冻？",
        ),
        _s(
            "你是一个家常菜助手，推荐简单易做的菜谱。",
            "有鸡胸肉和西兰花，想做个减脂餐，怎么做不柴？",
        ),
        _s("你是一个家常菜助手，推荐简单易做的菜谱。", "把刚才那个可乐鸡翅的菜谱改成空气炸锅版本"),
        _s("你是一个出境游顾问。", "去日本自由行，签证需要准备哪些材料？在职证明一般怎么写？"),
        _s("你是职业规划顾问。", "我做了五年销售，想转产品经理，需要补哪些能力？"),
        _s("你是一位耐心的历史老师，回答初中生的问题。", "郑和下西洋为什么后来停止了？"),
        _s("你是摄影顾问，给出实用建议。", "拍雪景总是灰蒙蒙的，是不是要加曝光补偿？加多少？"),
        _s("你是园艺顾问。", "绿萝叶子发黄发黑，是浇水太多了吗？"),
        _s(
            "你是育儿助手，只提供一般性信息，不做诊断。",
            "一岁宝宝一般一天喝多少奶？开始吃辅食后要减少吗？",
        ),
        _s(
            "你是一个写作助手，帮用户润色中文文字，保留原有风格。",
            "帮我写一段给老师的感谢信开头",
            "亲爱的李老师：时光飞逝，转眼三年过去了...",
            "不错，再加一句感谢她在我生病时帮我补课",
        ),
        _s(
            "你是市图书馆的咨询机器人。", "只记得书名里有'海'字，作者是日本人，怎么在馆藏目录里搜？"
        ),
        _s("你是通用问答助手。", "什么是被动式建筑？跟普通房子比节能在哪里？"),
        _s("你是通用问答助手。", "伦勃朗的画为什么光影那么有戏剧感？"),
    ],
    "en": [
        _u(
            "Can you help me write a polite but firm email to a contractor who's three weeks late finishing our kitchen? I don't want to burn the bridge yet."
        ),
        _u("whats 35% off of $64.99"),
        _u(
            "Why did the Roman Republic turn into an empire? Short version please, I'm prepping for a pub quiz."
        ),
        _u("What's the difference between a Roth IRA and a traditional IRA in plain English?"),
        _u("How do I make a risotto that isn't gluey? Mine always turns to paste."),
        _u(
            "Planning 4 days in Edinburgh in August during the Fringe. Where should I stay that's walkable but not insanely loud?"
        ),
        _u("Why do onions make you cry, chemically speaking?"),
        _u(
            "Translate into Spanish for a sign at my café: 'Please order at the counter. Free refills on filter coffee.'"
        ),
        _u(
            "My watercolor washes go blotchy when I try to do a sunset gradient. Is it the paper, the brush, or me?"
        ),
        _u("Who was Zaha Hadid and what makes her buildings look like that?"),
        _u(
            "My 12-year-old just got a TikTok. What privacy settings should I actually turn on, and is Family Pairing worth it?"
        ),
        _u("Is reusing passwords really that bad if I only reuse them on 'unimportant' sites?"),
        _u(
            "There's a pending charge on my debit card from a restaurant I paid at in cash. What does 'pending' actually mean and will it drop off?"
        ),
        _u(
            "Make me a grocery list for meal prepping high-protein lunches for the week, around $60, no fish."
        ),
        _u("If I earn $52,000 a year, roughly what's that per hour assuming a 40-hour week?"),
        _u("Solve for x: 5(x - 3) = 2x + 9. Show the steps, my kid and I are stuck."),
        _u(
            "What's the best way to study for the MCAT while working full time? I have about 5 months."
        ),
        _u(
            "Can you tighten up this cover letter paragraph? 'I am writing to express my interest in the position of Marketing Coordinator which I saw advertised on your website and I believe I would be a great fit.'"
        ),
        _u(
            "Need a laptop for my mom, she just does email, Facebook and video calls. Chromebook or cheap Windows?"
        ),
        _u(
            "How does the internet actually work at a high level? Like what physically happens when I load a website?"
        ),
        _u("My cat keeps scratching the couch even though she has a scratching post. Any ideas?"),
        _u(
            "When should I plant garlic in zone 6? And do I plant the whole bulb or separate the cloves?"
        ),
        _u("How do I patch a fist-sized hole in drywall? Never done it before."),
        _u(
            "LLC vs sole proprietorship for a small Etsy shop: what's the general difference, taxes-wise?"
        ),
        _u("Give me five short sci-fi novels under 250 pages that are actually good."),
        _u(
            "My 3D prints have stringing between parts, PLA at 210°C. Retraction or temperature first?"
        ),
        _u("Is it worth paying extra to see a movie in 3D or is it mostly a gimmick now?"),
        _u(
            "For headshots with one speedlight, where do I put the light so the shadow side of the face isn't totally black?"
        ),
        _u(
            "In still life painting, how do I make a cast shadow look like it's actually on the table and not floating?"
        ),
        _u("Explain what a recession is and who decides when we're officially in one."),
        _u("How much protein does a regular adult need per day? Not an athlete, just curious."),
        _u(
            "How early should I renew my US passport before an international trip? I heard some countries want 6 months validity."
        ),
        _u(
            "Put together a 10-day Japan itinerary for a first-timer, Tokyo-Kyoto-Osaka, we'll tweak it as we go."
        ),
        _u("who has the most grand slam titles in tennis right now, men's side"),
        _u(
            "Our 2-year-old screams every time we leave daycare drop-off. Is that normal and how do we make goodbyes easier?"
        ),
        _u(
            "What is an algorithm, really? My philosophy professor keeps using the word and I want to understand it properly."
        ),
        _u(
            "I want a simple personal budget in Excel: income at the top, categories down the side, months across, with totals. How should I set it up?"
        ),
        _u("How do I submit a FOIA request to a federal agency? Is there a template?"),
        _u(
            "I'm researching my great-grandfather in the census records on FamilySearch. Any tips on search queries when the surname was spelled five different ways?"
        ),
        _u("Name ideas for a very grumpy old tortoise we just adopted?"),
        _u(
            "What is two-factor authentication and is an authenticator app better than text messages?"
        ),
        _u(
            "I forgot my Outlook password and the recovery email is an old work address I can't access anymore. What can I do?"
        ),
        _u(
            "Is it enough to just own an S&P 500 index fund or do I need international and bonds too for diversification?"
        ),
        _u("Write a limerick about a cat who hates Mondays."),
        _u("Why did my cookies spread into one giant flat sheet?"),
        _u(
            "How do I answer 'what's your expected salary' in an interview without lowballing myself?"
        ),
        _u("Why does ice float when almost everything else is denser as a solid?"),
        _u("What's so special about Fallingwater? Is it worth a detour from Pittsburgh?"),
        _u(
            "Learning piano as an adult. How long until I can play something simple with both hands?"
        ),
        _u("Best way to taper before a marathon? Race is in 3 weeks."),
        _u("Give me a spoiler-free pitch for why I should read The Remains of the Day."),
        _u("How do I draw perspective for a street scene with two vanishing points?"),
        _u(
            "What's the difference between RAM and storage? My phone says 8GB and 256GB and I don't know which matters."
        ),
        _u("If a stock goes down 50% and then up 50%, am I back to even? My brother says yes."),
        _u(
            "How long will it take to pay off a $6,000 credit card balance at 22% APR if I pay $250 a month?"
        ),
        _u(
            "Help me write a text to my neighbor asking them to please stop parking in front of our driveway, friendly tone."
        ),
        _u("How do I make a proper Sunday roast chicken with crispy skin?"),
        _u("Generally speaking, can a landlord keep a security deposit for normal wear and tear?"),
        _u("How do you get candle wax out of a tablecloth?"),
        _u("Write a short, funny toast for my sister's 30th birthday dinner."),
        _u("How do heat pumps work in cold climates? Are they worth it in Minnesota?"),
        _u("I can do 3 push-ups. Give me a plan to get to 20 in two months."),
        _u(
            "I'm 41 and a nurse. Is it realistic to move into a data analyst role, and what should I learn first?"
        ),
        _u("Explain mitosis vs meiosis like I'm cramming for a bio quiz tomorrow."),
        _u("What's a good substitute for buttermilk in pancakes?"),
        _u(
            "What does 'table' mean in parliamentary procedure? Americans and Brits seem to use it opposite ways."
        ),
        _u("Bird migration question: why do some geese stay all winter in city parks now?"),
        _m(
            "How do I make pancakes from scratch?",
            "Whisk 1 cup flour, 1 tbsp sugar, 2 tsp baking powder, a pinch of salt, then add 1 cup milk, 1 egg and 2 tbsp melted butter. Cook on a medium pan.",
            "and without eggs?",
        ),
        _m("What's 18% of 240?", "18% of 240 is 43.2.", "ok and the tip if I round up to 20%?"),
        _m(
            "My Go test fails with 'undefined: assert' - what's wrong?",
            'You need to import the package: import "github.com/stretchr/testify/assert" and run go mod tidy.',
            "fixed, thanks! totally unrelated but what's a good beginner houseplant that survives neglect?",
        ),
        _m(
            "How do I add bloom to my react-three-fiber scene?",
            "Use @react-three/postprocessing: wrap an EffectComposer around a Bloom effect and set luminanceThreshold.",
            "looks amazing. unrelated: what should I bring to a dinner party if the host says don't bring anything?",
        ),
        _m(
            "What's an HSA?",
            "A Health Savings Account: a tax-advantaged account for medical expenses, available if you have a high-deductible health plan.",
            "can I invest the money in it or is it just cash?",
        ),
        _m(
            "How do you say 'I'm just looking, thanks' in Italian?",
            "Sto solo guardando, grazie.",
            "and if I want to ask for a smaller size?",
        ),
        _m(
            "Tips for falling asleep faster?",
            "Keep a consistent wake time, avoid screens the last hour, keep the room cool and dark, and skip caffeine after noon.",
            "what about melatonin, is that ok to take in general?",
        ),
        _m(
            "What is existentialism in a nutshell?",
            "The idea that existence comes before essence: we aren't born with a fixed purpose, we create meaning through our choices.",
            "who should I read first, Sartre or Camus?",
        ),
        _m(
            "Make me a packing list for a week of hiking in Iceland in June.",
            "Waterproof shell, insulating layer, base layers, broken-in boots, hat, gloves, sunglasses, sleep mask...",
            "remove the sleep mask, add stuff for a 5-year-old",
        ),
        _m(
            "How do I squash my last three commits in git?",
            "Run git rebase -i HEAD~3 and change 'pick' to 'squash' on the last two.",
            "perfect. off topic, why do swallows fly so low before rain?",
        ),
        _m(
            "Write a short bedtime story about a dragon who is scared of the dark.",
            "Once upon a time, in a cave full of glittering stones, lived a little dragon named Ember...",
            "make it rhyme",
        ),
        _m(
            "How much PTO do people usually get in the US?",
            "There's no federal requirement; many full-time employers offer 10-15 days plus holidays, more with seniority.",
            "and sick days, are those separate usually?",
        ),
        _m(
            "Should I learn oil painting or acrylics first?",
            "Acrylics are more forgiving for beginners: fast drying, water cleanup, cheaper.",
            "ok what's a basic starter palette of colors?",
        ),
        _m(
            "Write a flyer blurb for our block party.",
            "Maple Street Block Party! Saturday June 8, 3-8pm. Food, music, bouncy castle. Bring a chair and a dish to share!",
            "add that the street will be closed to cars from 2pm",
        ),
        _m(
            "How many cups is 500 grams of flour?",
            "About 4 cups, using roughly 125 g per cup of all-purpose flour.",
            "and 500g of sugar?",
        ),
        _m(
            "What does a 1099 form mean?",
            "It reports income you received that isn't from an employer's W-2, like freelance work.",
            "do I need to pay quarterly taxes if I have one?",
        ),
        _m(
            "I'm sketching a model of the Guggenheim for an architecture history class.",
            "Nice choice. The key is the inverted spiral ramp; try building it from a strip of card wound around a tapered form.",
            "what scale would fit on an A3 base?",
        ),
        _m(
            "I have chickpeas, spinach, and a can of coconut milk. Dinner idea?",
            "A quick chickpea and spinach curry: onion, garlic, curry powder, chickpeas, coconut milk, then wilt in the spinach.",
            "can I make it without onion and garlic?",
        ),
        _m(
            "Why is my Laravel queue job not running?",
            "Make sure a worker is running: php artisan queue:work, and that QUEUE_CONNECTION isn't set to sync.",
            "that was it. random question, how do I get my sourdough starter going again after a month in the fridge?",
        ),
        _m(
            "What's a bond fund?",
            "A fund that holds many bonds, paying out interest and spreading credit risk across issuers.",
            "why did they lose money in 2022 if bonds are 'safe'?",
        ),
        _m(
            "Is it 'affect' or 'effect' here: 'The weather will ___ our plans'?",
            "Affect, because it's a verb.",
            "and 'the new policy had a big ___'?",
        ),
        _m(
            "What do I need to know before getting a rabbit?",
            "They live 8-12 years, need lots of space and hay, and should be spayed or neutered.",
            "can they live with a cat?",
        ),
        _m(
            "Build me a 12-week beginner running plan to a 10K.",
            "Week 1: run 1 min / walk 2 min x 8, three times. Week 2: ...",
            "update week 7, I'll be traveling and can only run on a treadmill",
        ),
        _s(
            "You are a writing assistant. Improve clarity and flow while keeping the author's voice.",
            "Can you tighten this intro for my newsletter? 'Hey everyone, so this month has been a lot, and I wanted to just kind of check in and say a few things about what's going on.'",
        ),
        _s(
            "You are a writing assistant. Improve clarity and flow while keeping the author's voice.",
            "Give me three subject line options for an email inviting customers to our bakery's 10th anniversary.",
        ),
        _s(
            "You are the support assistant for Birchwood Outdoor Gear. Help with orders, returns and product questions.",
            "What's the difference between your 3-season and 4-season tents? Going to the Rockies in October.",
        ),
        _s(
            "You are the support assistant for Birchwood Outdoor Gear. Help with orders, returns and product questions.",
            "How do I re-waterproof an old rain jacket? It's wetting out.",
        ),
        _s(
            "You are a patient algebra tutor. Guide the student with hints instead of giving the answer.",
            "I don't get how to find the slope between (2, 5) and (6, 13).",
        ),
        _s(
            "You are a patient algebra tutor. Guide the student with hints instead of giving the answer.",
            "Why is anything to the power of zero equal to 1? That makes no sense to me.",
        ),
        _s(
            "You are a coding assistant embedded in the user's IDE. Keep answers short.",
            "not code related but what's a nice way to say no to a meeting invite without sounding rude?",
        ),
        _s(
            "You are a coding assistant embedded in the user's IDE. Keep answers short.",
            "Quick one: is a megabit the same as a megabyte? My ISP advertises 500 Mbps.",
        ),
        _s(
            "You are an autonomous coding agent with access to the user's repository and a terminal.",
            "before you start on the ticket - what's a good stretch for wrists? mine are killing me",
        ),
        _s(
            "You are a helpful assistant.",
            "How far is the Moon, and how long would it take to drive there at highway speed?",
        ),
        _s("You are a helpful assistant.", "Why do we have leap years?"),
        _s(
            "You are the virtual assistant of Crestline Home Insurance. Do not ask for personal information in chat.",
            "In general, does homeowners insurance cover a tree from my neighbor's yard falling on my fence?",
        ),
        _s(
            "You are a banking support assistant. Never ask for PINs, passwords, or one-time codes.",
            "Why does a gas station put a $175 hold on my card when I only pump $30?",
        ),
        _s(
            "You are a cooking assistant that suggests simple home recipes.",
            "I have leftover rice and some eggs. Something quick for lunch?",
        ),
        _s(
            "You are a cooking assistant that suggests simple home recipes.",
            "Update the lasagna recipe you gave me to feed 12 instead of 6, and make it vegetarian.",
        ),
        _s(
            "You are a travel planning assistant.",
            "Do I need a visa for Vietnam with a Canadian passport? And is the e-visa legit?",
        ),
        _s(
            "You are a career coach.",
            "I got two offers: one pays 15% more, the other is fully remote. How should I think about it?",
        ),
        _s(
            "You are a friendly history tutor for high school students.",
            "Why was the Magna Carta such a big deal if the king ignored it right away?",
        ),
        _s(
            "You are a photography mentor who gives practical advice.",
            "How do I photograph fireworks? I have a tripod and a mirrorless camera.",
        ),
        _s(
            "You are a gardening helper.",
            "My basil keeps flowering and getting bitter. What am I doing wrong?",
        ),
        _s(
            "You are a parenting support assistant. Give general information only, not medical advice.",
            "How much screen time is generally recommended for a 6-year-old?",
        ),
        _s(
            "You are a writing assistant. Improve clarity and flow while keeping the author's voice.",
            "Write a LinkedIn post announcing I finished my MBA.",
            "Thrilled to share that I've completed my MBA at...",
            "less cringe please, more understated",
        ),
    ],
    "de": [
        _u(
            "Kannst du mir helfen, eine E-Mail an die Hausverwaltung zu schreiben? Seit drei Wochen ist der Aufzug kaputt und meine Nachbarin (82) kommt kaum noch raus. Sachlich, aber deutlich."
        ),
        _u("wie viel sind 25 % Rabatt auf 139,99 €?"),
        _u(
            "Warum ist das Heilige Römische Reich eigentlich untergegangen? Kurz und verständlich bitte."
        ),
        _u("Was ist der Unterschied zwischen Tagesgeld und Festgeld? Lohnt sich Festgeld gerade?"),
        _u("Wie mache ich Käsespätzle wie in Oberschwaben? Welcher Käse gehört rein?"),
        _u(
            "Wir fahren 5 Tage nach Wien im Dezember. Welche Weihnachtsmärkte lohnen sich und braucht man die Vienna City Card?"
        ),
        _u("Warum schäumt Cola so stark, wenn man Mentos reinwirft?"),
        _u(
            "Übersetz mir bitte ins Englische: 'Wir bitten um Verständnis, dass sich die Lieferung aufgrund von Lieferengpässen verzögert.'"
        ),
        _u("Was ist eigentlich eine Hashfunktion? Bei Bitcoin wird das dauernd erwähnt."),
        _u(
            "Beim Aquarell bekomme ich im Himmel immer Blumenkohlränder in den Verläufen. Was mache ich falsch?"
        ),
        _u("Wer war Walter Gropius und was hat das Bauhaus mit heutigen IKEA-Möbeln zu tun?"),
        _u(
            "Mein Sohn (11) will WhatsApp. Welche Einstellungen zur Privatsphäre sollte ich unbedingt setzen?"
        ),
        _u(
            "Meine Mutter nutzt überall dasselbe Passwort. Wie erkläre ich ihr ohne Fachchinesisch, warum das riskant ist?"
        ),
        _u("Auf meiner Kreditkarte steht eine Buchung als 'vorgemerkt'. Ist das Geld schon weg?"),
        _u(
            "Erstell mir eine Einkaufsliste für ein Raclette-Abend mit 6 Personen, zwei davon Vegetarier."
        ),
        _u("Wie rechne ich aus einem Bruttopreis von 59,50 € mit 19 % MwSt den Nettopreis aus?"),
        _u("Löse bitte: 4x - 7 = 2x + 11, mit Rechenweg."),
        _u("Warum ziehen Kraniche im Herbst in V-Formation über uns hinweg? Wohin fliegen die?"),
        _u(
            "Ich schreibe bald Abiturprüfungen. Wie lerne ich am besten für Deutsch, wenn man nicht stumpf auswendig lernen kann?"
        ),
        _u(
            "Kannst du mein Anschreiben kürzen und etwas moderner machen? 'Hiermit bewerbe ich mich um die ausgeschriebene Stelle als Bürokauffrau, da ich mich sehr für Ihr Unternehmen interessiere.'"
        ),
        _u("Welcher Laptop fürs Studium, BWL, viel Excel und PowerPoint, bis 900 Euro?"),
        _u(
            "Wie funktioniert das Internet im Groben? Was passiert zwischen Enter drücken und der fertigen Seite?"
        ),
        _u("Unser Dackel bellt jeden Paketboten an wie verrückt. Tipps?"),
        _u("Wann schneide ich meine Hortensien zurück? Bauernhortensie, falls das wichtig ist."),
        _u(
            "Ich will Laminat im Flur verlegen. Brauche ich eine Trittschalldämmung, wenn schon Fliesen drunter sind?"
        ),
        _u("Kleingewerbe oder GmbH, wo liegen grob die Unterschiede bei Haftung und Steuern?"),
        _u(
            "Empfiehl mir ein paar deutschsprachige Romane der letzten zehn Jahre, die nicht zu schwer sind."
        ),
        _u(
            "Mein 3D-Drucker zieht beim PLA-Druck Fäden zwischen den Türmen. Liegt das am Retract oder an der Düsentemperatur?"
        ),
        _u("Lohnt sich Avatar in 3D im Kino oder reicht 2D? Mir wird bei 3D manchmal schlecht."),
        _u(
            "Wie bekomme ich bei Porträts mit Fensterlicht weichere Schatten? Ich hab keinen Blitz."
        ),
        _u(
            "Ich male mit Acryl eine Abendlandschaft. Wie mische ich Schatten, ohne dass alles grau und matschig wird?"
        ),
        _u(
            "Formulier das bitte freundlicher: 'Ich habe dir das schon zweimal gesagt. Bitte halte dich dran.'"
        ),
        _u("Was ist eigentlich Inflation und warum hebt die EZB deshalb die Zinsen an?"),
        _u("Wie viele Schritte am Tag sind wirklich sinnvoll? Sind 10.000 nur ein Werbemythos?"),
        _u("Ganz allgemein: Was ist der Unterschied zwischen Migräne und Spannungskopfschmerz?"),
        _u(
            "Was brauche ich für einen neuen Personalausweis, und kann ich den auch in einer anderen Stadt beantragen?"
        ),
        _u(
            "Plan mir eine Woche Rundreise durch Schottland mit dem Mietwagen. Start Edinburgh. Wir passen das später noch an."
        ),
        _u("Wie oft war Deutschland Fußball-Europameister und wann zuletzt?"),
        _u(
            "Meine Tochter (5) will nicht mehr in den Kindergarten, weint jeden Morgen. Wie gehen wir damit um?"
        ),
        _u("Was ist ein Algorithmus? Unser Lehrer sagt, ein Kuchenrezept ist auch einer."),
        _u(
            "Ich will in Excel ein Haushaltsbuch bauen: Einnahmen, Ausgaben nach Kategorien, Monatsübersicht. Wie fange ich an?"
        ),
        _u("Wie stelle ich einen Antrag auf Wohngeld und welche Unterlagen braucht man meistens?"),
        _u(
            "Ich suche im Landesarchiv nach Auswandererlisten aus dem 19. Jahrhundert. Wie formuliere ich die Suchanfrage, wenn ich nur den Nachnamen und das Dorf kenne?"
        ),
        _u("Namensideen für zwei Meerschweinchen, Geschwister, eins schwarz, eins weiß?"),
        _u(
            "Was bringt Zwei-Faktor-Authentifizierung beim Online-Banking und ist die SMS-Variante sicher genug?"
        ),
        _u(
            "Ich habe das Passwort für mein GMX-Postfach vergessen und keine Handynummer hinterlegt. Wie komme ich wieder rein?"
        ),
        _u("Reicht ein MSCI-World-ETF zur Streuung oder sollte man noch Anleihen dazunehmen?"),
        _u("Schreib ein kurzes Gedicht über Nebel im November."),
        _u("Warum wird mein Hefezopf innen immer trocken?"),
        _u(
            "Wie antworte ich im Vorstellungsgespräch auf 'Warum sollten wir gerade Sie einstellen?'"
        ),
        _u("Warum sind Blätter im Herbst gelb und rot? Wo war die Farbe vorher?"),
        _u(
            "Was hat Mies van der Rohe mit 'Weniger ist mehr' gemeint, und wo kann man in Deutschland Bauten von ihm sehen?"
        ),
        _u("Ich spiele seit einem Jahr Klavier. Wie lerne ich endlich vom Blatt spielen?"),
        _u(
            "Wie trainiere ich für meinen ersten Halbmarathon, wenn ich nur dreimal die Woche laufen kann?"
        ),
        _u("Worum geht es in 'Der Vorleser', ohne zu viel zu verraten?"),
        _u("Wie zeichne ich Gesichter im Profil, ohne dass die Nase komisch wirkt?"),
        _u(
            "Was ist der Unterschied zwischen WLAN und mobilem Internet, technisch gesehen, ganz grob?"
        ),
        _u(
            "Ein Fernseher kostet 800 €, erst 20 % reduziert, dann nochmal 15 % auf den reduzierten Preis. Was zahle ich?"
        ),
        _u("Wenn ich 200 € im Monat bei 6 % Rendite 25 Jahre anlege, was kommt ungefähr raus?"),
        _u(
            "Hilf mir mit einer Nachricht an die Elterngruppe: Ich suche Leute, die beim Sommerfest der Kita einen Kuchen backen."
        ),
        _u("Wie mache ich einen richtigen Sauerbraten? Wie lange muss das Fleisch einlegen?"),
        _u("Allgemeine Frage: Darf der Vermieter einfach so die Nebenkosten erhöhen?"),
        _u("Wie bekomme ich Rotweinflecken aus einem hellen Teppich?"),
        _u(
            "Ich brauche eine kurze Rede für die Abschiedsfeier unseres Hausmeisters, der nach 30 Jahren in Rente geht. Herzlich, nicht kitschig."
        ),
        _u("Was unterscheidet Backsteingotik von der französischen Gotik? Wir fahren nach Lübeck."),
        _u("Lohnt sich eine Wärmepumpe in einem Altbau von 1960 ohne Fußbodenheizung?"),
        _u("Gib mir einen Trainingsplan für Klimmzüge, ich schaffe aktuell null."),
        _u(
            "Ich bin 38, gelernte Erzieherin und will in die IT. Umschulung zur Fachinformatikerin oder lieber Quereinstieg mit Kursen?"
        ),
        _u(
            "Erklär mir den Citratzyklus so, dass ich ihn bis morgen für die Bio-Klausur verstanden habe."
        ),
        _u("Womit kann ich Eier beim Backen von Muffins ersetzen?"),
        _u(
            "Was bedeutet 'Tabelle' in der Bundesliga genau, wie wird bei Punktgleichheit sortiert?"
        ),
        _u(
            "Was ist der Unterschied zwischen einer Anfrage und einem Antrag bei Behörden? Ich will Akteneinsicht beim Bauamt."
        ),
        _m(
            "Wie mache ich einen einfachen Rührkuchen?",
            "250 g Butter, 200 g Zucker, 4 Eier, 300 g Mehl, 1 Päckchen Backpulver, etwas Milch. Bei 175 °C etwa 50 Minuten backen.",
            "und ohne Eier?",
        ),
        _m("Was sind 12 % von 850?", "12 % von 850 sind 102.", "und 850 plus 12 %?"),
        _m(
            "Schreib mir eine Mail an meinen Chef, dass ich gerne eine Gehaltserhöhung besprechen möchte.",
            "Betreff: Gesprächstermin Gehalt\n\nHallo Herr Brandt,\n\nich würde gerne einen Termin vereinbaren, um über meine Vergütung zu sprechen...",
            "klingt zu unterwürfig, mach es selbstbewusster",
        ),
        _m(
            "Mein pytest findet keine Tests, obwohl die Datei test_api.py heißt.",
            "Prüfe, ob die Funktionen mit test_ beginnen und ob im Ordner eine __init__.py oder eine pytest.ini mit falschem testpaths liegt.",
            "Lag an testpaths, danke! Ganz andere Frage: Was kann man an einem Regentag in Hamburg mit Kindern machen?",
        ),
        _m(
            "Wie bekomme ich in Babylon.js weiche Schatten?",
            "Nutze einen ShadowGenerator mit useBlurExponentialShadowMap = true und passe blurKernel an.",
            "Super. Völlig anderes Thema: Welches Buch schenke ich meinem Vater zum 70.? Er mag Geschichte.",
        ),
        _m(
            "Was ist eine Riester-Rente?",
            "Eine staatlich geförderte private Altersvorsorge mit Zulagen und möglichem Sonderausgabenabzug.",
            "und lohnt sich das heute noch, so allgemein?",
        ),
        _m(
            "Wie sagt man 'Ich hätte gern die Rechnung' auf Französisch?",
            "L'addition, s'il vous plaît.",
            "und wenn ich getrennt zahlen will?",
        ),
        _m(
            "Hast du Tipps gegen Nackenverspannungen vom Schreibtisch?",
            "Bildschirm auf Augenhöhe, regelmäßig aufstehen, Schulterkreisen und sanfte Dehnung der seitlichen Halsmuskeln.",
            "welche Übungen konkret, Schritt für Schritt?",
        ),
        _m(
            "Was wollte Kant mit dem kategorischen Imperativ sagen?",
            "Handle nur nach der Maxime, von der du wollen kannst, dass sie ein allgemeines Gesetz wird.",
            "gib mir ein Alltagsbeispiel",
        ),
        _m(
            "Mach mir eine Packliste für eine Hüttenwanderung in den Alpen, 4 Tage.",
            "Hüttenschlafsack, Stirnlampe, Regenjacke, Fleece, Wanderstöcke, Blasenpflaster, Ohrstöpsel...",
            "füg noch Sachen für den Hund dazu und streich die Wanderstöcke",
        ),
        _m(
            "Wie setze ich in Rails eine Migration zurück?",
            "Mit rails db:rollback, oder rails db:migrate:down VERSION=... für eine bestimmte.",
            "danke. Mal was anderes: Warum fliegen Störche heute oft nur noch bis Spanien statt nach Afrika?",
        ),
        _m(
            "Erfinde eine Gutenachtgeschichte über einen Igel, der nicht schlafen will.",
            "Es war einmal ein kleiner Igel namens Pieks, der im Herbst einfach nicht müde wurde...",
            "kürzer, und mit einem Reim am Ende",
        ),
        _m(
            "Wie viel Urlaub steht mir gesetzlich zu?",
            "Bei einer 5-Tage-Woche mindestens 20 Arbeitstage im Jahr nach dem Bundesurlaubsgesetz.",
            "und bei 3 Tagen die Woche?",
        ),
        _m(
            "Aquarell oder Gouache für Illustrationen von Pflanzen?",
            "Aquarell wirkt transparenter und leichter, Gouache deckt besser und erlaubt Korrekturen.",
            "was brauche ich als Grundausstattung für Aquarell?",
        ),
        _m(
            "Schreib einen Aushang fürs Treppenhaus: Flohmarkt im Hof am Samstag.",
            "Hofflohmarkt! Samstag, 10-15 Uhr, im Innenhof. Jeder kann mitmachen, Tische bitte selbst mitbringen.",
            "ergänze, dass die Erlöse an den Kindergarten gehen",
        ),
        _m(
            "Wie viel Gramm sind eine Tasse Reis?",
            "Eine Tasse (ca. 240 ml) ungekochter Reis wiegt etwa 185-200 g.",
            "und wie viel Wasser brauche ich dafür?",
        ),
        _m(
            "Was kann ich als Arbeitnehmer alles von der Steuer absetzen, ganz allgemein?",
            "Werbungskosten wie Fahrtkosten (Pendlerpauschale), Arbeitsmittel, Fortbildungen, Homeoffice-Pauschale.",
            "wie hoch ist die Homeoffice-Pauschale im Moment?",
        ),
        _m(
            "Ich baue für die Uni ein Architekturmodell der Elbphilharmonie.",
            "Gute Wahl! Der Sockel aus Backstein und der gläserne Aufbau mit der Wellenform sind die Herausforderung.",
            "Welchen Maßstab nehme ich, wenn das Modell auf einen Tisch von 80 cm passen soll?",
        ),
        _m(
            "Im Kühlschrank: Kartoffeln, Lauch, Speck. Was koche ich?",
            "Eine Kartoffel-Lauch-Suppe mit Speckwürfeln oder ein Kartoffelgratin mit Lauch.",
            "die Suppe, aber vegetarisch",
        ),
        _m(
            "In meiner Symfony-App wird die Session ständig verloren.",
            "Prüfe das Cookie-Domain-Setting und ob mehrere Server ohne gemeinsamen Session-Speicher laufen.",
            "ok, schau ich mir an. Kurze private Frage: Wie pflege ich eine Orchidee, die nicht mehr blüht?",
        ),
        _m(
            "Was ist ein Mischfonds?",
            "Ein Fonds, der in verschiedene Anlageklassen investiert, z. B. Aktien und Anleihen, je nach Strategie.",
            "sind die Gebühren da meistens höher als bei ETFs?",
        ),
        _m(
            "Heißt es 'wegen dem Regen' oder 'wegen des Regens'?",
            "Standardsprachlich 'wegen des Regens' (Genitiv); 'wegen dem' ist umgangssprachlich verbreitet.",
            "und 'trotz'?",
        ),
        _m(
            "Welches Haustier passt zu einer kleinen Wohnung und Berufstätigen?",
            "Katzen (am besten zu zweit) oder Fische; Hunde brauchen tagsüber Betreuung.",
            "und wie sieht es mit Wellensittichen aus?",
        ),
        _m(
            "Erstell mir einen 8-Wochen-Plan, um 5 km am Stück zu laufen.",
            "Woche 1: 8x 1 Min laufen / 2 Min gehen, 3x die Woche. Woche 2: ...",
            "ändere Woche 4, da bin ich im Urlaub und kann nur am Strand laufen",
        ),
        _s(
            "Du bist ein Schreibassistent. Du verbesserst deutsche Texte und behältst den Stil der Person bei.",
            "Kannst du den Einstieg meines Blogartikels flüssiger machen? 'In diesem Artikel möchte ich euch heute über das Thema Minimalismus berichten, weil mich das Thema sehr beschäftigt.'",
        ),
        _s(
            "Du bist ein Schreibassistent. Du verbesserst deutsche Texte und behältst den Stil der Person bei.",
            "Ich brauche drei Vorschläge für einen Titel für meinen Vortrag über Stadtbäume und Klimawandel.",
        ),
        _s(
            "Du bist der Kundenservice-Assistent von Möbelhaus Lindner. Du beantwortest Fragen zu Bestellungen, Lieferung und Montage.",
            "Liefert ihr auch in den 4. Stock ohne Aufzug und kostet das extra?",
        ),
        _s(
            "Du bist der Kundenservice-Assistent von Möbelhaus Lindner. Du beantwortest Fragen zu Bestellungen, Lieferung und Montage.",
            "Wie pflege ich eine geölte Eichenholz-Tischplatte richtig?",
        ),
        _s(
            "Du bist ein geduldiger Mathe-Nachhilfelehrer. Gib Hinweise statt fertiger Lösungen.",
            "Ich verstehe nicht, wie man bei der Kurvendiskussion die Wendepunkte findet.",
        ),
        _s(
            "Du bist ein geduldiger Mathe-Nachhilfelehrer. Gib Hinweise statt fertiger Lösungen.",
            "Wie groß ist die Wahrscheinlichkeit, beim Lotto 6 aus 49 drei Richtige zu haben?",
        ),
        _s(
            "You are a coding assistant integrated in the user's IDE. Answer concisely.",
            "Frage nebenbei, nichts mit Code: Wie schreibe ich in einer Mail an einen Kunden höflich, dass er sich bitte an die Deadline hält?",
        ),
        _s(
            "You are a coding assistant integrated in the user's IDE. Answer concisely.",
            "Was ist der Unterschied zwischen Compiler und Interpreter? Nur zum Verständnis, keine Aufgabe.",
        ),
        _s(
            "Du bist ein Coding-Agent mit Zugriff auf das Repository und ein Terminal.",
            "Bevor du loslegst: Hast du einen Tipp, wie ich nachmittags nicht so müde werde? Kaffee hilft nicht mehr.",
        ),
        _s(
            "You are a helpful assistant.",
            "Wie hoch ist die Zugspitze und kann man da im Winter hochwandern?",
        ),
        _s("You are a helpful assistant.", "Warum gibt es Sommerzeit überhaupt noch?"),
        _s(
            "Du bist der Chat-Assistent einer Hausratversicherung. Du fragst im Chat keine persönlichen Daten ab.",
            "Ganz allgemein: Zahlt die Hausratversicherung, wenn mir das Fahrrad aus dem Keller gestohlen wird?",
        ),
        _s(
            "Du bist der digitale Assistent einer Bank. Frag niemals nach PIN, Passwort oder TAN.",
            "Warum wird bei der Hotelbuchung ein Betrag auf meiner Karte reserviert, obwohl ich erst vor Ort zahle?",
        ),
        _s(
            "Du bist ein Kochassistent für einfache Alltagsgerichte.",
            "Ich habe Kichererbsen, Tomaten aus der Dose und Feta. Was Schnelles?",
        ),
        _s(
            "Du bist ein Kochassistent für einfache Alltagsgerichte.",
            "Aktualisiere das Gulaschrezept von vorhin für den Schnellkochtopf und für 8 Personen.",
        ),
        _s(
            "Du bist ein Reiseberater.",
            "Brauche ich für Kanada ein eTA, wenn ich nur umsteige? Und wie lange im Voraus?",
        ),
        _s(
            "Du bist Karriere-Coach.",
            "Ich soll Teamleiter werden, aber ich weiß nicht, ob ich Führung will. Wie finde ich das heraus?",
        ),
        _s(
            "Du bist ein Geschichtslehrer, der Schülern der Mittelstufe Fragen beantwortet.",
            "Warum wurde die Berliner Mauer eigentlich gebaut?",
        ),
        _s(
            "Du bist ein Fotografie-Mentor mit praktischen Tipps.",
            "Wie fotografiere ich Polarlichter mit dem Handy? Wir fahren nach Tromsø.",
        ),
        _s(
            "Du bist ein Gartenberater.",
            "Meine Tomaten haben braune Flecken an den unteren Blättern. Ist das Krautfäule?",
        ),
        _s(
            "Du bist ein Elternratgeber und gibst nur allgemeine Informationen, keine Diagnosen.",
            "Ab wann können Kinder normalerweise Fahrrad ohne Stützräder fahren?",
        ),
        _s(
            "Du bist ein Schreibassistent. Du verbesserst deutsche Texte und behältst den Stil der Person bei.",
            "Schreib mir eine kurze Absage für eine Hochzeitseinladung, wir sind im Urlaub.",
            "Liebe Jana, lieber Tom, vielen Dank für eure liebe Einladung! Leider sind wir genau an dem Wochenende verreist...",
            "noch etwas herzlicher, und erwähne, dass wir ein Geschenk schicken",
        ),
        _s(
            "Du bist der Auskunftsbot der Stadtbibliothek Freiburg.",
            "Wie finde ich im Katalog alle Hörbücher von Cornelia Funke, die gerade nicht ausgeliehen sind?",
        ),
        _s(
            "Du bist ein allgemeiner Assistent.",
            "Was ist ein Passivhaus und warum braucht es trotzdem eine Lüftungsanlage?",
        ),
    ],
}


def examples() -> Iterator[Example]:
    return batch(LABEL, "b5", BY_LANG)
