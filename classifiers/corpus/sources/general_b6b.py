"""Sixth batch of `general` examples: hand-written, one group per example
("general/b6/<lang>/<digest>"). Everyday requests in Spanish, Japanese, Chinese, English and
German: work-like writing and translation with nothing private, household tech how-to, hobbies
that share words with the technical labels, general knowledge, and general turns after technical
chats or under IDE and support-bot system prompts."""

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
        "¿Me ayudas a redactar un correo para pedirle a un proveedor que nos mande la factura corregida? Pusieron mal el CIF de la empresa y necesitamos que salga bien antes de fin de mes."
    ),
    _u(
        "necesito una descripción de producto para una tienda online de aceite de oliva virgen extra, de Jaén, cosecha temprana, botella de 500 ml. Que suene cercano, no pijo"
    ),
    _u(
        "Redacta una convocatoria de reunión para el equipo de ventas: el jueves a las 10:00, sala 2, para repasar los objetivos del trimestre. Breve y cordial."
    ),
    _u(
        "Tengo que dar un discurso corto en la jubilación de un compañero que lleva 30 años en el taller. Algo emotivo pero con algún toque de humor, unos 3 minutos."
    ),
    _u(
        "Quiero poner una reclamación a la aerolínea porque me perdieron la maleta en un vuelo Madrid-Lima y llegó cuatro días tarde. ¿Cómo la redacto y qué puedo pedir?"
    ),
    _u(
        "Tradúceme al inglés este aviso para los clientes: «Debido a obras de reforma, la tienda permanecerá cerrada del 3 al 10 de agosto. Disculpen las molestias.»"
    ),
    _u(
        "hazme 3 versiones de un post de Instagram para anunciar que abrimos una panadería nueva en el barrio de Triana, con emojis pero sin pasarse"
    ),
    _u(
        "Corrígeme la ortografía y la puntuación de este párrafo, sin cambiar el estilo: «Estimados vecinos, les informamos que el proximo lunes se cortara el agua de 9 a 14h por una averia en la bajante, rogamos disculpen las molestias»"
    ),
    _u(
        "Mi router de Movistar se desconecta cada dos por tres, sobre todo por la noche. ¿Qué puedo probar antes de llamar al técnico? Vivo en un piso con paredes gruesas."
    ),
    _u(
        "¿Cómo cambio el nombre y la contraseña de la red wifi en un router que me dio la compañía? No sé ni cómo entrar a la configuración."
    ),
    _u(
        "En el móvil Android me sale que el almacenamiento está lleno pero no tengo casi fotos. ¿Qué ocupa tanto y cómo lo limpio?"
    ),
    _u(
        "La impresora HP de casa dice «sin conexión» aunque está encendida y en la misma wifi. Portátil con Windows 11. ¿Qué hago?"
    ),
    _u(
        "¿Cómo hago en Excel una hoja para llevar los gastos de la casa por meses, con un total al final y que me diga cuánto me he pasado del presupuesto? Es solo para mí."
    ),
    _u("En la tele Samsung de casa los subtítulos de Netflix salen enormes, ¿dónde se cambian?"),
    _u(
        "Con el Lightroom del móvil, ¿cómo recupero las sombras de una foto a contraluz sin que quede todo gris y plano?"
    ),
    _u(
        "Estoy pintando al óleo un bodegón con una ventana a la izquierda. ¿Cómo resuelvo la luz y las sombras proyectadas de las frutas para que se vean con volumen?"
    ),
    _u(
        "¿Qué diferencia hay entre el arco de herradura y el arco apuntado? Voy a visitar la Mezquita de Córdoba y quiero entender lo que veo."
    ),
    _u(
        "Mi impresora 3D (Prusa) deja la primera capa con huecos en una esquina. ¿Es nivelación de la cama o puede ser otra cosa?"
    ),
    _u(
        "Estoy montando una maqueta de un tren a escala H0. ¿Qué pintura uso para envejecer los vagones y que parezca óxido real?"
    ),
    _u(
        "Quiero redecorar un salón pequeño y oscuro, de 14 m², con una sola ventana al norte. ¿Qué colores e iluminación me recomiendas?"
    ),
    _u(
        "Estoy empezando a producir música en Ableton. ¿Qué es exactamente la compresión sidechain y por qué todo el mundo la usa con el bombo?"
    ),
    _u(
        "Explícame la derivada de x² · sen(x) paso a paso, que mañana tengo examen de Bachillerato."
    ),
    _u(
        "¿Por qué la Guerra de Sucesión española acabó con Felipe V en el trono pero perdiendo Gibraltar y Menorca?"
    ),
    _u("¿Qué es la inflación subyacente y por qué el BCE se fija tanto en ella?"),
    _u(
        "Si soy autónomo en España y facturo unos 30.000 € al año, ¿me conviene más estimación directa simplificada o módulos? Hablando en general."
    ),
    _u(
        "¿Cuánto tiempo tiene un inquilino para reclamar la fianza cuando se va de un piso alquilado, según la ley de arrendamientos urbanos?"
    ),
    _u(
        "¿Es normal tener la tensión a 135/85 con 50 años? ¿A partir de qué cifras se considera hipertensión?"
    ),
    _u(
        "mi hijo de 4 años tiene rabietas tremendas cada vez que apagamos la tablet. ideas que funcionen de verdad porfa"
    ),
    _u(
        "Tengo un gato de 12 años que bebe muchísima agua últimamente. ¿Qué puede ser? ¿Es motivo para ir al veterinario ya?"
    ),
    _u(
        "Receta de lentejas con chorizo para 6 personas, en olla exprés, y cuánto tiempo exactamente."
    ),
    _u(
        "Voy a Japón 12 días en abril, primera vez. ¿Me haces un itinerario entre Tokio, Kioto y Osaka sin ir con la lengua fuera?"
    ),
    _u(
        "Plan para correr mi primer medio maratón en 10 semanas. Ahora corro 5 km tres veces por semana."
    ),
    _u(
        "¿Qué diferencia hay entre la RAM y el almacenamiento de un ordenador? Mi padre siempre los confunde y quiero explicárselo bien."
    ),
    _u(
        "Tengo 34 años, soy enfermera y quiero pasarme al mundo tech. ¿Qué salidas hay que no sean programar a tope? ¿Análisis de datos, UX, soporte?"
    ),
    _u(
        "¿Qué es exactamente la nube? Cuando dicen que las fotos están «en la nube», ¿dónde están físicamente?"
    ),
    _u(
        "jajaja qué día llevo, se me ha quemado la tortilla y encima ha llovido justo al tender. cuéntame algo que me alegre"
    ),
    _u("¿Cuál es la montaña más alta de España? ¿Y si cuentas Canarias?"),
    _u(
        "Hazme un resumen de la trama de Cien años de soledad sin destripar el final, que me lo quiero leer."
    ),
    _u(
        "Reescribe este texto para la web de una clínica dental más amable y menos técnico: «Realizamos tratamientos de endodoncia, periodoncia e implantología con tecnología de última generación.»"
    ),
    _u(
        "Necesito un anuncio para el tablón de la comunidad de vecinos: la junta ordinaria será el 15 de marzo a las 19:30 en el portal. Orden del día: cuentas, ascensor y ruegos y preguntas."
    ),
    _u(
        "¿Cómo se dice en inglés de negocios «quedo a la espera de sus noticias» sin que suene traducido?"
    ),
    _u(
        "Escríbeme un correo de respuesta a un cliente que se queja de que el pedido llegó con una taza rota. Queremos disculparnos y mandarle otra sin coste."
    ),
    _u(
        "Ayúdame a hacer más convincente la sección «Sobre nosotros» de una pequeña empresa de reformas en Valladolid. Llevamos 15 años, somos cuatro, trabajamos bien y limpio."
    ),
    _u(
        "¿Cómo pongo el control parental en el iPad de mi hija para que no pueda descargar apps sin permiso?"
    ),
    _u(
        "El portátil se calienta mucho y el ventilador suena como un avión. ¿Limpiarlo con aire comprimido sirve o es otra cosa?"
    ),
    _u(
        "¿Merece la pena un repetidor wifi o es mejor un sistema mesh para una casa de dos plantas?"
    ),
    _u(
        "¿Qué ISO, apertura y velocidad pongo para fotografiar la Vía Láctea con una réflex y un 18-55?"
    ),
    _u(
        "¿Cómo funciona un contrafuerte en una catedral románica comparado con el arbotante gótico?"
    ),
    _u("¿Por qué los barcos de hierro flotan si el hierro pesa más que el agua?"),
    _u(
        "Explícame qué es el PIB per cápita en paridad de poder adquisitivo y por qué no es lo mismo que el PIB normal."
    ),
    _u(
        "Si reparto una herencia con mis dos hermanos y hay un piso, ¿qué impuestos se pagan en general? Estamos en Andalucía."
    ),
    _u("¿Qué alimentos tienen más hierro para alguien que no come carne?"),
    _u("¿Qué raza de perro va bien para un piso pequeño y alguien que teletrabaja?"),
    _u(
        "Dame ideas de cenas rápidas para entre semana, que no sean siempre pasta, para dos adultos y un niño."
    ),
    _u(
        "¿Cuál es la regla del fuera de juego en fútbol explicada para alguien que nunca lo ha entendido?"
    ),
    _u("Cuéntame un chiste malo de informáticos, de esos que dan vergüenza ajena"),
    _u("¿Qué es la ley de Moore y sigue siendo válida hoy?"),
    _u(
        "Tradúceme este párrafo al español neutro, para Latinoamérica: «We're excited to announce our new spring collection, available in stores and online from March 1st.»"
    ),
    _u(
        "Redacta un comunicado para los clientes anunciando una subida de tarifas del 4 % en el gimnasio a partir de enero, explicando que es por la subida de la luz."
    ),
    _u(
        "Escribe un texto para LinkedIn contando que he terminado un curso de gestión de proyectos. Que no sea pedante."
    ),
    _u(
        "¿Cómo hago un presupuesto mensual de la casa con la regla 50/30/20? Ingresamos unos 2.800 € entre los dos."
    ),
    _u(
        "En Google Sheets tengo una lista de la compra compartida con mi pareja, ¿cómo hago que se tachen las cosas cuando marcamos una casilla?"
    ),
    _u("¿Qué estilo arquitectónico tiene la Casa Batlló y qué la hace tan especial?"),
    _u(
        "Hago miniaturas de Warhammer y no me salen bien las luces en las capas. ¿Cómo hago un buen iluminado de bordes?"
    ),
    _u("¿Cuál es la diferencia entre la ley orgánica y la ley ordinaria en España?"),
    _u("¿Cuánto debe dormir un bebé de 8 meses? El mío se despierta tres veces cada noche."),
    _u("¿Para qué sirve realmente el modo avión además de para volar?"),
    _u(
        "Explícame qué hace un product manager en una empresa de software. Me lo han ofrecido y no sé si es para mí."
    ),
    _u("Hazme un haiku sobre el otoño en Madrid"),
    _u(
        "Pásame a un tono más formal: «Oye, que al final la reunión del lunes se mueve al martes, que a Marta no le cuadra. Avisad al resto.»"
    ),
    _m(
        "¿Cómo hago una consulta SQL que me saque los pedidos del último mes agrupados por cliente?",
        "Puedes usar `SELECT cliente_id, COUNT(*) FROM pedidos WHERE fecha >= NOW() - INTERVAL '1 month' GROUP BY cliente_id;`",
        "perfecto, gracias. Oye, cambiando de tema: ¿qué me recomiendas visitar en Asturias en un fin de semana largo?",
    ),
    _m(
        "¿Qué es la fotosíntesis?",
        "Es el proceso por el que las plantas usan la luz del sol, el agua y el CO₂ para fabricar glucosa y liberar oxígeno.",
        "¿y la respiración celular es lo contrario?",
    ),
    _m(
        "Tradúceme al inglés: «Adjunto le envío el presupuesto solicitado.»",
        "Please find attached the quote you requested.",
        "¿y al francés?",
    ),
    _m(
        "Quiero empezar a hacer fotos de retrato con luz natural.",
        "Buena idea. Busca luz suave: una ventana lateral o la sombra abierta funcionan muy bien. Evita el sol directo a mediodía.",
        "¿y si solo tengo un reflector barato, dónde lo pongo?",
    ),
    _m(
        "¿Cómo se calcula el IVA de una factura de 1.200 €?",
        "Al 21 %, el IVA es 252 €, y el total queda en 1.452 €.",
        "¿y si me dan el total con IVA y quiero saber la base?",
    ),
    _m(
        "¿Me ayudas con un shader de agua en three.js? Quiero que refleje el cielo.",
        "Claro, puedes partir del ejemplo Water de three.js y ajustar el color de distorsión...",
        "Luego sigo con eso. Ahora una pregunta rápida: ¿cuál es la capital de Australia? Siempre digo Sídney.",
    ),
    _m(
        "Escríbeme un mensaje de felicitación de Navidad para los clientes de la tienda.",
        "«En esta Navidad queremos daros las gracias por confiar en nosotros un año más...»",
        "más corto, que es para un SMS",
    ),
    _m(
        "¿Por qué se hundió el Imperio romano de Occidente?",
        "No hubo una sola causa: crisis económica, presión de pueblos germánicos, división del imperio, inestabilidad política...",
        "¿y el de Oriente por qué duró mil años más?",
    ),
    _m(
        "Tengo fiebre de 38,2 desde ayer y me duele la garganta.",
        "Lo más habitual es una infección vírica. Hidrátate, descansa y usa paracetamol si lo necesitas. Si hay placas, dificultad para tragar o dura más de 3 días, consulta con tu médico.",
        "¿y el ibuprofeno es mejor o peor para la garganta?",
    ),
    _m(
        "Hay un endpoint que devuelve 500 cuando el usuario no tiene dirección, ¿lo arreglo con un if?",
        "Sí, comprueba si `direccion` es null antes de acceder a sus campos y devuelve un 422 o un valor por defecto.",
        "hecho, funciona. Ahora cuéntame algo que no tiene nada que ver: ¿cómo se hace un buen sofrito para paella?",
    ),
    _m(
        "¿Qué es el código abierto?",
        "Es software cuyo código fuente se publica para que cualquiera pueda verlo, modificarlo y redistribuirlo según su licencia.",
        "¿y entonces de qué viven las empresas que lo hacen?",
    ),
    _m(
        "Quiero hacer un mueble de salón con palets.",
        "Buena idea. Lo primero es lijar bien los palets y comprobar que lleven el sello HT (tratamiento térmico), no MB.",
        "¿qué barniz uso para que no se ponga amarillo?",
    ),
    _m(
        "Estoy escribiendo un relato corto sobre un faro en Galicia.",
        "¡Qué bonito! ¿Quieres ayuda con la trama, los personajes o el estilo?",
        "con el principio. Tengo la primera frase: «El faro llevaba tres noches apagado y nadie en el pueblo se atrevía a decirlo.» ¿sigue tú dos párrafos?",
    ),
    _m(
        "¿Cómo configuro el correo del trabajo en el iPhone?",
        "Ve a Ajustes > Mail > Cuentas > Añadir cuenta, elige Exchange u Otra según te indique tu empresa, e introduce tu dirección.",
        "me pide servidor, ¿dónde lo encuentro?",
    ),
    _m(
        "¿Cuál es la diferencia entre un Roth IRA y un plan de pensiones español?",
        "El Roth IRA es un producto de EE. UU. donde aportas dinero ya tributado y los rescates son libres de impuestos. En España, los planes de pensiones reducen la base imponible al aportar y tributan al rescatar.",
        "¿y qué pasa si me mudo a EE. UU. con un plan de pensiones abierto aquí?",
    ),
    _m(
        "Necesito ideas para un cumpleaños infantil de 7 años con temática de dinosaurios.",
        "Puedes hacer una excavación de fósiles en arena, una tarta de volcán y una gincana de huellas.",
        "¿y algo para que se lleven de regalo que no sea plástico?",
    ),
    _m(
        "Ayer me diste una plantilla de hoja de cálculo para el presupuesto de la boda.",
        "Sí, con columnas de concepto, proveedor, presupuestado, pagado y pendiente.",
        "¿cómo le añado una gráfica de quesitos de en qué se va el dinero?",
    ),
    _m(
        "Revisa este diagrama de arquitectura de nuestro sistema de pedidos, por favor.",
        "Veo que el servicio de inventario escribe directamente en la base de datos de pedidos; eso acopla mucho ambos dominios...",
        "ok, mañana lo vemos con el equipo. Una cosa personal: ¿qué libro me recomiendas para entender la historia de la Guerra Civil sin que sea un tostón?",
    ),
    _m(
        "¿Qué son los números primos?",
        "Son los números naturales mayores que 1 que solo son divisibles por 1 y por sí mismos: 2, 3, 5, 7, 11...",
        "¿y por qué el 1 no cuenta?",
    ),
    _m(
        "Voy a pintar el dormitorio de verde salvia.",
        "Buena elección, es un color relajante. Combina bien con madera clara, blanco roto y textiles en lino.",
        "¿y el techo lo dejo blanco o lo pinto del mismo verde?",
    ),
    _m(
        "¿Qué significa «burnout»?",
        "Es el síndrome de desgaste profesional: agotamiento emocional, distanciamiento del trabajo y sensación de ineficacia por estrés laboral crónico.",
        "creo que me pasa. ¿qué puedo hacer sin dejar el trabajo?",
    ),
    _m(
        "Hazme un texto para una tarjeta de agradecimiento a los profesores de la guarde.",
        "«Gracias por cuidar, enseñar y querer a nuestro pequeño cada día. Nunca olvidaremos este año.»",
        "perfecto, pero en catalán",
    ),
    _m(
        "¿Cómo funciona una hipoteca de tipo variable?",
        "Pagas un interés que es el Euríbor más un diferencial fijo. Cada 6 o 12 meses se revisa y tu cuota sube o baja.",
        "¿y qué es eso del diferencial? ¿se negocia?",
    ),
    _m(
        "Quiero aprender a tocar la guitarra con 45 años.",
        "Nunca es tarde. Empieza con acordes abiertos (Do, Sol, Re, Mi menor) y 15 minutos diarios.",
        "¿eléctrica o española para empezar?",
    ),
    _m(
        "¿Qué es el Bitcoin?",
        "Es una moneda digital descentralizada que funciona sobre una cadena de bloques, sin banco central.",
        "¿y por qué dicen que gasta tanta energía?",
    ),
    _m(
        "¿Cómo hago tarta de queso al horno tipo La Viña?",
        "Necesitas 1 kg de queso crema, 7 huevos, 400 ml de nata, 300 g de azúcar y una cucharada de harina. Horno a 200 °C unos 45 minutos.",
        "¿y si uso freidora de aire?",
    ),
    _m(
        "Estamos escribiendo tests unitarios para el servicio de facturación con pytest.",
        "Perfecto, usa fixtures para crear facturas de ejemplo y parametriza los casos de IVA.",
        "bueno, ya está. ¿Me explicas en dos líneas qué fue la Revolución Industrial? Es para ayudar a mi hija con los deberes.",
    ),
    _s(
        "Eres un asistente de programación integrado en el IDE. Ayuda con el código del proyecto abierto.",
        "no tiene que ver con el código, pero ¿me ayudas a redactar un correo para pedir el viernes libre a mi jefa?",
    ),
    _s(
        "Eres Clara, la asistente virtual de atención al cliente de Telefonía Norte. Ayuda con tarifas, facturas y averías.",
        "¿cómo sé si mi móvil es compatible con 5G?",
    ),
    _s(
        "Eres un asistente de escritura. Ayuda a mejorar textos en español: claridad, tono y corrección.",
        "Mejora este párrafo de una nota de prensa: «La empresa Cerámicas del Turia ha abierto una nueva tienda en Castellón que tiene 300 metros cuadrados y que va a crear 12 puestos de trabajo en la zona.»",
    ),
    _s(
        "Eres un tutor de matemáticas para alumnos de ESO. Explica paso a paso y sin dar la respuesta directamente.",
        "no entiendo cómo se resuelve 3x - 7 = 2x + 5",
    ),
    _s(
        "You are a coding agent working in the repository. Use tools to read and edit files.",
        "antes de seguir con el refactor: ¿qué significa realmente «deuda técnica»? mi jefe lo dice mucho y quiero entenderlo bien",
    ),
    _s(
        "Eres el asistente de la biblioteca municipal. Responde dudas sobre préstamos, horarios y actividades.",
        "¿me recomiendas novelas negras españolas para alguien a quien le gustó Dolores Redondo?",
    ),
    _s(
        "Eres un asistente de soporte de una empresa de routers domésticos. Ayuda a los clientes a configurar su equipo.",
        "El wifi llega bien al salón pero en el dormitorio del fondo se corta. ¿Cambio el canal o muevo el router?",
    ),
    _s(
        "Eres un asistente de redacción para una agencia de marketing.",
        "Escribe tres titulares para un anuncio de una academia de idiomas en Zaragoza que empieza cursos intensivos de inglés en julio.",
    ),
    _s(
        "Eres un asistente de IA útil.",
        "¿Cómo se calcula la letra del DNI? Tengo curiosidad por el algoritmo, no quiero calcular ninguno concreto.",
    ),
    _s(
        "Eres un asistente de programación en VS Code.",
        "Oye, ¿me explicas qué son las criptomonedas estables? Lo he leído en las noticias.",
    ),
    _s(
        "Eres un asistente de recursos humanos que ayuda a redactar ofertas de empleo.",
        "Redacta una oferta para camarero/a de fin de semana en un restaurante de Málaga. Sueldo según convenio, buen ambiente.",
    ),
    _s(
        "Eres un traductor profesional español-inglés.",
        "Traduce: «Le recordamos que el plazo de inscripción para el congreso finaliza el 30 de septiembre. Las plazas son limitadas.»",
    ),
    _s(
        "Eres el asistente de una tienda de electrodomésticos online.",
        "¿Qué diferencia hay entre una lavadora de carga frontal y una de carga superior? Tengo poco espacio.",
    ),
    _s(
        "Eres un asistente de IA para desarrolladores en el terminal.",
        "Fuera de código: mi madre quiere pasarse del Android a un iPhone y no perder los WhatsApp. ¿Cómo se hace?",
    ),
    _s(
        "Eres un profesor de historia paciente que explica para adolescentes.",
        "¿Por qué es tan importante 1492?",
    ),
    _s(
        "Eres un asistente de cocina.",
        "Tengo calabacín, huevos, cebolla y queso rallado. ¿Qué hago de cena en 20 minutos?",
    ),
    _s(
        "Eres un asistente que ayuda a escribir discursos.",
        "Discurso de padrino para la boda de mi hermano, unos 4 minutos. Se conocieron en un Erasmus en Bolonia y les encanta la montaña.",
    ),
    _s(
        "Eres un asistente de soporte de una app de fotografía móvil.",
        "¿Cómo hago que el cielo de la foto no salga quemado cuando fotografío un paisaje al atardecer?",
    ),
    _s(
        "Eres un asistente de productividad para oficinas.",
        "Dame una plantilla de orden del día para una reunión semanal de equipo de 30 minutos.",
    ),
    _s(
        "Eres un asistente de programación. Responde en español.",
        "¿Qué tal está trabajar de desarrollador en Alemania? Sueldos, idioma, cosas así.",
    ),
    _s(
        "Eres un asistente de viajes.",
        "¿Necesito visado para ir a Marruecos con pasaporte español? ¿Y para Turquía?",
    ),
    _s(
        "Eres un asistente de bienestar. No das diagnósticos, solo información general.",
        "¿Cuántos pasos al día son realmente recomendables? ¿Lo de los 10.000 es un mito?",
    ),
    _s(
        "Eres un asistente de IA de una gestoría. Resuelve dudas generales sobre impuestos.",
        "¿Qué gastos puede deducirse un autónomo que trabaja desde casa? En general.",
    ),
    _s(
        "Eres un asistente del equipo de plataforma. Ayuda con Kubernetes y despliegues.",
        "Antes de nada, una pregunta tonta: ¿por qué a Kubernetes le dicen k8s?",
    ),
    _s(
        "Eres un asistente de idiomas que ayuda a practicar inglés.",
        "How do I say «me he quedado frito en el sofá» in natural English?",
    ),
    _s(
        "Eres un asistente de diseño de interiores.",
        "Tengo un pasillo largo y estrecho sin luz natural. ¿Cómo lo hago más acogedor?",
    ),
    _u(
        "¿Qué significa que una casa tenga certificación energética A? Estoy mirando pisos en Bilbao."
    ),
    _m(
        "¿Qué es la blockchain explicada fácil?",
        "Es un registro compartido donde cada bloque de datos está enlazado al anterior, así que cambiar algo del pasado es muy difícil.",
        "vale, ¿y eso para qué sirve aparte de las criptos?",
    ),
    _m(
        "Mañana tengo una entrevista para un puesto de soporte técnico.",
        "¡Suerte! Prepara ejemplos de problemas que hayas resuelto y cómo explicaste la solución a alguien no técnico.",
        "¿qué pregunto yo al final para quedar bien?",
    ),
]

_JA: list[Item] = [
    _u(
        "取引先に納期が一週間遅れることをお詫びするメールを書いてください。原因は部材の入荷遅れです。丁寧だけど言い訳がましくならないように。"
    ),
    _u(
        "転職用の職務経歴書の自己PR欄、もう少し具体的にしたいです。「コミュニケーション能力を活かして営業成績を上げました」しか書けてない…"
    ),
    _u(
        "和菓子屋のネットショップに載せる商品説明を書いて。栗きんとん、岐阜県産の栗、6個入り、賞味期限5日。上品な感じで。"
    ),
    _u(
        "社内の忘年会の案内文を作ってください。12月20日(金)18時半から、会場は駅前の居酒屋、会費5,000円、出欠は今週中に。"
    ),
    _u("新入社員歓迎会での乾杯の挨拶を、1分くらいで考えてもらえますか。部長として話します。"),
    _u(
        "通販で買ったソファの色が写真と全然違いました。返品をお願いするメールの文面を考えて。強すぎず弱すぎず。"
    ),
    _u(
        "この文章を自然な英語に訳して:「平素より格別のご高配を賜り、厚く御礼申し上げます。」ビジネスメールの冒頭です。"
    ),
    _u("カフェの新メニュー(抹茶のバスクチーズケーキ)をXで告知したい。140字以内で3パターンお願い"),
    _u(
        "この敬語、合ってますか?「ご担当者様におかれましては、ご確認いただけますようお願い申し上げます。」なんか重い気がする"
    ),
    _u(
        "家のWi-Fiが夜になると急に遅くなります。光回線でルーターはバッファローです。何を確認すればいいですか?"
    ),
    _u("ルーターの2.4GHzと5GHz、どっちにつなげばいいの?SSIDが2つ出てきて毎回迷う"),
    _u("iPhoneのバッテリーの減りが早すぎる。設定で見直すべきところを教えてください。"),
    _u(
        "キヤノンのプリンターで印刷すると横に線が入ります。インクは新しいのに。ヘッドクリーニング以外に何かありますか?"
    ),
    _u(
        "家計簿をExcelで自作したいです。月ごとのシートで食費とか光熱費を分けて、年間の合計も見たい。どう作ればいい?"
    ),
    _u("リビングのテレビ(ソニーのブラビア)でYouTubeを見ると音がずれる。サウンドバーつないでます。"),
    _u(
        "スマホのアプリで写真を編集するとき、「ハイライト」と「白レベル」の違いがよく分かりません。"
    ),
    _u("水彩で夕暮れの空を描くと、色が濁ってしまいます。にじみとぼかしのコツを教えてください。"),
    _u("京都の東寺の五重塔はなぜ地震で倒れないんですか?心柱の仕組みが知りたい"),
    _u(
        "3Dプリンターで出力したPLAのパーツがすぐ反ってしまいます。ベッド温度とか何を変えればいいですか?"
    ),
    _u("ガンプラの墨入れを初めてやります。はみ出したときの消し方と、おすすめのペンを教えて。"),
    _u("6畳の和室を洋室っぽくしたい。畳の上にカーペット敷くのってカビの心配ありますか?"),
    _u("DTMでミックスするとき、ボーカルが埋もれてしまいます。EQでどの辺をいじればいい?"),
    _u("中学2年の連立方程式、代入法と加減法はどう使い分けるのか、子どもに説明したいです。"),
    _u("大化の改新って結局何が変わったんですか?教科書だとよく分からなくて。"),
    _u("円安になると、なぜ輸入品の値段が上がるのか、小学生にも分かるように説明して。"),
    _u("会社員が副業で年間20万円を超えたら確定申告が必要って本当?住民税はどうなるの?一般論で。"),
    _u(
        "賃貸の退去時に「ハウスクリーニング代」を請求されたんですが、これって払う義務があるんでしょうか。一般的な考え方を知りたい。"
    ),
    _u("健康診断でLDLコレステロールが少し高めと言われました。食事で気をつけることは?"),
    _u("3歳の娘がイヤイヤ期真っ最中で、朝の着替えだけで30分かかります。みんなどうしてるの…"),
    _u("柴犬を飼い始めました。散歩は1日何回、何分くらいがいいですか?"),
    _u("冷蔵庫にある鶏むね肉とキャベツで、簡単な作り置きおかずを教えて。"),
    _u(
        "初めての北海道旅行、7月に4泊5日。札幌・小樽・富良野を回りたいです。レンタカーなしで行ける?"
    ),
    _u("テニスでバックハンドがいつもネットにかかります。片手と両手、どっちが初心者向き?"),
    _u("CPUとGPUの違いって何ですか?パソコン買い替えの参考にしたい。"),
    _u("30代後半、事務職からITエンジニアに転職って現実的ですか?未経験で。"),
    _u("5GとWi-Fi 6って何が違うの?名前が似ててややこしい"),
    _u("今日は仕事で散々でした…ちょっと愚痴聞いてくれる?"),
    _u("富士山の標高を覚えやすい語呂合わせってある?"),
    _u("村上春樹を初めて読むなら、どの作品からがいいですか?"),
    _u(
        "この文章、もっと簡潔にしてください:「本件につきましては、現在社内において検討を行っている段階でございますので、結論が出次第改めてご連絡させていただきたく存じます。」"
    ),
    _u(
        "町内会の回覧板に入れる「夏祭りボランティア募集」のお知らせを作ってください。8月3日、焼きそば担当と受付担当。"
    ),
    _u("「お疲れ様です」と「ご苦労様です」、目上の人に使っていいのはどっちですか?"),
    _u(
        "お客様から「届いた商品が注文と違う」と問い合わせが来ました。謝罪と交換の案内メールを書いてください。"
    ),
    _u("不動産会社のチラシ用に、駅徒歩7分・築10年・2LDKのマンションの紹介文を書いて。"),
    _u("MacBookの画面を外部モニターに映すと、文字がぼやけて見えます。設定で直せますか?"),
    _u("Googleスプレッドシートで、家族の誕生日リストを作って、今月誕生日の人に色をつける方法は?"),
    _u("一眼レフで夜の街を撮ると手ブレします。三脚なしでどうにかする方法ありますか?"),
    _u("なぜ空気より重い飛行機が飛べるの?揚力って何?"),
    _u("「ふるさと納税」の仕組みを簡単に教えて。実質2,000円ってどういう意味?"),
    _u("風邪をひいたとき、お風呂に入ってもいいんですか?昔は駄目って言われた気がする。"),
    _u("猫が夜中に走り回って眠れません。何か対策ありますか?"),
    _u("野球の「インフィールドフライ」ってどういうルールですか?"),
    _u("プログラミングの「オブジェクト指向」って、一言で言うと何?文系にも分かるように。"),
    _u("ねえ、なんか面白い雑学ひとつ教えて"),
    _u(
        "このお知らせを英語と中国語に訳してください:「当店は全席禁煙です。ご理解とご協力をお願いいたします。」"
    ),
    _u(
        "ホームページの「代表挨拶」を書き直してほしい。小さな工務店で、地域密着、創業40年。今のは堅すぎる。"
    ),
    _u("インスタのプロフィール文を考えて。趣味でパン作りの写真を上げてる主婦です。"),
    _u("年収500万円の会社員、iDeCoとNISAどっちを優先すべき?あくまで一般論で。"),
    _u("法隆寺が世界最古の木造建築と言われる理由は?"),
    _u("プラモデルのジオラマで、水面をリアルに表現するにはどんな材料を使いますか?"),
    _u("育休って男性も取れるんですよね?期間とか給付金の仕組みをざっくり。"),
    _u("ポメラニアンの毛がすごく抜けます。換毛期のお手入れ方法は?"),
    _u("スマホのデータ移行で、LINEのトーク履歴を引き継ぐにはどうすればいい?"),
    _u("短歌を作ってみたいです。桜と卒業をテーマに一首お願いします。"),
    _u(
        "上司に送るお礼メール、これでいいか見てもらえますか。「昨日はお忙しい中、ご相談に乗っていただきありがとうございました。頂いたアドバイスを参考に、資料を修正いたします。」"
    ),
    _m(
        "Reactのフォームでバリデーションエラーを表示したいです。",
        "react-hook-formを使うと簡単です。`register`にルールを渡し、`formState.errors`で表示できます。",
        "ありがとう、できました。全然関係ないけど、今夜の夕飯、豚こまと玉ねぎで何か作れる?",
    ),
    _m(
        "取引先へのお中元のお礼状を書いてください。",
        "拝啓 盛夏の候、貴社ますますご清栄のこととお慶び申し上げます。このたびは結構なお品をお送りいただき…",
        "もう少しカジュアルに。相手とは長い付き合いなので",
    ),
    _m(
        "虹ってなんで7色なの?",
        "太陽の光が雨粒の中で屈折・反射し、波長ごとに分かれるためです。実際は連続的な色で、7色は文化的な区切りです。",
        "じゃあ国によって虹の色の数が違うってこと?",
    ),
    _m(
        "ECサイトの在庫管理をマイクロサービスに分けるべきか悩んでいます。",
        "注文と在庫の整合性をどう取るかが鍵です。Sagaパターンで補償処理を入れる方法が一般的です…",
        "なるほど、チームで検討します。ところで、来週の有給で箱根に行くんですが、おすすめの日帰り温泉ありますか?",
    ),
    _m(
        "「よろしくお願いします」を英語で何て言う?",
        '場面によりますが、メールの締めなら "Thank you in advance." や "I look forward to working with you." などが自然です。',
        "初対面の挨拶のときは?",
    ),
    _m(
        "ポートレート撮影のレンズ、50mmと85mmで迷ってます。",
        "50mmは汎用性が高く室内でも使いやすい、85mmは背景ボケが大きく顔の歪みが少ないのが特徴です。",
        "じゃあ狭いワンルームで撮るなら?",
    ),
    _m(
        "消費税10%で、税込み3,300円の商品の本体価格は?",
        "3,300 ÷ 1.1 = 3,000円です。",
        "軽減税率8%の場合だと?",
    ),
    _m(
        "Three.jsで影がカクカクするのを直したい",
        "shadow.mapSizeを2048以上にし、shadow.camera の範囲を被写体に合わせて狭めてください。",
        "了解、あとで試します。ちなみに、ボルダリングって初心者でも週1で上達する?",
    ),
    _m(
        "送別会のメッセージカードに一言書きたい",
        "「これまで本当にありがとうございました。新しい場所でのご活躍を心から応援しています。」などはいかがでしょう。",
        "もっとくだけた感じで、同期向けに",
    ),
    _m(
        "江戸時代の鎖国って完全に国を閉じてたの?",
        "完全ではなく、長崎の出島でオランダ・中国と、対馬で朝鮮、薩摩で琉球、松前でアイヌと交易していました。",
        "じゃあ「鎖国」って言葉はいつから使われたの?",
    ),
    _m(
        "最近、夜中に何度も目が覚めます。",
        "寝る前のスマホやカフェイン、寝室の温度などが影響することがあります。続くようなら医療機関への相談もおすすめです。",
        "寝る前に何時間前からスマホやめればいいの?",
    ),
    _m(
        "このAPIのユニットテスト、Jestでモック化するには?",
        "`jest.mock('./api')`でモジュールをモックし、`mockResolvedValue`で戻り値を設定します。",
        "通った!ありがとう。話変わるけど、娘の自由研究、小4でできる面白いテーマない?",
    ),
    _m(
        "再帰関数って何?",
        "関数が自分自身を呼び出す仕組みです。階乗の計算などでよく使われます。",
        "マトリョーシカみたいなもの?",
    ),
    _m(
        "庭に家庭菜園を作りたいです。",
        "日当たりの良い場所を選び、まずはミニトマトやバジルなど育てやすいものから始めると良いですよ。",
        "プランターでもいける?",
    ),
    _m(
        "小説の冒頭を書いてみました。「雨の音で目が覚めた。隣にいるはずの兄の布団は、きれいに畳まれていた。」",
        "静かで引き込まれる始まりですね。兄の不在が謎として効いています。",
        "この続きを3段落くらい書いてみて",
    ),
    _m(
        "Wi-Fiのパスワードを変えたら、プリンターがつながらなくなった",
        "プリンター側でも新しいパスワードを再設定する必要があります。本体の無線LAN設定からセットアップしてください。",
        "本体に画面がないタイプなんだけど…",
    ),
    _m(
        "ドル・コスト平均法って何?",
        "一定額を定期的に買い続ける方法で、価格が高いときは少なく、安いときは多く買えるため平均取得単価を抑えやすくなります。",
        "一括で買うのと比べてどっちが得なの?",
    ),
    _m(
        "ベランダでミニトマト育ててます",
        "いいですね!わき芽かきと水やりの加減がポイントです。",
        "実が割れちゃうのはなんで?",
    ),
    _m(
        "電子レンジで温めると、なぜ真ん中だけ冷たいの?",
        "マイクロ波の当たり方にムラがあるためです。途中でかき混ぜたり、ドーナツ状に並べると均一に温まります。",
        "じゃあターンテーブルのない機種は?",
    ),
    _m(
        "データベースのインデックスを張るべきカラムはどう選ぶ?",
        "WHERE句やJOINでよく使われ、値のばらつきが大きいカラムが候補です。",
        "OK。あと息抜きに聞くけど、将棋の「穴熊」ってなんであんなに強いの?",
    ),
    _m(
        "英検準1級の面接対策を手伝ってほしい",
        "いいですよ。まずは4コマ漫画のナレーション練習から始めましょうか?",
        "うん、あと質問への答え方のコツも",
    ),
    _s(
        "あなたはIDEに組み込まれたコーディングアシスタントです。開いているプロジェクトのコードについて答えてください。",
        "コードじゃないんだけど、明日の朝会で話す3分スピーチのネタを一緒に考えてほしい",
    ),
    _s(
        "あなたは家電量販店のサポートチャットボットです。",
        "4Kテレビと8Kテレビ、6畳の部屋ならどっちがいいですか?",
    ),
    _s(
        "あなたは文章校正アシスタントです。誤字脱字と不自然な表現を指摘してください。",
        "校正お願いします:「弊社は来月より新サービスを開始致します。詳細につきましては、追って御連絡させて頂きます。」",
    ),
    _s(
        "あなたは中学生向けの理科の家庭教師です。答えを直接言わず、ヒントを出してください。",
        "なんで月は形が変わって見えるの?",
    ),
    _s(
        "You are an autonomous coding agent. Complete the user's task in the repository.",
        "タスクの前に1つ質問。「技術的負債」と「レガシーコード」って同じ意味?",
    ),
    _s(
        "あなたは市立図書館の案内AIです。",
        "夏休みに小学3年生が読める、冒険ものの本をいくつか教えてください。",
    ),
    _s(
        "あなたはインターネットプロバイダーのサポートAIです。",
        "メッシュWi-Fiに変えようか迷っています。2階建ての一軒家ですが、中継器とどっちがいいですか?",
    ),
    _s(
        "あなたは広告代理店のコピーライティング支援AIです。",
        "地方の温泉旅館の冬キャンペーン用のキャッチコピーを5つ。雪見風呂がウリです。",
    ),
    _s(
        "あなたは親切なアシスタントです。",
        "マイナンバーカードの電子証明書の有効期限って、カード自体と違うんですか?一般的な話で。",
    ),
    _s(
        "あなたはVS Codeのコーディングアシスタントです。",
        "休憩中の雑談です。プログラマーが猫好きなのってなんでだと思う?",
    ),
    _s(
        "あなたは人事部の求人票作成アシスタントです。",
        "物流倉庫の軽作業スタッフ募集の求人文を作ってください。未経験歓迎、週3日から、時給1,200円。",
    ),
    _s(
        "あなたはプロの日英翻訳者です。",
        "訳してください:「台風接近に伴い、明日の説明会はオンライン開催に変更いたします。」",
    ),
    _s(
        "あなたは家具通販サイトのカスタマーサポートです。",
        "北欧風のダイニングテーブルに合う照明の選び方を教えてください。",
    ),
    _s(
        "あなたはターミナルで動く開発者向けAIです。",
        "関係ないけど、親がガラケーからスマホに替えます。最初に設定しておくべきことって何?",
    ),
    _s(
        "あなたは日本史に詳しい先生です。高校生向けに説明してください。",
        "応仁の乱ってなんであんなに長引いたんですか?",
    ),
    _s("あなたは料理アシスタントです。", "土鍋でご飯を炊く方法を教えて。2合で。"),
    _s(
        "あなたはスピーチ原稿作成のアシスタントです。",
        "友人の結婚式で友人代表スピーチ。大学の軽音サークルで出会った二人です。3分で。",
    ),
    _s(
        "あなたはカメラメーカーのサポートAIです。",
        "星空を撮りたいです。ピントが合わないときはどうすればいいですか?",
    ),
    _s(
        "あなたは社内ヘルプデスクのAIです。",
        "会議の議事録のテンプレートってありますか?形式だけでいいです。",
    ),
    _s(
        "あなたはプログラミング学習サービスのメンターAIです。",
        "エンジニアとしての年収の上げ方って、転職以外にありますか?",
    ),
    _s(
        "あなたは旅行会社のチャットアシスタントです。",
        "台湾に3泊4日で行きます。九份と台南、両方回るのは無理がありますか?",
    ),
    _s(
        "あなたは健康情報を提供するアシスタントです。診断はしません。",
        "花粉症の薬って、眠くならないタイプとなるタイプの違いは何ですか?",
    ),
    _s(
        "あなたは税理士事務所のFAQボットです。一般的な情報のみ提供します。",
        "医療費控除って、いくら以上から使えるんでしたっけ?",
    ),
    _s(
        "あなたはSREチーム向けのアシスタントです。",
        "ちょっと脱線。オンコール明けの寝不足、どうやって回復してる?コツある?",
    ),
    _s(
        "あなたはインテリアコーディネートのアドバイザーです。",
        "白い壁とフローリングの部屋。アクセントカラーにくすみブルーを入れたいんですが、どこに使うのがいい?",
    ),
    _m(
        "ねえ、さっき教えてくれた家計簿のシート",
        "はい、月別シートと年間集計シートの構成でしたね。",
        "グラフで毎月の食費の推移を見たいんだけど、どうやるの?",
    ),
    _u(
        "子ども部屋の照明、勉強机には何ケルビンくらいの色がいいんですか?昼白色と電球色で迷ってます。"
    ),
    _u(
        "新商品の説明会の案内状を作ってください。取引先向け、10月15日14時、本社3階会議室、オンライン参加も可。"
    ),
    _u("雨の日の室内でできる、小学生が盛り上がる遊びを10個ください"),
    _u("相対性理論の「時間の遅れ」って、GPSに本当に関係あるの?"),
    _u("ピアノを独学で始めた40代です。バイエルとブルグミュラー、どっちから?"),
    _m(
        "Dockerのコンテナが起動してすぐ落ちる",
        "`docker logs <コンテナ名>`でエラーを確認してみてください。",
        "直った、環境変数の設定漏れだった。ところで、明日の取引先訪問に手土産持っていくなら何がいいかな。相手は10人くらいの部署",
    ),
    _s(
        "あなたは英会話レッスンのパートナーAIです。",
        "「お先に失礼します」って英語でどう言うのが自然?職場で。",
    ),
]

_ZH: list[Item] = [
    _u("帮我写一封邮件给客户,说明我们下个月起运费上调,从每单8元调到12元,语气要诚恳一点。"),
    _u("我要应聘一家外贸公司的跟单员,帮我写一封求职信,我有三年工厂采购经验,英语六级。"),
    _u("给淘宝店的一款手工陶瓷茶杯写个商品详情文案,景德镇产,容量150ml,釉色是天青色。"),
    _u(
        "写一个部门周会通知:周三下午3点,12楼小会议室,议题是年中总结和下半年计划,请大家提前准备材料。"
    ),
    _u("公司年会上我要代表新员工发言,两分钟左右,帮我写个稿子,别太煽情。"),
    _u("我在网上买的空调安装师傅迟到了两天还态度很差,想写个投诉给平台客服,怎么写比较有用?"),
    _u('把这段话翻译成英文:"本次活动最终解释权归主办方所有,如有疑问请联系现场工作人员。"'),
    _u("帮我写一条朋友圈,宣传我们小区门口新开的奶茶店,第二杯半价,要接地气一点"),
    _u(
        '帮我润色一下这段公众号开头:"随着天气变冷,越来越多的人开始关注养生,今天我们就来聊聊冬天应该怎么吃。"'
    ),
    _u("家里的WiFi信号很差,卧室基本连不上,路由器放在客厅电视柜里。有什么办法吗?"),
    _u("路由器后台地址192.168.1.1打不开,想改WiFi密码,怎么办?是TP-Link的。"),
    _u("华为手机怎么设置才能让微信消息及时推送?锁屏后总是收不到。"),
    _u("打印机连上了但是打印出来是空白页,墨盒刚换的,兄弟牌的。"),
    _u("想用Excel做一个记账表,每个月收入支出分开,最后自动算出结余,能教我怎么弄吗?就我自己用。"),
    _u("小米电视投屏总是卡顿,手机和电视在同一个WiFi下,怎么回事?"),
    _u("用醒图修人像的时候,肤色怎么调才自然,不要那种假白?"),
    _u("画素描的时候,明暗交界线总是画得很脏,怎么处理?我画的是石膏几何体。"),
    _u("苏州园林里的漏窗和借景是什么意思?下周去拙政园,想看懂一点。"),
    _u("3D打印PETG的时候拉丝特别严重,喷头温度235度,该怎么调?"),
    _u("做军事模型,坦克的旧化和泥土效果怎么做比较真实?"),
    _u("客厅朝北光线暗,想装修成奶油风,墙面和地板配什么颜色好?"),
    _u("用FL Studio编曲,鼓组听起来没冲击力,是不是要加压缩?怎么加?"),
    _u("高一数学,函数的单调性怎么证明?举个例子讲讲。"),
    _u("为什么说安史之乱是唐朝由盛转衰的转折点?"),
    _u("降准和降息有什么区别?对普通人房贷有什么影响?"),
    _u("个人所得税的专项附加扣除都有哪些?租房和赡养老人怎么填?一般情况下。"),
    _u("劳动合同到期公司不续签,一般情况下有没有经济补偿?"),
    _u("体检报告说尿酸偏高,470,需要吃药吗还是先控制饮食?"),
    _u("孩子上小学二年级,写作业特别拖拉,每天磨到十点,怎么办?"),
    _u("家里的布偶猫最近老是掉毛还打喷嚏,是换季的原因吗?"),
    _u("红烧肉怎么做才不腻?我每次做都油乎乎的。"),
    _u("国庆去云南七天,昆明大理丽江怎么安排路线比较合理?"),
    _u("羽毛球正手高远球打不远,是发力不对吗?"),
    _u("固态硬盘和机械硬盘有什么区别?老电脑换个固态能快多少?"),
    _u("我是学会计的,想转行做数据分析,需要学哪些东西?Python和SQL都要吗?"),
    _u("什么是算力?新闻里天天说算力,是什么意思?"),
    _u("今天加班到十点,好累啊,随便陪我聊两句"),
    _u("世界上最长的河是尼罗河还是亚马逊河?好像一直有争议?"),
    _u("推荐几本适合初中生看的科幻小说,除了三体。"),
    _u(
        '这段话太啰嗦了,帮我精简一下:"经过我们团队全体成员的共同努力和不懈奋斗,本项目最终得以在规定时间内顺利完成并交付使用。"'
    ),
    _u("帮我写一个物业通知:本周六上午8点到12点小区停水,请业主提前储水。"),
    _u('"期待与您的进一步合作"用英文怎么说比较地道?'),
    _u("客户收到的货外包装破损,要求退款。帮我写一个回复,表示道歉,可以补发或退款二选一。"),
    _u("帮我给一家社区瑜伽馆写一段品牌介绍,放在小红书主页上。"),
    _u("苹果手机怎么设置照片只存iCloud,不占手机空间?"),
    _u("笔记本电脑插着电源用会伤电池吗?"),
    _u("家里装了两个路由器,怎么设置成一个WiFi名字,走到哪自动切换?"),
    _u("拍烟花用什么参数?我用的是索尼微单。"),
    _u("故宫太和殿的屋顶为什么是重檐庑殿顶?等级最高是什么意思?"),
    _u("为什么冬天摸铁比摸木头更冷?它们温度不是一样的吗?"),
    _u("什么是边际效用递减?举个生活中的例子。"),
    _u("夫妻婚前一方买的房子,婚后一起还贷,一般情况下离婚怎么分?"),
    _u("晚上老是腿抽筋,是缺钙吗?"),
    _u("金毛一天喂多少狗粮合适?它现在两岁,30公斤。"),
    _u("乒乓球发球有哪些规定?为什么有时候要重发?"),
    _u("给我讲个关于数学老师的冷笑话"),
    _u('为什么说芯片制程的"3纳米"其实不是真的3纳米?'),
    _u('把这段产品介绍翻译成日语:"本款保温杯采用316不锈钢内胆,保温12小时,适合办公和户外使用。"'),
    _u("写一个店铺公告:因春节放假,1月25日至2月5日暂停发货,期间下单的订单2月6日起陆续发出。"),
    _u("写一段领英个人简介,我是做了八年供应链管理的,想往咨询方向发展。"),
    _u("月薪一万五,每月存多少比较合理?有没有简单的预算方法?"),
    _u("WPS表格里怎么让每一行隔行变色?做了个家庭成员生日表。"),
    _u("等额本息和等额本金哪个更划算?贷款100万30年大概差多少?"),
    _u("福建土楼为什么建成圆形的?"),
    _u("拼乐高大型建筑系列有什么技巧?买了个大的怕拼错。"),
    _u('民法典里说的"居住权"是什么意思?'),
    _u("宝宝六个月了,辅食先加米粉还是蔬菜泥?"),
    _u("手机充电到80%就拔掉真的能延长电池寿命吗?"),
    _u("产品经理和项目经理有什么区别?我应该往哪个方向发展?"),
    _u("写首七言绝句,主题是江南春雨"),
    _u('把这句改得正式一点:"那个啥,明天的会改到下午了啊,大家记得看下群消息。"'),
    _m(
        "帮我写个Python脚本,批量重命名文件夹里的图片",
        "可以用os模块遍历文件并用os.rename重命名,比如按日期加序号。",
        "好了,跑通了。顺便问一下,周末去杭州玩两天,西湖附近住哪里方便?",
    ),
    _m(
        "帮我写一封邀请函,邀请合作伙伴参加我们11月的新品发布会。",
        "尊敬的合作伙伴:您好!我司将于11月18日在上海举办2025秋冬新品发布会,诚挚邀请您莅临……",
        "太正式了,改得亲切一点,对方都是老朋友",
    ),
    _m(
        "为什么会有四季?",
        "因为地球自转轴是倾斜的,公转时太阳直射点在南北回归线之间移动,导致各地接收的阳光强度不同。",
        "那赤道上是不是就没有四季?",
    ),
    _m(
        "我们的订单系统想拆成几个服务,怎么划分比较好?",
        "可以按业务域划分:订单、库存、支付、通知,各自拥有数据,通过事件通信……",
        "好的我再想想。换个话题,最近总是失眠,有什么助眠的小方法吗?",
    ),
    _m(
        '"辛苦了"翻译成英文怎么说?',
        '看场合,工作中可以说 "Thanks for your hard work." 或 "Great job today."',
        "那对快递员说呢?",
    ),
    _m(
        "刚买了一台富士相机,想拍街头。",
        "富士的胶片模拟很适合街拍,可以先试试经典负片模式,光圈f/8配合区域对焦。",
        "区域对焦具体怎么设?",
    ),
    _m(
        "一件衣服原价299,打八折再满200减30,最后多少钱?",
        "299×0.8=239.2,满200减30后是209.2元。",
        "那要是先减30再打八折呢?",
    ),
    _m(
        "three.js里模型加载出来是黑的,没有颜色",
        "很可能是没有灯光,加一个AmbientLight和DirectionalLight试试。",
        "搞定了。另外问个不相干的,最近想学游泳,成年人学蛙泳要多久?",
    ),
    _m(
        "帮我写个生日祝福,给我妈的",
        "妈妈,生日快乐!谢谢您这么多年的付出,愿您健康平安,每天都开开心心。",
        "再加一句幽默的",
    ),
    _m(
        "秦始皇统一六国用了多少年?",
        "从公元前230年灭韩到前221年灭齐,大约用了十年。",
        "为什么秦国能赢?",
    ),
    _m(
        "这两天嗓子疼,咽口水都疼",
        "可能是咽炎或上呼吸道感染。多喝水、少说话,如果发烧或持续超过一周建议就医。",
        "可以吃润喉糖吗?",
    ),
    _m(
        "这个SQL查询慢,怎么加索引?",
        "看执行计划,在WHERE和JOIN用到的列上建联合索引,注意最左前缀。",
        "嗯,好了。对了你知道怎么挑西瓜吗?老婆让我下班买一个",
    ),
    _m(
        "什么是哈希?",
        "哈希就是把任意长度的数据通过一个函数变成固定长度的一串值,相同输入总得到相同输出。",
        "那网盘秒传是不是就是靠这个?",
    ),
    _m(
        "阳台想种点花",
        "南向阳台可以种月季、三角梅;北向的话绿萝、吊兰更合适。",
        "我家是西晒的,夏天特别热",
    ),
    _m(
        "我在写一篇小说,女主是个修钟表的。",
        "很有意思的设定!钟表可以象征时间和记忆。你想从哪里开始?",
        "帮我写开头的一段,要有老城区的氛围",
    ),
    _m(
        "换了宽带后电视盒子连不上网了",
        "可能是WiFi名称和密码变了,需要在盒子的网络设置里重新连接。",
        "遥控器找不到网络设置在哪",
    ),
    _m(
        "基金定投和一次性买入哪个好?",
        "长期来看差异不一定大;定投能平滑成本、减轻择时压力,一次性买入在上涨市更占优。",
        "那现在适合开始定投吗?",
    ),
    _m(
        "腌的萝卜干发霉了", "表面有霉点的话建议整批丢掉,霉菌可能已经渗透。", "下次怎么腌才不会发霉?"
    ),
    _m(
        "单元测试用mock怎么模拟数据库?",
        "用unittest.mock.patch替换数据库调用,返回预设数据即可。",
        "可以了。你说程序员三十五岁真的会被裁吗?想听听你的看法",
    ),
    _m(
        "明天面试一个新媒体运营岗位",
        "加油!可以准备一两个你做过的爆款内容案例,说明思路和数据。",
        "如果问我期望薪资怎么回答比较好?",
    ),
    _m(
        "你上次给我做的旅游预算表",
        "记得,有交通、住宿、餐饮、门票和备用金几列。",
        "想加一列换算成日元的,怎么写?",
    ),
    _s(
        "你是集成在IDE里的编程助手,帮助用户处理当前项目的代码。",
        "跟代码没关系,我想请一天假,帮我写个请假条给领导",
    ),
    _s("你是某家电品牌的在线客服助手。", "扫地机器人和洗地机有什么区别?家里有地毯适合哪个?"),
    _s(
        "你是一个中文写作助手,擅长修改病句和优化表达。",
        '修改一下:"通过这次培训,使我认识到了团队合作的重要性。"',
    ),
    _s("你是初中物理辅导老师,引导学生思考,不直接给答案。", "为什么筷子放进水里看起来是弯的?"),
    _s(
        "You are a coding agent with access to the repository and a shell.",
        "先不干活,问个问题:开源许可证MIT和GPL有什么区别?",
    ),
    _s("你是图书馆的智能导览员。", "有没有适合退休老人看的历史类读物?字要大一点的。"),
    _s("你是宽带运营商的智能客服。", "光猫上的LOS灯一直闪红灯是什么意思?"),
    _s("你是一个广告文案助手。", "给一家社区生鲜店写五条门头标语,主打新鲜和便宜。"),
    _s("你是一个有用的助手。", "身份证号码最后一位为什么会有X?是怎么算出来的?不用算具体的。"),
    _s("你是VS Code里的AI助手。", "休息一下,你觉得程序员戴什么耳机好?预算一千以内"),
    _s("你是HR招聘文案助手。", "写一则商场导购员的招聘启事,要求形象好,有销售经验优先,底薪加提成。"),
    _s("你是专业的中英翻译。", '翻译:"请各位旅客携带好随身物品,按顺序下车。"'),
    _s("你是家居电商平台的购物助手。", "小户型客厅买什么样的沙发显得不挤?"),
    _s("你是运行在终端里的开发者AI。", "题外话,我爸想学用智能手机打车,有什么简单的教法?"),
    _s("你是一位历史老师,用高中生能听懂的话讲解。", "鸦片战争为什么英国能打赢?"),
    _s("你是一个做菜助手。", "家里有西红柿、鸡蛋和面条,晚饭怎么做最快?"),
    _s("你是演讲稿写作助手。", "帮我写一份小学毕业典礼上的家长代表发言,三分钟。"),
    _s("你是相机品牌的售后智能助理。", "拍室内人像的时候照片总是发黄,白平衡怎么设置?"),
    _s("你是公司行政助手。", "帮我列一个年会筹备的时间表,从提前两个月开始。"),
    _s("你是编程学习平台的导师。", "女生做程序员会不会很辛苦?想听真实的看法"),
    _s("你是旅行社的客服机器人。", "去泰国要办签证吗?现在是不是免签了?"),
    _s("你是健康科普助手,只提供一般信息。", "每天喝多少水才合适?八杯水的说法科学吗?"),
    _s("你是税务咨询的常见问题机器人,只回答一般性问题。", "个体工商户和小规模纳税人是一回事吗?"),
    _s(
        "你是数据平台团队的助手,负责数仓和ETL问题。",
        "插个话,团建去哪比较好玩?二十个人,北京周边一天",
    ),
    _s("你是室内设计顾问。", "卫生间只有三平米,干湿分离怎么做?"),
    _u("徽派建筑的马头墙有什么实际作用?只是好看吗?"),
    _m(
        "用油画棒画夕阳,总是画得很脏",
        "可以先铺浅色打底,由浅到深叠色,最后用白色或纸巾轻轻推开过渡。",
        "那水面上的倒影怎么画?",
    ),
    _s("你是一个帮助用户使用办公软件的助手。", "PPT里怎么把一张照片的背景去掉?做个活动海报用。"),
]

_EN: list[Item] = [
    _u(
        "Can you write a polite follow-up email to a venue that hasn't confirmed our booking for the charity quiz night on 14 June? We sent the deposit two weeks ago."
    ),
    _u(
        "Draft a cover letter for a library assistant role. I've volunteered at my local library for a year and worked retail before that. Keep it under 300 words."
    ),
    _u(
        "write a product description for a hand-poured soy candle, scent is fig and cedar, 40 hour burn, for an etsy listing. warm but not cheesy"
    ),
    _u(
        "Please write a meeting invite for a quarterly town hall, Thursday 3pm, main atrium plus a livestream link to follow. Agenda: welcome, wins of the quarter, Q&A."
    ),
    _u(
        "I'm giving the toast at my parents' 40th anniversary dinner. They met at a bus stop in Leeds in the rain. About 2 minutes, funny but warm please"
    ),
    _u(
        "Help me write a complaint to my broadband provider. I've had three outages this month and each time support told me to restart the router. I want a bill credit."
    ),
    _u(
        "Translate into Spanish for our restaurant menu: 'All dishes are prepared fresh to order. Please let your server know about any allergies.'"
    ),
    _u(
        "Give me 4 LinkedIn post ideas to announce that our small accounting firm is moving to a new office in Bristol. Not cringe pls"
    ),
    _u(
        "Proofread this and keep my voice: 'Hi all, just a reminder that the office kitchen will be deep cleaned on friday so please take you're stuff out of the fridge by thursday evening, anything left will be binned. thanks!'"
    ),
    _u(
        "My wifi drops every evening around 8pm and comes back an hour later. Router is a Netgear Nighthawk, about 5 years old. Could it be interference from neighbours?"
    ),
    _u("How do I set up a guest network on my home router so visitors don't get my main password?"),
    _u(
        "My Pixel keeps switching to mobile data even when I'm on home wifi. Is there a setting for that?"
    ),
    _u(
        "Epson printer keeps saying 'paper jam' but there's no paper stuck anywhere. I've opened every flap. Help"
    ),
    _u(
        "I want a personal spreadsheet to track my running: date, distance, time, and have it calculate my pace per km automatically. Google Sheets. How do I do the pace formula?"
    ),
    _u("How do I stop my LG smart TV from showing ads on the home screen?"),
    _u(
        "In Snapseed, what's the actual difference between 'Structure' and 'Sharpening'? My photos end up crunchy."
    ),
    _u(
        "I'm painting a portrait in acrylics and the shadows on the face look muddy. Should I mix shadows with complementary colours instead of black?"
    ),
    _u(
        "My 3D prints have layer shifting about halfway up. Bambu Lab P1S, PLA. Belts? Speed? What should I check first?"
    ),
    _u(
        "Building a 1:35 scale diorama of a WW2 street scene. How do people make realistic rubble and broken brick?"
    ),
    _u(
        "We have an open-plan kitchen-living room and it feels like a cave in winter. Any interior design ideas for lighting layers on a budget?"
    ),
    _u(
        "When I bounce my track in Logic Pro the low end is huge on headphones but disappears on my phone speaker. What am I doing wrong in the mix?"
    ),
    _u(
        "Can you explain why the integral of 1/x is ln|x| and not just ln x? My calc teacher rushed it"
    ),
    _u("Why did the Hanseatic League decline?"),
    _u("What does it actually mean when a central bank 'prints money'? Is it literally printing?"),
    _u(
        "I'm a freelance illustrator in the UK earning around £28k. Roughly how much should I set aside for tax and national insurance? Just a rule of thumb."
    ),
    _u("In general, can my landlord enter the flat without notice if I'm renting in England?"),
    _u(
        "What's the difference between a cold and the flu, symptom-wise? Trying to decide whether to go into work"
    ),
    _u(
        "my 13yo wants a phone and all her friends have one. what are sensible ground rules other parents use?"
    ),
    _u(
        "Our rescue greyhound won't walk on the wooden floors, just freezes in the hallway. Any tips?"
    ),
    _u(
        "Easy vegetarian dinner for 8 people that can be made the day before? One guest is gluten free."
    ),
    _u(
        "Planning 10 days in Portugal in October, Lisbon + Porto + somewhere on the coast. By train. Rough itinerary?"
    ),
    _u(
        "I play 5-a-side on Tuesdays and my knees are killing me the day after. Stretching before or after?"
    ),
    _u(
        "What is a CDN, in plain English? My brother works 'in CDN' and I nodded like I understood."
    ),
    _u(
        "I'm 41, a secondary school maths teacher, thinking about moving into data science. Is that realistic or am I kidding myself?"
    ),
    _u(
        "lol my cat just knocked a full mug of tea onto my keyboard and looked me dead in the eye. tell me cats aren't plotting something"
    ),
    _u(
        "Summarise the plot of Middlemarch in a paragraph, I have book club tomorrow and I'm only on chapter 20"
    ),
    _u(
        "Rewrite this for our dental practice website so it sounds friendlier: 'Patients who fail to attend appointments without 24 hours notice will be charged a fee.'"
    ),
    _u(
        "Write a notice for the residents' newsletter: the communal garden will have new raised beds installed next month and we're looking for volunteers to help plant on Saturday 12th."
    ),
    _u("What's a natural way to say 'per my last email' that doesn't sound passive aggressive?"),
    _u(
        "A customer left a 2-star review saying our café's oat latte was cold and the staff ignored her. Write a public reply that apologises without grovelling."
    ),
    _u(
        "Make our 'About us' page less corporate. We're a family-run bike repair shop in Utrecht, been going since 1987, fix anything with two wheels."
    ),
    _u("How do I turn on screen time limits on my son's Nintendo Switch?"),
    _u(
        "My Chromebook says it's reached 'auto update expiration'. Can I keep using it safely for school stuff?"
    ),
    _u("Powerline adapters vs mesh wifi for a long narrow house with thick stone walls?"),
    _u(
        "What shutter speed do I need to freeze a hummingbird's wings? I've got a Nikon Z6 and a 100-400."
    ),
    _u(
        "How does a hammerbeam roof work? Saw one at Westminster Hall and it looked like it shouldn't stay up."
    ),
    _u("Why does ice float? Most things get denser when they freeze, right?"),
    _u("Explain opportunity cost with an example that isn't about pizza"),
    _u("Broadly, how does inheritance tax work in the UK if a house is left to children?"),
    _u(
        "Is it safe to take ibuprofen and paracetamol together? General guidance, I'm an adult with no conditions."
    ),
    _u("Best low-maintenance pet for a studio flat and someone who travels for work a lot?"),
    _u("How do I get my sourdough to have bigger holes? Mine comes out dense every time."),
    _u("Explain the offside rule in rugby union. I'm American and totally lost."),
    _u("tell me a terrible dad joke about the cloud"),
    _u(
        "Translate into German for a trade fair banner: 'Sustainable packaging solutions since 1998'"
    ),
    _u(
        "Write a short announcement for our gym's members: the pool will close for maintenance from 2 to 9 September, saunas stay open."
    ),
    _u(
        "Rewrite my LinkedIn headline. Currently: 'Experienced professional seeking new opportunities'. I'm a procurement lead in pharma, 10 years."
    ),
    _u(
        "How do I build a simple household budget if my income is irregular? I'm a wedding photographer, busy in summer, dead in winter."
    ),
    _u(
        "In my personal Google Sheet of books I've read, how do I count how many books per year? Column A has dates."
    ),
    _u(
        "How does compound interest on a credit card differ from a savings account? Why does debt grow so fast?"
    ),
    _u(
        "What makes Art Deco architecture recognisable? Going on a walking tour in Miami Beach next week."
    ),
    _u(
        "How do I paint realistic glass reflections in oil? Still life with a wine bottle, window light from the left."
    ),
    _u("How much sleep does a 2 year old actually need? Ours refuses naps now."),
    _u("Why do phone batteries degrade over time? Should I stop charging overnight?"),
    _u("What does a solutions engineer do day to day? Recruiter reached out and I'm curious"),
    _u("write me a limerick about a cat who hates Mondays"),
    _u(
        "Make this sound more professional: 'hey guys the client call got pushed to 4, can someone let Jamie know cuz I can't find his number'"
    ),
    _u(
        "Here's my speech for our team's year-end dinner. Can you tighten it up? It's about 600 words and runs long.\n\n'Good evening everyone. When I joined this team three years ago, I had no idea what a \"pallet reconciliation\" was, and honestly I'm still not sure Dave does either. This year we moved warehouses, survived the great forklift shortage of March, and still shipped more orders than any year before. I want to thank...'"
    ),
    _m(
        "Draft an email inviting local businesses to sponsor our school's summer fair.",
        "Subject: Support Greenfield Primary's Summer Fair! Dear Business Owner, we're reaching out to invite you to become a sponsor...",
        "shorter, and mention that sponsors get their logo on the programme",
    ),
    _m(
        "Why is the sky blue?",
        "Sunlight scatters off air molecules, and shorter blue wavelengths scatter much more than red ones (Rayleigh scattering), so blue light reaches your eyes from all directions.",
        "so why are sunsets red then?",
    ),
    _m(
        "We're splitting our monolith into services. Should auth be its own service?",
        "Usually yes. Auth is a cross-cutting concern with distinct security and availability needs...",
        "OK makes sense, we'll discuss Monday. Random question, how long should I boil an egg for a jammy yolk?",
    ),
    _m(
        "How do you say 'cheers' in Japanese?",
        "At a toast you'd say 'kanpai' (乾杯).",
        "and to say thanks casually?",
    ),
    _m(
        "I just got my first film camera, a Pentax K1000.",
        "Great choice, it's fully mechanical and very forgiving. The light meter needs a battery but the shutter works without one.",
        "what film should I start with? shooting mostly outdoors in the UK lol so grey",
    ),
    _m(
        "What's 15% of £240?",
        "£36.",
        "and if that's the tip, what's the total per person split 4 ways?",
    ),
    _m(
        "My three.js scene has z-fighting on the floor.",
        "Increase the camera near plane or offset the overlapping meshes slightly; also consider logarithmicDepthBuffer.",
        "Cool, fixed. Off topic but do you know if the Northern Lights are visible from Scotland this month?",
    ),
    _m(
        "Write a thank-you note for my neighbour who fed our cat while we were away.",
        "Dear Margaret, thank you so much for looking after Pickle while we were away...",
        "can you make it a bit funnier, she has a great sense of humour",
    ),
    _m(
        "Who built Hadrian's Wall?",
        "Roman legionaries, under Emperor Hadrian, starting around AD 122.",
        "how long did it take?",
    ),
    _m(
        "I've had a tension headache for three days now.",
        "Common causes include stress, posture, dehydration and screen time. Rest, water and over-the-counter pain relief can help; see a doctor if it's severe, sudden or comes with other symptoms.",
        "does screen brightness actually make a difference?",
    ),
    _m(
        "Why does my Jest test fail only in CI?",
        "Often it's timezone or locale differences, or tests relying on execution order. Try setting TZ=UTC locally.",
        "yep it was the timezone. unrelated: any tips for a first-time half marathon, race is in 3 weeks",
    ),
    _m(
        "What's an API?",
        "An API is a defined way for one program to ask another for data or actions, like a waiter taking your order to the kitchen.",
        "so is a website an API?",
    ),
    _m(
        "I'm thinking of building raised beds in my garden.",
        "Great idea. Untreated larch or cedar lasts well; aim for about 30cm deep and no wider than 1.2m so you can reach the middle.",
        "what should I fill them with, just compost?",
    ),
    _m(
        "I'm writing a short story about a lighthouse keeper's daughter in 1920s Cornwall.",
        "Lovely setting. Do you want help with plot, characters or opening lines?",
        "opening lines. give me three options",
    ),
    _m(
        "How do I connect my AirPods to my Windows laptop?",
        "Put the AirPods in their case, open the lid, hold the back button until the light flashes white, then add them in Settings > Bluetooth & devices.",
        "connected but the sound is terrible on calls",
    ),
    _m(
        "Is an index fund the same as an ETF?",
        "Not exactly. An index fund tracks an index; an ETF is a fund that trades on an exchange like a stock. Many ETFs are index funds, but not all.",
        "so which one's better for a beginner putting in £100 a month?",
    ),
    _m(
        "My banana bread always sinks in the middle.",
        "Usually underbaking, too much leavening, or opening the oven too early. Check with a skewer before taking it out.",
        "what temp and how long for a 2lb loaf tin?",
    ),
    _m(
        "Can you write me a pytest fixture for a temporary database?",
        "Sure, use `tmp_path` to create a SQLite file and yield a connection, closing it afterwards.",
        "works great. ok different thing, my daughter asked me what a black hole is and I froze. simple explanation?",
    ),
    _m(
        "I have a job interview for a junior IT support role on Friday.",
        "Good luck! Expect questions on troubleshooting steps, customer communication and maybe basics like DNS or resetting passwords.",
        "what do I say if they ask why I'm leaving retail?",
    ),
    _m(
        "Remember the wedding budget spreadsheet you helped me with?",
        "Yes, with columns for category, supplier, quoted, paid and remaining.",
        "how do I add a pie chart showing where the money goes",
    ),
    _m(
        "Rewrite this paragraph from my grant application, it's too long.",
        "Happy to, please paste it in.",
        "'Our community choir has been running for twelve years and over that time has grown from eight members meeting in a church hall to over sixty members who perform at local events, care homes and an annual Christmas concert that raises money for the local hospice.'",
    ),
    _s(
        "You are an AI coding assistant inside the user's IDE. Help with the open project.",
        "not code related, but can you help me write a message to my team saying I'll be on leave next week?",
    ),
    _s(
        "You are Max, the support assistant for HomeLink broadband. Help customers with connection, billing and equipment questions.",
        "what's the difference between the 2.4 and 5 GHz networks on my hub?",
    ),
    _s(
        "You are a writing assistant that improves clarity and tone.",
        "Improve: 'Due to the fact that the event was cancelled, all attendees who purchased tickets will be in receipt of a full refund in the near future.'",
    ),
    _s(
        "You are a patient GCSE chemistry tutor. Guide the student, don't just give answers.",
        "why does salt dissolve in water but oil doesn't",
    ),
    _s(
        "You are a coding agent. You can run commands and edit files in the repo.",
        "quick aside before we start: what's the difference between open source and free software? people argue about it",
    ),
    _s(
        "You are the virtual assistant for Hollins County Library.",
        "Can you recommend audiobooks for a long car journey with kids aged 8 and 11?",
    ),
    _s(
        "You are the help assistant for Brightway smart home products.",
        "My smart bulbs keep going offline whenever the router restarts. Is there a fix?",
    ),
    _s(
        "You are a copywriting assistant for a small marketing agency.",
        "Three taglines for a dog-walking business in Edinburgh that's eco-friendly and uses cargo bikes.",
    ),
    _s(
        "You are a helpful assistant.",
        "How does a credit score work in the US, in general? I just moved from Ireland and have none.",
    ),
    _s(
        "You are Copilot in the terminal. Help with shell commands and code.",
        "off topic but how many hours of sleep do you reckon a new dad actually needs to function lol",
    ),
    _s(
        "You are an HR assistant that helps write job adverts.",
        "Job advert for a weekend barista at an independent coffee shop in Manchester. Friendly tone, £12.50/hr.",
    ),
    _s(
        "You are a professional English-French translator.",
        "Translate: 'Our offices will be closed on Monday for the bank holiday. We will respond to all enquiries on Tuesday.'",
    ),
    _s(
        "You are a shopping assistant for an online furniture store.",
        "Is a velvet sofa a bad idea with two cats?",
    ),
    _s(
        "You are an AI pair programmer for a data engineering team.",
        "Pause on the pipeline for a sec: what's a good book on the history of computing? something readable",
    ),
    _s("You are a history tutor for A-level students.", "Why did the Weimar Republic fail?"),
    _s(
        "You are a speechwriting assistant.",
        "Best man speech, groom is a firefighter who once got stuck in a revolving door. 4 minutes, keep it clean for grandma.",
    ),
    _s(
        "You are the support assistant for a photo editing app.",
        "How do I fix a wonky horizon in a landscape photo without cropping too much?",
    ),
    _s(
        "You are the internal IT helpdesk assistant for staff.",
        "How do I set an out-of-office reply in Outlook on my phone?",
    ),
    _s(
        "You are a career mentor for people learning to code.",
        "Are bootcamps still worth it in the current job market?",
    ),
    _s(
        "You are a travel assistant for a booking site.",
        "Do I need a visa for Vietnam with a Canadian passport?",
    ),
]

_DE: list[Item] = [
    _u(
        "Kannst du mir eine freundliche Mail an unseren Lieferanten schreiben? Die letzte Lieferung Kartons kam mit falscher Größe, wir brauchen Ersatz bis nächsten Mittwoch."
    ),
    _u(
        "Schreib mir ein Anschreiben für eine Stelle als Erzieherin in einer Kita in Leipzig. Ich habe fünf Jahre Erfahrung im Hort und eine Zusatzqualifikation in Sprachförderung."
    ),
    _u(
        "Produktbeschreibung für unseren Onlineshop: handgemachte Holzbrettchen aus Eiche, geölt, 30x20 cm, aus einer Schreinerei im Allgäu. Bitte bodenständig, nicht zu werblich."
    ),
    _u(
        "Formulier bitte eine Einladung zur Abteilungsbesprechung am Dienstag um 9 Uhr im Raum 4.12. Thema: Urlaubsplanung und neue Dienstpläne."
    ),
    _u(
        "Ich muss beim 25-jährigen Firmenjubiläum eine kurze Rede halten, ca. 3 Minuten. Wir sind ein Familienbetrieb im Heizungsbau. Kannst du helfen?"
    ),
    _u(
        "Mein Paket von einem Versandhändler ist laut Tracking zugestellt, aber nie angekommen. Wie formuliere ich eine Beschwerde, damit die auch reagieren?"
    ),
    _u(
        "Übersetz mir das bitte ins Englische: „Wir bedanken uns für Ihre Anfrage und melden uns innerhalb von zwei Werktagen bei Ihnen.“"
    ),
    _u(
        "Mach mir einen Instagram-Post für unser Café: ab Samstag gibt's wieder hausgemachten Zwetschgendatschi. Gern mit ein paar Emojis"
    ),
    _u(
        "Kannst du den Text auf Rechtschreibung prüfen? „Liebe Eltern, am Freitag den 12. findet das Sommerfest statt, wir freuen uns wenn sie einen Kuchen mitbringen könnten, bitte tragen sie sich in die Liste ein.“"
    ),
    _u(
        "Unser WLAN von der Fritzbox bricht im Homeoffice ständig ab, vor allem bei Videocalls. Was kann ich an den Einstellungen prüfen?"
    ),
    _u("Was bedeuten die blinkenden Lämpchen an der Fritzbox, wenn „Info“ rot leuchtet?"),
    _u("Mein Samsung Handy wird beim Laden total heiß. Ist das gefährlich oder normal?"),
    _u(
        "Der Brother-Drucker druckt nur noch Streifen, obwohl die Patronen neu sind. Ist der kaputt?"
    ),
    _u(
        "Ich möchte in Excel eine Tabelle für meine Nebenkosten machen, Strom, Gas, Wasser pro Monat, und sehen ob ich über dem Abschlag liege. Nur privat. Wie fang ich an?"
    ),
    _u("Wie stell ich beim Philips-Fernseher das Ambilight aus? Nervt beim Filmschauen."),
    _u(
        "Wie bekomme ich in der Fotos-App auf dem iPhone den Himmel blauer, ohne dass es künstlich aussieht?"
    ),
    _u(
        "Ich male Aquarell und möchte Sonnenlicht auf einer Hauswand malen. Wie spare ich das Weiß am besten aus und wie mache ich die Schatten transparent?"
    ),
    _u(
        "Was ist der Unterschied zwischen Fachwerk und Backsteingotik? Wir fahren nach Lübeck und Quedlinburg."
    ),
    _u(
        "Mein Resin-3D-Drucker (Elegoo) druckt Teile, die an der Platte kleben bleiben, aber das Modell selbst fehlt. Belichtungszeit?"
    ),
    _u(
        "Ich baue ein Modell der Gorch Fock. Wie mache ich die Takelage, ohne wahnsinnig zu werden?"
    ),
    _u(
        "Wir haben eine Altbauwohnung mit 3,40 m Deckenhöhe. Wie richtet man so hohe Räume gemütlich ein?"
    ),
    _u(
        "Ich produziere in Ableton und meine Hi-Hats klingen zu statisch. Wie bekomme ich mehr Groove rein?"
    ),
    _u(
        "Erklär mir den Satz des Pythagoras so, dass es meine Tochter in der 8. Klasse versteht. Gern mit einem Beispiel aus dem Alltag."
    ),
    _u("Was bedeutet eigentlich Stagflation und warum haben Ökonomen so Angst davor?"),
    _u(
        "Ich bin Freiberufler und verdiene ca. 40.000 € im Jahr. Lohnt sich die Kleinunternehmerregelung für mich? Ganz allgemein."
    ),
    _u(
        "Darf mein Vermieter die Miete einfach erhöhen, wenn ich schon drei Jahre drin wohne? Allgemein gefragt, in Deutschland."
    ),
    _u("Ab welchem Wert ist der Blutzucker nüchtern zu hoch?"),
    _u("Unser Sohn (2) beißt in der Kita andere Kinder. Was tun Eltern da normalerweise?"),
    _u("Mein Kaninchen frisst seit gestern kaum. Ist das ein Notfall?"),
    _u("Rezept für Käsespätzle für 4 Personen, ohne Spätzlehobel?"),
    _u("Wir wollen mit dem Zug durch Skandinavien, 2 Wochen im Juli. Was ist realistisch?"),
    _u("Wie trainiere ich für einen 10-km-Lauf unter 50 Minuten? Aktuell bei 55."),
    _u(
        "Ich bin 38, Industriekauffrau, und überlege, in die IT zu wechseln, eher Richtung SAP-Beratung. Macht das Sinn?"
    ),
    _u("Was genau ist Glasfaser und warum soll das besser sein als DSL?"),
    _u("Boah, Montag. Erzähl mir irgendwas Lustiges, sonst überleb ich den Tag nicht"),
    _u("Wie hoch ist die Zugspitze und kann man da ohne Erfahrung hochwandern?"),
    _u(
        "Fass mir bitte „Der Vorleser“ kurz zusammen, ich muss morgen ein Referat halten und hab's nur halb gelesen."
    ),
    _u(
        "Schreib den Text für die Website unserer Physiotherapiepraxis freundlicher um: „Terminabsagen sind spätestens 24 Stunden vorher mitzuteilen, andernfalls wird eine Ausfallgebühr berechnet.“"
    ),
    _u(
        "Aushang für den Hausflur: Am 7. Mai wird die Heizungsanlage gewartet, von 8 bis 12 Uhr gibt es kein Warmwasser."
    ),
    _u(
        "Wie sag ich auf Englisch „Ich hake nochmal nach“ in einer Mail, ohne unhöflich zu klingen?"
    ),
    _u(
        "Ein Kunde beschwert sich, dass der Handwerker zu spät kam und Dreck hinterlassen hat. Schreib eine Antwort mit Entschuldigung und einem Gutschein über 30 €."
    ),
    _u(
        "Schreib die „Über uns“-Seite für unsere kleine Imkerei am Bodensee, drei Generationen, 40 Völker."
    ),
    _u("Wie übertrage ich Fotos vom Android-Handy auf den PC, ohne Cloud?"),
    _u(
        "Mein Laptop bootet seit dem letzten Windows-Update total langsam. Was kann ich selbst machen?"
    ),
    _u(
        "Unser Smart-TV ruckelt bei Streaming, aber das Handy daneben hat volles WLAN. Woran liegt das?"
    ),
    _u(
        "Welche Einstellungen nehme ich für Nordlichter? Ich habe eine Canon R7 und ein 16-mm-Objektiv."
    ),
    _u(
        "Wie funktioniert eigentlich ein Kreuzrippengewölbe? Ich war im Kölner Dom und war total beeindruckt."
    ),
    _u("Warum gibt es Ebbe und Flut zweimal am Tag, obwohl der Mond nur einmal um die Erde geht?"),
    _u("Was ist der Unterschied zwischen Brutto- und Nettoinlandsprodukt?"),
    _u("Was passiert grundsätzlich, wenn man ein Erbe ausschlägt?"),
    _u("Wie viel Vitamin D sollte man im Winter nehmen? Allgemein."),
    _u("Welche Hunderasse eignet sich für Allergiker?"),
    _u("Wochenplan fürs Mittagessen mit Kindern, günstig und nicht immer Nudeln."),
    _u("Wie funktioniert die Punktewertung beim Skispringen? Warum zählt nicht nur die Weite?"),
    _u("Erzähl mir einen Flachwitz über Bayern und Preußen, aber nett"),
    _u("Was ist eigentlich Quantencomputing und wird das meinen Laptop ersetzen?"),
    _u(
        "Übersetz das bitte ins Französische, für ein Schild in unserer Pension: „Frühstück gibt es von 7:30 bis 10:00 Uhr im Wintergarten.“"
    ),
    _u(
        "Schreib eine Mitteilung an unsere Kunden, dass unsere Bäckerei ab November montags geschlossen hat."
    ),
    _u(
        "Schreib mir eine XING-Zusammenfassung, ich bin Bauingenieur mit Schwerpunkt Brückenbau und suche neue Herausforderungen."
    ),
    _u("Wie viel sollte man als Notgroschen auf dem Konto haben? Faustregel?"),
    _u(
        "Ich hab in Google Sheets meine Pflanzen-Gießliste. Wie kann ich mir anzeigen lassen, welche Pflanze heute dran ist?"
    ),
    _u("Was ist ein ETF-Sparplan und wie funktioniert der grob?"),
    _u("Woran erkenne ich Bauhaus-Architektur? Ich fahre nach Dessau."),
    _u(
        "Wie male ich mit Ölfarbe realistische Wolken, die von unten angeleuchtet sind, so im Abendlicht?"
    ),
    _u("Ab wann dürfen Kinder in Deutschland vorne im Auto sitzen, grob gesagt?"),
    _u("Warum zeigt mein E-Book-Reader manche PDFs so winzig an? Kann man das umstellen?"),
    _u("Was macht ein Scrum Master den ganzen Tag? Klingt nach vielen Meetings."),
    _u(
        "Schreib mir ein kurzes Gedicht zum Abschied einer Kollegin, die in Rente geht. Sie liebt ihren Garten."
    ),
    _u(
        "Mach das bitte förmlicher: „Hi, können wir den Termin morgen verschieben? Bei mir ist was dazwischengekommen.“"
    ),
    _u(
        "Hier ist mein Entwurf für den Jahresbrief an die Mitglieder unseres Sportvereins. Kannst du ihn flüssiger machen?\n\n„Liebe Mitglieder, das Jahr 2024 war ein ereignisreiches Jahr. Wir haben einen neuen Kunstrasenplatz bekommen. Die erste Herrenmannschaft ist aufgestiegen. Außerdem haben wir eine neue Tischtennisabteilung gegründet. Wir danken allen Ehrenamtlichen.“"
    ),
    _m(
        "Kannst du mir eine Migration schreiben, die eine Spalte `phone` zur Tabelle `kunden` hinzufügt?",
        "Klar, z. B. mit Alembic: `op.add_column('kunden', sa.Column('phone', sa.String(30)))`.",
        "super danke. andere Frage: weißt du, wann in Bayern die Pfingstferien sind?",
    ),
    _m(
        "Schreib eine Einladung zum Tag der offenen Tür in unserer Schreinerei.",
        "Liebe Nachbarinnen und Nachbarn, am Samstag, den 14. Juni, öffnen wir von 10 bis 16 Uhr unsere Werkstatt…",
        "kürzer, das soll auf eine Postkarte",
    ),
    _m(
        "Warum sind Blätter grün?",
        "Weil Chlorophyll vor allem rotes und blaues Licht absorbiert und grünes reflektiert.",
        "und warum werden sie im Herbst gelb und rot?",
    ),
    _m(
        "Was heißt „Feierabend“ auf Englisch?",
        "Es gibt kein exaktes Wort; man sagt z. B. „end of the working day“ oder umgangssprachlich „I'm done for the day“.",
        "und „Mahlzeit“ als Gruß im Büro?",
    ),
    _m(
        "Ich möchte mit Makrofotografie anfangen.",
        "Für den Einstieg reichen Zwischenringe oder eine Nahlinse; später lohnt ein echtes Makroobjektiv.",
        "und wie krieg ich mehr Schärfentiefe hin? alles ist immer nur ein Millimeter scharf",
    ),
    _m(
        "Wie viel sind 19 % Mehrwertsteuer auf 850 €?",
        "161,50 €, also brutto 1.011,50 €.",
        "und wenn ich vom Bruttobetrag zurückrechnen will?",
    ),
    _m(
        "In Babylon.js flackern meine Schatten bei Kamerabewegung.",
        "Versuch den Bias zu erhöhen und die Shadow-Map-Auflösung anzupassen; auch `usePercentageCloserFiltering` hilft.",
        "Läuft. Andere Frage, hat nix damit zu tun: wie entkalke ich meinen Wasserkocher am besten?",
    ),
    _m(
        "Schreib mir einen Glückwunsch zur Hochzeit meiner Cousine.",
        "Liebe Anna, lieber Jonas, von Herzen alles Gute zu eurer Hochzeit! Möge eure Liebe…",
        "etwas lockerer bitte, wir duzen uns alle",
    ),
    _m(
        "Wann fiel die Berliner Mauer?",
        "Am 9. November 1989.",
        "und warum genau an dem Abend? war das geplant?",
    ),
    _m(
        "Ich habe seit Tagen Rückenschmerzen vom Sitzen.",
        "Oft helfen regelmäßige Bewegungspausen, ein gut eingestellter Stuhl und leichte Dehnübungen. Bei starken oder ausstrahlenden Schmerzen bitte ärztlich abklären lassen.",
        "welche Übungen kann ich am Schreibtisch machen?",
    ),
    _m(
        "Der Unit-Test für die Rabattberechnung schlägt fehl, weil 0.1 + 0.2 nicht 0.3 ist.",
        "Nutze für Geld Decimal statt float, oder vergleiche mit pytest.approx.",
        "passt. Kurze private Frage: Wie bekomme ich Rotweinflecken aus einem hellen Teppich?",
    ),
    _m(
        "Was ist ein Algorithmus?",
        "Eine genaue Schritt-für-Schritt-Anleitung zur Lösung eines Problems, wie ein Kochrezept.",
        "ist dann jedes Rezept ein Algorithmus?",
    ),
    _m(
        "Ich will ein Hochbeet auf dem Balkon anlegen.",
        "Achte auf die Traglast des Balkons und nimm leichte Erde; Kräuter, Salat und Radieschen gehen gut.",
        "wie oft muss ich gießen im Sommer?",
    ),
    _m(
        "Ich schreibe einen Krimi, der auf Sylt spielt.",
        "Spannender Schauplatz! Möchtest du Hilfe bei Plot, Figuren oder Atmosphäre?",
        "bei der Kommissarin. Gib mir drei Ideen für ihre Hintergrundgeschichte",
    ),
    _m(
        "Wie verbinde ich meinen Fernseher mit dem WLAN?",
        "Im Menü unter Einstellungen > Netzwerk das WLAN auswählen und das Passwort eingeben.",
        "das Netzwerk wird gar nicht angezeigt, nur das vom Nachbarn",
    ),
    _m(
        "Bausparvertrag oder ETF, was ist besser?",
        "Das hängt vom Ziel ab: Ein Bausparvertrag sichert einen festen Kreditzins für eine Immobilie, ETFs bieten langfristig meist mehr Rendite, aber mit Schwankungen.",
        "wir wollen in ca. 8 Jahren bauen",
    ),
    _m(
        "Mein Hefeteig geht nicht auf.",
        "Vielleicht war die Hefe zu alt oder die Flüssigkeit zu heiß. Lauwarm, ca. 35 °C, ist ideal.",
        "kann ich den Teig noch retten?",
    ),
    _m(
        "Kannst du mir bei einem Cronjob helfen, der jede Nacht ein Backup-Skript startet?",
        "Klar: `0 2 * * * /home/user/backup.sh` läuft täglich um 2 Uhr.",
        "Danke. Ganz anderes Thema, mein Sohn fragt, warum der Himmel nachts schwarz ist, wenn es so viele Sterne gibt.",
    ),
    _m(
        "Ich hab morgen ein Vorstellungsgespräch als Fachinformatiker für Systemintegration.",
        "Viel Erfolg! Bereite dich auf Fragen zu Netzwerken, Benutzerverwaltung und deinem Ausbildungsprojekt vor.",
        "was antworte ich bei der Frage nach meinen Schwächen?",
    ),
    _m(
        "Du hattest mir doch eine Tabelle für unsere Urlaubskasse gemacht.",
        "Ja, mit Spalten für Person, Einzahlung, Ausgaben und Saldo.",
        "wie kann ich das Saldo rot färben, wenn es negativ ist?",
    ),
    _s(
        "Du bist ein KI-Assistent in der IDE und hilfst beim Code des geöffneten Projekts.",
        "nicht Code-bezogen, aber kannst du mir eine Abwesenheitsnotiz für die Weihnachtsferien formulieren?",
    ),
    _s(
        "Du bist der Kundenservice-Assistent von NetzPlus, einem Internetanbieter.",
        "Was ist der Unterschied zwischen Up- und Download-Geschwindigkeit und wofür brauch ich Upload?",
    ),
    _s(
        "Du bist ein Schreibassistent für klare, verständliche Texte.",
        "Vereinfache: „Im Rahmen der Durchführung der Maßnahme wird es zu temporären Einschränkungen der Nutzbarkeit des Parkplatzes kommen.“",
    ),
    _s(
        "Du bist Nachhilfelehrer für Mathe, 7. Klasse. Gib Hinweise statt Lösungen.",
        "wie rechne ich 3/4 geteilt durch 2/5?",
    ),
    _s(
        "You are a coding agent working in a monorepo. You can read, edit and run commands.",
        "bevor wir weitermachen: was ist eigentlich der Unterschied zwischen Informatik und Wirtschaftsinformatik? mein Neffe will studieren",
    ),
    _s(
        "Du bist der digitale Assistent der Stadtbibliothek.",
        "Habt ihr Tipps für Bücher über Achtsamkeit, die nicht esoterisch sind?",
    ),
    _s(
        "Du bist der Support-Chatbot eines Herstellers von Smart-Home-Steckdosen.",
        "Meine Steckdose verbindet sich nur mit 2,4 GHz. Wie mache ich das, wenn mein Router beides unter einem Namen funkt?",
    ),
    _s(
        "Du bist ein Texter-Assistent für eine Werbeagentur.",
        "Fünf Slogans für einen regionalen Fahrradladen in Münster, der auch Lastenräder verleiht.",
    ),
    _s(
        "Du bist ein hilfreicher Assistent.",
        "Wie ist die Steuer-ID grundsätzlich aufgebaut? Nur so aus Interesse, keine echte Nummer.",
    ),
    _s(
        "Du bist ein KI-Assistent im Terminal für Entwickler.",
        "kurz OT: welchen Bürostuhl würdest du für lange Homeoffice-Tage empfehlen, so bis 400 €?",
    ),
    _s(
        "Du bist ein HR-Assistent und schreibst Stellenanzeigen.",
        "Stellenanzeige für eine Aushilfe im Hofladen, 10 Stunden die Woche, Raum Freiburg.",
    ),
    _s(
        "Du bist ein professioneller Übersetzer Deutsch-Englisch.",
        "Übersetze: „Aufgrund von Bauarbeiten ist der Haupteingang vorübergehend geschlossen. Bitte nutzen Sie den Seiteneingang.“",
    ),
    _s(
        "Du bist Einkaufsberater eines Möbel-Onlineshops.",
        "Welches Bett passt in ein Dachgeschoss mit Schräge?",
    ),
    _s(
        "Du bist ein Assistent für das Plattform-Team (Terraform, AWS).",
        "Kleine Pause vom Terraform: Was ist denn ein guter Podcast über Technikgeschichte?",
    ),
    _s(
        "Du bist Geschichtslehrer für die Oberstufe.",
        "Was war der Wiener Kongress und was hat er bewirkt?",
    ),
    _s(
        "Du bist ein Kochassistent.",
        "Ich hab Kartoffeln, Lauch und Sahne. Was Schnelles zum Abendessen?",
    ),
    _s(
        "Du bist ein Assistent für Reden und Ansprachen.",
        "Rede zur Konfirmation meines Patenkindes, 2 Minuten, sie reitet gern und will Tierärztin werden.",
    ),
    _s(
        "Du bist der Hilfe-Assistent einer Fotobearbeitungs-App.",
        "Wie entferne ich stürzende Linien bei einem Foto von einer Kirche?",
    ),
    _s(
        "Du bist der interne IT-Helpdesk-Bot.",
        "Wie ändere ich meine Signatur in Outlook im Browser?",
    ),
    _s(
        "Du bist ein Karriere-Coach für Quereinsteiger in der IT.",
        "Brauche ich für den Einstieg als Data Analyst ein Zertifikat oder reicht ein Portfolio?",
    ),
    _s(
        "Du bist ein Reiseassistent.",
        "Brauche ich für Großbritannien jetzt diese ETA-Genehmigung als Deutscher?",
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
    return batch(LABEL, "b6", BY_LANG)
