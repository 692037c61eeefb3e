"""Texts of the illustrative demo corpus (not real field data), in English, French and Spanish.

Pure data: the generator (corpus.py) formats practice templates with str.format and three
placeholders only: {crop} (a crop word already translated with CROPS), {place} (a town name) and
{years} (an integer, written for 2 or more). Steps and tags carry no placeholder; tutorials,
videos and site pages carry none either.

Crop words are used bare, so templates place them where any crop name reads well:
English "{crop} yields", "the {crop} crop"; French "en {crop}", "avant {crop}", "({crop})";
Spanish "de {crop}". Livestock words (LIVESTOCK) do not fit these sentences: pick {crop} among
the other words of a place.
"""

CROPS: dict[str, dict[str, str]] = {
    "almond": {"en": "almond", "fr": "amandier", "es": "almendro"},
    "apple": {"en": "apple", "fr": "pommier", "es": "manzano"},
    "avocado": {"en": "avocado", "fr": "avocatier", "es": "aguacate"},
    "banana": {"en": "banana", "fr": "banane", "es": "banano"},
    "barley": {"en": "barley", "fr": "orge", "es": "cebada"},
    "bean": {"en": "bean", "fr": "haricot", "es": "frijol"},
    "berseem clover": {
        "en": "berseem clover",
        "fr": "trèfle d'Alexandrie",
        "es": "trébol de Alejandría",
    },
    "black pepper": {"en": "black pepper", "fr": "poivre", "es": "pimienta negra"},
    "broccoli": {"en": "broccoli", "fr": "brocoli", "es": "brócoli"},
    "canola": {"en": "canola", "fr": "colza", "es": "canola"},
    "cashew": {"en": "cashew", "fr": "anacarde", "es": "marañón"},
    "cassava": {"en": "cassava", "fr": "manioc", "es": "yuca"},
    "chickpea": {"en": "chickpea", "fr": "pois chiche", "es": "garbanzo"},
    "coffee": {"en": "coffee", "fr": "café", "es": "café"},
    "cork oak": {"en": "cork oak", "fr": "chêne-liège", "es": "alcornoque"},
    "cotton": {"en": "cotton", "fr": "coton", "es": "algodón"},
    "cowpea": {"en": "cowpea", "fr": "niébé", "es": "caupí"},
    "durum wheat": {"en": "durum wheat", "fr": "blé dur", "es": "trigo duro"},
    "enset": {"en": "enset", "fr": "ensète", "es": "falso banano"},
    "eucalyptus": {"en": "eucalyptus", "fr": "eucalyptus", "es": "eucalipto"},
    "finger millet": {"en": "finger millet", "fr": "éleusine", "es": "mijo africano"},
    "groundnut": {"en": "groundnut", "fr": "arachide", "es": "maní"},
    "jute": {"en": "jute", "fr": "jute", "es": "yute"},
    "lentil": {"en": "lentil", "fr": "lentille", "es": "lenteja"},
    "lupin": {"en": "lupin", "fr": "lupin", "es": "lupino"},
    "maize": {"en": "maize", "fr": "maïs", "es": "maíz"},
    "millet": {"en": "millet", "fr": "mil", "es": "mijo"},
    "mung bean": {"en": "mung bean", "fr": "haricot mungo", "es": "frijol mungo"},
    "oats": {"en": "oats", "fr": "avoine", "es": "avena"},
    "oil palm": {"en": "oil palm", "fr": "palmier à huile", "es": "palma aceitera"},
    "olive": {"en": "olive", "fr": "olivier", "es": "olivo"},
    "onion": {"en": "onion", "fr": "oignon", "es": "cebolla"},
    "pigeon pea": {"en": "pigeon pea", "fr": "pois d'Angole", "es": "guandú"},
    "plantain": {"en": "plantain", "fr": "banane plantain", "es": "plátano"},
    "potato": {"en": "potato", "fr": "pomme de terre", "es": "papa"},
    "quinoa": {"en": "quinoa", "fr": "quinoa", "es": "quinua"},
    "rapeseed": {"en": "rapeseed", "fr": "colza", "es": "colza"},
    "rice": {"en": "rice", "fr": "riz", "es": "arroz"},
    "sesame": {"en": "sesame", "fr": "sésame", "es": "sésamo"},
    "sorghum": {"en": "sorghum", "fr": "sorgho", "es": "sorgo"},
    "soybean": {"en": "soybean", "fr": "soja", "es": "soja"},
    "squash": {"en": "squash", "fr": "courge", "es": "calabaza"},
    "sugar beet": {"en": "sugar beet", "fr": "betterave sucrière", "es": "remolacha azucarera"},
    "sugarcane": {"en": "sugarcane", "fr": "canne à sucre", "es": "caña de azúcar"},
    "sunflower": {"en": "sunflower", "fr": "tournesol", "es": "girasol"},
    "sweet potato": {"en": "sweet potato", "fr": "patate douce", "es": "batata"},
    "teff": {"en": "teff", "fr": "teff", "es": "tef"},
    "tomato": {"en": "tomato", "fr": "tomate", "es": "tomate"},
    "wheat": {"en": "wheat", "fr": "blé", "es": "trigo"},
    "yam": {"en": "yam", "fr": "igname", "es": "ñame"},
    # Livestock (see LIVESTOCK).
    "alpaca": {"en": "alpacas", "fr": "alpagas", "es": "alpacas"},
    "cattle": {"en": "cattle", "fr": "bovins", "es": "ganado vacuno"},
    "dairy cattle": {"en": "dairy cattle", "fr": "vaches laitières", "es": "ganado lechero"},
    "goats": {"en": "goats", "fr": "chèvres", "es": "cabras"},
    "horses": {"en": "horses", "fr": "chevaux", "es": "caballos"},
    "pigs": {"en": "pigs", "fr": "porcs", "es": "cerdos"},
    "sheep": {"en": "sheep", "fr": "moutons", "es": "ovejas"},
    "yak": {"en": "yaks", "fr": "yacks", "es": "yaks"},
}

# Words of Place.crops that are animals, not crops: practice templates are written for a plant
# crop in {crop}; every place has at least one word outside this set.
LIVESTOCK: frozenset[str] = frozenset(
    {"alpaca", "cattle", "dairy cattle", "goats", "horses", "pigs", "sheep", "yak"}
)

# --- Practice templates ----------------------------------------------------------------------
# Each category has several variants; the generator picks one and fills the placeholders.

_COVER_CROPS: list[dict] = [
    {
        "title": {
            "en": "A mixed cover crop before {crop}",
            "fr": "Couvert végétal multi-espèces avant {crop}",
            "es": "Cultivo de cobertura mixto antes de sembrar {crop}",
        },
        "summary": {
            "en": "Right after harvest we sowed a mix of a legume, a cereal and a radish and "
            "kept it until the next {crop} crop. The aim was to keep the soil covered in the "
            "off-season, feed soil life and cut the nitrogen bill.",
            "fr": "Juste après la récolte, nous avons semé un mélange de légumineuse, de céréale "
            "et de radis, gardé jusqu'à la culture suivante ({crop}). Le but : garder le sol "
            "couvert pendant l'interculture, nourrir la vie du sol et réduire la facture d'azote.",
            "es": "Justo después de la cosecha sembramos una mezcla de leguminosa, cereal y "
            "rábano, y la mantuvimos hasta el siguiente cultivo de {crop}. El objetivo era tener "
            "el suelo cubierto entre cultivos, alimentar la vida del suelo y gastar menos en "
            "nitrógeno.",
        },
        "steps": {
            "en": [
                (
                    "Choose the mix",
                    "Pick species that suit the season: vetch or cowpea for "
                    "nitrogen, oats or millet for biomass, radish for deep roots.",
                ),
                (
                    "Sow early",
                    "Sow within a week of harvest while the soil is still moist. A "
                    "simple drill, or broadcasting followed by a light harrow, is enough.",
                ),
                (
                    "Let it grow",
                    "Do not graze or cut it before flowering unless fodder is short: "
                    "the roots do most of the work.",
                ),
                (
                    "Terminate and sow",
                    "Roll, cut or graze the cover two to three weeks before "
                    "sowing, then sow the next crop straight into the residue.",
                ),
            ],
            "fr": [
                (
                    "Choisir le mélange",
                    "Prendre des espèces adaptées à la saison : vesce ou "
                    "niébé pour l'azote, avoine ou mil pour la biomasse, radis pour les racines "
                    "profondes.",
                ),
                (
                    "Semer tôt",
                    "Semer dans la semaine qui suit la récolte, tant que le sol est "
                    "encore frais. Un semoir simple, ou un semis à la volée suivi d'un hersage "
                    "léger, suffit.",
                ),
                (
                    "Laisser pousser",
                    "Ne pas faire pâturer ni faucher avant la floraison, sauf si "
                    "le fourrage manque : ce sont les racines qui font l'essentiel du travail.",
                ),
                (
                    "Détruire et semer",
                    "Rouler, faucher ou faire pâturer le couvert deux à trois "
                    "semaines avant le semis, puis semer directement dans les résidus.",
                ),
            ],
            "es": [
                (
                    "Elegir la mezcla",
                    "Escoger especies adaptadas a la época: vicia o caupí para "
                    "el nitrógeno, avena o mijo para la biomasa, rábano para las raíces profundas.",
                ),
                (
                    "Sembrar temprano",
                    "Sembrar en la semana siguiente a la cosecha, mientras el "
                    "suelo guarda humedad. Basta una sembradora sencilla, o voleo seguido de una "
                    "rastra ligera.",
                ),
                (
                    "Dejarla crecer",
                    "No pastorear ni cortar antes de la floración, salvo si falta "
                    "forraje: las raíces hacen la mayor parte del trabajo.",
                ),
                (
                    "Terminar y sembrar",
                    "Rolar, cortar o pastorear la cobertura dos o tres "
                    "semanas antes de la siembra y sembrar directamente sobre los residuos.",
                ),
            ],
        },
        "worked": {
            "en": "The soil under the cover stayed moist and crumbly, and there were clearly "
            "fewer weeds. After {years} seasons the {crop} crop needed less fertiliser for the "
            "same yield.",
            "fr": "Sous le couvert, le sol est resté frais et grumeleux, avec nettement moins "
            "d'adventices. Après {years} saisons, les parcelles en {crop} demandaient moins "
            "d'engrais pour le même rendement.",
            "es": "Bajo la cobertura el suelo se mantuvo húmedo y grumoso, con claramente menos "
            "malezas. Después de {years} temporadas, el cultivo de {crop} necesitaba menos "
            "fertilizante para el mismo rendimiento.",
        },
        "did_not_work": {
            "en": "Seed for the mix was expensive and hard to find locally. In a dry autumn the "
            "cover came up unevenly and the radish failed.",
            "fr": "Les semences du mélange coûtent cher et sont difficiles à trouver sur place. "
            "Lors d'un automne sec, la levée a été irrégulière et le radis a échoué.",
            "es": "La semilla de la mezcla es cara y difícil de conseguir en la zona. En un "
            "otoño seco la cobertura nació de forma desigual y el rábano fracasó.",
        },
        "failure": {
            "en": "The rains stopped two weeks after sowing and the cover never established: we "
            "paid for seed and got bare soil. The {crop} crop was then sown late because the "
            "few surviving plants were hard to terminate.",
            "fr": "Les pluies se sont arrêtées deux semaines après le semis et le couvert ne "
            "s'est jamais installé : nous avons payé la semence pour un sol nu. La culture "
            "suivante ({crop}) a ensuite été semée en retard, car les quelques plantes "
            "survivantes étaient difficiles à détruire.",
            "es": "Las lluvias se cortaron dos semanas después de la siembra y la cobertura "
            "nunca se estableció: pagamos la semilla y tuvimos suelo desnudo. Luego el cultivo "
            "de {crop} se sembró tarde porque las pocas plantas que sobrevivieron eran difíciles "
            "de terminar.",
        },
        "tags": {
            "en": ["cover crop", "legumes", "soil cover", "nitrogen"],
            "fr": ["couvert végétal", "légumineuses", "couverture du sol", "azote"],
            "es": ["cultivo de cobertura", "leguminosas", "cobertura del suelo", "nitrógeno"],
        },
        "quote": {
            "en": "I used to think a resting field was a wasted field; now I see the cover "
            "working for me.",
            "fr": "Je pensais qu'un champ au repos était un champ perdu ; maintenant je vois le "
            "couvert travailler pour moi.",
            "es": "Antes creía que un campo en descanso era un campo perdido; ahora veo a la "
            "cobertura trabajar para mí.",
        },
    },
    {
        "title": {
            "en": "Relay-sown legume cover in the {crop} field",
            "fr": "Légumineuse de couverture semée en relais sous {crop}",
            "es": "Leguminosa de cobertura sembrada en relevo en el cultivo de {crop}",
        },
        "summary": {
            "en": "About six weeks after sowing the main crop, we sowed a creeping legume "
            "between the rows so that it covered the ground at harvest. Around {place} the dry "
            "season is long, and we wanted the soil protected and some fodder too.",
            "fr": "Environ six semaines après le semis de la culture principale, nous avons semé "
            "une légumineuse rampante entre les lignes pour qu'elle couvre le sol à la récolte. "
            "Ici, à {place}, la saison sèche est longue : nous voulions protéger le sol et avoir "
            "un peu de fourrage.",
            "es": "Unas seis semanas después de sembrar el cultivo principal, sembramos una "
            "leguminosa rastrera entre los surcos para que cubriera el suelo en la cosecha. En "
            "{place} la época seca es larga y queríamos proteger el suelo y tener algo de "
            "forraje.",
        },
        "steps": {
            "en": [
                (
                    "Get the seed",
                    "Use mucuna, lablab or a spreading cowpea variety; scarify hard "
                    "seed if needed.",
                ),
                (
                    "Sow between the rows",
                    "Sow one row of legume between two crop rows at the "
                    "first weeding, after a good rain.",
                ),
                (
                    "Manage competition",
                    "Cut back vines that climb into the crop, especially in the first weeks.",
                ),
                (
                    "Keep it after harvest",
                    "Leave the legume growing after harvest. Cut a part "
                    "for fodder if needed, but leave most of it on the ground.",
                ),
            ],
            "fr": [
                (
                    "Trouver la semence",
                    "Utiliser du mucuna, du dolique (lablab) ou une variété "
                    "rampante de niébé ; scarifier les graines dures si besoin.",
                ),
                (
                    "Semer entre les lignes",
                    "Semer une ligne de légumineuse entre deux lignes de "
                    "culture au premier sarclage, après une bonne pluie.",
                ),
                (
                    "Limiter la concurrence",
                    "Couper les tiges qui grimpent sur la culture, surtout les premières semaines.",
                ),
                (
                    "Garder après la récolte",
                    "Laisser la légumineuse pousser après la récolte. "
                    "En couper une partie pour le fourrage si nécessaire, mais laisser l'essentiel "
                    "au sol.",
                ),
            ],
            "es": [
                (
                    "Conseguir la semilla",
                    "Usar mucuna, lablab o una variedad rastrera de caupí; "
                    "escarificar la semilla dura si hace falta.",
                ),
                (
                    "Sembrar entre surcos",
                    "Sembrar un surco de leguminosa entre dos surcos del "
                    "cultivo en la primera deshierba, después de una buena lluvia.",
                ),
                (
                    "Controlar la competencia",
                    "Cortar las guías que trepan sobre el cultivo, "
                    "sobre todo en las primeras semanas.",
                ),
                (
                    "Mantenerla tras la cosecha",
                    "Dejar crecer la leguminosa después de la "
                    "cosecha. Cortar una parte para forraje si hace falta, pero dejar la mayor parte "
                    "sobre el suelo.",
                ),
            ],
        },
        "worked": {
            "en": "The legume kept growing for two months after harvest and left a thick mulch. "
            "{crop} yields on those plots were steadier after {years} years.",
            "fr": "La légumineuse a continué à pousser deux mois après la récolte et a laissé un "
            "paillis épais. Après {years} ans, les rendements en {crop} de ces parcelles étaient "
            "plus réguliers.",
            "es": "La leguminosa siguió creciendo dos meses después de la cosecha y dejó un "
            "acolchado grueso. Después de {years} años, los rendimientos de {crop} en esas "
            "parcelas eran más estables.",
        },
        "did_not_work": {
            "en": "Free-roaming animals ate the cover in the dry season unless we guarded it. "
            "Mucuna sown too early climbed into the crop.",
            "fr": "Les animaux en divagation mangeaient le couvert en saison sèche, sauf quand "
            "nous le surveillions. Semé trop tôt, le mucuna a grimpé sur la culture.",
            "es": "Los animales sueltos se comían la cobertura en la época seca si no la "
            "vigilábamos. La mucuna sembrada demasiado pronto trepó sobre el cultivo.",
        },
        "failure": {
            "en": "We sowed the legume too early and it smothered part of the {crop} crop; what "
            "was left was eaten by the neighbours' goats after harvest. Without an agreement on "
            "dry-season grazing, the practice could not work.",
            "fr": "Nous avons semé la légumineuse trop tôt et elle a étouffé une partie de la "
            "culture ({crop}) ; le reste a été mangé par les chèvres des voisins après la "
            "récolte. Sans accord sur la vaine pâture, la pratique ne pouvait pas marcher.",
            "es": "Sembramos la leguminosa demasiado pronto y ahogó parte del cultivo de {crop}; "
            "lo que quedó se lo comieron las cabras de los vecinos después de la cosecha. Sin un "
            "acuerdo sobre el pastoreo en la época seca, la práctica no podía funcionar.",
        },
        "tags": {
            "en": ["relay cropping", "mucuna", "cowpea", "legumes"],
            "fr": ["culture en relais", "mucuna", "niébé", "légumineuses"],
            "es": ["cultivo en relevo", "mucuna", "caupí", "leguminosas"],
        },
        "quote": {
            "en": "The cover feeds the soil and, if I manage it well, it feeds the goats too.",
            "fr": "Le couvert nourrit le sol et, si je le gère bien, il nourrit aussi les chèvres.",
            "es": "La cobertura alimenta el suelo y, si la manejo bien, también alimenta a las "
            "cabras.",
        },
    },
    {
        "title": {
            "en": "Over-winter cover crop before {crop}",
            "fr": "Couvert d'interculture longue avant {crop}",
            "es": "Cobertura invernal antes de sembrar {crop}",
        },
        "summary": {
            "en": "After the cereal harvest we drilled oats, phacelia and crimson clover to cover "
            "the soil through the wet season. We wanted to stop nitrate leaching and the "
            "capping of our silty soil.",
            "fr": "Après la moisson, nous avons semé avoine, phacélie et trèfle incarnat pour "
            "couvrir le sol pendant la saison humide. Nous voulions limiter le lessivage des "
            "nitrates et la battance de notre sol limoneux.",
            "es": "Después de la cosecha del cereal sembramos avena, facelia y trébol encarnado "
            "para cubrir el suelo durante la época húmeda. Queríamos frenar el lavado de nitratos "
            "y el encostramiento de nuestro suelo limoso.",
        },
        "steps": {
            "en": [
                (
                    "Drill after harvest",
                    "Drill the mix into the stubble within days of the "
                    "combine, at 25 to 40 kg of seed per hectare.",
                ),
                (
                    "Watch the slugs",
                    "Check for slugs in a wet autumn and roll the seedbed if it is cloddy.",
                ),
                (
                    "Destroy in late winter",
                    "Roll on a frosty morning or cultivate shallowly six "
                    "weeks before drilling, so the residue starts to break down.",
                ),
                (
                    "Look at the soil",
                    "Dig a spade pit in spring to check structure, roots and "
                    "earthworms before deciding how to establish the crop.",
                ),
            ],
            "fr": [
                (
                    "Semer après la moisson",
                    "Semer le mélange dans les chaumes quelques jours "
                    "après la moissonneuse, à 25 à 40 kg de semences par hectare.",
                ),
                (
                    "Surveiller les limaces",
                    "Surveiller les limaces si l'automne est humide et "
                    "rouler si le lit de semence est motteux.",
                ),
                (
                    "Détruire en fin d'hiver",
                    "Rouler par un matin de gel ou faire un travail "
                    "superficiel six semaines avant le semis, pour que les résidus commencent à se "
                    "décomposer.",
                ),
                (
                    "Observer le sol",
                    "Faire un test bêche au printemps pour voir la structure, "
                    "les racines et les vers de terre avant de choisir l'implantation de la "
                    "culture.",
                ),
            ],
            "es": [
                (
                    "Sembrar tras la cosecha",
                    "Sembrar la mezcla sobre el rastrojo pocos días "
                    "después de la cosechadora, a razón de 25 a 40 kg de semilla por hectárea.",
                ),
                (
                    "Vigilar las babosas",
                    "Revisar las babosas si el otoño es húmedo y pasar el "
                    "rodillo si la cama de siembra queda con terrones.",
                ),
                (
                    "Terminar a fines del invierno",
                    "Pasar el rodillo una mañana de helada o hacer "
                    "una labor superficial seis semanas antes de la siembra, para que los residuos "
                    "empiecen a descomponerse.",
                ),
                (
                    "Mirar el suelo",
                    "Hacer una prueba de pala en primavera para ver la "
                    "estructura, las raíces y las lombrices antes de decidir cómo implantar el "
                    "cultivo.",
                ),
            ],
        },
        "worked": {
            "en": "The soil was far less capped in spring and we counted many more earthworms. "
            "Over {years} years the nitrate measured in drainage water went down.",
            "fr": "Au printemps, le sol était beaucoup moins battu et nous avons compté bien plus "
            "de vers de terre. En {years} ans, les nitrates mesurés dans l'eau de drainage ont "
            "baissé.",
            "es": "En primavera el suelo estaba mucho menos encostrado y contamos muchas más "
            "lombrices. En {years} años bajó el nitrato medido en el agua de drenaje.",
        },
        "did_not_work": {
            "en": "After a mild winter there was too much cover, which kept the soil cold and "
            "wet at drilling. Slugs in the residue were a problem in the first year.",
            "fr": "Après un hiver doux, le couvert était trop développé et gardait le sol froid "
            "et humide au semis. Les limaces dans les résidus ont posé problème la première "
            "année.",
            "es": "Tras un invierno suave había demasiada cobertura, que mantuvo el suelo frío y "
            "húmedo en la siembra. Las babosas en los residuos fueron un problema el primer año.",
        },
        "failure": {
            "en": "On our heavy clay the cover kept the soil wet in spring; we drilled three "
            "weeks late and the {crop} crop yielded less than the rest of the farm. We now use "
            "covers only on the lighter fields.",
            "fr": "Sur notre argile lourde, le couvert a gardé le sol humide au printemps ; nous "
            "avons semé avec trois semaines de retard et les rendements en {crop} ont été "
            "inférieurs au reste de l'exploitation. Nous ne mettons plus de couverts que sur les "
            "terres légères.",
            "es": "En nuestra arcilla pesada la cobertura mantuvo el suelo húmedo en primavera; "
            "sembramos con tres semanas de retraso y el cultivo de {crop} rindió menos que el "
            "resto de la finca. Ahora solo usamos coberturas en los lotes más livianos.",
        },
        "tags": {
            "en": ["cover crop", "phacelia", "nitrate leaching", "earthworms"],
            "fr": ["couvert végétal", "phacélie", "lessivage des nitrates", "vers de terre"],
            "es": ["cultivo de cobertura", "facelia", "lavado de nitratos", "lombrices"],
        },
        "quote": {
            "en": "Brown fields in winter are gone on this farm; green fields hold the soil.",
            "fr": "Sur cette ferme, fini les champs bruns en hiver : les champs verts tiennent le "
            "sol.",
            "es": "En esta finca se acabaron los campos pelados en invierno: los campos verdes "
            "sujetan el suelo.",
        },
    },
]

_AGROFORESTRY: list[dict] = [
    {
        "title": {
            "en": "Farmer-managed natural regeneration in {crop} fields",
            "fr": "Régénération naturelle assistée dans les parcelles en {crop}",
            "es": "Regeneración natural asistida en parcelas de {crop}",
        },
        "summary": {
            "en": "Instead of clearing every shoot when preparing the land, we selected and "
            "protected the best stumps and seedlings of local trees in our fields. The trees now "
            "shade the soil, drop leaves that feed it and give firewood and fodder.",
            "fr": "Au lieu de tout couper lors de la préparation des champs, nous avons choisi "
            "et protégé les meilleures souches et les jeunes plants d'arbres locaux. Aujourd'hui "
            "les arbres ombragent le sol, le nourrissent de leurs feuilles et donnent du bois et "
            "du fourrage.",
            "es": "En vez de eliminar todos los rebrotes al preparar la tierra, escogimos y "
            "protegimos los mejores tocones y plántulas de árboles locales en nuestras parcelas. "
            "Ahora los árboles dan sombra al suelo, lo alimentan con sus hojas y dan leña y "
            "forraje.",
        },
        "steps": {
            "en": [
                (
                    "Count the stumps",
                    "Walk the field before the rains and mark living stumps "
                    "and seedlings of useful species such as Faidherbia, Piliostigma or Combretum.",
                ),
                (
                    "Select and prune",
                    "Keep three to five straight stems per stump, cut the rest "
                    "and prune side branches up to half the height.",
                ),
                (
                    "Protect",
                    "Tell neighbours and herders, mark the trees with paint and avoid "
                    "them when ploughing or weeding.",
                ),
                (
                    "Harvest wisely",
                    "Each year cut one stem or a few branches for firewood and "
                    "leave the others to grow.",
                ),
            ],
            "fr": [
                (
                    "Compter les souches",
                    "Parcourir le champ avant les pluies et repérer les "
                    "souches vivantes et les jeunes plants d'espèces utiles comme le Faidherbia, le "
                    "Piliostigma ou le Combretum.",
                ),
                (
                    "Sélectionner et élaguer",
                    "Garder trois à cinq tiges droites par souche, couper "
                    "les autres et élaguer les branches latérales jusqu'à mi-hauteur.",
                ),
                (
                    "Protéger",
                    "Prévenir les voisins et les éleveurs, marquer les arbres à la "
                    "peinture et les éviter au labour et au sarclage.",
                ),
                (
                    "Récolter avec mesure",
                    "Chaque année, couper une tige ou quelques branches "
                    "pour le bois et laisser pousser les autres.",
                ),
            ],
            "es": [
                (
                    "Contar los tocones",
                    "Recorrer la parcela antes de las lluvias y marcar los "
                    "tocones vivos y las plántulas de especies útiles como Faidherbia, Piliostigma "
                    "o Combretum.",
                ),
                (
                    "Seleccionar y podar",
                    "Dejar de tres a cinco tallos rectos por tocón, cortar "
                    "los demás y podar las ramas laterales hasta la mitad de la altura.",
                ),
                (
                    "Proteger",
                    "Avisar a los vecinos y pastores, marcar los árboles con pintura y "
                    "esquivarlos al arar o deshierbar.",
                ),
                (
                    "Cosechar con medida",
                    "Cada año cortar un tallo o algunas ramas para leña y dejar crecer los demás.",
                ),
            ],
        },
        "worked": {
            "en": "After {years} years we had about 40 trees per hectare, less wind damage on "
            "seedlings, and {crop} yields were better under and near the trees.",
            "fr": "Après {years} ans, nous avions environ 40 arbres par hectare, moins de dégâts "
            "du vent sur les semis, et de meilleurs rendements en {crop} sous les arbres et à "
            "proximité.",
            "es": "Después de {years} años teníamos unos 40 árboles por hectárea, menos daño del "
            "viento en las plántulas y mejores rendimientos de {crop} bajo los árboles y cerca "
            "de ellos.",
        },
        "did_not_work": {
            "en": "Some neighbours cut our trees for firewood until the village agreed on rules. "
            "Right under the big crowns the shade lowered yields.",
            "fr": "Certains voisins coupaient nos arbres pour le bois jusqu'à ce que le village "
            "adopte des règles. Juste sous les grands houppiers, l'ombre faisait baisser les "
            "rendements.",
            "es": "Algunos vecinos cortaban nuestros árboles para leña hasta que la comunidad "
            "acordó reglas. Justo debajo de las copas grandes la sombra bajaba los rendimientos.",
        },
        "failure": {
            "en": "Without a village agreement, the young trees were cut or browsed every dry "
            "season, and after {years} years almost none were left. One farmer alone could not "
            "protect them.",
            "fr": "Sans accord au niveau du village, les jeunes arbres ont été coupés ou broutés "
            "à chaque saison sèche ; après {years} ans il n'en restait presque plus. Un "
            "producteur seul ne pouvait pas les protéger.",
            "es": "Sin un acuerdo comunitario, los árboles jóvenes fueron cortados o ramoneados "
            "cada época seca y después de {years} años casi no quedaba ninguno. Un productor "
            "solo no podía protegerlos.",
        },
        "tags": {
            "en": ["FMNR", "parkland", "Faidherbia", "trees on farms"],
            "fr": ["RNA", "parc agroforestier", "Faidherbia", "arbres dans les champs"],
            "es": ["RNA", "parque agroforestal", "Faidherbia", "árboles en la finca"],
        },
        "quote": {
            "en": "The trees were always in my field; I only had to stop killing them.",
            "fr": "Les arbres ont toujours été dans mon champ ; il fallait seulement arrêter de "
            "les tuer.",
            "es": "Los árboles siempre estuvieron en mi parcela; solo tenía que dejar de matarlos.",
        },
    },
    {
        "title": {
            "en": "Gliricidia alley cropping with {crop}",
            "fr": "Culture en couloirs : haies de Gliricidia et {crop}",
            "es": "Cultivo en callejones de gliricidia con {crop}",
        },
        "summary": {
            "en": "We planted rows of Gliricidia every five metres and grew the crop in the "
            "alleys between them. Pruning the hedges several times a season gives a leafy mulch "
            "that adds nitrogen to the soil.",
            "fr": "Nous avons planté des lignes de Gliricidia tous les cinq mètres et cultivé "
            "dans les couloirs entre elles. Les tailles, plusieurs fois par saison, donnent un "
            "paillis de feuilles qui apporte de l'azote au sol.",
            "es": "Plantamos hileras de gliricidia cada cinco metros y sembramos el cultivo en "
            "los callejones entre ellas. Las podas, varias veces por temporada, dan un "
            "acolchado de hojas que aporta nitrógeno al suelo.",
        },
        "steps": {
            "en": [
                (
                    "Plant the hedges",
                    "Plant cuttings or seedlings 50 cm apart along the contour, "
                    "in rows about five metres apart.",
                ),
                (
                    "Let them establish",
                    "Protect the young hedges from animals and fire during the first two years.",
                ),
                (
                    "Prune before sowing",
                    "Cut the hedges back to 50 cm just before sowing and "
                    "spread the leaves between the crop rows.",
                ),
                (
                    "Prune again",
                    "Prune once or twice more during the season so the hedges do "
                    "not shade the crop.",
                ),
            ],
            "fr": [
                (
                    "Planter les haies",
                    "Planter boutures ou plants tous les 50 cm en courbes de "
                    "niveau, en lignes espacées d'environ cinq mètres.",
                ),
                (
                    "Laisser s'installer",
                    "Protéger les jeunes haies des animaux et du feu pendant "
                    "les deux premières années.",
                ),
                (
                    "Tailler avant le semis",
                    "Rabattre les haies à 50 cm juste avant le semis et "
                    "épandre les feuilles entre les lignes de culture.",
                ),
                (
                    "Tailler encore",
                    "Tailler une ou deux fois de plus pendant la saison pour que "
                    "les haies n'ombragent pas la culture.",
                ),
            ],
            "es": [
                (
                    "Plantar los setos",
                    "Plantar estacas o plántulas cada 50 cm en curvas de "
                    "nivel, en hileras separadas unos cinco metros.",
                ),
                (
                    "Dejar que se establezcan",
                    "Proteger los setos jóvenes de los animales y del "
                    "fuego durante los dos primeros años.",
                ),
                (
                    "Podar antes de sembrar",
                    "Rebajar los setos a 50 cm justo antes de la siembra "
                    "y repartir las hojas entre los surcos.",
                ),
                (
                    "Volver a podar",
                    "Podar una o dos veces más durante la temporada para que los "
                    "setos no den sombra al cultivo.",
                ),
            ],
        },
        "worked": {
            "en": "From the third year the prunings replaced part of the urea and the soil was "
            "darker and softer. {crop} yields held up better in dry years.",
            "fr": "Dès la troisième année, les tailles ont remplacé une partie de l'urée et le "
            "sol était plus sombre et plus meuble. Les rendements en {crop} ont mieux résisté "
            "les années sèches.",
            "es": "Desde el tercer año las podas reemplazaron parte de la urea y el suelo estaba "
            "más oscuro y suelto. Los rendimientos de {crop} aguantaron mejor en los años secos.",
        },
        "did_not_work": {
            "en": "Pruning takes many hours just when labour is needed for weeding. Termites "
            "destroyed some cuttings in the first year.",
            "fr": "La taille prend beaucoup de temps, justement quand il faut sarcler. Les "
            "termites ont détruit des boutures la première année.",
            "es": "La poda lleva muchas horas justo cuando hace falta mano de obra para "
            "deshierbar. Las termitas destruyeron algunas estacas el primer año.",
        },
        "failure": {
            "en": "The hedges were planted but never pruned on time because labour was short, "
            "so they shaded the {crop} crop and competed for water. After {years} years we "
            "removed half of them.",
            "fr": "Les haies ont été plantées mais jamais taillées à temps, faute de main-"
            "d'œuvre : elles ont ombragé la culture ({crop}) et lui ont pris de l'eau. Après "
            "{years} ans, nous en avons arraché la moitié.",
            "es": "Los setos se plantaron pero nunca se podaron a tiempo por falta de mano de "
            "obra, así que dieron sombra al cultivo de {crop} y le quitaron agua. Después de "
            "{years} años arrancamos la mitad.",
        },
        "tags": {
            "en": ["alley cropping", "Gliricidia", "green manure", "nitrogen-fixing trees"],
            "fr": ["culture en couloirs", "Gliricidia", "engrais vert", "arbres fixateurs d'azote"],
            "es": ["cultivo en callejones", "gliricidia", "abono verde", "árboles fijadores"],
        },
        "quote": {
            "en": "The hedges are my fertiliser factory, but the factory needs workers.",
            "fr": "Les haies sont mon usine d'engrais, mais l'usine a besoin d'ouvriers.",
            "es": "Los setos son mi fábrica de abono, pero la fábrica necesita trabajadores.",
        },
    },
    {
        "title": {
            "en": "Tree rows across {crop} fields",
            "fr": "Lignes d'arbres dans les parcelles en {crop}",
            "es": "Hileras de árboles en parcelas de {crop}",
        },
        "summary": {
            "en": "We planted rows of walnut, wild cherry and service trees 28 metres apart "
            "across our arable fields, with a grass strip under each row. The trees will give "
            "timber and fruit in the long run; they already slow erosion and shelter the crop.",
            "fr": "Nous avons planté des lignes de noyers, merisiers et cormiers tous les 28 "
            "mètres dans nos parcelles de grandes cultures, avec une bande enherbée sous chaque "
            "ligne. Les arbres donneront du bois d'œuvre et des fruits à long terme ; ils "
            "freinent déjà l'érosion et abritent la culture.",
            "es": "Plantamos hileras de nogales, cerezos silvestres y serbales cada 28 metros en "
            "nuestras parcelas de cultivo, con una franja de pasto bajo cada hilera. Los árboles "
            "darán madera y fruta a largo plazo; ya frenan la erosión y protegen el cultivo.",
        },
        "steps": {
            "en": [
                (
                    "Design for the machines",
                    "Space the rows at a multiple of the widest machine "
                    "and orient them north-south where possible.",
                ),
                (
                    "Plant and protect",
                    "Plant in winter into a ripped line, with a mulch mat and "
                    "a guard against deer and hares.",
                ),
                (
                    "Manage the strip",
                    "Sow a flowering grass strip under the trees and mow it once a year.",
                ),
                (
                    "Prune every winter",
                    "Form-prune each winter to get a clean trunk of 4 to 6 metres.",
                ),
                (
                    "Root-prune if needed",
                    "Run a subsoiler along the rows every few years so the "
                    "tree roots go deep instead of into the crop.",
                ),
            ],
            "fr": [
                (
                    "Concevoir pour les machines",
                    "Espacer les lignes d'un multiple de la largeur "
                    "du plus grand outil et les orienter nord-sud quand c'est possible.",
                ),
                (
                    "Planter et protéger",
                    "Planter en hiver sur une ligne sous-solée, avec un "
                    "paillage et une protection contre les chevreuils et les lièvres.",
                ),
                (
                    "Gérer la bande enherbée",
                    "Semer une bande herbacée fleurie sous les arbres et "
                    "la faucher une fois par an.",
                ),
                (
                    "Tailler chaque hiver",
                    "Faire une taille de formation chaque hiver pour "
                    "obtenir un tronc net de 4 à 6 mètres.",
                ),
                (
                    "Cerner les racines si besoin",
                    "Passer une dent de sous-soleuse le long des "
                    "lignes tous les quelques ans pour que les racines plongent au lieu de "
                    "concurrencer la culture.",
                ),
            ],
            "es": [
                (
                    "Diseñar para la maquinaria",
                    "Separar las hileras un múltiplo del ancho de la "
                    "máquina más grande y orientarlas de norte a sur cuando se pueda.",
                ),
                (
                    "Plantar y proteger",
                    "Plantar en invierno sobre una línea subsolada, con "
                    "acolchado y un protector contra ciervos y liebres.",
                ),
                (
                    "Manejar la franja",
                    "Sembrar una franja de pasto con flores bajo los árboles y "
                    "segarla una vez al año.",
                ),
                (
                    "Podar cada invierno",
                    "Hacer una poda de formación cada invierno para obtener "
                    "un fuste limpio de 4 a 6 metros.",
                ),
                (
                    "Podar raíces si hace falta",
                    "Pasar un subsolador a lo largo de las hileras "
                    "cada pocos años para que las raíces vayan hondo y no compitan con el cultivo.",
                ),
            ],
        },
        "worked": {
            "en": "With good guards few trees died, and the grass strips filled with beneficial "
            "insects. After {years} years {crop} yields between the rows have not dropped.",
            "fr": "Avec de bonnes protections, peu d'arbres sont morts et les bandes enherbées "
            "se sont remplies d'auxiliaires. Après {years} ans, les rendements en {crop} entre "
            "les lignes n'ont pas baissé.",
            "es": "Con buenos protectores murieron pocos árboles y las franjas de pasto se "
            "llenaron de insectos benéficos. Después de {years} años, los rendimientos de {crop} "
            "entre las hileras no han bajado.",
        },
        "did_not_work": {
            "en": "Turning at the headlands takes more time. In busy years the pruning fell "
            "behind and some trees forked.",
            "fr": "Les manœuvres en bout de ligne prennent plus de temps. Les années chargées, "
            "la taille a pris du retard et certains arbres ont fourché.",
            "es": "Las vueltas en las cabeceras llevan más tiempo. En los años de mucho trabajo "
            "la poda se atrasó y algunos árboles se bifurcaron.",
        },
        "failure": {
            "en": "Voles and a dry first summer killed over half of the young trees, and "
            "replanting twice cost far more than planned. We gave up the project on that field.",
            "fr": "Les campagnols et un premier été sec ont tué plus de la moitié des jeunes "
            "arbres, et replanter deux fois a coûté bien plus que prévu. Nous avons abandonné le "
            "projet sur cette parcelle.",
            "es": "Los topillos y un primer verano seco mataron más de la mitad de los árboles "
            "jóvenes, y replantar dos veces costó mucho más de lo previsto. Abandonamos el "
            "proyecto en esa parcela.",
        },
        "tags": {
            "en": ["agroforestry", "silvoarable", "timber trees", "biodiversity"],
            "fr": [
                "agroforesterie",
                "agroforesterie intraparcellaire",
                "bois d'œuvre",
                "biodiversité",
            ],
            "es": ["agroforestería", "silvoagrícola", "árboles maderables", "biodiversidad"],
        },
        "quote": {
            "en": "I planted these trees for my grandchildren, but the soil is already thanking "
            "me.",
            "fr": "J'ai planté ces arbres pour mes petits-enfants, mais le sol me remercie déjà.",
            "es": "Planté estos árboles para mis nietos, pero el suelo ya me lo está agradeciendo.",
        },
    },
]

_REDUCED_TILLAGE: list[dict] = [
    {
        "title": {
            "en": "No-till planting of {crop} with a jab planter",
            "fr": "Semis direct à la canne planteuse ({crop})",
            "es": "Siembra directa de {crop} con sembradora manual",
        },
        "summary": {
            "en": "We stopped hoeing and ploughing the whole field and planted straight through "
            "the previous crop residue with a jab planter. We wanted to save labour at planting "
            "and keep the soil structure and moisture.",
            "fr": "Nous avons arrêté de biner et de labourer tout le champ et semé directement à "
            "travers les résidus de la culture précédente avec une canne planteuse. Nous "
            "voulions gagner du temps au semis et garder la structure et l'humidité du sol.",
            "es": "Dejamos de azadonar y arar toda la parcela y sembramos directamente sobre los "
            "rastrojos del cultivo anterior con una sembradora manual (matraca). Queríamos "
            "ahorrar trabajo en la siembra y conservar la estructura y la humedad del suelo.",
        },
        "steps": {
            "en": [
                (
                    "Keep the residue",
                    "Leave last season's stalks on the surface; do not burn or remove them all.",
                ),
                (
                    "Control weeds before planting",
                    "Slash or hand-pull weeds, or use a herbicide "
                    "once before planting if you know how to handle it safely.",
                ),
                (
                    "Plant on time",
                    "Plant with the first good rains; the jab planter places seed "
                    "and fertiliser in one move.",
                ),
                (
                    "Weed early",
                    "Weed at two and five weeks: without tillage, early weeding decides the yield.",
                ),
            ],
            "fr": [
                (
                    "Garder les résidus",
                    "Laisser les tiges de la saison passée en surface, sans "
                    "les brûler ni les exporter toutes.",
                ),
                (
                    "Maîtriser les adventices avant le semis",
                    "Faucher ou arracher les adventices "
                    "à la main, ou faire un seul désherbage chimique avant le semis si l'on sait "
                    "manipuler le produit en sécurité.",
                ),
                (
                    "Semer à temps",
                    "Semer dès les premières bonnes pluies : la canne planteuse "
                    "place la graine et l'engrais en un seul geste.",
                ),
                (
                    "Sarcler tôt",
                    "Sarcler à deux et à cinq semaines : sans travail du sol, le "
                    "premier sarclage fait le rendement.",
                ),
            ],
            "es": [
                (
                    "Dejar los rastrojos",
                    "Dejar los tallos de la temporada pasada sobre el suelo, "
                    "sin quemarlos ni sacarlos todos.",
                ),
                (
                    "Controlar malezas antes de sembrar",
                    "Chapear o arrancar las malezas a mano, o "
                    "aplicar un herbicida una sola vez antes de sembrar si se sabe usar con "
                    "seguridad.",
                ),
                (
                    "Sembrar a tiempo",
                    "Sembrar con las primeras buenas lluvias: la matraca pone "
                    "la semilla y el fertilizante en un solo movimiento.",
                ),
                (
                    "Deshierbar temprano",
                    "Deshierbar a las dos y a las cinco semanas: sin "
                    "labranza, la primera deshierba decide el rendimiento.",
                ),
            ],
        },
        "worked": {
            "en": "Planting took half the time, so we planted on time even when the rains were "
            "short. After {years} seasons the soil held water longer and {crop} yields were more "
            "regular.",
            "fr": "Le semis a pris deux fois moins de temps, si bien que nous avons semé à temps "
            "même quand les pluies étaient courtes. Après {years} saisons, le sol gardait l'eau "
            "plus longtemps et les rendements en {crop} étaient plus réguliers.",
            "es": "La siembra llevó la mitad de tiempo, así que sembramos a tiempo incluso con "
            "lluvias cortas. Después de {years} temporadas el suelo retenía el agua más tiempo y "
            "los rendimientos de {crop} eran más regulares.",
        },
        "did_not_work": {
            "en": "Weeds were heavy in the first two years. On compacted spots the seed went in "
            "badly until we broke the hardpan once.",
            "fr": "Les adventices ont été nombreuses les deux premières années. Sur les zones "
            "tassées, la graine était mal placée jusqu'à ce que nous cassions la semelle une "
            "fois.",
            "es": "Las malezas fueron abundantes los dos primeros años. En las zonas compactadas "
            "la semilla quedaba mal puesta hasta que rompimos el piso de arado una vez.",
        },
        "failure": {
            "en": "With too little residue and heavy weeds, no-till gave lower {crop} yields for "
            "{years} seasons in a row and we went back to the hoe. We lacked both mulch and a "
            "safe way to control weeds.",
            "fr": "Avec trop peu de résidus et beaucoup d'adventices, le semis direct a donné de "
            "moins bons rendements en {crop} pendant {years} saisons de suite, et nous sommes "
            "revenus à la houe. Il nous manquait à la fois le paillis et un moyen sûr de "
            "maîtriser les adventices.",
            "es": "Con pocos rastrojos y muchas malezas, la siembra directa dio menores "
            "rendimientos de {crop} durante {years} temporadas seguidas y volvimos al azadón. "
            "Nos faltaba tanto el acolchado como una forma segura de controlar las malezas.",
        },
        "tags": {
            "en": ["no-till", "conservation agriculture", "jab planter", "labour saving"],
            "fr": [
                "semis direct",
                "agriculture de conservation",
                "canne planteuse",
                "gain de temps",
            ],
            "es": [
                "siembra directa",
                "agricultura de conservación",
                "matraca",
                "ahorro de trabajo",
            ],
        },
        "quote": {
            "en": "My back thanks me, and the soil does not dry out the way it used to.",
            "fr": "Mon dos me dit merci, et le sol ne sèche plus comme avant.",
            "es": "Mi espalda me lo agradece, y el suelo ya no se seca como antes.",
        },
    },
    {
        "title": {
            "en": "Strip-till for {crop} on loam soil",
            "fr": "Strip-till sur sol limoneux ({crop})",
            "es": "Labranza en franjas para {crop} en suelo franco",
        },
        "summary": {
            "en": "We replaced ploughing with strip-till: only a band about 20 cm wide is worked "
            "where the seed goes, and the rest of the surface keeps its residue. We wanted to "
            "cut fuel and time while keeping a warmer seedbed than full no-till.",
            "fr": "Nous avons remplacé le labour par le strip-till : seule une bande d'environ 20 "
            "cm est travaillée sur la ligne de semis, le reste de la surface garde ses résidus. "
            "Le but : économiser carburant et temps, avec un lit de semence plus chaud qu'en "
            "semis direct strict.",
            "es": "Reemplazamos la arada por labranza en franjas (strip-till): solo se trabaja "
            "una banda de unos 20 cm donde va la semilla y el resto de la superficie conserva "
            "sus rastrojos. Queríamos ahorrar combustible y tiempo, con una cama de siembra más "
            "cálida que en siembra directa pura.",
        },
        "steps": {
            "en": [
                (
                    "Set up the machine",
                    "Fit row cleaners, a shank and closing discs, and set the "
                    "working depth to 15 to 20 cm.",
                ),
                (
                    "Work strips at the right moisture",
                    "Strip in autumn on heavy soils or in "
                    "spring on lighter ones, and only when the soil crumbles in the hand.",
                ),
                (
                    "Place fertiliser in the strip",
                    "Apply a starter fertiliser in the band to feed the seedlings early.",
                ),
                (
                    "Drill on the strips",
                    "Use GPS guidance or markers so the drill follows the strips exactly.",
                ),
            ],
            "fr": [
                (
                    "Régler la machine",
                    "Monter des chasse-débris, une dent et des disques "
                    "refermeurs ; régler la profondeur de travail à 15-20 cm.",
                ),
                (
                    "Travailler au bon état d'humidité",
                    "Faire les bandes à l'automne en sols "
                    "lourds, au printemps en sols plus légers, et seulement quand la terre s'émiette "
                    "dans la main.",
                ),
                (
                    "Localiser l'engrais",
                    "Apporter un engrais starter dans la bande pour nourrir "
                    "les jeunes plantes tôt.",
                ),
                (
                    "Semer sur les bandes",
                    "Utiliser le guidage GPS ou des traceurs pour que le "
                    "semoir suive exactement les bandes.",
                ),
            ],
            "es": [
                (
                    "Preparar la máquina",
                    "Montar limpiadores de surco, un brazo y discos de "
                    "cierre; regular la profundidad de trabajo a 15-20 cm.",
                ),
                (
                    "Trabajar con la humedad justa",
                    "Hacer las franjas en otoño en suelos pesados "
                    "o en primavera en suelos livianos, y solo cuando la tierra se desmenuza en la "
                    "mano.",
                ),
                (
                    "Poner el fertilizante en la franja",
                    "Aplicar un fertilizante de arranque en "
                    "la banda para alimentar pronto a las plántulas.",
                ),
                (
                    "Sembrar sobre las franjas",
                    "Usar guiado GPS o marcadores para que la "
                    "sembradora siga exactamente las franjas.",
                ),
            ],
        },
        "worked": {
            "en": "Fuel use fell by about half and the soil carried the machines better in wet "
            "springs. {crop} emergence was as good as after ploughing.",
            "fr": "La consommation de carburant a baissé de moitié environ et le sol portait "
            "mieux les machines les printemps humides. La levée en {crop} était aussi bonne "
            "qu'après labour.",
            "es": "El consumo de combustible bajó más o menos a la mitad y el suelo soportó "
            "mejor las máquinas en primaveras húmedas. La emergencia del cultivo de {crop} fue "
            "tan buena como tras la arada.",
        },
        "did_not_work": {
            "en": "The machine was expensive and it took a season to learn the settings. Slugs "
            "and voles increased in the undisturbed inter-rows.",
            "fr": "La machine coûte cher et il a fallu une saison pour maîtriser les réglages. "
            "Limaces et campagnols ont augmenté dans les inter-rangs non travaillés.",
            "es": "La máquina es cara y llevó una temporada aprender a regularla. Las babosas y "
            "los topillos aumentaron en las entrelíneas sin labrar.",
        },
        "failure": {
            "en": "In a cold, wet spring the strips stayed cloddy and sealed, the {crop} crop "
            "came up unevenly and part of the field had to be re-sown. The soil was too wet for "
            "the system that year and we lost money.",
            "fr": "Par un printemps froid et humide, les bandes sont restées motteuses et "
            "lissées, la levée ({crop}) a été irrégulière et il a fallu ressemer une partie du "
            "champ. Le sol était trop humide pour ce système cette année-là, et nous avons perdu "
            "de l'argent.",
            "es": "En una primavera fría y húmeda las franjas quedaron con terrones y selladas, "
            "el cultivo de {crop} nació desparejo y hubo que resembrar parte del lote. Ese año "
            "el suelo estaba demasiado húmedo para el sistema y perdimos dinero.",
        },
        "tags": {
            "en": ["strip-till", "minimum tillage", "fuel saving", "soil structure"],
            "fr": ["strip-till", "travail simplifié", "économie de carburant", "structure du sol"],
            "es": [
                "labranza en franjas",
                "labranza mínima",
                "ahorro de combustible",
                "estructura del suelo",
            ],
        },
        "quote": {
            "en": "We move less soil and burn less diesel, and we see more worms.",
            "fr": "On remue moins de terre, on brûle moins de gasoil, et on voit plus de vers.",
            "es": "Movemos menos tierra, quemamos menos gasoil y vemos más lombrices.",
        },
    },
    {
        "title": {
            "en": "Ox-drawn ripper instead of the plough for {crop}",
            "fr": "Ripper à traction animale à la place de la charrue ({crop})",
            "es": "Subsolador de tracción animal en lugar del arado para {crop}",
        },
        "summary": {
            "en": "We fitted a ripper tine to our ox plough beam and opened only planting lines "
            "instead of turning the whole field. The rip lines catch rainwater and the oxen "
            "finish in a third of the time.",
            "fr": "Nous avons monté une dent de ripper sur l'âge de notre charrue à bœufs et "
            "n'ouvrons plus que les lignes de semis au lieu de retourner tout le champ. Les "
            "sillons captent l'eau de pluie et les bœufs finissent trois fois plus vite.",
            "es": "Montamos un brazo subsolador en el timón de nuestro arado de bueyes y solo "
            "abrimos las líneas de siembra en lugar de voltear toda la parcela. Las líneas "
            "captan el agua de lluvia y los bueyes terminan en un tercio del tiempo.",
        },
        "steps": {
            "en": [
                (
                    "Fit the ripper",
                    "Bolt the ripper tine to the plough beam; a local blacksmith can make one.",
                ),
                (
                    "Rip along the contour",
                    "Rip lines 75 to 90 cm apart along the contour, 15 to "
                    "20 cm deep, ideally before the rains.",
                ),
                (
                    "Plant in the lines",
                    "Place seed and manure or fertiliser in the rip lines with the first rain.",
                ),
                (
                    "Keep residue between the lines",
                    "Leave stalks and cut weeds between the lines as cover.",
                ),
            ],
            "fr": [
                (
                    "Monter le ripper",
                    "Boulonner la dent sur l'âge de la charrue ; un forgeron "
                    "local peut la fabriquer.",
                ),
                (
                    "Ouvrir en courbes de niveau",
                    "Ouvrir des lignes espacées de 75 à 90 cm en "
                    "suivant les courbes de niveau, à 15-20 cm de profondeur, si possible avant les "
                    "pluies.",
                ),
                (
                    "Semer dans les lignes",
                    "Placer la semence et le fumier ou l'engrais dans les "
                    "lignes dès la première pluie.",
                ),
                (
                    "Laisser les résidus entre les lignes",
                    "Laisser les tiges et les adventices "
                    "coupées entre les lignes comme couverture.",
                ),
            ],
            "es": [
                (
                    "Montar el subsolador",
                    "Atornillar el brazo al timón del arado; un herrero local puede fabricarlo.",
                ),
                (
                    "Abrir en curvas de nivel",
                    "Abrir líneas separadas 75 a 90 cm siguiendo las "
                    "curvas de nivel, a 15-20 cm de profundidad, mejor antes de las lluvias.",
                ),
                (
                    "Sembrar en las líneas",
                    "Poner la semilla y el estiércol o el fertilizante en "
                    "las líneas con la primera lluvia.",
                ),
                (
                    "Dejar rastrojos entre líneas",
                    "Dejar los tallos y las malezas cortadas entre las líneas como cobertura.",
                ),
            ],
        },
        "worked": {
            "en": "The oxen finished ripping early, so we planted with the first rains. Water "
            "soaked into the lines and the {crop} crop suffered less in dry spells.",
            "fr": "Les bœufs ont fini tôt, si bien que nous avons semé dès les premières pluies. "
            "L'eau s'infiltrait dans les lignes et les parcelles en {crop} ont moins souffert "
            "des poches de sécheresse.",
            "es": "Los bueyes terminaron pronto, así que sembramos con las primeras lluvias. El "
            "agua se infiltraba en las líneas y el cultivo de {crop} sufrió menos en los "
            "veranillos.",
        },
        "did_not_work": {
            "en": "Weeds between the lines need more hand weeding. Stony patches broke two tines.",
            "fr": "Les adventices entre les lignes demandent plus de sarclage à la main. Les "
            "zones caillouteuses ont cassé deux dents.",
            "es": "Las malezas entre líneas exigen más deshierbe a mano. Las zonas pedregosas "
            "rompieron dos brazos.",
        },
        "failure": {
            "en": "At the end of the dry season our oxen were weak and the soil too hard to rip, "
            "so we planted late anyway. After {years} years with no residue cover, the "
            "difference from ploughing was small.",
            "fr": "En fin de saison sèche, nos bœufs étaient faibles et le sol trop dur pour "
            "passer le ripper : nous avons semé tard malgré tout. Après {years} ans sans "
            "couverture de résidus, la différence avec le labour restait faible.",
            "es": "Al final de la época seca nuestros bueyes estaban débiles y el suelo "
            "demasiado duro para subsolar, así que sembramos tarde de todas formas. Después de "
            "{years} años sin cobertura de rastrojos, la diferencia con la arada era pequeña.",
        },
        "tags": {
            "en": ["ripper", "minimum tillage", "draught animals", "infiltration"],
            "fr": ["ripper", "travail minimum", "traction animale", "infiltration"],
            "es": ["subsolador", "labranza mínima", "tracción animal", "infiltración"],
        },
        "quote": {
            "en": "The plough turned the soil over; the ripper just opens it, and the rain does "
            "the rest.",
            "fr": "La charrue retournait la terre ; le ripper l'ouvre seulement, et la pluie fait "
            "le reste.",
            "es": "El arado volteaba la tierra; el subsolador solo la abre, y la lluvia hace el "
            "resto.",
        },
    },
]

_RESIDUE_RETENTION: list[dict] = [
    {
        "title": {
            "en": "Sowing into the straw instead of burning it ({crop})",
            "fr": "Semer dans la paille au lieu de la brûler ({crop})",
            "es": "Sembrar sobre la paja en lugar de quemarla ({crop})",
        },
        "summary": {
            "en": "For years we burned the straw to clear the field quickly for the next crop. "
            "We now chop it and sow straight into it, to stop the smoke, keep organic matter in "
            "the soil and save water.",
            "fr": "Pendant des années, nous avons brûlé la paille pour libérer vite le champ "
            "avant la culture suivante. Aujourd'hui nous la broyons et semons directement "
            "dedans, pour en finir avec la fumée, garder la matière organique dans le sol et "
            "économiser l'eau.",
            "es": "Durante años quemamos la paja para despejar rápido el campo para el siguiente "
            "cultivo. Ahora la picamos y sembramos directamente sobre ella, para acabar con el "
            "humo, mantener la materia orgánica en el suelo y ahorrar agua.",
        },
        "steps": {
            "en": [
                (
                    "Spread the straw",
                    "Ask the harvester operator to spread the straw evenly; "
                    "heaps block the seeder.",
                ),
                (
                    "Sow directly",
                    "Use a seeder that cuts through the straw, such as a Happy "
                    "Seeder or a disc drill.",
                ),
                (
                    "Adjust irrigation",
                    "The mulch keeps moisture longer: irrigate less often and watch the crop.",
                ),
                (
                    "Watch for pests",
                    "Check for rats and termites in the mulch during the first weeks.",
                ),
            ],
            "fr": [
                (
                    "Étaler la paille",
                    "Demander au chauffeur de la moissonneuse d'étaler la "
                    "paille régulièrement : les tas bourrent le semoir.",
                ),
                (
                    "Semer directement",
                    "Utiliser un semoir qui tranche la paille, comme le Happy "
                    "Seeder ou un semoir à disques.",
                ),
                (
                    "Adapter l'irrigation",
                    "Le paillis garde l'humidité plus longtemps : irriguer "
                    "moins souvent et observer la culture.",
                ),
                (
                    "Surveiller les ravageurs",
                    "Surveiller rats et termites dans le paillis pendant les premières semaines.",
                ),
            ],
            "es": [
                (
                    "Esparcir la paja",
                    "Pedir al operador de la cosechadora que esparza la paja de "
                    "forma pareja: los montones atascan la sembradora.",
                ),
                (
                    "Sembrar directo",
                    "Usar una sembradora que corte la paja, como la Happy Seeder "
                    "o una sembradora de discos.",
                ),
                (
                    "Ajustar el riego",
                    "El acolchado guarda la humedad más tiempo: regar con menos "
                    "frecuencia y observar el cultivo.",
                ),
                (
                    "Vigilar las plagas",
                    "Revisar ratas y termitas en el acolchado durante las primeras semanas.",
                ),
            ],
        },
        "worked": {
            "en": "No more smoke, and the soil was softer and moister under the mulch. After "
            "{years} seasons we save one irrigation and {crop} yields are the same or better.",
            "fr": "Plus de fumée, et le sol était plus meuble et plus frais sous le paillis. "
            "Après {years} saisons, nous économisons une irrigation et les rendements en {crop} "
            "sont égaux ou meilleurs.",
            "es": "Se acabó el humo y el suelo quedó más suelto y húmedo bajo el acolchado. "
            "Después de {years} temporadas ahorramos un riego y los rendimientos de {crop} son "
            "iguales o mejores.",
        },
        "did_not_work": {
            "en": "Machines were not available on time and renting them is costly. Straw heaps "
            "left by the harvester clogged the seeder.",
            "fr": "Les machines n'étaient pas disponibles à temps et leur location coûte cher. "
            "Les tas de paille laissés par la moissonneuse ont bourré le semoir.",
            "es": "Las máquinas no estaban disponibles a tiempo y alquilarlas es caro. Los "
            "montones de paja que dejó la cosechadora atascaron la sembradora.",
        },
        "failure": {
            "en": "The rented seeder came two weeks late and we had to sow late into wet straw; "
            "germination was poor and {crop} yields fell. Without our own machine, the timing "
            "did not work.",
            "fr": "Le semoir loué est arrivé avec deux semaines de retard et nous avons dû semer "
            "tard dans une paille humide ; la levée a été mauvaise et les rendements en {crop} "
            "ont baissé. Sans machine à nous, le calendrier ne tenait pas.",
            "es": "La sembradora alquilada llegó dos semanas tarde y tuvimos que sembrar tarde "
            "sobre paja húmeda; la germinación fue mala y bajaron los rendimientos de {crop}. "
            "Sin máquina propia, los tiempos no cuadraban.",
        },
        "tags": {
            "en": ["residue retention", "no burning", "mulch", "Happy Seeder"],
            "fr": ["maintien des résidus", "zéro brûlage", "paillis", "Happy Seeder"],
            "es": ["retención de rastrojos", "sin quemas", "acolchado", "Happy Seeder"],
        },
        "quote": {
            "en": "The smoke is gone, and the straw now works for my soil instead of against my "
            "lungs.",
            "fr": "La fumée a disparu, et la paille travaille pour mon sol au lieu d'abîmer mes "
            "poumons.",
            "es": "Se fue el humo, y la paja ahora trabaja para mi suelo en lugar de dañar mis "
            "pulmones.",
        },
    },
    {
        "title": {
            "en": "Keeping half the {crop} stalks as mulch",
            "fr": "Garder la moitié des tiges en paillage ({crop})",
            "es": "Dejar la mitad de los rastrojos de {crop} como acolchado",
        },
        "summary": {
            "en": "Stalks are precious fodder around {place}, so we agreed to leave at least half "
            "of them on the field as mulch and store the rest for the animals. We wanted to "
            "protect the soil from sun and wind without starving the livestock.",
            "fr": "Ici, à {place}, les tiges sont un fourrage précieux : nous avons donc décidé "
            "d'en laisser au moins la moitié au champ en paillage et de stocker le reste pour "
            "les animaux. Nous voulions protéger le sol du soleil et du vent sans affamer le "
            "bétail.",
            "es": "En {place} los rastrojos son un forraje valioso, así que acordamos dejar al "
            "menos la mitad en el campo como acolchado y guardar el resto para los animales. "
            "Queríamos proteger el suelo del sol y del viento sin dejar sin comida al ganado.",
        },
        "steps": {
            "en": [
                (
                    "Cut high",
                    "Cut the stalks high at harvest and leave the lower half standing; "
                    "it traps wind-blown sand and leaves.",
                ),
                (
                    "Lay the rest across the slope",
                    "Lay some stalks across the slope between the rows.",
                ),
                (
                    "Store the fodder",
                    "Tie the other half in bundles and store it on a platform for the dry season.",
                ),
                (
                    "Agree with herders",
                    "Discuss with neighbours and herders which fields stay "
                    "closed to grazing until the rains.",
                ),
            ],
            "fr": [
                (
                    "Couper haut",
                    "Couper les tiges haut à la récolte et laisser la moitié basse "
                    "debout : elle piège le sable et les feuilles apportés par le vent.",
                ),
                (
                    "Coucher le reste en travers de la pente",
                    "Coucher une partie des tiges en travers de la pente, entre les lignes.",
                ),
                (
                    "Stocker le fourrage",
                    "Bottler l'autre moitié et la stocker sur un hangar pour la saison sèche.",
                ),
                (
                    "S'entendre avec les éleveurs",
                    "Convenir avec les voisins et les éleveurs des "
                    "champs fermés au pâturage jusqu'aux pluies.",
                ),
            ],
            "es": [
                (
                    "Cortar alto",
                    "Cortar los tallos altos en la cosecha y dejar en pie la mitad "
                    "de abajo: atrapa la arena y las hojas que trae el viento.",
                ),
                (
                    "Tender el resto atravesado",
                    "Tender una parte de los tallos atravesados a la pendiente, entre los surcos.",
                ),
                (
                    "Guardar el forraje",
                    "Atar la otra mitad en manojos y guardarla en un tapanco para la época seca.",
                ),
                (
                    "Acordar con los pastores",
                    "Acordar con vecinos y pastores qué parcelas "
                    "quedan cerradas al pastoreo hasta las lluvias.",
                ),
            ],
        },
        "worked": {
            "en": "Termites broke the mulch down and left small holes that let the first rains "
            "soak in. {crop} came up better on the mulched plots.",
            "fr": "Les termites ont décomposé le paillis et laissé de petites galeries qui "
            "laissaient entrer les premières pluies. La levée en {crop} était meilleure sur les "
            "parcelles paillées.",
            "es": "Las termitas descompusieron el acolchado y dejaron pequeñas galerías por "
            "donde se infiltraron las primeras lluvias. El cultivo de {crop} nació mejor en las "
            "parcelas con acolchado.",
        },
        "did_not_work": {
            "en": "Some animals still got in before the rains. In a bad year we needed all the "
            "stalks for feed.",
            "fr": "Des animaux sont quand même entrés avant les pluies. Une mauvaise année, il a "
            "fallu toutes les tiges pour nourrir le bétail.",
            "es": "Algunos animales entraron igual antes de las lluvias. En un mal año "
            "necesitamos todos los rastrojos para alimentar al ganado.",
        },
        "failure": {
            "en": "After a poor harvest there was not enough fodder, so all the stalks went to "
            "the animals and the plots were bare again. For {years} years the practice depended "
            "more on the rains than on our plan.",
            "fr": "Après une mauvaise récolte, le fourrage manquait : toutes les tiges sont "
            "allées aux animaux et les parcelles se sont retrouvées nues. Pendant {years} ans, "
            "la pratique a dépendu des pluies plus que de notre plan.",
            "es": "Tras una mala cosecha faltó forraje, todos los rastrojos fueron para los "
            "animales y las parcelas quedaron desnudas otra vez. Durante {years} años la "
            "práctica dependió más de las lluvias que de nuestro plan.",
        },
        "tags": {
            "en": ["mulch", "crop residues", "fodder", "termites"],
            "fr": ["paillage", "résidus de culture", "fourrage", "termites"],
            "es": ["acolchado", "rastrojos", "forraje", "termitas"],
        },
        "quote": {
            "en": "Half for the cow, half for the soil: both need to eat.",
            "fr": "La moitié pour la vache, la moitié pour le sol : les deux ont besoin de manger.",
            "es": "La mitad para la vaca, la mitad para el suelo: los dos necesitan comer.",
        },
    },
    {
        "title": {
            "en": "Chopping and spreading straw instead of baling it ({crop})",
            "fr": "Broyer et étaler les pailles au lieu de les presser ({crop})",
            "es": "Picar y esparcir la paja en lugar de empacarla ({crop})",
        },
        "summary": {
            "en": "We stopped selling straw and now chop and spread all residues at harvest. The "
            "aim was to return carbon to the soil and protect it between crops.",
            "fr": "Nous avons arrêté de vendre la paille : tous les résidus sont maintenant "
            "broyés et étalés à la récolte. Le but est de rendre du carbone au sol et de le "
            "protéger entre deux cultures.",
            "es": "Dejamos de vender la paja y ahora picamos y esparcimos todos los rastrojos en "
            "la cosecha. El objetivo era devolver carbono al suelo y protegerlo entre cultivos.",
        },
        "steps": {
            "en": [
                (
                    "Set the chopper",
                    "Adjust the combine chopper and spreader to the full cutting width.",
                ),
                (
                    "Mix lightly if needed",
                    "Mix in lightly with a disc if the straw is thick, or "
                    "drill straight in with a tine drill.",
                ),
                (
                    "Mind the nitrogen",
                    "Straw locks up nitrogen for a while: keep a little for "
                    "the sowing of the next crop.",
                ),
                ("Check the results", "Test organic matter every few years on the same spots."),
            ],
            "fr": [
                (
                    "Régler le broyeur",
                    "Régler le broyeur et l'éparpilleur de la moissonneuse "
                    "sur toute la largeur de coupe.",
                ),
                (
                    "Mélanger légèrement si besoin",
                    "Faire un léger passage de déchaumeur à "
                    "disques si la paille est épaisse, ou semer directement avec un semoir à "
                    "dents.",
                ),
                (
                    "Penser à l'azote",
                    "La paille immobilise de l'azote un moment : en garder un "
                    "peu pour le semis de la culture suivante.",
                ),
                (
                    "Vérifier les résultats",
                    "Analyser la matière organique tous les quelques ans aux mêmes endroits.",
                ),
            ],
            "es": [
                (
                    "Regular la picadora",
                    "Ajustar la picadora y el esparcidor de la cosechadora a "
                    "todo el ancho de corte.",
                ),
                (
                    "Mezclar un poco si hace falta",
                    "Pasar una rastra de discos ligera si la paja "
                    "es gruesa, o sembrar directo con una sembradora de púas.",
                ),
                (
                    "Cuidar el nitrógeno",
                    "La paja inmoviliza nitrógeno un tiempo: reservar un "
                    "poco para la siembra del siguiente cultivo.",
                ),
                (
                    "Comprobar los resultados",
                    "Analizar la materia orgánica cada pocos años en los mismos puntos.",
                ),
            ],
        },
        "worked": {
            "en": "Less crusting and better infiltration, and over {years} years soil organic "
            "matter rose slightly in our tests.",
            "fr": "Moins de battance, une meilleure infiltration, et en {years} ans la matière "
            "organique a légèrement augmenté dans nos analyses.",
            "es": "Menos encostramiento, mejor infiltración, y en {years} años la materia "
            "orgánica subió un poco en nuestros análisis.",
        },
        "did_not_work": {
            "en": "We lost the income from straw sales. Thick straw made drilling harder in wet "
            "years.",
            "fr": "Nous avons perdu le revenu de la vente de paille. Une paille épaisse "
            "compliquait le semis les années humides.",
            "es": "Perdimos el ingreso de la venta de paja. La paja gruesa complicó la siembra "
            "en los años húmedos.",
        },
        "failure": {
            "en": "The straw did not break down in a dry autumn; the next {crop} crop struggled "
            "with blocked coulters and nitrogen lock-up and yields dropped. We went back to "
            "selling part of the straw.",
            "fr": "La paille ne s'est pas décomposée pendant un automne sec ; la culture "
            "suivante ({crop}) a souffert des socs bourrés et de la faim d'azote, et les "
            "rendements ont chuté. Nous revendons de nouveau une partie de la paille.",
            "es": "La paja no se descompuso en un otoño seco; el siguiente cultivo de {crop} "
            "sufrió con las rejas atascadas y la falta de nitrógeno, y el rendimiento cayó. "
            "Volvimos a vender parte de la paja.",
        },
        "tags": {
            "en": ["straw", "residue retention", "soil organic carbon", "crusting"],
            "fr": ["paille", "maintien des résidus", "carbone du sol", "battance"],
            "es": ["paja", "retención de rastrojos", "carbono del suelo", "encostramiento"],
        },
        "quote": {
            "en": "The straw I do not sell is a deposit in the soil bank.",
            "fr": "La paille que je ne vends pas, c'est de l'épargne placée dans le sol.",
            "es": "La paja que no vendo es un ahorro depositado en el suelo.",
        },
    },
]

_ORGANIC_AMENDMENTS: list[dict] = [
    {
        "title": {
            "en": "Compost from manure and crop residues for {crop}",
            "fr": "Compost de fumier et de résidus pour les parcelles en {crop}",
            "es": "Compost de estiércol y rastrojos para el cultivo de {crop}",
        },
        "summary": {
            "en": "We built compost heaps near the homestead from manure, crop residues, ash and "
            "green leaves and put the compost in the planting holes. Fresh manure was burning "
            "our seedlings and bringing weeds; compost is safer and goes further.",
            "fr": "Nous avons monté des tas de compost près de la concession avec du fumier, des "
            "résidus, de la cendre et des feuilles vertes, puis apporté le compost dans les "
            "poquets. Le fumier frais brûlait nos jeunes plants et apportait des adventices ; "
            "le compost est plus sûr et va plus loin.",
            "es": "Armamos pilas de compost cerca de la casa con estiércol, rastrojos, ceniza y "
            "hojas verdes, y pusimos el compost en los hoyos de siembra. El estiércol fresco "
            "quemaba las plántulas y traía malezas; el compost es más seguro y rinde más.",
        },
        "steps": {
            "en": [
                (
                    "Collect materials",
                    "Gather dry stalks, green leaves, manure and a little ash or old compost.",
                ),
                (
                    "Build the heap",
                    "Make a heap about 1.5 m wide in layers, wet each layer and "
                    "cover it with leaves or sacks against the sun.",
                ),
                (
                    "Turn and water",
                    "Turn the heap every two to three weeks and keep it as moist "
                    "as a wrung-out sponge.",
                ),
                (
                    "Apply in the hole",
                    "After two to three months, put one or two handfuls in "
                    "each planting hole at sowing.",
                ),
            ],
            "fr": [
                (
                    "Rassembler les matières",
                    "Réunir tiges sèches, feuilles vertes, fumier et un "
                    "peu de cendre ou de vieux compost.",
                ),
                (
                    "Monter le tas",
                    "Faire un tas d'environ 1,5 m de large en couches, mouiller "
                    "chaque couche et couvrir de feuilles ou de sacs contre le soleil.",
                ),
                (
                    "Retourner et arroser",
                    "Retourner le tas toutes les deux à trois semaines et "
                    "le garder humide comme une éponge essorée.",
                ),
                (
                    "Apporter au poquet",
                    "Après deux à trois mois, mettre une ou deux poignées par poquet au semis.",
                ),
            ],
            "es": [
                (
                    "Juntar los materiales",
                    "Reunir tallos secos, hojas verdes, estiércol y un "
                    "poco de ceniza o compost viejo.",
                ),
                (
                    "Armar la pila",
                    "Hacer una pila de 1,5 m de ancho por capas, mojar cada capa y "
                    "taparla con hojas o sacos contra el sol.",
                ),
                (
                    "Voltear y regar",
                    "Voltear la pila cada dos o tres semanas y mantenerla húmeda "
                    "como una esponja escurrida.",
                ),
                (
                    "Aplicar en el hoyo",
                    "A los dos o tres meses, poner uno o dos puñados en cada hoyo al sembrar.",
                ),
            ],
        },
        "worked": {
            "en": "Seedlings were greener and stronger, and the compost plots held moisture "
            "better. {crop} yields improved over {years} years.",
            "fr": "Les jeunes plants étaient plus verts et plus vigoureux, et les parcelles "
            "compostées gardaient mieux l'humidité. Les rendements en {crop} se sont améliorés "
            "en {years} ans.",
            "es": "Las plántulas estaban más verdes y fuertes, y las parcelas con compost "
            "retenían mejor la humedad. Los rendimientos de {crop} mejoraron en {years} años.",
        },
        "did_not_work": {
            "en": "Carrying water and materials is heavy work. There is never enough manure for "
            "all the fields.",
            "fr": "Transporter l'eau et les matières est un gros travail. Il n'y a jamais assez "
            "de fumier pour tous les champs.",
            "es": "Acarrear agua y materiales es un trabajo pesado. Nunca hay suficiente "
            "estiércol para todas las parcelas.",
        },
        "failure": {
            "en": "The heaps dried out in the hot season and turned into dusty, half-rotten "
            "straw, and termites ate the rest. With no water nearby we could not make good "
            "compost, and the {crop} crop showed no difference.",
            "fr": "Les tas se sont desséchés en saison chaude et sont devenus une paille "
            "poussiéreuse à moitié décomposée ; les termites ont mangé le reste. Sans eau à "
            "proximité, impossible de faire un bon compost, et les parcelles en {crop} n'ont "
            "montré aucune différence.",
            "es": "Las pilas se secaron en la época caliente y quedaron como paja polvorienta a "
            "medio descomponer; las termitas se comieron el resto. Sin agua cerca no pudimos "
            "hacer buen compost y el cultivo de {crop} no mostró ninguna diferencia.",
        },
        "tags": {
            "en": ["compost", "manure", "soil fertility", "homestead"],
            "fr": ["compost", "fumier", "fertilité du sol", "concession"],
            "es": ["compost", "estiércol", "fertilidad del suelo", "solar"],
        },
        "quote": {
            "en": "My compost heap is small, but my plants know where it went.",
            "fr": "Mon tas de compost est petit, mais mes plantes savent où il est passé.",
            "es": "Mi pila de compost es pequeña, pero mis plantas saben dónde fue a parar.",
        },
    },
    {
        "title": {
            "en": "Night corralling of herds on {crop} fields",
            "fr": "Parcage nocturne des troupeaux sur les parcelles en {crop}",
            "es": "Encierro nocturno del ganado en las parcelas de {crop}",
        },
        "summary": {
            "en": "We agreed with herders to keep their animals overnight on our fields in the "
            "dry season, moving the pen every few nights. Dung and urine fall right where we "
            "will sow.",
            "fr": "Nous avons passé des contrats de parcage avec des éleveurs pour que leurs "
            "animaux passent la nuit sur nos champs en saison sèche, en déplaçant l'enclos "
            "toutes les quelques nuits. Bouses et urine tombent là où nous sèmerons.",
            "es": "Acordamos con pastores que sus animales pasaran la noche en nuestras parcelas "
            "durante la época seca, moviendo el corral cada pocas noches. El estiércol y la "
            "orina caen justo donde vamos a sembrar.",
        },
        "steps": {
            "en": [
                (
                    "Agree the deal",
                    "Agree with the herder on the number of nights, payment in "
                    "grain or cash, and water for the animals.",
                ),
                (
                    "Move the pen",
                    "Move the night pen every three to five nights so the whole field gets dung.",
                ),
                (
                    "Cover the dung",
                    "Scratch the dung in at the first hoeing or cover it with "
                    "residues against sun and wind.",
                ),
                ("Sow the best spots first", "Sow first where the herd stayed longest."),
            ],
            "fr": [
                (
                    "Conclure l'accord",
                    "Convenir avec l'éleveur du nombre de nuits, du paiement "
                    "en grain ou en argent et de l'eau pour les animaux.",
                ),
                (
                    "Déplacer l'enclos",
                    "Déplacer le parc de nuit toutes les trois à cinq nuits "
                    "pour que tout le champ reçoive des déjections.",
                ),
                (
                    "Couvrir les déjections",
                    "Les enfouir légèrement au premier binage ou les "
                    "couvrir de résidus contre le soleil et le vent.",
                ),
                (
                    "Semer d'abord les meilleurs endroits",
                    "Semer en premier là où le troupeau est resté le plus longtemps.",
                ),
            ],
            "es": [
                (
                    "Cerrar el trato",
                    "Acordar con el pastor el número de noches, el pago en grano "
                    "o en dinero y el agua para los animales.",
                ),
                (
                    "Mover el corral",
                    "Cambiar el corral nocturno de sitio cada tres a cinco "
                    "noches para que toda la parcela reciba estiércol.",
                ),
                (
                    "Cubrir el estiércol",
                    "Incorporarlo un poco con la primera azadonada o "
                    "cubrirlo con rastrojos contra el sol y el viento.",
                ),
                (
                    "Sembrar primero lo mejor",
                    "Sembrar primero donde el rebaño se quedó más tiempo.",
                ),
            ],
        },
        "worked": {
            "en": "The manured plots gave much better {crop} yields for two to three seasons, and "
            "the surface crusted less.",
            "fr": "Les parcelles parquées ont donné de bien meilleurs rendements en {crop} "
            "pendant deux à trois saisons, et le sol s'encroûtait moins.",
            "es": "Las parcelas con corral dieron rendimientos de {crop} mucho mejores durante "
            "dos o tres temporadas, y el suelo se encostró menos.",
        },
        "did_not_work": {
            "en": "Herders come less often now and the price keeps rising. Weed seeds came in "
            "with the dung.",
            "fr": "Les éleveurs viennent moins souvent et le prix ne cesse d'augmenter. Des "
            "graines d'adventices sont arrivées avec les déjections.",
            "es": "Los pastores vienen menos y el precio no para de subir. Con el estiércol "
            "llegaron semillas de malezas.",
        },
        "failure": {
            "en": "The herd stayed only a few nights because of a dispute over water, so too "
            "little dung reached the field to make a difference. {crop} yields were the same as "
            "before.",
            "fr": "À cause d'un différend sur l'eau, le troupeau n'est resté que quelques nuits : "
            "trop peu de déjections pour faire une différence. Les rendements en {crop} sont "
            "restés les mêmes.",
            "es": "Por un conflicto por el agua, el rebaño se quedó solo unas pocas noches y "
            "llegó muy poco estiércol a la parcela. Los rendimientos de {crop} fueron los "
            "mismos que antes.",
        },
        "tags": {
            "en": ["manure", "corralling", "crop-livestock integration", "herders"],
            "fr": ["fumure animale", "parcage", "intégration agriculture-élevage", "éleveurs"],
            "es": [
                "estiércol",
                "encierro nocturno",
                "integración agricultura-ganadería",
                "pastores",
            ],
        },
        "quote": {
            "en": "The herder's cows give me dung and my stalks give them feed: we need each "
            "other.",
            "fr": "Les vaches de l'éleveur me donnent la fumure, mes tiges les nourrissent : "
            "nous avons besoin les uns des autres.",
            "es": "Las vacas del pastor me dan estiércol y mis rastrojos les dan de comer: nos "
            "necesitamos.",
        },
    },
    {
        "title": {
            "en": "Vermicompost from farm waste for {crop}",
            "fr": "Lombricompost à partir des déchets de la ferme ({crop})",
            "es": "Lombricompost con residuos de la finca para {crop}",
        },
        "summary": {
            "en": "We set up shaded worm beds to turn kitchen scraps, cow dung and crop waste "
            "into vermicompost. It goes into the nursery and, as a top-dressing, onto the most "
            "demanding crops.",
            "fr": "Nous avons installé des bacs à vers à l'ombre pour transformer épluchures, "
            "bouses et déchets de culture en lombricompost. Il sert en pépinière et en apport de "
            "surface sur les cultures les plus exigeantes.",
            "es": "Instalamos camas de lombrices a la sombra para convertir restos de cocina, "
            "estiércol de vaca y residuos de cosecha en lombricompost. Se usa en el vivero y, en "
            "superficie, en los cultivos más exigentes.",
        },
        "steps": {
            "en": [
                (
                    "Build the bed",
                    "Build a shaded bed of bricks or wood about 1 m wide with a drained floor.",
                ),
                (
                    "Pre-compost the feed",
                    "Let dung and residues cool for two weeks before giving them to the worms.",
                ),
                (
                    "Keep it moist",
                    "Water lightly to keep the bed damp, and protect it from ants, "
                    "birds and heavy rain.",
                ),
                (
                    "Harvest",
                    "After about two months, move the feed to one side; the worms "
                    "follow and you collect the finished compost.",
                ),
            ],
            "fr": [
                (
                    "Construire le bac",
                    "Construire un bac ombragé en briques ou en bois d'environ "
                    "1 m de large, avec un fond drainant.",
                ),
                (
                    "Précomposter la nourriture",
                    "Laisser refroidir bouses et résidus pendant deux "
                    "semaines avant de les donner aux vers.",
                ),
                (
                    "Garder humide",
                    "Arroser légèrement pour garder le bac humide, et le protéger "
                    "des fourmis, des oiseaux et des fortes pluies.",
                ),
                (
                    "Récolter",
                    "Après environ deux mois, pousser la nourriture d'un côté : les "
                    "vers suivent et l'on récupère le compost mûr.",
                ),
            ],
            "es": [
                (
                    "Construir la cama",
                    "Hacer una cama a la sombra, de ladrillo o madera, de "
                    "1 m de ancho y con fondo drenado.",
                ),
                (
                    "Precompostar el alimento",
                    "Dejar enfriar el estiércol y los residuos dos "
                    "semanas antes de dárselos a las lombrices.",
                ),
                (
                    "Mantener la humedad",
                    "Regar un poco para que la cama siga húmeda y "
                    "protegerla de hormigas, pájaros y lluvias fuertes.",
                ),
                (
                    "Cosechar",
                    "A los dos meses más o menos, poner el alimento a un lado: las "
                    "lombrices lo siguen y se recoge el compost listo.",
                ),
            ],
        },
        "worked": {
            "en": "The vermicompost is fine, dark and easy to handle. Nursery seedlings are more "
            "vigorous, and {crop} plots fed with it look healthier.",
            "fr": "Le lombricompost est fin, sombre et facile à manipuler. Les plants de "
            "pépinière sont plus vigoureux et les parcelles en {crop} qui en reçoivent ont "
            "meilleure mine.",
            "es": "El lombricompost es fino, oscuro y fácil de manejar. Las plántulas del vivero "
            "son más vigorosas y las parcelas de {crop} que lo reciben se ven más sanas.",
        },
        "did_not_work": {
            "en": "Worms died in a heat wave when the shade collapsed. The quantity is small "
            "compared with what the fields need.",
            "fr": "Les vers sont morts pendant une vague de chaleur quand l'ombrière s'est "
            "effondrée. La quantité reste faible par rapport aux besoins des champs.",
            "es": "Las lombrices murieron en una ola de calor cuando se cayó la sombra. La "
            "cantidad es poca frente a lo que necesitan las parcelas.",
        },
        "failure": {
            "en": "Ants and a very hot dry season killed most of the worms twice, and we could "
            "not buy new ones locally. After {years} years we stopped and went back to an "
            "ordinary heap.",
            "fr": "Les fourmis et une saison sèche très chaude ont tué la plupart des vers à "
            "deux reprises, et il était impossible d'en racheter sur place. Après {years} ans, "
            "nous avons arrêté et sommes revenus à un tas de compost ordinaire.",
            "es": "Las hormigas y una época seca muy caliente mataron la mayoría de las "
            "lombrices dos veces, y no se podían comprar nuevas en la zona. Después de {years} "
            "años lo dejamos y volvimos a una pila común.",
        },
        "tags": {
            "en": ["vermicompost", "earthworms", "organic fertiliser", "nursery"],
            "fr": ["lombricompost", "vers de terre", "engrais organique", "pépinière"],
            "es": ["lombricompost", "lombrices", "abono orgánico", "vivero"],
        },
        "quote": {
            "en": "The worms do the hardest work; I only feed them.",
            "fr": "Les vers font le plus dur ; moi, je ne fais que les nourrir.",
            "es": "Las lombrices hacen lo más duro; yo solo les doy de comer.",
        },
    },
]

_GRAZING_MANAGEMENT: list[dict] = [
    {
        "title": {
            "en": "Rotational grazing in small paddocks",
            "fr": "Pâturage tournant en petites parcelles",
            "es": "Pastoreo rotativo en potreros pequeños",
        },
        "summary": {
            "en": "We split the grazing land into paddocks with electric fence and moved the "
            "herd every one to three days, giving each paddock a long rest. We wanted to end the "
            "bare, trampled patches and grow more grass without buying feed.",
            "fr": "Nous avons divisé les parcours en paddocks avec une clôture électrique et "
            "déplacé le troupeau tous les un à trois jours, en laissant à chaque paddock un long "
            "repos. Nous voulions en finir avec les plaques nues et tassées et produire plus "
            "d'herbe sans acheter d'aliment.",
            "es": "Dividimos el área de pastoreo en potreros con cerco eléctrico y movimos el "
            "rebaño cada uno a tres días, dando a cada potrero un descanso largo. Queríamos "
            "acabar con las manchas peladas y pisoteadas y producir más pasto sin comprar "
            "alimento.",
        },
        "steps": {
            "en": [
                (
                    "Map water and paddocks",
                    "Plan paddocks around water points; none should be "
                    "more than about 500 m from water.",
                ),
                (
                    "Fence simply",
                    "Start with a portable electric fence and build permanent "
                    "fences only where the layout works.",
                ),
                (
                    "Move by the grass, not the calendar",
                    "Move the herd when about half the grass "
                    "is eaten, and do not come back before it has recovered.",
                ),
                (
                    "Keep records",
                    "Write down grazing days per paddock and rainfall to adjust the "
                    "number of animals.",
                ),
            ],
            "fr": [
                (
                    "Cartographier l'eau et les paddocks",
                    "Dessiner les paddocks autour des "
                    "points d'eau ; aucun ne doit être à plus de 500 m environ de l'eau.",
                ),
                (
                    "Clôturer simplement",
                    "Commencer avec une clôture électrique mobile et ne "
                    "poser de clôtures fixes que là où le découpage fonctionne.",
                ),
                (
                    "Suivre l'herbe, pas le calendrier",
                    "Changer de paddock quand la moitié de "
                    "l'herbe environ est mangée, et ne pas revenir avant qu'elle ait repoussé.",
                ),
                (
                    "Tenir un cahier",
                    "Noter les jours de pâturage par paddock et la pluie pour "
                    "ajuster le nombre d'animaux.",
                ),
            ],
            "es": [
                (
                    "Mapear agua y potreros",
                    "Diseñar los potreros alrededor de los puntos de "
                    "agua; ninguno debe quedar a más de unos 500 m del agua.",
                ),
                (
                    "Cercar de forma sencilla",
                    "Empezar con cerco eléctrico móvil y hacer cercos "
                    "fijos solo donde el diseño funcione.",
                ),
                (
                    "Mover según el pasto, no el calendario",
                    "Cambiar de potrero cuando se ha "
                    "comido más o menos la mitad del pasto, y no volver antes de que se recupere.",
                ),
                (
                    "Llevar registros",
                    "Anotar los días de pastoreo por potrero y la lluvia para "
                    "ajustar el número de animales.",
                ),
            ],
        },
        "worked": {
            "en": "Bare patches closed within {years} years and perennial grasses came back. The "
            "herd had feed for longer into the dry season.",
            "fr": "Les plaques nues se sont refermées en {years} ans et les graminées pérennes "
            "sont revenues. Le troupeau a eu à manger plus longtemps en saison sèche.",
            "es": "Las manchas peladas se cerraron en {years} años y volvieron los pastos "
            "perennes. El rebaño tuvo comida por más tiempo en la época seca.",
        },
        "did_not_work": {
            "en": "Moving the animals so often takes discipline and time. Water pipes and "
            "troughs were a big cost.",
            "fr": "Déplacer les animaux aussi souvent demande de la rigueur et du temps. Les "
            "tuyaux et les abreuvoirs ont coûté cher.",
            "es": "Mover a los animales tan seguido exige disciplina y tiempo. Las tuberías y "
            "los bebederos fueron un gasto grande.",
        },
        "failure": {
            "en": "A long drought came in the second year; with no grass in reserve and no plan "
            "to sell animals, the paddocks were grazed down as before. Rotation alone could not "
            "replace having fewer animals in a drought.",
            "fr": "Une longue sécheresse est arrivée la deuxième année ; sans herbe en réserve "
            "ni plan de déstockage, les paddocks ont été rasés comme avant. La rotation seule ne "
            "pouvait pas remplacer une réduction du troupeau en année sèche.",
            "es": "El segundo año llegó una sequía larga; sin pasto de reserva ni plan para "
            "vender animales, los potreros quedaron pelados como antes. La rotación sola no "
            "podía reemplazar tener menos animales en una sequía.",
        },
        "tags": {
            "en": ["rotational grazing", "paddocks", "rangeland", "electric fence"],
            "fr": ["pâturage tournant", "paddocks", "parcours", "clôture électrique"],
            "es": ["pastoreo rotativo", "potreros", "pastizal", "cerco eléctrico"],
        },
        "quote": {
            "en": "I used to follow the animals; now the animals follow the plan.",
            "fr": "Avant, je suivais les bêtes ; maintenant ce sont les bêtes qui suivent le plan.",
            "es": "Antes yo seguía a los animales; ahora los animales siguen el plan.",
        },
    },
    {
        "title": {
            "en": "Community grazing reserve closed during the rains",
            "fr": "Mise en défens d'un parcours commun pendant la saison des pluies",
            "es": "Área comunal de pastoreo cerrada durante las lluvias",
        },
        "summary": {
            "en": "The community around {place} agreed to close part of the common grazing land "
            "to animals during the rainy season so the grasses could set seed. It opens in the "
            "dry season, when fodder is scarce.",
            "fr": "La communauté, à {place}, a décidé de fermer aux animaux une partie du "
            "parcours commun pendant la saison des pluies pour que les herbes montent en graines. "
            "Il est ouvert en saison sèche, quand le fourrage manque.",
            "es": "La comunidad de {place} acordó cerrar a los animales una parte del pastizal "
            "comunal durante la época de lluvias para que los pastos semillaran. Se abre en la "
            "época seca, cuando escasea el forraje.",
        },
        "steps": {
            "en": [
                (
                    "Agree the rules",
                    "The village assembly sets the boundaries, dates, fines and "
                    "who guards the area.",
                ),
                (
                    "Mark the area",
                    "Mark the limits with stones, paint or planted shrubs so that "
                    "everyone knows them.",
                ),
                (
                    "Help the grass",
                    "Scatter local grass seed and dig small half-moons on bare, crusted patches.",
                ),
                ("Open it together", "Open the reserve on a set day and share access fairly."),
            ],
            "fr": [
                (
                    "Fixer les règles",
                    "L'assemblée villageoise fixe les limites, les dates, les "
                    "amendes et qui surveille la zone.",
                ),
                (
                    "Marquer la zone",
                    "Marquer les limites avec des pierres, de la peinture ou des "
                    "arbustes plantés, pour que chacun les connaisse.",
                ),
                (
                    "Aider l'herbe",
                    "Semer des graines d'herbes locales et creuser de petites "
                    "demi-lunes sur les plaques nues et encroûtées.",
                ),
                (
                    "Ouvrir ensemble",
                    "Ouvrir la réserve à une date fixée et partager l'accès équitablement.",
                ),
            ],
            "es": [
                (
                    "Acordar las reglas",
                    "La asamblea comunal fija los límites, las fechas, las "
                    "multas y quién vigila el área.",
                ),
                (
                    "Marcar el área",
                    "Marcar los límites con piedras, pintura o arbustos "
                    "plantados, para que todos los conozcan.",
                ),
                (
                    "Ayudar al pasto",
                    "Esparcir semilla de pastos locales y hacer pequeñas medias "
                    "lunas en las manchas peladas y encostradas.",
                ),
                (
                    "Abrir juntos",
                    "Abrir la reserva en un día fijado y repartir el acceso con justicia.",
                ),
            ],
        },
        "worked": {
            "en": "After {years} years the closed area was green with perennial grass while the "
            "rest stayed bare. The animals kept their condition longer in the dry season.",
            "fr": "Après {years} ans, la zone mise en défens était verte de graminées pérennes "
            "alors que le reste restait nu. Les animaux gardaient leur état plus longtemps en "
            "saison sèche.",
            "es": "Después de {years} años el área cerrada estaba verde de pastos perennes "
            "mientras el resto seguía pelado. Los animales mantuvieron su condición más tiempo "
            "en la época seca.",
        },
        "did_not_work": {
            "en": "Some herders from outside did not respect the closure. Guarding takes time "
            "and causes tension.",
            "fr": "Des éleveurs venus d'ailleurs n'ont pas respecté la mise en défens. La "
            "surveillance prend du temps et crée des tensions.",
            "es": "Algunos pastores de fuera no respetaron el cierre. Vigilar lleva tiempo y "
            "genera tensiones.",
        },
        "failure": {
            "en": "Transhumant herds ignored the rules and the local guard had no support from "
            "the authorities, so the area was grazed every year. The closure existed only on "
            "paper.",
            "fr": "Les troupeaux transhumants n'ont pas respecté les règles et le gardien local "
            "n'avait aucun appui des autorités : la zone a été pâturée chaque année. La mise en "
            "défens n'existait que sur le papier.",
            "es": "Los rebaños trashumantes no respetaron las reglas y el guardián local no tuvo "
            "apoyo de las autoridades, así que el área se pastoreó todos los años. El cierre "
            "solo existió en el papel.",
        },
        "tags": {
            "en": ["rangeland", "grazing reserve", "commons", "regeneration"],
            "fr": ["parcours", "mise en défens", "communs", "régénération"],
            "es": ["pastizal", "área de reserva", "bienes comunes", "regeneración"],
        },
        "quote": {
            "en": "When we rest the land, the land pays us back in grass.",
            "fr": "Quand on laisse la terre se reposer, elle nous rembourse en herbe.",
            "es": "Cuando dejamos descansar la tierra, la tierra nos paga en pasto.",
        },
    },
    {
        "title": {
            "en": "Matching herd size to the grass and storing hay for winter",
            "fr": "Ajuster le cheptel à l'herbe et stocker du foin pour l'hiver",
            "es": "Ajustar el rebaño al pasto y guardar heno para el invierno",
        },
        "summary": {
            "en": "We sold old and unproductive animals to keep a smaller, better herd, and we "
            "cut and stored hay from a fenced meadow for the hardest months. Overgrazing had "
            "left the pasture bare and the animals thin at the end of every winter.",
            "fr": "Nous avons vendu les animaux âgés et peu productifs pour garder un troupeau "
            "plus petit et de meilleure qualité, et nous fauchons et stockons le foin d'une "
            "prairie clôturée pour les mois les plus durs. Le surpâturage laissait la prairie "
            "nue et les bêtes maigres à chaque fin d'hiver.",
            "es": "Vendimos los animales viejos y poco productivos para quedarnos con un rebaño "
            "más pequeño y mejor, y cortamos y guardamos heno de una pradera cercada para los "
            "meses más duros. El sobrepastoreo dejaba el pasto pelado y los animales flacos al "
            "final de cada invierno.",
        },
        "steps": {
            "en": [
                (
                    "Estimate the forage",
                    "With the extension officer, estimate roughly how many "
                    "animal-days the pasture gives in a normal year.",
                ),
                (
                    "Cull and sell",
                    "Sell old, sick and unproductive animals before the lean "
                    "season, while prices are still good.",
                ),
                (
                    "Fence a hay meadow",
                    "Fence a small meadow, let it grow in summer and cut the "
                    "hay before the seeds fall.",
                ),
                ("Store and feed", "Keep the hay dry and feed it during storms and late winter."),
            ],
            "fr": [
                (
                    "Estimer le fourrage",
                    "Estimer avec le conseiller combien de journées de "
                    "pâturage la prairie fournit une année normale.",
                ),
                (
                    "Réformer et vendre",
                    "Vendre les animaux âgés, malades ou improductifs avant "
                    "la soudure, quand les prix sont encore bons.",
                ),
                (
                    "Clôturer une prairie de fauche",
                    "Clôturer une petite prairie, la laisser "
                    "pousser l'été et faucher le foin avant que les graines tombent.",
                ),
                (
                    "Stocker et distribuer",
                    "Garder le foin au sec et le distribuer pendant les "
                    "tempêtes et la fin de l'hiver.",
                ),
            ],
            "es": [
                (
                    "Estimar el forraje",
                    "Calcular con el extensionista cuántos días-animal da el "
                    "pasto en un año normal.",
                ),
                (
                    "Descartar y vender",
                    "Vender los animales viejos, enfermos o improductivos "
                    "antes de la época de escasez, cuando los precios aún son buenos.",
                ),
                (
                    "Cercar una pradera de corte",
                    "Cercar una pradera pequeña, dejarla crecer en "
                    "verano y cortar el heno antes de que caigan las semillas.",
                ),
                (
                    "Guardar y dar",
                    "Guardar el heno seco y darlo durante las tormentas y al final del invierno.",
                ),
            ],
        },
        "worked": {
            "en": "Fewer animals, but in better condition and with fewer losses in late winter. "
            "Grass cover on the summer pasture improved over {years} years.",
            "fr": "Moins d'animaux, mais en meilleur état et avec moins de pertes en fin "
            "d'hiver. Le couvert herbacé de l'estive s'est amélioré en {years} ans.",
            "es": "Menos animales, pero en mejor estado y con menos pérdidas al final del "
            "invierno. La cobertura de pasto de la veranada mejoró en {years} años.",
        },
        "did_not_work": {
            "en": "Selling animals is hard: the herd is also savings and standing. The fence "
            "needed repairs every year.",
            "fr": "Vendre des animaux est difficile : le troupeau, c'est aussi l'épargne et le "
            "prestige. La clôture a demandé des réparations chaque année.",
            "es": "Vender animales cuesta: el rebaño también es ahorro y prestigio. El cerco "
            "necesitó arreglos todos los años.",
        },
        "failure": {
            "en": "Neighbours kept large herds on the same open pasture, so the grass we saved "
            "was eaten by their animals. Without shared rules, cutting our own herd did not "
            "improve the land.",
            "fr": "Les voisins ont gardé de grands troupeaux sur le même pâturage ouvert, et "
            "l'herbe que nous économisions était mangée par leurs bêtes. Sans règles communes, "
            "réduire notre troupeau n'a pas amélioré la terre.",
            "es": "Los vecinos mantuvieron rebaños grandes en el mismo pastizal abierto, y el "
            "pasto que ahorrábamos se lo comían sus animales. Sin reglas comunes, reducir "
            "nuestro rebaño no mejoró la tierra.",
        },
        "tags": {
            "en": ["stocking rate", "hay", "herd management", "pasture"],
            "fr": ["chargement animal", "foin", "conduite du troupeau", "prairie"],
            "es": ["carga animal", "heno", "manejo del rebaño", "pradera"],
        },
        "quote": {
            "en": "Fewer mouths, more grass, fatter animals: it took me years to believe it.",
            "fr": "Moins de bouches, plus d'herbe, des bêtes plus grasses : il m'a fallu des "
            "années pour y croire.",
            "es": "Menos bocas, más pasto, animales más gordos: me costó años creerlo.",
        },
    },
]

_CROP_ROTATION: list[dict] = [
    {
        "title": {
            "en": "Rotating {crop} with a grain legume",
            "fr": "Alterner {crop} et légumineuse à graines",
            "es": "Rotación de {crop} con una leguminosa de grano",
        },
        "summary": {
            "en": "We split the farm into blocks and now alternate the main crop with a grain "
            "legume every year, instead of growing the same crop year after year. The legume "
            "fixes nitrogen and breaks pest and disease cycles.",
            "fr": "Nous avons divisé l'exploitation en soles et alternons chaque année la "
            "culture principale avec une légumineuse à graines, au lieu de cultiver la même "
            "chose année après année. La légumineuse fixe l'azote et casse les cycles des "
            "ravageurs et des maladies.",
            "es": "Dividimos la finca en lotes y ahora alternamos cada año el cultivo principal "
            "con una leguminosa de grano, en vez de sembrar lo mismo año tras año. La "
            "leguminosa fija nitrógeno y corta los ciclos de plagas y enfermedades.",
        },
        "steps": {
            "en": [
                ("Split the fields", "Divide the farm into two or three blocks of similar size."),
                (
                    "Choose the legume",
                    "Pick a legume you can eat or sell: groundnut, cowpea, "
                    "soybean, beans or chickpea.",
                ),
                (
                    "Inoculate and add phosphorus",
                    "Use rhizobium inoculant where needed and a "
                    "little phosphorus to help the nodules.",
                ),
                (
                    "Stick to the plan",
                    "Write down which block had which crop and keep the "
                    "sequence even when prices change.",
                ),
            ],
            "fr": [
                (
                    "Diviser les champs",
                    "Diviser l'exploitation en deux ou trois soles de taille voisine.",
                ),
                (
                    "Choisir la légumineuse",
                    "Prendre une légumineuse que l'on mange ou que l'on "
                    "vend : arachide, niébé, soja, haricot ou pois chiche.",
                ),
                (
                    "Inoculer et apporter du phosphore",
                    "Utiliser un inoculum de rhizobium si "
                    "nécessaire et un peu de phosphore pour aider les nodules.",
                ),
                (
                    "Tenir le plan",
                    "Noter quelle sole a porté quelle culture et garder la "
                    "succession même quand les prix changent.",
                ),
            ],
            "es": [
                (
                    "Dividir las parcelas",
                    "Dividir la finca en dos o tres lotes de tamaño parecido.",
                ),
                (
                    "Elegir la leguminosa",
                    "Escoger una leguminosa que se coma o se venda: maní, "
                    "caupí, soja, frijol o garbanzo.",
                ),
                (
                    "Inocular y poner fósforo",
                    "Usar inoculante de rizobio donde haga falta y un "
                    "poco de fósforo para ayudar a los nódulos.",
                ),
                (
                    "Respetar el plan",
                    "Anotar qué lote tuvo qué cultivo y mantener la secuencia "
                    "aunque cambien los precios.",
                ),
            ],
        },
        "worked": {
            "en": "The cereal after the legume was clearly greener and yielded more with less "
            "fertiliser. After {years} years striga was less of a problem in the {crop} fields.",
            "fr": "La céréale après la légumineuse était nettement plus verte et rendait plus "
            "avec moins d'engrais. Après {years} ans, le striga posait moins de problèmes dans "
            "les parcelles en {crop}.",
            "es": "El cereal después de la leguminosa estaba claramente más verde y rendía más "
            "con menos fertilizante. Después de {years} años la striga era menos problema en "
            "las parcelas de {crop}.",
        },
        "did_not_work": {
            "en": "Legume prices fell one year and we were tempted to go back to the cereal. "
            "Aphids hit the cowpea in a dry spell.",
            "fr": "Une année, le prix des légumineuses a chuté et nous avons été tentés de "
            "revenir à la céréale. Les pucerons ont attaqué le niébé pendant une poche de "
            "sécheresse.",
            "es": "Un año bajó el precio de las leguminosas y estuvimos tentados de volver al "
            "cereal. Los pulgones atacaron el caupí durante un veranillo.",
        },
        "failure": {
            "en": "The legume failed twice in dry years and the family needed grain, so we went "
            "back to continuous {crop}. The rotation needs a legume that survives our dry "
            "spells.",
            "fr": "La légumineuse a échoué deux fois les années sèches et la famille avait "
            "besoin de grain : nous sommes revenus à la monoculture ({crop}). Il faut une "
            "légumineuse qui résiste à nos poches de sécheresse.",
            "es": "La leguminosa fracasó dos veces en años secos y la familia necesitaba grano, "
            "así que volvimos al monocultivo de {crop}. La rotación necesita una leguminosa que "
            "aguante nuestros veranillos.",
        },
        "tags": {
            "en": ["crop rotation", "legumes", "nitrogen fixation", "striga"],
            "fr": ["rotation", "légumineuses", "fixation d'azote", "striga"],
            "es": ["rotación de cultivos", "leguminosas", "fijación de nitrógeno", "striga"],
        },
        "quote": {
            "en": "The beans pay the fertiliser bill of the maize.",
            "fr": "Le haricot paie la facture d'engrais du maïs.",
            "es": "El frijol paga la cuenta del abono del maíz.",
        },
    },
    {
        "title": {
            "en": "Adding pulses and break crops to a cereal rotation ({crop})",
            "fr": "Allonger la rotation avec des légumineuses et des têtes d'assolement ({crop})",
            "es": "Diversificar la rotación de cereales con leguminosas ({crop})",
        },
        "summary": {
            "en": "Our rotation was wheat after wheat, or wheat and barley. We moved to a "
            "five-year rotation with lentils or peas, an oilseed and a spring crop, to cut "
            "herbicide resistance and nitrogen needs.",
            "fr": "Notre rotation, c'était blé sur blé, ou blé-orge. Nous sommes passés à une "
            "rotation de cinq ans avec lentilles ou pois, un oléagineux et une culture de "
            "printemps, pour réduire les résistances aux herbicides et les besoins en azote.",
            "es": "Nuestra rotación era trigo tras trigo, o trigo y cebada. Pasamos a una "
            "rotación de cinco años con lentejas o arvejas, una oleaginosa y un cultivo de "
            "primavera, para reducir la resistencia a herbicidas y las necesidades de "
            "nitrógeno.",
        },
        "steps": {
            "en": [
                (
                    "List the problems",
                    "List the weeds, diseases and nitrogen costs of the "
                    "current rotation to see what the new crops must solve.",
                ),
                (
                    "Choose break crops",
                    "Pick at least one legume and one broadleaf crop with a market nearby.",
                ),
                (
                    "Plan on paper",
                    "Draw the rotation over five years for each field, keeping the "
                    "workload spread out.",
                ),
                (
                    "Adjust inputs",
                    "Cut nitrogen on the cereal after the legume and watch the weeds closely.",
                ),
            ],
            "fr": [
                (
                    "Lister les problèmes",
                    "Lister adventices, maladies et coûts d'azote de la "
                    "rotation actuelle pour voir ce que les nouvelles cultures doivent résoudre.",
                ),
                (
                    "Choisir les têtes d'assolement",
                    "Prendre au moins une légumineuse et une "
                    "dicotylédone qui ont un débouché à proximité.",
                ),
                (
                    "Planifier sur papier",
                    "Dessiner la rotation sur cinq ans pour chaque parcelle "
                    "en répartissant la charge de travail.",
                ),
                (
                    "Ajuster les intrants",
                    "Réduire l'azote sur la céréale qui suit la légumineuse "
                    "et surveiller de près les adventices.",
                ),
            ],
            "es": [
                (
                    "Listar los problemas",
                    "Anotar las malezas, enfermedades y costos de "
                    "nitrógeno de la rotación actual para ver qué deben resolver los nuevos "
                    "cultivos.",
                ),
                (
                    "Elegir cultivos de ruptura",
                    "Escoger al menos una leguminosa y un cultivo de hoja ancha con mercado cerca.",
                ),
                (
                    "Planificar en papel",
                    "Dibujar la rotación a cinco años para cada lote, "
                    "repartiendo la carga de trabajo.",
                ),
                (
                    "Ajustar los insumos",
                    "Bajar el nitrógeno en el cereal que sigue a la "
                    "leguminosa y vigilar de cerca las malezas.",
                ),
            ],
        },
        "worked": {
            "en": "Grass weed pressure fell and the wheat after peas needed about 40 kg less "
            "nitrogen per hectare. Over {years} years the {crop} margins held up.",
            "fr": "La pression des graminées adventices a baissé et le blé après pois demandait "
            "environ 40 kg d'azote de moins par hectare. En {years} ans, les marges en {crop} "
            "se sont maintenues.",
            "es": "Bajó la presión de gramíneas y el trigo después de arveja necesitó unos 40 kg "
            "menos de nitrógeno por hectárea. En {years} años los márgenes de {crop} se "
            "mantuvieron.",
        },
        "did_not_work": {
            "en": "Pulses are riskier: one drought at flowering halved the lentils. Selling small "
            "volumes is harder.",
            "fr": "Les légumineuses sont plus risquées : une sécheresse à la floraison a divisé "
            "par deux la récolte de lentilles. Vendre de petits volumes est plus difficile.",
            "es": "Las leguminosas son más riesgosas: una sequía en la floración redujo a la "
            "mitad las lentejas. Vender volúmenes pequeños es más difícil.",
        },
        "failure": {
            "en": "The new crops needed machines and storage we did not have, and buyers offered "
            "low prices, so after {years} years we went back to a short rotation. Diversity "
            "needs a market.",
            "fr": "Les nouvelles cultures demandaient du matériel et un stockage que nous "
            "n'avions pas, et les acheteurs offraient des prix bas : après {years} ans, nous "
            "sommes revenus à une rotation courte. La diversité a besoin d'un marché.",
            "es": "Los nuevos cultivos necesitaban máquinas y almacenamiento que no teníamos, y "
            "los compradores pagaban poco, así que después de {years} años volvimos a una "
            "rotación corta. La diversidad necesita un mercado.",
        },
        "tags": {
            "en": ["crop rotation", "pulses", "herbicide resistance", "break crops"],
            "fr": ["rotation", "légumineuses", "résistance aux herbicides", "têtes d'assolement"],
            "es": [
                "rotación de cultivos",
                "leguminosas",
                "resistencia a herbicidas",
                "cultivos de ruptura",
            ],
        },
        "quote": {
            "en": "A longer rotation is more work at the desk, but less work in the field.",
            "fr": "Une rotation plus longue, c'est plus de travail au bureau, mais moins dans le "
            "champ.",
            "es": "Una rotación más larga es más trabajo en el escritorio, pero menos en el campo.",
        },
    },
    {
        "title": {
            "en": "Intercropping {crop} with a legume in the same field",
            "fr": "Association de cultures : {crop} et légumineuse sur la même parcelle",
            "es": "Asociación de {crop} con una leguminosa en la misma parcela",
        },
        "summary": {
            "en": "We now sow a legume in the same field as the main crop, in alternate rows or "
            "in the same hills. The two crops use light and water differently, and the legume "
            "leaves nitrogen and leaf litter for the soil.",
            "fr": "Nous semons maintenant une légumineuse dans le même champ que la culture "
            "principale, en lignes alternées ou dans les mêmes poquets. Les deux cultures "
            "n'utilisent pas la lumière et l'eau de la même façon, et la légumineuse laisse de "
            "l'azote et de la litière au sol.",
            "es": "Ahora sembramos una leguminosa en la misma parcela que el cultivo principal, "
            "en surcos alternos o en el mismo golpe. Los dos cultivos usan la luz y el agua de "
            "forma distinta, y la leguminosa deja nitrógeno y hojarasca al suelo.",
        },
        "steps": {
            "en": [
                (
                    "Choose a partner",
                    "Choose a legume with a different cycle, such as "
                    "long-duration pigeon pea or a climbing bean.",
                ),
                (
                    "Set the pattern",
                    "Use one row of main crop and one of legume, or two and one, "
                    "depending on what matters most.",
                ),
                (
                    "Keep the main crop dense",
                    "Keep the main crop close to its usual density; the legume fills the gaps.",
                ),
                (
                    "Harvest in turn",
                    "Harvest the main crop first; the legume keeps growing into the dry season.",
                ),
            ],
            "fr": [
                (
                    "Choisir un partenaire",
                    "Choisir une légumineuse au cycle différent, comme le "
                    "pois d'Angole à cycle long ou un haricot grimpant.",
                ),
                (
                    "Fixer le dispositif",
                    "Une ligne de culture principale pour une ligne de "
                    "légumineuse, ou deux pour une, selon ce qui compte le plus.",
                ),
                (
                    "Garder la densité",
                    "Garder la culture principale près de sa densité "
                    "habituelle ; la légumineuse occupe les vides.",
                ),
                (
                    "Récolter l'une après l'autre",
                    "Récolter d'abord la culture principale ; la "
                    "légumineuse continue de pousser en saison sèche.",
                ),
            ],
            "es": [
                (
                    "Elegir la compañera",
                    "Escoger una leguminosa de ciclo distinto, como el "
                    "guandú de ciclo largo o un frijol de guía.",
                ),
                (
                    "Definir el arreglo",
                    "Un surco de cultivo principal y uno de leguminosa, o dos "
                    "y uno, según lo que más interese.",
                ),
                (
                    "Mantener la densidad",
                    "Mantener el cultivo principal cerca de su densidad "
                    "normal; la leguminosa llena los huecos.",
                ),
                (
                    "Cosechar por turnos",
                    "Cosechar primero el cultivo principal; la leguminosa "
                    "sigue creciendo en la época seca.",
                ),
            ],
        },
        "worked": {
            "en": "The total harvest from the field was higher than with the main crop alone and "
            "the ground stayed covered longer. {crop} yields held up well.",
            "fr": "La récolte totale de la parcelle était supérieure à celle de la culture "
            "principale seule, et le sol est resté couvert plus longtemps. Les rendements en "
            "{crop} se sont bien maintenus.",
            "es": "La cosecha total de la parcela fue mayor que con el cultivo principal solo y "
            "el suelo estuvo cubierto más tiempo. Los rendimientos de {crop} se mantuvieron "
            "bien.",
        },
        "did_not_work": {
            "en": "Mechanical weeding is harder with two crops. Pests of the legume were hard to "
            "control without spraying the main crop too.",
            "fr": "Le désherbage mécanique est plus difficile avec deux cultures. Les ravageurs "
            "de la légumineuse étaient difficiles à maîtriser sans traiter aussi la culture "
            "principale.",
            "es": "El deshierbe mecánico es más difícil con dos cultivos. Las plagas de la "
            "leguminosa eran difíciles de controlar sin fumigar también el cultivo principal.",
        },
        "failure": {
            "en": "The legume was sown too densely and shaded the {crop} crop in a wet year, and "
            "both yields were poor. We got the spacing wrong.",
            "fr": "La légumineuse a été semée trop dense et a fait de l'ombre à la culture "
            "principale ({crop}) une année humide : les deux rendements ont été mauvais. Nous "
            "nous étions trompés d'écartement.",
            "es": "La leguminosa se sembró demasiado densa y dio sombra al cultivo de {crop} en "
            "un año húmedo, y los dos rindieron poco. Nos equivocamos con el distanciamiento.",
        },
        "tags": {
            "en": ["intercropping", "milpa", "pigeon pea", "diversification"],
            "fr": ["association de cultures", "milpa", "pois d'Angole", "diversification"],
            "es": ["asociación de cultivos", "milpa", "guandú", "diversificación"],
        },
        "quote": {
            "en": "Two crops in one field: if one fails, the other still feeds us.",
            "fr": "Deux cultures dans un champ : si l'une échoue, l'autre nous nourrit encore.",
            "es": "Dos cultivos en una parcela: si uno falla, el otro todavía nos da de comer.",
        },
    },
]

_BIOCHAR: list[dict] = [
    {
        "title": {
            "en": "Biochar from crop residues, charged with manure, for {crop}",
            "fr": "Biochar de résidus de culture, chargé au fumier, pour les parcelles en {crop}",
            "es": "Biocarbón de rastrojos, cargado con estiércol, para el cultivo de {crop}",
        },
        "summary": {
            "en": "We made biochar from woody stalks and prunings in a simple flame-curtain "
            "kiln, soaked it in cattle urine and mixed it with compost. The aim was to hold "
            "water and nutrients better in our sandy, acid soil.",
            "fr": "Nous avons fait du biochar avec des tiges ligneuses et des branches de taille "
            "dans un four simple à rideau de flammes, puis l'avons trempé dans de l'urine de "
            "vache et mélangé au compost. Le but : mieux retenir l'eau et les éléments nutritifs "
            "dans notre sol sableux et acide.",
            "es": "Hicimos biocarbón con tallos leñosos y restos de poda en un horno sencillo de "
            "cortina de llama, lo remojamos en orina de vaca y lo mezclamos con compost. El "
            "objetivo era retener mejor el agua y los nutrientes en nuestro suelo arenoso y "
            "ácido.",
        },
        "steps": {
            "en": [
                (
                    "Collect dry woody material",
                    "Use stalks, prunings and husks that are not "
                    "needed for fodder; they must be dry.",
                ),
                (
                    "Burn in a kiln",
                    "Light a small fire in a cone kiln or pit and add material in "
                    "thin layers so flames stay on top and smoke stays low.",
                ),
                (
                    "Quench and crush",
                    "Quench with water when the last layer is charred, then "
                    "crush to pieces smaller than 1 cm.",
                ),
                (
                    "Charge before use",
                    "Soak in urine or mix into compost for two weeks; never "
                    "apply fresh biochar alone.",
                ),
                (
                    "Apply in the row",
                    "Put it in the planting holes or rows, not broadcast, so a "
                    "little goes a long way.",
                ),
            ],
            "fr": [
                (
                    "Rassembler du bois sec",
                    "Utiliser tiges, branches de taille et coques qui ne "
                    "servent pas de fourrage ; elles doivent être sèches.",
                ),
                (
                    "Brûler dans un four",
                    "Allumer un petit feu dans un four conique ou une fosse "
                    "et ajouter la matière en couches fines pour que les flammes restent en surface "
                    "et qu'il y ait peu de fumée.",
                ),
                (
                    "Éteindre et broyer",
                    "Éteindre à l'eau quand la dernière couche est "
                    "carbonisée, puis broyer en morceaux de moins de 1 cm.",
                ),
                (
                    "Charger avant usage",
                    "Tremper dans l'urine ou mélanger au compost pendant "
                    "deux semaines ; ne jamais apporter de biochar frais seul.",
                ),
                (
                    "Apporter sur la ligne",
                    "Le mettre dans les poquets ou les lignes, pas à la "
                    "volée, pour qu'un peu aille loin.",
                ),
            ],
            "es": [
                (
                    "Juntar material leñoso seco",
                    "Usar tallos, restos de poda y cáscaras que no "
                    "se necesiten como forraje; deben estar secos.",
                ),
                (
                    "Quemar en un horno",
                    "Encender un fuego pequeño en un horno cónico o en una "
                    "fosa y añadir el material en capas finas para que la llama quede arriba y "
                    "haya poco humo.",
                ),
                (
                    "Apagar y moler",
                    "Apagar con agua cuando la última capa esté carbonizada y "
                    "moler en trozos de menos de 1 cm.",
                ),
                (
                    "Cargar antes de usar",
                    "Remojar en orina o mezclar con compost durante dos "
                    "semanas; nunca aplicar biocarbón fresco solo.",
                ),
                (
                    "Aplicar en el surco",
                    "Ponerlo en los hoyos o surcos de siembra, no al voleo, "
                    "para que un poco rinda mucho.",
                ),
            ],
        },
        "worked": {
            "en": "Plots with charged biochar stayed green longer in dry spells. After {years} "
            "seasons {crop} yields were better on the sandiest plots.",
            "fr": "Les parcelles avec du biochar chargé sont restées vertes plus longtemps "
            "pendant les poches de sécheresse. Après {years} saisons, les rendements en {crop} "
            "étaient meilleurs sur les parcelles les plus sableuses.",
            "es": "Las parcelas con biocarbón cargado se mantuvieron verdes más tiempo en los "
            "veranillos. Después de {years} temporadas los rendimientos de {crop} eran mejores "
            "en las parcelas más arenosas.",
        },
        "did_not_work": {
            "en": "Making biochar takes a whole day and a lot of material for a small amount. "
            "Fresh, uncharged biochar on one plot gave yellow plants.",
            "fr": "Faire du biochar prend une journée entière et beaucoup de matière pour une "
            "petite quantité. Sur une parcelle, du biochar frais non chargé a donné des plantes "
            "jaunes.",
            "es": "Hacer biocarbón lleva un día entero y mucho material para poca cantidad. En "
            "una parcela, el biocarbón fresco sin cargar dio plantas amarillas.",
        },
        "failure": {
            "en": "We applied fresh biochar that had not been charged, and the {crop} crop turned "
            "yellow and yielded less than the control. Finding enough material was also too "
            "hard to go on.",
            "fr": "Nous avons apporté du biochar frais non chargé : les parcelles en {crop} ont "
            "jauni et ont moins produit que le témoin. Trouver assez de matière était aussi "
            "trop difficile pour continuer.",
            "es": "Aplicamos biocarbón fresco sin cargar y el cultivo de {crop} se puso amarillo "
            "y rindió menos que el testigo. Además, conseguir suficiente material era demasiado "
            "difícil para seguir.",
        },
        "tags": {
            "en": ["biochar", "kiln", "soil carbon", "nutrient retention"],
            "fr": ["biochar", "four", "carbone du sol", "rétention des nutriments"],
            "es": ["biocarbón", "horno", "carbono del suelo", "retención de nutrientes"],
        },
        "quote": {
            "en": "It looks like charcoal, but it works like a sponge.",
            "fr": "On dirait du charbon de bois, mais ça marche comme une éponge.",
            "es": "Parece carbón, pero funciona como una esponja.",
        },
    },
    {
        "title": {
            "en": "Rice husk biochar in the nursery and the {crop} field",
            "fr": "Biochar de balles de riz en pépinière et au champ ({crop})",
            "es": "Biocarbón de cascarilla de arroz en el vivero y en el cultivo de {crop}",
        },
        "summary": {
            "en": "Rice husks pile up at the mill around {place}, so we carbonised them in a "
            "simple drum with a chimney and used the char in nursery mixes and in the field. We "
            "wanted to improve our heavy, poorly drained soil and use a waste.",
            "fr": "Ici, à {place}, les balles de riz s'entassent au moulin : nous les avons "
            "carbonisées dans un simple fût muni d'une cheminée et avons utilisé le charbon en "
            "pépinière et au champ. Nous voulions améliorer notre sol lourd et mal drainé tout "
            "en valorisant un déchet.",
            "es": "En {place} la cascarilla de arroz se amontona en el molino, así que la "
            "carbonizamos en un tambor sencillo con chimenea y usamos el carbón en el vivero y "
            "en el campo. Queríamos mejorar nuestro suelo pesado y mal drenado y aprovechar un "
            "desecho.",
        },
        "steps": {
            "en": [
                ("Get the husks", "Collect dry husks from the mill; they are often free."),
                (
                    "Carbonise",
                    "Pile husk around a perforated drum with a chimney, light a fire "
                    "inside and turn the pile until it is black, not grey.",
                ),
                (
                    "Cool with water",
                    "Spray water as soon as the husk is black, so it does not turn to ash.",
                ),
                (
                    "Use in mixes",
                    "For nurseries mix one part char, two parts soil and one part "
                    "compost; in the field, spread a thin layer with manure.",
                ),
            ],
            "fr": [
                (
                    "Récupérer les balles",
                    "Récupérer des balles sèches au moulin ; elles sont souvent gratuites.",
                ),
                (
                    "Carboniser",
                    "Entasser les balles autour d'un fût perforé muni d'une "
                    "cheminée, allumer un feu à l'intérieur et retourner le tas jusqu'à ce qu'il "
                    "soit noir, pas gris.",
                ),
                (
                    "Refroidir à l'eau",
                    "Arroser dès que les balles sont noires, pour qu'elles ne "
                    "tournent pas en cendre.",
                ),
                (
                    "Utiliser en mélange",
                    "En pépinière, mélanger une part de charbon, deux de "
                    "terre et une de compost ; au champ, épandre une fine couche avec le fumier.",
                ),
            ],
            "es": [
                (
                    "Conseguir la cascarilla",
                    "Recoger cascarilla seca en el molino; muchas veces es gratis.",
                ),
                (
                    "Carbonizar",
                    "Amontonar la cascarilla alrededor de un tambor perforado con "
                    "chimenea, encender fuego adentro y voltear el montón hasta que esté negro, no "
                    "gris.",
                ),
                (
                    "Enfriar con agua",
                    "Rociar agua en cuanto la cascarilla esté negra, para que no se haga ceniza.",
                ),
                (
                    "Usar en mezclas",
                    "Para el vivero, mezclar una parte de carbón, dos de tierra "
                    "y una de compost; en el campo, esparcir una capa fina con el estiércol.",
                ),
            ],
        },
        "worked": {
            "en": "Nursery seedlings rooted better and the potting mix did not compact. In the "
            "field the soil was easier to work after {years} seasons.",
            "fr": "Les plants de pépinière s'enracinaient mieux et le substrat ne se tassait "
            "pas. Au champ, le sol était plus facile à travailler après {years} saisons.",
            "es": "Las plántulas del vivero enraizaron mejor y el sustrato no se compactó. En el "
            "campo el suelo era más fácil de trabajar después de {years} temporadas.",
        },
        "did_not_work": {
            "en": "The smoke bothered the neighbours until we moved the drum. Part of each batch "
            "turned to ash.",
            "fr": "La fumée gênait les voisins jusqu'à ce que nous déplacions le fût. Une partie "
            "de chaque fournée partait en cendre.",
            "es": "El humo molestaba a los vecinos hasta que movimos el tambor. Parte de cada "
            "tanda se hacía ceniza.",
        },
        "failure": {
            "en": "In the field the effect on the {crop} crop was too small to notice at the rate "
            "we could afford, so we now use husk char only in the nursery.",
            "fr": "Au champ, à la dose que nous pouvions nous permettre, l'effet sur les "
            "parcelles en {crop} était trop faible pour être visible ; nous n'utilisons plus le "
            "charbon de balles qu'en pépinière.",
            "es": "En el campo, con la dosis que podíamos pagar, el efecto en el cultivo de "
            "{crop} era demasiado pequeño para notarse; ahora solo usamos el carbón de "
            "cascarilla en el vivero.",
        },
        "tags": {
            "en": ["biochar", "rice husk", "nursery", "waste reuse"],
            "fr": ["biochar", "balles de riz", "pépinière", "valorisation des déchets"],
            "es": ["biocarbón", "cascarilla de arroz", "vivero", "aprovechamiento de residuos"],
        },
        "quote": {
            "en": "The husk used to be waste; now it is the base of all my seedlings.",
            "fr": "La balle de riz était un déchet ; maintenant c'est la base de tous mes plants.",
            "es": "La cascarilla era basura; ahora es la base de todas mis plántulas.",
        },
    },
    {
        "title": {
            "en": "Biochar added to manure before spreading on {crop} fields",
            "fr": "Biochar ajouté au fumier avant épandage sur les parcelles en {crop}",
            "es": "Biocarbón añadido al estiércol antes de aplicarlo al cultivo de {crop}",
        },
        "summary": {
            "en": "We bought biochar from a local producer and added it to the cattle bedding "
            "and manure heap, so it reaches the fields already loaded with nutrients. We hoped "
            "to reduce smells and nitrogen losses and build stable carbon.",
            "fr": "Nous achetons du biochar à un producteur local et l'ajoutons à la litière des "
            "vaches et au tas de fumier, pour qu'il arrive au champ déjà chargé en éléments "
            "nutritifs. Nous espérions réduire les odeurs et les pertes d'azote et stocker du "
            "carbone stable.",
            "es": "Compramos biocarbón a un productor local y lo añadimos a la cama de las vacas "
            "y al montón de estiércol, para que llegue al campo ya cargado de nutrientes. "
            "Esperábamos reducir olores y pérdidas de nitrógeno y acumular carbono estable.",
        },
        "steps": {
            "en": [
                (
                    "Buy certified biochar",
                    "Use biochar with a quality certificate so you know it "
                    "is free of contaminants.",
                ),
                (
                    "Add it to the bedding",
                    "Spread about 1 kg per animal per day on the bedding or in the manure store.",
                ),
                ("Let it mature", "Let the manure and biochar mix mature for at least two months."),
                (
                    "Spread and compare",
                    "Spread at the usual manure rate and keep an untreated strip to compare.",
                ),
            ],
            "fr": [
                (
                    "Acheter un biochar certifié",
                    "Utiliser un biochar certifié pour être sûr qu'il est exempt de contaminants.",
                ),
                (
                    "L'ajouter à la litière",
                    "Épandre environ 1 kg par animal et par jour sur la "
                    "litière ou dans la fumière.",
                ),
                ("Laisser mûrir", "Laisser mûrir le mélange fumier-biochar au moins deux mois."),
                (
                    "Épandre et comparer",
                    "Épandre à la dose habituelle de fumier et garder une "
                    "bande témoin non traitée.",
                ),
            ],
            "es": [
                (
                    "Comprar biocarbón certificado",
                    "Usar biocarbón con certificado de calidad "
                    "para saber que no tiene contaminantes.",
                ),
                (
                    "Añadirlo a la cama",
                    "Echar alrededor de 1 kg por animal y por día en la cama o en el estercolero.",
                ),
                (
                    "Dejar madurar",
                    "Dejar madurar la mezcla de estiércol y biocarbón al menos dos meses.",
                ),
                (
                    "Aplicar y comparar",
                    "Aplicar a la dosis habitual de estiércol y dejar una "
                    "franja sin tratar para comparar.",
                ),
            ],
        },
        "worked": {
            "en": "The yard smelled less and the manure was drier and easier to spread. Soil "
            "tests after {years} years showed slightly more carbon on the treated fields.",
            "fr": "La cour sentait moins et le fumier était plus sec et plus facile à épandre. "
            "Après {years} ans, les analyses de sol montraient un peu plus de carbone sur les "
            "parcelles traitées.",
            "es": "El corral olía menos y el estiércol estaba más seco y era más fácil de "
            "aplicar. Los análisis de suelo, después de {years} años, mostraron algo más de "
            "carbono en los lotes tratados.",
        },
        "did_not_work": {
            "en": "Biochar is expensive at current prices. Differences in {crop} yields were not "
            "clear.",
            "fr": "Le biochar est cher aux prix actuels. Les différences de rendement en {crop} "
            "n'étaient pas nettes.",
            "es": "El biocarbón es caro a los precios actuales. Las diferencias de rendimiento "
            "de {crop} no fueron claras.",
        },
        "failure": {
            "en": "After {years} years we saw no difference in yield or soil compared with the "
            "untreated strip, and the cost was too high to justify. We stopped buying it.",
            "fr": "Après {years} ans, nous n'avons vu aucune différence de rendement ni de sol "
            "par rapport à la bande témoin, et le coût était trop élevé pour se justifier. Nous "
            "avons arrêté d'en acheter.",
            "es": "Después de {years} años no vimos ninguna diferencia de rendimiento ni de "
            "suelo frente a la franja sin tratar, y el costo era demasiado alto para "
            "justificarlo. Dejamos de comprarlo.",
        },
        "tags": {
            "en": ["biochar", "manure", "soil carbon", "nitrogen losses"],
            "fr": ["biochar", "fumier", "carbone du sol", "pertes d'azote"],
            "es": ["biocarbón", "estiércol", "carbono del suelo", "pérdidas de nitrógeno"],
        },
        "quote": {
            "en": "I wanted to see it with my own eyes; so far the soil test agrees, my wallet "
            "not yet.",
            "fr": "Je voulais le voir de mes propres yeux ; pour l'instant l'analyse de sol est "
            "d'accord, mon portefeuille pas encore.",
            "es": "Quería verlo con mis propios ojos; por ahora el análisis de suelo está de "
            "acuerdo, mi bolsillo todavía no.",
        },
    },
]

_EROSION_CONTROL: list[dict] = [
    {
        "title": {
            "en": "Stone lines on the contour in {crop} fields",
            "fr": "Cordons pierreux en courbes de niveau sur les parcelles en {crop}",
            "es": "Cordones de piedra en curvas de nivel en parcelas de {crop}",
        },
        "summary": {
            "en": "We laid lines of stones along the contour every 20 to 30 metres to slow the "
            "runoff across our gently sloping, crusted fields. Soil and seeds collect behind the "
            "lines and the water has time to soak in.",
            "fr": "Nous avons posé des lignes de pierres en courbes de niveau tous les 20 à 30 "
            "mètres pour freiner le ruissellement sur nos champs en pente douce et encroûtés. "
            "La terre et les graines s'accumulent derrière les cordons et l'eau a le temps de "
            "s'infiltrer.",
            "es": "Colocamos líneas de piedras en curvas de nivel cada 20 a 30 metros para "
            "frenar la escorrentía en nuestras parcelas de pendiente suave y encostradas. La "
            "tierra y las semillas se acumulan detrás de los cordones y el agua tiene tiempo de "
            "infiltrarse.",
        },
        "steps": {
            "en": [
                (
                    "Find the contour",
                    "Use a water-tube level or an A-frame to mark the contour lines with pegs.",
                ),
                (
                    "Dig a small trench",
                    "Dig a shallow trench, 10 to 15 cm deep, along the line to seat the stones.",
                ),
                (
                    "Lay the stones",
                    "Put big stones on the downslope side and small ones "
                    "upslope, about 25 cm high.",
                ),
                (
                    "Maintain",
                    "Repair breaches after each storm and let grass grow along the lines.",
                ),
            ],
            "fr": [
                (
                    "Trouver la courbe de niveau",
                    "Utiliser un niveau à eau ou un triangle à "
                    "pied (cadre en A) pour piqueter les courbes de niveau.",
                ),
                (
                    "Creuser une petite tranchée",
                    "Creuser une tranchée peu profonde, de 10 à 15 "
                    "cm, le long de la ligne pour asseoir les pierres.",
                ),
                (
                    "Poser les pierres",
                    "Mettre les grosses pierres côté aval et les petites côté "
                    "amont, sur environ 25 cm de haut.",
                ),
                (
                    "Entretenir",
                    "Réparer les brèches après chaque orage et laisser l'herbe "
                    "pousser le long des cordons.",
                ),
            ],
            "es": [
                (
                    "Encontrar la curva de nivel",
                    "Usar un nivel de manguera o un aparato A para "
                    "marcar las curvas de nivel con estacas.",
                ),
                (
                    "Cavar una zanja pequeña",
                    "Cavar una zanja poco profunda, de 10 a 15 cm, a lo "
                    "largo de la línea para asentar las piedras.",
                ),
                (
                    "Colocar las piedras",
                    "Poner las piedras grandes del lado de abajo y las "
                    "pequeñas arriba, hasta unos 25 cm de alto.",
                ),
                (
                    "Mantener",
                    "Reparar las roturas después de cada tormenta y dejar crecer el "
                    "pasto a lo largo de los cordones.",
                ),
            ],
        },
        "worked": {
            "en": "Runoff slowed and soil built up behind the lines. The {crop} crop grew better "
            "just above the stones, and after {years} years grass and shrubs held the lines in "
            "place.",
            "fr": "Le ruissellement a ralenti et la terre s'est accumulée derrière les cordons. "
            "Les parcelles en {crop} poussaient mieux juste en amont des pierres, et après "
            "{years} ans l'herbe et les arbustes tenaient les cordons.",
            "es": "La escorrentía se frenó y la tierra se acumuló detrás de los cordones. El "
            "cultivo de {crop} creció mejor justo arriba de las piedras, y después de {years} "
            "años el pasto y los arbustos afirmaron los cordones.",
        },
        "did_not_work": {
            "en": "Carrying stones is very hard work and needs a cart or a truck. Where the lines "
            "were not exactly on the contour, water broke through at the low point.",
            "fr": "Transporter les pierres est très pénible et demande une charrette ou un "
            "camion. Là où les cordons n'étaient pas exactement à niveau, l'eau a percé au point "
            "bas.",
            "es": "Acarrear piedras es muy duro y requiere una carreta o un camión. Donde los "
            "cordones no estaban exactamente a nivel, el agua rompió en el punto bajo.",
        },
        "failure": {
            "en": "The lines were laid by eye, not on the contour, so water gathered at the low "
            "ends and cut gullies after the first big storm. We had to rebuild everything with "
            "a level.",
            "fr": "Les cordons ont été posés à vue, pas en courbes de niveau : l'eau s'est "
            "concentrée aux points bas et a creusé des ravines dès le premier gros orage. Il a "
            "fallu tout refaire avec un niveau.",
            "es": "Los cordones se pusieron a ojo, no en curvas de nivel, así que el agua se "
            "juntó en los extremos bajos y abrió cárcavas con la primera tormenta fuerte. Hubo "
            "que rehacer todo con un nivel.",
        },
        "tags": {
            "en": ["stone lines", "contour", "runoff", "soil and water conservation"],
            "fr": ["cordons pierreux", "courbes de niveau", "ruissellement", "CES"],
            "es": [
                "cordones de piedra",
                "curvas de nivel",
                "escorrentía",
                "conservación de suelos y agua",
            ],
        },
        "quote": {
            "en": "Each stone holds a handful of soil, and the soil holds the rain.",
            "fr": "Chaque pierre retient une poignée de terre, et la terre retient la pluie.",
            "es": "Cada piedra sujeta un puñado de tierra, y la tierra sujeta la lluvia.",
        },
    },
    {
        "title": {
            "en": "Fanya juu terraces with fodder grass on sloping {crop} fields",
            "fr": "Terrasses fanya juu et herbe fourragère sur les pentes cultivées en {crop}",
            "es": "Terrazas fanya juu con pasto forrajero en laderas de {crop}",
        },
        "summary": {
            "en": "We dug trenches along the contour and threw the soil uphill to build banks, "
            "then planted Napier grass on them. Over the years the field levels itself into "
            "terraces, and the grass feeds our cows.",
            "fr": "Nous avons creusé des fossés en courbes de niveau en rejetant la terre vers "
            "l'amont pour former des talus, puis planté de l'herbe à éléphant dessus. Au fil des "
            "ans, le champ se nivelle en terrasses, et l'herbe nourrit nos vaches.",
            "es": "Cavamos zanjas en curvas de nivel tirando la tierra hacia arriba para formar "
            "bordos, y plantamos pasto elefante sobre ellos. Con los años la parcela se va "
            "nivelando en terrazas y el pasto alimenta a nuestras vacas.",
        },
        "steps": {
            "en": [
                (
                    "Mark the contours",
                    "Mark the lines with an A-frame, closer together on steeper slopes.",
                ),
                (
                    "Dig and throw uphill",
                    "Dig a trench about 60 cm wide and deep and throw the "
                    "soil uphill to form the bank.",
                ),
                ("Plant grass", "Plant Napier or another fodder grass on the bank to hold it."),
                (
                    "Maintain every year",
                    "Raise the bank with soil from the trench each dry "
                    "season until the terrace is level.",
                ),
            ],
            "fr": [
                (
                    "Piqueter les courbes",
                    "Marquer les lignes au cadre en A, plus rapprochées sur les pentes fortes.",
                ),
                (
                    "Creuser et rejeter vers l'amont",
                    "Creuser un fossé d'environ 60 cm de large "
                    "et de profondeur et rejeter la terre vers l'amont pour former le talus.",
                ),
                (
                    "Planter l'herbe",
                    "Planter de l'herbe à éléphant ou une autre graminée "
                    "fourragère sur le talus pour le tenir.",
                ),
                (
                    "Entretenir chaque année",
                    "Rehausser le talus avec la terre du fossé à chaque "
                    "saison sèche jusqu'à ce que la terrasse soit plane.",
                ),
            ],
            "es": [
                (
                    "Marcar las curvas",
                    "Marcar las líneas con el aparato A, más juntas en las pendientes fuertes.",
                ),
                (
                    "Cavar y tirar hacia arriba",
                    "Cavar una zanja de unos 60 cm de ancho y de "
                    "hondo y tirar la tierra hacia arriba para formar el bordo.",
                ),
                (
                    "Plantar el pasto",
                    "Plantar pasto elefante u otro pasto forrajero en el bordo para sujetarlo.",
                ),
                (
                    "Mantener cada año",
                    "Subir el bordo con tierra de la zanja cada época seca "
                    "hasta que la terraza quede plana.",
                ),
            ],
        },
        "worked": {
            "en": "Soil stopped moving down the slope and the terraces were nearly flat within "
            "{years} years. The grass fed the cows, and the {crop} crop did better on the "
            "levelled ground.",
            "fr": "La terre a cessé de descendre la pente et les terrasses étaient presque "
            "planes en {years} ans. L'herbe a nourri les vaches, et les parcelles en {crop} "
            "produisaient mieux sur le terrain nivelé.",
            "es": "La tierra dejó de bajar por la ladera y en {years} años las terrazas estaban "
            "casi planas. El pasto alimentó a las vacas y el cultivo de {crop} rindió más en el "
            "terreno nivelado.",
        },
        "did_not_work": {
            "en": "Digging takes many days of labour, so we worked in groups. Moles and rats "
            "damaged the banks.",
            "fr": "Le creusement demande de nombreuses journées de travail ; nous l'avons fait "
            "en groupe. Les taupes et les rats ont abîmé les talus.",
            "es": "Cavar exige muchos jornales, así que trabajamos en grupo. Los topos y las "
            "ratas dañaron los bordos.",
        },
        "failure": {
            "en": "We dug the banks but did not plant grass, and heavy rains broke them the next "
            "season and buried part of the {crop} crop. Without plants and upkeep, the terraces "
            "did not hold.",
            "fr": "Nous avons creusé les talus sans y planter d'herbe, et les fortes pluies les "
            "ont cassés la saison suivante en ensevelissant une partie de la culture ({crop}). "
            "Sans végétation ni entretien, les terrasses n'ont pas tenu.",
            "es": "Hicimos los bordos pero no plantamos pasto, y las lluvias fuertes los "
            "rompieron la temporada siguiente y enterraron parte del cultivo de {crop}. Sin "
            "plantas ni mantenimiento, las terrazas no aguantaron.",
        },
        "tags": {
            "en": ["terraces", "fanya juu", "Napier grass", "slopes"],
            "fr": ["terrasses", "fanya juu", "herbe à éléphant", "pentes"],
            "es": ["terrazas", "fanya juu", "pasto elefante", "laderas"],
        },
        "quote": {
            "en": "My father's soil went to the river; my children's soil will stay on the hill.",
            "fr": "La terre de mon père est partie à la rivière ; celle de mes enfants restera "
            "sur la colline.",
            "es": "La tierra de mi padre se fue al río; la de mis hijos se quedará en el cerro.",
        },
    },
    {
        "title": {
            "en": "Vetiver hedges on the contour in {crop} plots",
            "fr": "Haies de vétiver en courbes de niveau sur les parcelles en {crop}",
            "es": "Barreras vivas de vetiver en curvas de nivel en parcelas de {crop}",
        },
        "summary": {
            "en": "We planted vetiver slips in dense lines along the contour on our steep plots "
            "near {place}. The hedges filter the runoff and trap soil, and once established they "
            "need almost no care.",
            "fr": "Nous avons planté des éclats de vétiver en lignes serrées, en courbes de "
            "niveau, sur nos parcelles en forte pente, à {place}. Les haies filtrent le "
            "ruissellement et piègent la terre, et une fois installées elles ne demandent "
            "presque pas d'entretien.",
            "es": "Plantamos hijuelos de vetiver en líneas tupidas, en curvas de nivel, en "
            "nuestras parcelas de mucha pendiente en {place}. Las barreras filtran la "
            "escorrentía y atrapan la tierra, y una vez establecidas casi no necesitan cuidado.",
        },
        "steps": {
            "en": [
                (
                    "Get planting material",
                    "Split vetiver clumps into slips of two or three "
                    "tillers and trim the roots and leaves.",
                ),
                (
                    "Plant densely",
                    "Plant slips 10 to 15 cm apart along the contour at the start of the rains.",
                ),
                (
                    "Fill the gaps",
                    "Replace dead slips in the first season so the hedge is continuous.",
                ),
                (
                    "Cut back",
                    "Cut the hedge to 50 cm twice a year and use the leaves as mulch or thatch.",
                ),
            ],
            "fr": [
                (
                    "Préparer les plants",
                    "Diviser les touffes de vétiver en éclats de deux ou "
                    "trois talles et rafraîchir racines et feuilles.",
                ),
                (
                    "Planter serré",
                    "Planter les éclats tous les 10 à 15 cm en courbes de niveau "
                    "au début des pluies.",
                ),
                (
                    "Combler les vides",
                    "Remplacer les plants morts dès la première saison pour "
                    "que la haie soit continue.",
                ),
                (
                    "Rabattre",
                    "Rabattre la haie à 50 cm deux fois par an et utiliser les feuilles "
                    "en paillis ou pour les toitures.",
                ),
            ],
            "es": [
                (
                    "Preparar el material",
                    "Dividir las macollas de vetiver en hijuelos de dos o "
                    "tres tallos y recortar raíces y hojas.",
                ),
                (
                    "Plantar tupido",
                    "Plantar los hijuelos cada 10 a 15 cm en curvas de nivel al "
                    "comienzo de las lluvias.",
                ),
                (
                    "Llenar los huecos",
                    "Reponer los hijuelos muertos en la primera temporada para "
                    "que la barrera sea continua.",
                ),
                (
                    "Recortar",
                    "Cortar la barrera a 50 cm dos veces al año y usar las hojas como "
                    "acolchado o para techar.",
                ),
            ],
        },
        "worked": {
            "en": "After {years} years small terraces had formed behind each hedge and the water "
            "leaving the plot was clearer. The {crop} crop no longer lost its seedlings to "
            "runoff.",
            "fr": "Après {years} ans, de petites terrasses s'étaient formées derrière chaque "
            "haie et l'eau qui sortait de la parcelle était plus claire. Le ruissellement "
            "n'emportait plus les jeunes plants ({crop}).",
            "es": "Después de {years} años se habían formado pequeñas terrazas detrás de cada "
            "barrera y el agua que salía de la parcela era más clara. La escorrentía ya no se "
            "llevaba las plántulas de {crop}.",
        },
        "did_not_work": {
            "en": "Animals do not eat vetiver, so it gives no fodder. The hedges take up some "
            "space in small plots.",
            "fr": "Les animaux ne mangent pas le vétiver : il ne donne pas de fourrage. Les "
            "haies prennent de la place dans les petites parcelles.",
            "es": "Los animales no comen vetiver, así que no da forraje. Las barreras ocupan "
            "espacio en las parcelas pequeñas.",
        },
        "failure": {
            "en": "Slips planted late in the season died in the dry months, the gaps let the "
            "water through and the hedges never closed. Half-built barriers made erosion worse "
            "at the gaps.",
            "fr": "Les éclats plantés tard dans la saison sont morts pendant les mois secs ; "
            "l'eau passait par les trous et les haies ne se sont jamais refermées. Ces barrières "
            "à moitié faites ont aggravé l'érosion au niveau des trous.",
            "es": "Los hijuelos plantados tarde se murieron en los meses secos, el agua pasaba "
            "por los huecos y las barreras nunca se cerraron. Las barreras a medio hacer "
            "empeoraron la erosión en los huecos.",
        },
        "tags": {
            "en": ["vetiver", "live barriers", "contour hedges", "steep slopes"],
            "fr": ["vétiver", "haies vives", "courbes de niveau", "fortes pentes"],
            "es": ["vetiver", "barreras vivas", "curvas de nivel", "pendientes fuertes"],
        },
        "quote": {
            "en": "The vetiver does not feed me, but it keeps the soil that feeds me.",
            "fr": "Le vétiver ne me nourrit pas, mais il garde la terre qui me nourrit.",
            "es": "El vetiver no me da de comer, pero guarda la tierra que me da de comer.",
        },
    },
]

_WATER_HARVESTING: list[dict] = [
    {
        "title": {
            "en": "Zaï pits for {crop} on crusted soil",
            "fr": "Zaï sur sol encroûté ({crop})",
            "es": "Hoyos zaï para {crop} en suelo encostrado",
        },
        "summary": {
            "en": "On crusted, bare land that no longer produced anything, we dug small pits in "
            "the dry season and put a handful of manure or compost in each. The pits catch "
            "runoff and concentrate water and nutrients where the seed is sown.",
            "fr": "Sur des terres nues et encroûtées qui ne produisaient plus rien, nous avons "
            "creusé de petits trous en saison sèche et mis une poignée de fumier ou de compost "
            "dans chacun. Les trous captent le ruissellement et concentrent l'eau et les "
            "éléments nutritifs là où la graine est semée.",
            "es": "En tierras desnudas y encostradas que ya no producían nada, cavamos hoyos "
            "pequeños en la época seca y pusimos un puñado de estiércol o compost en cada uno. "
            "Los hoyos captan la escorrentía y concentran el agua y los nutrientes donde se "
            "siembra la semilla.",
        },
        "steps": {
            "en": [
                (
                    "Dig in the dry season",
                    "Dig pits 20 to 30 cm wide and 10 to 15 cm deep, about "
                    "80 cm apart, staggered from row to row.",
                ),
                (
                    "Put the soil downslope",
                    "Pile the soil on the downslope side of each pit to catch more water.",
                ),
                (
                    "Add organic matter",
                    "Put one or two handfuls of manure or compost in each "
                    "pit; termites will help break it down.",
                ),
                (
                    "Sow after the first rain",
                    "Sow several seeds per pit after the first good rain and thin later.",
                ),
            ],
            "fr": [
                (
                    "Creuser en saison sèche",
                    "Creuser des trous de 20 à 30 cm de diamètre et de "
                    "10 à 15 cm de profondeur, à environ 80 cm les uns des autres, en quinconce.",
                ),
                (
                    "Rejeter la terre en aval",
                    "Mettre la terre du côté aval de chaque trou pour capter plus d'eau.",
                ),
                (
                    "Apporter la matière organique",
                    "Mettre une ou deux poignées de fumier ou de "
                    "compost dans chaque trou ; les termites aideront à la décomposer.",
                ),
                (
                    "Semer après la première pluie",
                    "Semer plusieurs graines par trou après la "
                    "première bonne pluie, puis démarier.",
                ),
            ],
            "es": [
                (
                    "Cavar en la época seca",
                    "Cavar hoyos de 20 a 30 cm de ancho y 10 a 15 cm de "
                    "hondo, a unos 80 cm entre sí, al tresbolillo.",
                ),
                (
                    "Dejar la tierra abajo",
                    "Poner la tierra del lado de abajo de cada hoyo para captar más agua.",
                ),
                (
                    "Añadir materia orgánica",
                    "Poner uno o dos puñados de estiércol o compost en "
                    "cada hoyo; las termitas ayudarán a descomponerlo.",
                ),
                (
                    "Sembrar tras la primera lluvia",
                    "Sembrar varias semillas por hoyo después de "
                    "la primera buena lluvia y ralear después.",
                ),
            ],
        },
        "worked": {
            "en": "Land that had been bare for years produced a crop again. After {years} years "
            "of reworking the pits, the soil had improved and {crop} yields were far better than "
            "on the open crust.",
            "fr": "Des terres nues depuis des années ont de nouveau produit. Après {years} ans à "
            "reprendre les trous chaque saison, le sol s'était amélioré et les rendements en "
            "{crop} étaient bien meilleurs que sur la croûte nue.",
            "es": "Tierras que llevaban años desnudas volvieron a producir. Después de {years} "
            "años rehaciendo los hoyos cada temporada, el suelo había mejorado y los "
            "rendimientos de {crop} eran mucho mejores que en la costra desnuda.",
        },
        "did_not_work": {
            "en": "Digging takes about 300 hours per hectare and hurts the back. Without manure "
            "the pits gave little.",
            "fr": "Le creusement demande environ 300 heures par hectare et fait mal au dos. Sans "
            "fumier, les trous donnaient peu.",
            "es": "Cavar lleva unas 300 horas por hectárea y destroza la espalda. Sin estiércol "
            "los hoyos daban poco.",
        },
        "failure": {
            "en": "In our first year very heavy early rains filled the pits with sand and water "
            "and the seeds rotted. We also had no manure to put in them, so even later the "
            "{crop} crop did poorly.",
            "fr": "La première année, de très fortes pluies précoces ont rempli les trous de "
            "sable et d'eau et les graines ont pourri. Nous n'avions pas non plus de fumier à y "
            "mettre, si bien que même ensuite les parcelles en {crop} ont mal produit.",
            "es": "El primer año unas lluvias tempranas muy fuertes llenaron los hoyos de arena "
            "y agua y las semillas se pudrieron. Tampoco teníamos estiércol para ponerles, así "
            "que incluso después el cultivo de {crop} rindió poco.",
        },
        "tags": {
            "en": ["zai", "water harvesting", "degraded land", "manure"],
            "fr": ["zaï", "collecte des eaux", "terres dégradées", "fumure organique"],
            "es": ["zaï", "cosecha de agua", "tierras degradadas", "estiércol"],
        },
        "quote": {
            "en": "People laughed when they saw me digging holes in the dry season; now they "
            "come and ask me how.",
            "fr": "Les gens riaient de me voir creuser des trous en saison sèche ; maintenant ils "
            "viennent me demander comment faire.",
            "es": "La gente se reía al verme cavar hoyos en la época seca; ahora vienen a "
            "preguntarme cómo se hace.",
        },
    },
    {
        "title": {
            "en": "Half-moons to bring bare land back into {crop}",
            "fr": "Demi-lunes pour remettre des terres nues en culture ({crop})",
            "es": "Medias lunas para recuperar tierras desnudas para {crop}",
        },
        "summary": {
            "en": "On degraded land near {place} we built half-moon basins with the opening "
            "facing upslope. Each basin catches the runoff from the bare ground above it, so we "
            "can grow a crop or plant trees inside.",
            "fr": "Sur des terres dégradées, à {place}, nous avons construit des demi-lunes dont "
            "l'ouverture fait face à l'amont. Chaque cuvette capte le ruissellement du sol nu "
            "situé au-dessus, ce qui permet d'y cultiver ou d'y planter des arbres.",
            "es": "En tierras degradadas de {place} construimos medias lunas con la abertura "
            "hacia arriba de la pendiente. Cada media luna capta la escorrentía del suelo "
            "desnudo de arriba, y así podemos sembrar o plantar árboles adentro.",
        },
        "steps": {
            "en": [
                (
                    "Mark the layout",
                    "Mark half-moons 4 m across along the contour, staggered, "
                    "using a rope and a peg.",
                ),
                (
                    "Dig the basin",
                    "Dig 15 to 20 cm deep inside the half-circle and build the "
                    "bank on the downslope side with the soil.",
                ),
                (
                    "Reinforce the bank",
                    "Compact the bank and put stones on the tips so water "
                    "does not cut around them.",
                ),
                (
                    "Add manure and sow",
                    "Mix manure or compost into the basin and sow after the first runoff.",
                ),
            ],
            "fr": [
                (
                    "Piqueter le dispositif",
                    "Tracer des demi-lunes de 4 m de diamètre en courbes "
                    "de niveau, en quinconce, avec une corde et un piquet.",
                ),
                (
                    "Creuser la cuvette",
                    "Creuser sur 15 à 20 cm à l'intérieur du demi-cercle et "
                    "monter le bourrelet côté aval avec la terre.",
                ),
                (
                    "Renforcer le bourrelet",
                    "Tasser le bourrelet et poser des pierres aux "
                    "extrémités pour que l'eau ne le contourne pas.",
                ),
                (
                    "Fumer et semer",
                    "Mélanger du fumier ou du compost dans la cuvette et semer "
                    "après le premier ruissellement.",
                ),
            ],
            "es": [
                (
                    "Trazar el diseño",
                    "Marcar medias lunas de 4 m de diámetro en curvas de nivel, "
                    "al tresbolillo, con una cuerda y una estaca.",
                ),
                (
                    "Cavar la cubeta",
                    "Cavar de 15 a 20 cm dentro del semicírculo y levantar el "
                    "bordo del lado de abajo con la tierra.",
                ),
                (
                    "Reforzar el bordo",
                    "Compactar el bordo y poner piedras en las puntas para que "
                    "el agua no lo rodee.",
                ),
                (
                    "Abonar y sembrar",
                    "Mezclar estiércol o compost en la cubeta y sembrar después "
                    "de la primera escorrentía.",
                ),
            ],
        },
        "worked": {
            "en": "The half-moons held water for days after a storm, and even grass came back "
            "between them. {crop} grew where nothing had grown for years.",
            "fr": "Les demi-lunes gardaient l'eau plusieurs jours après un orage, et même "
            "l'herbe est revenue entre elles. Nous avons récolté ({crop}) là où rien ne poussait "
            "depuis des années.",
            "es": "Las medias lunas guardaban el agua varios días después de una tormenta, y "
            "hasta el pasto volvió entre ellas. Cosechamos {crop} donde hacía años no crecía "
            "nada.",
        },
        "did_not_work": {
            "en": "Each basin is a lot of earthwork, so we needed group work. Banks broke where "
            "they had not been compacted.",
            "fr": "Chaque demi-lune représente beaucoup de terrassement : il a fallu travailler "
            "en groupe. Les bourrelets ont cédé là où ils n'étaient pas tassés.",
            "es": "Cada media luna es mucho movimiento de tierra, así que hizo falta trabajar en "
            "grupo. Los bordos se rompieron donde no estaban compactados.",
        },
        "failure": {
            "en": "Banks built with loose sand washed away in the first storms and we could not "
            "repair them in time. Without stones or compaction, the half-moons lasted a single "
            "season.",
            "fr": "Les bourrelets montés en sable meuble ont été emportés dès les premiers "
            "orages et nous n'avons pas pu les réparer à temps. Sans pierres ni tassement, les "
            "demi-lunes n'ont duré qu'une saison.",
            "es": "Los bordos hechos con arena suelta se los llevaron las primeras tormentas y "
            "no pudimos repararlos a tiempo. Sin piedras ni compactación, las medias lunas "
            "duraron una sola temporada.",
        },
        "tags": {
            "en": ["half-moons", "water harvesting", "land restoration", "runoff"],
            "fr": ["demi-lunes", "collecte des eaux", "récupération des terres", "ruissellement"],
            "es": ["medias lunas", "cosecha de agua", "recuperación de tierras", "escorrentía"],
        },
        "quote": {
            "en": "A half-moon keeps the water the sky gives us and the land used to lose.",
            "fr": "La demi-lune garde l'eau que le ciel nous donne et que la terre perdait.",
            "es": "La media luna guarda el agua que nos da el cielo y que la tierra perdía.",
        },
    },
    {
        "title": {
            "en": "Tied ridges to keep the rain in {crop} fields",
            "fr": "Billons cloisonnés pour garder la pluie dans les parcelles en {crop}",
            "es": "Surcos con diques para retener la lluvia en parcelas de {crop}",
        },
        "summary": {
            "en": "We made ridges along the contour and tied them with small cross-ties every "
            "few metres so the rain stays where it falls. Our rains are short and heavy, and "
            "most of the water used to run off.",
            "fr": "Nous avons fait des billons en courbes de niveau, fermés par de petites "
            "cloisons tous les quelques mètres, pour que la pluie reste là où elle tombe. Nos "
            "pluies sont courtes et violentes, et la plus grande partie de l'eau ruisselait.",
            "es": "Hicimos surcos en curvas de nivel y los cerramos con pequeños diques cada "
            "pocos metros para que la lluvia se quede donde cae. Nuestras lluvias son cortas y "
            "fuertes, y la mayor parte del agua se escurría.",
        },
        "steps": {
            "en": [
                (
                    "Ridge along the contour",
                    "Make ridges 75 to 90 cm apart along the contour, "
                    "with an ox-drawn ridger or by hand.",
                ),
                (
                    "Tie the furrows",
                    "Build cross-ties 2 to 3 m apart, a little lower than the "
                    "ridges, so excess water spills over safely.",
                ),
                (
                    "Plant on the side of the ridge",
                    "Sow on the flank of the ridge, where there "
                    "is moisture but the roots do not drown.",
                ),
                ("Repair after storms", "Repair broken ties after every heavy storm."),
            ],
            "fr": [
                (
                    "Billonner en courbes de niveau",
                    "Faire des billons espacés de 75 à 90 cm en "
                    "courbes de niveau, au butteur attelé ou à la main.",
                ),
                (
                    "Cloisonner les sillons",
                    "Monter des cloisons tous les 2 à 3 m, un peu plus "
                    "basses que les billons, pour que l'excès d'eau déborde sans dégâts.",
                ),
                (
                    "Semer sur le flanc",
                    "Semer sur le flanc du billon, là où il y a de "
                    "l'humidité sans que les racines soient noyées.",
                ),
                (
                    "Réparer après les orages",
                    "Réparer les cloisons cassées après chaque gros orage.",
                ),
            ],
            "es": [
                (
                    "Surcar en curvas de nivel",
                    "Hacer surcos separados 75 a 90 cm en curvas de "
                    "nivel, con aporcadora de bueyes o a mano.",
                ),
                (
                    "Cerrar los surcos",
                    "Levantar diques cada 2 a 3 m, un poco más bajos que los "
                    "camellones, para que el exceso de agua rebose sin daños.",
                ),
                (
                    "Sembrar en el costado",
                    "Sembrar en el costado del camellón, donde hay "
                    "humedad pero las raíces no se ahogan.",
                ),
                (
                    "Reparar tras las tormentas",
                    "Reparar los diques rotos después de cada tormenta fuerte.",
                ),
            ],
        },
        "worked": {
            "en": "Water stood in the basins after storms and soaked in instead of running off. "
            "Over {years} seasons the {crop} crop stayed green longer in dry spells.",
            "fr": "Après les orages, l'eau stagnait dans les cuvettes et s'infiltrait au lieu de "
            "ruisseler. En {years} saisons, les parcelles en {crop} sont restées vertes plus "
            "longtemps pendant les poches de sécheresse.",
            "es": "Después de las tormentas el agua se quedaba en las cubetas y se infiltraba en "
            "vez de escurrirse. En {years} temporadas el cultivo de {crop} se mantuvo verde más "
            "tiempo en los veranillos.",
        },
        "did_not_work": {
            "en": "In a very wet season water stood too long and yellowed the young plants. "
            "Making the ties by hand is slow.",
            "fr": "Lors d'une saison très humide, l'eau a stagné trop longtemps et fait jaunir "
            "les jeunes plants. Faire les cloisons à la main est lent.",
            "es": "En una temporada muy lluviosa el agua se estancó demasiado y amarilleó las "
            "plantas jóvenes. Hacer los diques a mano es lento.",
        },
        "failure": {
            "en": "Our heavy clay drains slowly, so in a wet season the basins stayed flooded "
            "and the {crop} crop suffered from waterlogging. Tied ridges suit lighter soils "
            "better.",
            "fr": "Notre argile lourde draine lentement : lors d'une saison humide les cuvettes "
            "sont restées inondées et les parcelles en {crop} ont souffert de l'asphyxie. Les "
            "billons cloisonnés conviennent mieux aux sols légers.",
            "es": "Nuestra arcilla pesada drena despacio, así que en una temporada lluviosa las "
            "cubetas quedaron inundadas y el cultivo de {crop} sufrió por encharcamiento. Los "
            "surcos con diques van mejor en suelos livianos.",
        },
        "tags": {
            "en": ["tied ridges", "in-field water harvesting", "dry spells", "contour"],
            "fr": [
                "billons cloisonnés",
                "collecte des eaux",
                "poches de sécheresse",
                "courbes de niveau",
            ],
            "es": ["surcos con diques", "cosecha de agua", "veranillos", "curvas de nivel"],
        },
        "quote": {
            "en": "We used to watch the rain run off to the river; now the ridges catch it for us.",
            "fr": "Avant, on regardait la pluie filer à la rivière ; maintenant les billons la "
            "retiennent pour nous.",
            "es": "Antes mirábamos cómo la lluvia se iba al río; ahora los surcos la atajan para "
            "nosotros.",
        },
    },
]

_PERENNIAL_CROPS: list[dict] = [
    {
        "title": {
            "en": "Trying a perennial grain next to the {crop} fields",
            "fr": "Essai d'une céréale pérenne à côté des parcelles en {crop}",
            "es": "Ensayo de un cereal perenne junto a las parcelas de {crop}",
        },
        "summary": {
            "en": "We sowed a field of perennial grain (intermediate wheatgrass, sold as Kernza) "
            "that stays in the ground for several years and is harvested every summer. Its deep "
            "roots hold the soil all year, and we want to know whether the grain can pay.",
            "fr": "Nous avons semé une parcelle de céréale pérenne (agropyre intermédiaire, "
            "vendu sous le nom de Kernza) qui reste en place plusieurs années et se récolte "
            "chaque été. Ses racines profondes tiennent le sol toute l'année ; nous voulons "
            "savoir si le grain peut être rentable.",
            "es": "Sembramos una parcela de cereal perenne (agropiro intermedio, vendido como "
            "Kernza) que se queda varios años en el campo y se cosecha cada verano. Sus raíces "
            "profundas sujetan el suelo todo el año y queremos saber si el grano puede ser "
            "rentable.",
        },
        "steps": {
            "en": [
                ("Prepare a clean seedbed", "Sow in early autumn into a firm, weed-free seedbed."),
                (
                    "Be patient the first year",
                    "Expect little grain in the first year; mow the weeds once if needed.",
                ),
                (
                    "Harvest grain and straw",
                    "Combine in midsummer, then bale the straw or graze the regrowth in autumn.",
                ),
                (
                    "Feed it from the second year",
                    "Add some manure or nitrogen in spring from "
                    "the second year, when yields start to fall.",
                ),
            ],
            "fr": [
                (
                    "Préparer un lit de semence propre",
                    "Semer au début de l'automne dans un lit "
                    "de semence rappuyé et sans adventices.",
                ),
                (
                    "Patienter la première année",
                    "Peu de grain la première année ; faucher les adventices une fois si besoin.",
                ),
                (
                    "Récolter grain et paille",
                    "Moissonner en plein été, puis presser la paille "
                    "ou faire pâturer les repousses à l'automne.",
                ),
                (
                    "Fertiliser dès la deuxième année",
                    "Apporter un peu de fumier ou d'azote au "
                    "printemps à partir de la deuxième année, quand les rendements baissent.",
                ),
            ],
            "es": [
                (
                    "Preparar una cama limpia",
                    "Sembrar a comienzos del otoño en una cama de siembra firme y sin malezas.",
                ),
                (
                    "Tener paciencia el primer año",
                    "Se cosecha poco grano el primer año; segar las malezas una vez si hace falta.",
                ),
                (
                    "Cosechar grano y paja",
                    "Cosechar a mitad del verano y luego empacar la paja "
                    "o pastorear el rebrote en otoño.",
                ),
                (
                    "Abonar desde el segundo año",
                    "Aplicar algo de estiércol o nitrógeno en "
                    "primavera desde el segundo año, cuando el rendimiento empieza a bajar.",
                ),
            ],
        },
        "worked": {
            "en": "The soil under the perennial was never bare and runoff was clearly lower than "
            "from the {crop} fields. Grazing the regrowth added value.",
            "fr": "Le sol sous la culture pérenne n'était jamais nu et le ruissellement était "
            "nettement plus faible que sur les parcelles en {crop}. Le pâturage des repousses a "
            "apporté un revenu de plus.",
            "es": "El suelo bajo el cultivo perenne nunca estuvo desnudo y la escorrentía fue "
            "claramente menor que en las parcelas de {crop}. Pastorear el rebrote dio un ingreso "
            "extra.",
        },
        "did_not_work": {
            "en": "Grain yield is only a fraction of wheat and falls after the third year. "
            "Finding a buyer for the grain was hard.",
            "fr": "Le rendement en grain n'est qu'une fraction de celui du blé et baisse après "
            "la troisième année. Trouver un acheteur pour le grain a été difficile.",
            "es": "El rendimiento de grano es solo una fracción del trigo y baja después del "
            "tercer año. Fue difícil encontrar comprador para el grano.",
        },
        "failure": {
            "en": "Grain yields fell to almost nothing by the third year and we had no buyer, so "
            "we ploughed the field back into {crop}. The soil benefits were real, but we could "
            "not afford them.",
            "fr": "Dès la troisième année le rendement en grain était presque nul et nous "
            "n'avions pas d'acheteur : nous avons retourné la parcelle pour revenir en {crop}. "
            "Les bénéfices pour le sol étaient réels, mais nous n'avions pas les moyens de les "
            "payer.",
            "es": "Para el tercer año el rendimiento de grano era casi nulo y no teníamos "
            "comprador, así que volvimos a arar la parcela para sembrar {crop}. Los beneficios "
            "para el suelo eran reales, pero no podíamos pagarlos.",
        },
        "tags": {
            "en": ["perennial grain", "Kernza", "deep roots", "soil cover"],
            "fr": ["céréale pérenne", "Kernza", "racines profondes", "couverture du sol"],
            "es": ["cereal perenne", "Kernza", "raíces profundas", "cobertura del suelo"],
        },
        "quote": {
            "en": "The roots go down two metres; my doubts go only as deep as the grain price.",
            "fr": "Les racines descendent à deux mètres ; mes doutes, eux, ne vont pas plus loin "
            "que le prix du grain.",
            "es": "Las raíces bajan dos metros; mis dudas no pasan del precio del grano.",
        },
    },
    {
        "title": {
            "en": "Turning steep {crop} fields into fruit trees and perennials",
            "fr": "Convertir des pentes cultivées en {crop} en vergers et cultures pérennes",
            "es": "Convertir laderas de {crop} en frutales y cultivos perennes",
        },
        "summary": {
            "en": "Our steepest fields lost soil every year under annual crops, so we planted "
            "them with fruit trees, coffee or bananas and fodder grass. The ground is now "
            "covered all year and the trees give income for many years.",
            "fr": "Nos champs les plus pentus perdaient de la terre chaque année sous cultures "
            "annuelles : nous y avons planté des fruitiers, du café ou des bananiers et de "
            "l'herbe fourragère. Le sol est maintenant couvert toute l'année et les arbres "
            "donnent un revenu pour de longues années.",
            "es": "Nuestras parcelas más empinadas perdían suelo cada año con cultivos anuales, "
            "así que las plantamos con frutales, café o banano y pasto forrajero. Ahora el suelo "
            "está cubierto todo el año y los árboles dan ingresos por muchos años.",
        },
        "steps": {
            "en": [
                (
                    "Start with the worst fields",
                    "Begin where erosion is worst and yields are lowest.",
                ),
                (
                    "Pick adapted perennials",
                    "Choose species that suit the altitude and the "
                    "market: coffee, avocado, mango, citrus, banana.",
                ),
                (
                    "Plant with cover",
                    "Plant in pits with compost and keep a grass or legume "
                    "cover between the trees.",
                ),
                (
                    "Bridge the gap",
                    "Intercrop beans or vegetables in the first years, until the trees produce.",
                ),
            ],
            "fr": [
                (
                    "Commencer par les pires parcelles",
                    "Commencer là où l'érosion est la plus "
                    "forte et les rendements les plus faibles.",
                ),
                (
                    "Choisir des espèces adaptées",
                    "Choisir selon l'altitude et le marché : café, "
                    "avocatier, manguier, agrumes, bananier.",
                ),
                (
                    "Planter avec une couverture",
                    "Planter dans des trous garnis de compost et "
                    "garder une couverture d'herbe ou de légumineuse entre les arbres.",
                ),
                (
                    "Faire la soudure",
                    "Cultiver des haricots ou des légumes entre les arbres les "
                    "premières années, jusqu'à l'entrée en production.",
                ),
            ],
            "es": [
                (
                    "Empezar por las peores parcelas",
                    "Comenzar donde la erosión es mayor y los rendimientos más bajos.",
                ),
                (
                    "Elegir perennes adaptados",
                    "Escoger según la altura y el mercado: café, "
                    "aguacate, mango, cítricos, banano.",
                ),
                (
                    "Plantar con cobertura",
                    "Plantar en hoyos con compost y mantener una cobertura "
                    "de pasto o leguminosa entre los árboles.",
                ),
                (
                    "Cubrir la espera",
                    "Intercalar frijol u hortalizas los primeros años, hasta "
                    "que los árboles produzcan.",
                ),
            ],
        },
        "worked": {
            "en": "Erosion on those slopes almost stopped, and after {years} years the fruit "
            "brought in more than the {crop} used to.",
            "fr": "L'érosion sur ces pentes s'est presque arrêtée, et après {years} ans les "
            "fruits rapportaient plus que les parcelles en {crop} autrefois.",
            "es": "La erosión en esas laderas casi se detuvo y, después de {years} años, la "
            "fruta dejaba más que lo que antes daba el cultivo de {crop}.",
        },
        "did_not_work": {
            "en": "The first years without income were hard. Fruit prices swing a lot, and some "
            "trees died in a dry year.",
            "fr": "Les premières années sans revenu ont été dures. Les prix des fruits varient "
            "beaucoup, et des arbres sont morts une année sèche.",
            "es": "Los primeros años sin ingresos fueron duros. Los precios de la fruta suben y "
            "bajan mucho, y algunos árboles murieron en un año seco.",
        },
        "failure": {
            "en": "A drought in the second year killed many of the young trees and we had no "
            "water for them. We went back to {crop} on part of the slope while we replant.",
            "fr": "Une sécheresse la deuxième année a tué beaucoup de jeunes arbres et nous "
            "n'avions pas d'eau pour eux. Nous sommes revenus en {crop} sur une partie de la "
            "pente, le temps de replanter.",
            "es": "Una sequía el segundo año mató muchos árboles jóvenes y no teníamos agua para "
            "ellos. Volvimos a sembrar {crop} en parte de la ladera mientras replantamos.",
        },
        "tags": {
            "en": ["perennial crops", "fruit trees", "steep slopes", "permanent cover"],
            "fr": [
                "cultures pérennes",
                "arbres fruitiers",
                "fortes pentes",
                "couverture permanente",
            ],
            "es": ["cultivos perennes", "frutales", "pendientes fuertes", "cobertura permanente"],
        },
        "quote": {
            "en": "The annual crop fed us for a season; these trees will feed us for twenty years.",
            "fr": "La culture annuelle nous nourrissait une saison ; ces arbres nous nourriront "
            "vingt ans.",
            "es": "El cultivo anual nos daba de comer una temporada; estos árboles nos darán de "
            "comer veinte años.",
        },
    },
    {
        "title": {
            "en": "A multi-year lucerne ley in the {crop} rotation",
            "fr": "Luzerne pluriannuelle dans la rotation ({crop})",
            "es": "Alfalfa plurianual en la rotación con {crop}",
        },
        "summary": {
            "en": "We put a three- to four-year lucerne ley into the rotation instead of annual "
            "crops only. The deep-rooted perennial covers the soil, feeds our animals and leaves "
            "nitrogen and structure for the crops that follow.",
            "fr": "Nous avons intégré trois à quatre ans de luzerne dans la rotation au lieu de "
            "n'avoir que des cultures annuelles. Cette plante pérenne aux racines profondes "
            "couvre le sol, nourrit nos animaux et laisse azote et structure aux cultures "
            "suivantes.",
            "es": "Incorporamos tres a cuatro años de alfalfa en la rotación en lugar de tener "
            "solo cultivos anuales. Esta perenne de raíces profundas cubre el suelo, alimenta a "
            "nuestros animales y deja nitrógeno y estructura para los cultivos siguientes.",
        },
        "steps": {
            "en": [
                (
                    "Lime and inoculate",
                    "Check the pH, lime if it is below 6.2 and inoculate the seed.",
                ),
                (
                    "Sow under a light cover",
                    "Sow in spring or late summer, alone or under a light nurse crop of oats.",
                ),
                (
                    "Cut at the right stage",
                    "Cut at early flowering and let it flower once a year to rebuild its roots.",
                ),
                (
                    "End it with care",
                    "Break the ley in late summer and sow a cereal that can "
                    "use the nitrogen released.",
                ),
            ],
            "fr": [
                (
                    "Chauler et inoculer",
                    "Vérifier le pH, chauler s'il est inférieur à 6,2 et inoculer la semence.",
                ),
                (
                    "Semer sous couvert léger",
                    "Semer au printemps ou en fin d'été, seule ou sous un couvert léger d'avoine.",
                ),
                (
                    "Faucher au bon stade",
                    "Faucher en début de floraison et la laisser fleurir "
                    "une fois par an pour qu'elle refasse ses racines.",
                ),
                (
                    "Retourner avec soin",
                    "Détruire la luzerne en fin d'été et semer une céréale "
                    "capable d'utiliser l'azote libéré.",
                ),
            ],
            "es": [
                (
                    "Encalar e inocular",
                    "Revisar el pH, encalar si está por debajo de 6,2 e inocular la semilla.",
                ),
                (
                    "Sembrar bajo una cobertura ligera",
                    "Sembrar en primavera o a fines del "
                    "verano, sola o bajo un cultivo acompañante ligero de avena.",
                ),
                (
                    "Cortar en el momento justo",
                    "Cortar al inicio de la floración y dejarla "
                    "florecer una vez al año para que recupere sus raíces.",
                ),
                (
                    "Terminarla con cuidado",
                    "Romper la alfalfa a fines del verano y sembrar un "
                    "cereal que aproveche el nitrógeno liberado.",
                ),
            ],
        },
        "worked": {
            "en": "Soil structure after the lucerne was excellent and the following {crop} crop "
            "needed much less nitrogen. Hay sales paid well.",
            "fr": "La structure du sol après la luzerne était excellente et la culture suivante "
            "({crop}) a demandé beaucoup moins d'azote. La vente de foin a bien payé.",
            "es": "La estructura del suelo después de la alfalfa era excelente y el cultivo "
            "siguiente de {crop} necesitó mucho menos nitrógeno. La venta de heno pagó bien.",
        },
        "did_not_work": {
            "en": "Lucerne did poorly in the wet, acid corner of the field. Cutting and baling "
            "at the right time is demanding.",
            "fr": "La luzerne a mal poussé dans le coin humide et acide de la parcelle. Faucher "
            "et presser au bon moment est exigeant.",
            "es": "La alfalfa creció mal en la esquina húmeda y ácida del lote. Cortar y empacar "
            "en el momento justo es exigente.",
        },
        "failure": {
            "en": "The stand was sown on acid soil without enough lime and thinned out in the "
            "first winter; weeds took over and we had to break it after one year instead of "
            "three.",
            "fr": "La luzerne a été semée sur un sol acide sans assez de chaux et s'est éclaircie "
            "dès le premier hiver ; les adventices ont pris le dessus et il a fallu la retourner "
            "après un an au lieu de trois.",
            "es": "La alfalfa se sembró en suelo ácido sin suficiente cal y se raleó en el "
            "primer invierno; las malezas la invadieron y hubo que romperla al año en lugar de "
            "a los tres.",
        },
        "tags": {
            "en": ["lucerne", "alfalfa", "ley", "perennial forage"],
            "fr": ["luzerne", "prairie temporaire", "légumineuse fourragère", "fourrage pérenne"],
            "es": ["alfalfa", "pradera temporal", "leguminosa forrajera", "forraje perenne"],
        },
        "quote": {
            "en": "Three years of lucerne did for my soil structure what ten years of fertiliser "
            "never could.",
            "fr": "Trois ans de luzerne ont fait pour la structure de mon sol ce que dix ans "
            "d'engrais n'avaient jamais fait.",
            "es": "Tres años de alfalfa hicieron por la estructura de mi suelo lo que diez años "
            "de fertilizante nunca lograron.",
        },
    },
]

_IMPROVED_FALLOW: list[dict] = [
    {
        "title": {
            "en": "Two-year Sesbania fallow before {crop}",
            "fr": "Jachère améliorée de deux ans à Sesbania avant {crop}",
            "es": "Barbecho mejorado de dos años con sesbania antes de sembrar {crop}",
        },
        "summary": {
            "en": "Instead of leaving tired land to rest under weeds for many years, we planted "
            "fast-growing nitrogen-fixing shrubs on it for two years. When we cut them, the "
            "leaves go back to the soil and the wood goes home as firewood.",
            "fr": "Au lieu de laisser une terre fatiguée se reposer sous les mauvaises herbes "
            "pendant des années, nous y avons planté pour deux ans des arbustes fixateurs "
            "d'azote à croissance rapide. À la coupe, les feuilles retournent au sol et le bois "
            "part à la maison pour la cuisine.",
            "es": "En vez de dejar descansar una tierra cansada bajo malezas durante muchos "
            "años, plantamos en ella por dos años arbustos fijadores de nitrógeno de "
            "crecimiento rápido. Al cortarlos, las hojas vuelven al suelo y la madera va a la "
            "casa como leña.",
        },
        "steps": {
            "en": [
                (
                    "Raise or sow the shrubs",
                    "Raise Sesbania seedlings in a nursery, or sow "
                    "Tephrosia directly at the start of the rains.",
                ),
                (
                    "Plant densely",
                    "Plant at about 1 m by 1 m, or interplant them in the last "
                    "crop before the fallow.",
                ),
                ("Protect", "Keep animals and fire out during the fallow."),
                (
                    "Clear and return",
                    "Cut the shrubs at the end of the dry season, leave the "
                    "leaves and twigs on the soil and take the wood home.",
                ),
            ],
            "fr": [
                (
                    "Produire ou semer les arbustes",
                    "Élever des plants de Sesbania en pépinière, "
                    "ou semer directement du Tephrosia au début des pluies.",
                ),
                (
                    "Planter dense",
                    "Planter à environ 1 m sur 1 m, ou intercaler les plants dans "
                    "la dernière culture avant la jachère.",
                ),
                ("Protéger", "Tenir les animaux et le feu à l'écart pendant la jachère."),
                (
                    "Défricher et remettre en culture",
                    "Couper les arbustes en fin de saison "
                    "sèche, laisser feuilles et brindilles au sol et emporter le bois.",
                ),
            ],
            "es": [
                (
                    "Producir o sembrar los arbustos",
                    "Criar plántulas de sesbania en vivero, o "
                    "sembrar tefrosia directamente al comienzo de las lluvias.",
                ),
                (
                    "Plantar denso",
                    "Plantar a más o menos 1 m por 1 m, o intercalarlos en el "
                    "último cultivo antes del barbecho.",
                ),
                ("Proteger", "Mantener lejos los animales y el fuego durante el barbecho."),
                (
                    "Limpiar y volver a sembrar",
                    "Cortar los arbustos al final de la época seca, "
                    "dejar hojas y ramitas sobre el suelo y llevar la leña a casa.",
                ),
            ],
        },
        "worked": {
            "en": "The first {crop} crop after the fallow yielded almost as well as a fertilised "
            "one, and the second crop still showed the effect. The firewood was a welcome "
            "bonus.",
            "fr": "La première culture après la jachère ({crop}) a presque rendu autant qu'une "
            "culture fertilisée, et la deuxième en montrait encore l'effet. Le bois de feu a été "
            "un bonus bienvenu.",
            "es": "El primer cultivo de {crop} después del barbecho rindió casi como uno "
            "fertilizado, y el segundo todavía mostraba el efecto. La leña fue un extra bien "
            "recibido.",
        },
        "did_not_work": {
            "en": "We lose two seasons of crops on that plot. Beetles attacked the Sesbania one "
            "year.",
            "fr": "Nous perdons deux saisons de culture sur cette parcelle. Des coléoptères ont "
            "attaqué le Sesbania une année.",
            "es": "Perdemos dos temporadas de cultivo en esa parcela. Un año unos escarabajos "
            "atacaron la sesbania.",
        },
        "failure": {
            "en": "A fire from a neighbour's field burned the fallow in the dry season before the "
            "shrubs had grown enough to help the soil. The {crop} crop after it was no better "
            "than before.",
            "fr": "Un feu parti du champ d'un voisin a brûlé la jachère en saison sèche avant que "
            "les arbustes aient assez poussé pour améliorer le sol. La culture suivante ({crop}) "
            "n'a pas été meilleure qu'avant.",
            "es": "Un fuego que vino de la parcela de un vecino quemó el barbecho en la época "
            "seca antes de que los arbustos crecieran lo suficiente para mejorar el suelo. El "
            "cultivo de {crop} que siguió no fue mejor que antes.",
        },
        "tags": {
            "en": ["improved fallow", "Sesbania", "Tephrosia", "nitrogen-fixing shrubs"],
            "fr": ["jachère améliorée", "Sesbania", "Tephrosia", "arbustes fixateurs d'azote"],
            "es": ["barbecho mejorado", "sesbania", "tefrosia", "arbustos fijadores"],
        },
        "quote": {
            "en": "The shrubs rest the land faster than the bush ever did.",
            "fr": "Les arbustes reposent la terre plus vite que la brousse ne l'a jamais fait.",
            "es": "Los arbustos descansan la tierra más rápido de lo que nunca lo hizo el monte.",
        },
    },
    {
        "title": {
            "en": "One-season mucuna fallow before {crop}",
            "fr": "Jachère d'une saison à mucuna avant {crop}",
            "es": "Barbecho de una temporada con mucuna antes de sembrar {crop}",
        },
        "summary": {
            "en": "A plot full of Imperata grass and low yields was sown to velvet bean "
            "(mucuna) for one season. The dense cover smothered the grass and left a thick mulch "
            "for the next crop.",
            "fr": "Une parcelle envahie par l'Imperata, aux rendements faibles, a été semée en "
            "pois mascate (mucuna) pour une saison. Le couvert dense a étouffé l'herbe et laissé "
            "un paillis épais pour la culture suivante.",
            "es": "Una parcela llena de Imperata y con rendimientos bajos se sembró con frijol "
            "terciopelo (mucuna) durante una temporada. La cobertura densa ahogó el pasto y dejó "
            "un acolchado grueso para el cultivo siguiente.",
        },
        "steps": {
            "en": [
                ("Slash the grass", "Slash the weeds low before the rains."),
                (
                    "Sow the legume",
                    "Sow mucuna at 60 by 60 cm, two seeds per hole, with the first rains.",
                ),
                (
                    "Let it cover",
                    "Let it spread over the whole plot and pull out regrowing grass once.",
                ),
                (
                    "Plant into the mulch",
                    "The next season, slash the mucuna and plant straight into the mulch.",
                ),
            ],
            "fr": [
                ("Rabattre l'herbe", "Faucher les adventices au ras du sol avant les pluies."),
                (
                    "Semer la légumineuse",
                    "Semer le mucuna à 60 cm sur 60 cm, deux graines par "
                    "poquet, dès les premières pluies.",
                ),
                (
                    "Laisser couvrir",
                    "Le laisser recouvrir toute la parcelle et arracher une fois "
                    "les repousses d'herbe.",
                ),
                (
                    "Semer dans le paillis",
                    "À la saison suivante, rabattre le mucuna et semer "
                    "directement dans le paillis.",
                ),
            ],
            "es": [
                ("Chapear el pasto", "Chapear las malezas al ras antes de las lluvias."),
                (
                    "Sembrar la leguminosa",
                    "Sembrar mucuna a 60 por 60 cm, dos semillas por "
                    "golpe, con las primeras lluvias.",
                ),
                (
                    "Dejar que cubra",
                    "Dejar que cubra toda la parcela y arrancar una vez el pasto que rebrote.",
                ),
                (
                    "Sembrar en el acolchado",
                    "La temporada siguiente, chapear la mucuna y sembrar "
                    "directamente en el acolchado.",
                ),
            ],
        },
        "worked": {
            "en": "The grass was almost gone after one season and the soil under the mulch was "
            "soft and dark. The {crop} crop after mucuna needed much less weeding.",
            "fr": "L'herbe avait presque disparu après une saison et le sol sous le paillis "
            "était meuble et sombre. Derrière mucuna, les parcelles en {crop} ont demandé "
            "beaucoup moins de sarclage.",
            "es": "Después de una temporada el pasto casi había desaparecido y el suelo bajo el "
            "acolchado estaba suelto y oscuro. El cultivo de {crop} después de la mucuna "
            "necesitó mucho menos deshierbe.",
        },
        "did_not_work": {
            "en": "Mucuna seed is not eaten here without long processing, so the season gives no "
            "food. Mice liked the thick mulch.",
            "fr": "Ici, la graine de mucuna ne se mange pas sans une longue préparation : la "
            "saison ne donne donc pas de nourriture. Les souris ont apprécié le paillis épais.",
            "es": "Aquí la semilla de mucuna no se come sin un largo proceso, así que la "
            "temporada no da comida. A los ratones les gustó el acolchado grueso.",
        },
        "failure": {
            "en": "The mucuna established poorly after a dry start to the season and the grass "
            "came back through it. After one lost season the land was as weedy as before.",
            "fr": "Le mucuna s'est mal installé après un début de saison sec et l'herbe a "
            "repoussé au travers. Après une saison perdue, la parcelle était aussi envahie "
            "qu'avant.",
            "es": "La mucuna se estableció mal tras un inicio de temporada seco y el pasto "
            "volvió a salir entre ella. Después de una temporada perdida, la parcela estaba tan "
            "enmalezada como antes.",
        },
        "tags": {
            "en": ["improved fallow", "mucuna", "Imperata", "weed control"],
            "fr": ["jachère améliorée", "mucuna", "Imperata", "lutte contre les adventices"],
            "es": ["barbecho mejorado", "mucuna", "Imperata", "control de malezas"],
        },
        "quote": {
            "en": "The velvet bean did in one season what my hoe could not do in three.",
            "fr": "Le mucuna a fait en une saison ce que ma houe n'avait pas réussi en trois.",
            "es": "La mucuna hizo en una temporada lo que mi azadón no logró en tres.",
        },
    },
    {
        "title": {
            "en": "Enriching the fallow with useful trees ({crop})",
            "fr": "Enrichir la jachère avec des arbres utiles ({crop})",
            "es": "Enriquecer el barbecho con árboles útiles ({crop})",
        },
        "summary": {
            "en": "In our cycle of crops and forest fallow, we now plant useful trees in the last "
            "crop year so the fallow grows back faster and gives products. Fallows around "
            "{place} were getting shorter and the soil was not recovering.",
            "fr": "Dans notre cycle de cultures et de jachère forestière, nous plantons "
            "maintenant des arbres utiles la dernière année de culture, pour que la jachère se "
            "referme plus vite et donne des produits. Ici, à {place}, les jachères "
            "raccourcissaient et le sol ne se reconstituait plus.",
            "es": "En nuestro ciclo de cultivos y barbecho de monte, ahora plantamos árboles "
            "útiles el último año de cultivo para que el barbecho se cierre más rápido y dé "
            "productos. En {place} los barbechos eran cada vez más cortos y el suelo no se "
            "recuperaba.",
        },
        "steps": {
            "en": [
                (
                    "Choose the trees",
                    "Choose fast nitrogen-fixing trees plus some with fruit or timber value.",
                ),
                (
                    "Plant in the last crop year",
                    "Plant seedlings between the crop rows in the "
                    "last season before the fallow, so they are weeded with the crop.",
                ),
                (
                    "Free the trees",
                    "During the fallow, cut back climbers around the planted trees once a year.",
                ),
                (
                    "Reopen with care",
                    "When reopening, keep the fruit and timber trees standing "
                    "and do not burn under them.",
                ),
            ],
            "fr": [
                (
                    "Choisir les arbres",
                    "Choisir des arbres fixateurs d'azote à croissance rapide "
                    "et quelques arbres fruitiers ou à bois d'œuvre.",
                ),
                (
                    "Planter la dernière année de culture",
                    "Planter entre les lignes la dernière "
                    "saison avant la jachère, pour que les plants soient sarclés avec la culture.",
                ),
                (
                    "Dégager les arbres",
                    "Pendant la jachère, couper une fois par an les lianes "
                    "autour des arbres plantés.",
                ),
                (
                    "Rouvrir avec soin",
                    "À la remise en culture, garder debout les fruitiers et "
                    "les arbres à bois et ne pas brûler sous eux.",
                ),
            ],
            "es": [
                (
                    "Elegir los árboles",
                    "Escoger árboles fijadores de nitrógeno de crecimiento "
                    "rápido y algunos frutales o maderables.",
                ),
                (
                    "Plantar el último año de cultivo",
                    "Plantar entre los surcos la última "
                    "temporada antes del barbecho, para que se deshierben junto con el cultivo.",
                ),
                (
                    "Liberar los árboles",
                    "Durante el barbecho, cortar una vez al año los bejucos "
                    "alrededor de los árboles plantados.",
                ),
                (
                    "Reabrir con cuidado",
                    "Al volver a cultivar, dejar en pie los frutales y "
                    "maderables y no quemar debajo de ellos.",
                ),
            ],
        },
        "worked": {
            "en": "The fallow closed in about half the usual time and gave firewood and fruit. "
            "After {years} years the soil was darker at reopening than on plain fallows, and the "
            "{crop} crop started well.",
            "fr": "La jachère s'est refermée en deux fois moins de temps environ et a donné du "
            "bois et des fruits. Après {years} ans, le sol était plus sombre à la remise en "
            "culture que sous une jachère ordinaire, et les parcelles en {crop} sont bien "
            "parties.",
            "es": "El barbecho se cerró en más o menos la mitad del tiempo habitual y dio leña y "
            "fruta. Después de {years} años el suelo estaba más oscuro al reabrir que en los "
            "barbechos comunes, y el cultivo de {crop} arrancó bien.",
        },
        "did_not_work": {
            "en": "Some trees were shaded out by faster bush. Land tenure rules made some "
            "families unwilling to plant trees.",
            "fr": "Certains arbres ont été étouffés par une brousse plus rapide. Les règles "
            "foncières ont dissuadé certaines familles de planter des arbres.",
            "es": "Algunos árboles quedaron ahogados por el monte, que crece más rápido. Las "
            "reglas de tenencia de la tierra hicieron que algunas familias no quisieran plantar "
            "árboles.",
        },
        "failure": {
            "en": "The planted trees did not survive the first dry season because they were too "
            "small and unprotected, so the fallow was no different from before. We needed "
            "bigger seedlings and some watering.",
            "fr": "Les arbres plantés n'ont pas survécu à la première saison sèche, car ils "
            "étaient trop petits et sans protection : la jachère n'était pas différente "
            "d'avant. Il aurait fallu des plants plus grands et un peu d'arrosage.",
            "es": "Los árboles plantados no sobrevivieron a la primera época seca porque eran "
            "demasiado pequeños y estaban desprotegidos, así que el barbecho no cambió. "
            "Necesitábamos plántulas más grandes y algo de riego.",
        },
        "tags": {
            "en": ["improved fallow", "shifting cultivation", "trees", "fallow enrichment"],
            "fr": ["jachère améliorée", "culture itinérante", "arbres", "enrichissement"],
            "es": ["barbecho mejorado", "agricultura itinerante", "árboles", "enriquecimiento"],
        },
        "quote": {
            "en": "A fallow with trees is a savings account; a bare fallow is an empty one.",
            "fr": "Une jachère avec des arbres, c'est un compte d'épargne ; une jachère nue, un "
            "compte vide.",
            "es": "Un barbecho con árboles es una cuenta de ahorros; uno pelado, una cuenta vacía.",
        },
    },
]

_INTEGRATED_SOIL_FERTILITY: list[dict] = [
    {
        "title": {
            "en": "Fertiliser microdosing with manure for {crop}",
            "fr": "Microdose d'engrais et fumier au poquet ({crop})",
            "es": "Microdosis de fertilizante con estiércol para {crop}",
        },
        "summary": {
            "en": "We put a small capful of fertiliser (a few grams) in each planting hole "
            "together with a handful of manure, instead of nothing or broadcasting what we could "
            "afford. It gives the young plants a strong start and makes a little fertiliser go a "
            "long way.",
            "fr": "Nous mettons une petite capsule d'engrais (quelques grammes) dans chaque "
            "poquet avec une poignée de fumier, au lieu de ne rien mettre ou d'épandre à la "
            "volée le peu que nous pouvions acheter. Les jeunes plants démarrent fort et un peu "
            "d'engrais va loin.",
            "es": "Ponemos una tapita de fertilizante (unos pocos gramos) en cada hoyo junto con "
            "un puñado de estiércol, en vez de no poner nada o esparcir al voleo lo poco que "
            "podíamos comprar. Las plantas jóvenes arrancan con fuerza y un poco de fertilizante "
            "rinde mucho.",
        },
        "steps": {
            "en": [
                (
                    "Measure the dose",
                    "Use a bottle cap or small tin as a measure: 2 to 6 g of NPK per hole.",
                ),
                ("Add manure to the hole", "Add a handful of manure or compost to the same hole."),
                (
                    "Sow and cover",
                    "Sow the seed on top without touching the fertiliser, and close the hole.",
                ),
                (
                    "Top-dress if the rains are good",
                    "In a good season, add a second small dose a few weeks after emergence.",
                ),
            ],
            "fr": [
                (
                    "Mesurer la dose",
                    "Utiliser une capsule de bouteille ou une petite boîte "
                    "comme mesure : 2 à 6 g de NPK par poquet.",
                ),
                (
                    "Ajouter le fumier",
                    "Mettre une poignée de fumier ou de compost dans le même poquet.",
                ),
                (
                    "Semer et refermer",
                    "Semer la graine par-dessus sans qu'elle touche l'engrais, "
                    "puis refermer le poquet.",
                ),
                (
                    "Compléter si les pluies sont bonnes",
                    "Si la saison est bonne, ajouter une "
                    "deuxième petite dose quelques semaines après la levée.",
                ),
            ],
            "es": [
                (
                    "Medir la dosis",
                    "Usar una tapita de botella o una latita como medida: 2 a 6 g de NPK por hoyo.",
                ),
                (
                    "Añadir estiércol al hoyo",
                    "Poner un puñado de estiércol o compost en el mismo hoyo.",
                ),
                (
                    "Sembrar y tapar",
                    "Poner la semilla encima sin que toque el fertilizante y tapar el hoyo.",
                ),
                (
                    "Reabonar si llueve bien",
                    "Si la temporada es buena, poner una segunda dosis "
                    "pequeña unas semanas después de la emergencia.",
                ),
            ],
        },
        "worked": {
            "en": "Plants grew faster and covered the ground sooner. {crop} yields were clearly "
            "higher than without fertiliser, at a cost we could carry.",
            "fr": "Les plantes ont poussé plus vite et couvert le sol plus tôt. Les rendements "
            "en {crop} étaient nettement plus élevés que sans engrais, pour un coût supportable.",
            "es": "Las plantas crecieron más rápido y cubrieron el suelo antes. Los rendimientos "
            "de {crop} fueron claramente mayores que sin fertilizante, a un costo que podíamos "
            "pagar.",
        },
        "did_not_work": {
            "en": "Fertiliser is not always in the shop at sowing time. Measuring hole by hole "
            "is slow.",
            "fr": "L'engrais n'est pas toujours disponible en boutique au moment du semis. "
            "Doser poquet par poquet est lent.",
            "es": "El fertilizante no siempre está en la tienda en época de siembra. Medir hoyo "
            "por hoyo es lento.",
        },
        "failure": {
            "en": "In a year of very poor rains the microdose gave no visible gain and we lost "
            "the money spent on fertiliser. Without enough rain, no dose helps the {crop} crop.",
            "fr": "Une année de très mauvaises pluies, la microdose n'a donné aucun gain visible "
            "et l'argent de l'engrais a été perdu. Sans assez de pluie, aucune dose n'aide les "
            "parcelles en {crop}.",
            "es": "En un año de muy pocas lluvias la microdosis no dio ninguna ganancia visible "
            "y perdimos el dinero del fertilizante. Sin suficiente lluvia, ninguna dosis ayuda "
            "al cultivo de {crop}.",
        },
        "tags": {
            "en": ["microdosing", "fertiliser", "manure", "ISFM"],
            "fr": ["microdose", "engrais", "fumier", "GIFS"],
            "es": ["microdosis", "fertilizante", "estiércol", "MIFS"],
        },
        "quote": {
            "en": "A capful of fertiliser and a handful of manure: small things, big difference.",
            "fr": "Une capsule d'engrais et une poignée de fumier : petites choses, grande "
            "différence.",
            "es": "Una tapita de fertilizante y un puñado de estiércol: cosas pequeñas, gran "
            "diferencia.",
        },
    },
    {
        "title": {
            "en": "Soil test, lime and balanced fertiliser for {crop}",
            "fr": "Analyse de sol, chaulage et fertilisation équilibrée ({crop})",
            "es": "Análisis de suelo, encalado y fertilización equilibrada para {crop}",
        },
        "summary": {
            "en": "Yields were dropping even with more urea, so we had the soil tested and found "
            "it acid and short of phosphorus. We limed, applied phosphorus and cut nitrogen back "
            "to what the crop really needs.",
            "fr": "Les rendements baissaient malgré plus d'urée : nous avons fait analyser le "
            "sol, qui s'est révélé acide et pauvre en phosphore. Nous avons chaulé, apporté du "
            "phosphore et ramené l'azote à ce dont la culture a vraiment besoin.",
            "es": "Los rendimientos bajaban aunque echábamos más urea, así que analizamos el "
            "suelo y resultó ácido y pobre en fósforo. Encalamos, aplicamos fósforo y bajamos el "
            "nitrógeno a lo que el cultivo realmente necesita.",
        },
        "steps": {
            "en": [
                (
                    "Sample correctly",
                    "Take 15 to 20 cores across the field at 0 to 20 cm, mix "
                    "them and send about 500 g to a laboratory.",
                ),
                (
                    "Read the result",
                    "Look first at pH, phosphorus and organic matter, and ask "
                    "for help to turn the numbers into doses.",
                ),
                (
                    "Lime first",
                    "Spread agricultural lime or dolomite a month or more before sowing.",
                ),
                (
                    "Balance the fertiliser",
                    "Apply phosphorus and potassium as advised and split the nitrogen.",
                ),
                ("Test again", "Test the same field again in three years."),
            ],
            "fr": [
                (
                    "Bien prélever",
                    "Prélever 15 à 20 carottes sur 0-20 cm dans tout le champ, "
                    "les mélanger et envoyer environ 500 g au laboratoire.",
                ),
                (
                    "Lire le résultat",
                    "Regarder d'abord le pH, le phosphore et la matière "
                    "organique, et se faire aider pour traduire les chiffres en doses.",
                ),
                (
                    "Chauler d'abord",
                    "Épandre de la chaux agricole ou de la dolomie au moins un "
                    "mois avant le semis.",
                ),
                (
                    "Équilibrer la fumure",
                    "Apporter phosphore et potasse selon le conseil et fractionner l'azote.",
                ),
                ("Refaire l'analyse", "Analyser à nouveau la même parcelle dans trois ans."),
            ],
            "es": [
                (
                    "Muestrear bien",
                    "Tomar de 15 a 20 submuestras de 0 a 20 cm en toda la "
                    "parcela, mezclarlas y mandar unos 500 g al laboratorio.",
                ),
                (
                    "Leer el resultado",
                    "Mirar primero el pH, el fósforo y la materia orgánica, y "
                    "pedir ayuda para convertir los números en dosis.",
                ),
                (
                    "Encalar primero",
                    "Aplicar cal agrícola o dolomita al menos un mes antes de la siembra.",
                ),
                (
                    "Equilibrar la fertilización",
                    "Aplicar fósforo y potasio según la recomendación y fraccionar el nitrógeno.",
                ),
                ("Volver a analizar", "Analizar de nuevo la misma parcela en tres años."),
            ],
        },
        "worked": {
            "en": "Roots went deeper, and {crop} yields rose in the second year after liming "
            "while we used less nitrogen.",
            "fr": "Les racines sont descendues plus profond et les rendements en {crop} ont "
            "augmenté dès la deuxième année après le chaulage, avec moins d'azote.",
            "es": "Las raíces bajaron más hondo y los rendimientos de {crop} subieron en el "
            "segundo año después del encalado, usando menos nitrógeno.",
        },
        "did_not_work": {
            "en": "Lime is bulky and costly to transport. The laboratory took six weeks to send "
            "the results.",
            "fr": "La chaux est volumineuse et son transport coûte cher. Le laboratoire a mis "
            "six semaines à envoyer les résultats.",
            "es": "La cal es voluminosa y cara de transportar. El laboratorio tardó seis semanas "
            "en mandar los resultados.",
        },
        "failure": {
            "en": "We limed but had to use the wrong fertiliser blend because the right one was "
            "not available, and {crop} yields did not change. We could not afford to repeat the "
            "test either.",
            "fr": "Nous avons chaulé, mais dû utiliser une formule d'engrais inadaptée faute de "
            "trouver la bonne, et les rendements en {crop} n'ont pas bougé. Nous n'avions pas "
            "non plus les moyens de refaire l'analyse.",
            "es": "Encalamos, pero tuvimos que usar una fórmula de fertilizante equivocada "
            "porque no había la correcta, y los rendimientos de {crop} no cambiaron. Tampoco "
            "pudimos pagar otro análisis.",
        },
        "tags": {
            "en": ["soil testing", "liming", "phosphorus", "balanced fertilisation"],
            "fr": ["analyse de sol", "chaulage", "phosphore", "fertilisation raisonnée"],
            "es": ["análisis de suelo", "encalado", "fósforo", "fertilización equilibrada"],
        },
        "quote": {
            "en": "For years I fed the crop blind; the soil test gave me eyes.",
            "fr": "Pendant des années j'ai nourri la culture à l'aveugle ; l'analyse de sol m'a "
            "donné des yeux.",
            "es": "Durante años alimenté el cultivo a ciegas; el análisis de suelo me dio ojos.",
        },
    },
    {
        "title": {
            "en": "Combining good seed, legumes, manure and a little fertiliser ({crop})",
            "fr": "Combiner bonnes semences, légumineuses, fumier et un peu d'engrais ({crop})",
            "es": "Combinar buena semilla, leguminosas, estiércol y algo de fertilizante ({crop})",
        },
        "summary": {
            "en": "Rather than a single practice, we combined several: seed suited to our "
            "season, a legume in rotation, manure in the planting line and a moderate dose of "
            "mineral fertiliser. Each alone gave a small gain; together they changed the farm.",
            "fr": "Plutôt qu'une seule pratique, nous en avons combiné plusieurs : des semences "
            "adaptées à notre saison, une légumineuse en rotation, du fumier sur la ligne de "
            "semis et une dose modérée d'engrais minéral. Chacune seule apportait un petit gain ; "
            "ensemble, elles ont changé l'exploitation.",
            "es": "En lugar de una sola práctica combinamos varias: semilla adaptada a nuestra "
            "temporada, una leguminosa en rotación, estiércol en el surco de siembra y una dosis "
            "moderada de fertilizante mineral. Cada una sola daba una ganancia pequeña; juntas "
            "cambiaron la finca.",
        },
        "steps": {
            "en": [
                (
                    "Start with good seed",
                    "Use seed suited to the length of your season, from a trusted source.",
                ),
                ("Rotate with a legume", "Grow a legume on about half of the land each year."),
                (
                    "Place the organic inputs",
                    "Put manure or compost in the planting line rather than broadcasting it.",
                ),
                (
                    "Add mineral fertiliser",
                    "Add a moderate dose of fertiliser: phosphorus for "
                    "the legume, nitrogen for the cereal.",
                ),
            ],
            "fr": [
                (
                    "Partir de bonnes semences",
                    "Utiliser des semences adaptées à la durée de la saison, d'une source fiable.",
                ),
                (
                    "Faire tourner avec une légumineuse",
                    "Cultiver une légumineuse sur environ la moitié des terres chaque année.",
                ),
                (
                    "Localiser les apports organiques",
                    "Mettre le fumier ou le compost sur la ligne de semis plutôt qu'à la volée.",
                ),
                (
                    "Ajouter l'engrais minéral",
                    "Apporter une dose modérée d'engrais : du "
                    "phosphore pour la légumineuse, de l'azote pour la céréale.",
                ),
            ],
            "es": [
                (
                    "Empezar con buena semilla",
                    "Usar semilla adaptada a la duración de la temporada, de una fuente confiable.",
                ),
                (
                    "Rotar con una leguminosa",
                    "Sembrar una leguminosa en más o menos la mitad de la tierra cada año.",
                ),
                (
                    "Localizar los aportes orgánicos",
                    "Poner el estiércol o el compost en el surco de siembra en lugar de al voleo.",
                ),
                (
                    "Añadir fertilizante mineral",
                    "Aplicar una dosis moderada: fósforo para la "
                    "leguminosa, nitrógeno para el cereal.",
                ),
            ],
        },
        "worked": {
            "en": "Over {years} years {crop} yields roughly doubled on the best-managed plots, "
            "and the soil became darker and easier to work.",
            "fr": "En {years} ans, les rendements en {crop} ont à peu près doublé sur les "
            "parcelles les mieux conduites, et le sol est devenu plus sombre et plus facile à "
            "travailler.",
            "es": "En {years} años los rendimientos de {crop} casi se duplicaron en las parcelas "
            "mejor manejadas, y el suelo se volvió más oscuro y fácil de trabajar.",
        },
        "did_not_work": {
            "en": "Doing everything at once needs cash and labour at the same moment. Some "
            "inputs arrived late.",
            "fr": "Tout faire en même temps demande de l'argent et de la main-d'œuvre au même "
            "moment. Certains intrants sont arrivés en retard.",
            "es": "Hacer todo a la vez exige dinero y mano de obra al mismo tiempo. Algunos "
            "insumos llegaron tarde.",
        },
        "failure": {
            "en": "We could only afford the seed and the fertiliser, without manure or legumes, "
            "and after {years} years the soil was harder and {crop} yields had fallen back. "
            "Fertiliser alone did not keep the soil alive.",
            "fr": "Nous n'avons pu payer que la semence et l'engrais, sans fumier ni "
            "légumineuses ; après {years} ans le sol était plus dur et les rendements en {crop} "
            "étaient retombés. L'engrais seul n'a pas gardé le sol vivant.",
            "es": "Solo pudimos pagar la semilla y el fertilizante, sin estiércol ni "
            "leguminosas, y después de {years} años el suelo estaba más duro y los rendimientos "
            "de {crop} habían vuelto a bajar. El fertilizante solo no mantuvo vivo el suelo.",
        },
        "tags": {
            "en": ["ISFM", "legumes", "manure", "improved seed"],
            "fr": ["GIFS", "légumineuses", "fumier", "semences améliorées"],
            "es": ["MIFS", "leguminosas", "estiércol", "semilla mejorada"],
        },
        "quote": {
            "en": "There is no single trick; it is the whole package that works.",
            "fr": "Il n'y a pas de recette miracle : c'est l'ensemble qui marche.",
            "es": "No hay un truco único: lo que funciona es el paquete completo.",
        },
    },
]

PRACTICE_TEMPLATES: dict[str, list[dict]] = {
    "cover-crops": _COVER_CROPS,
    "agroforestry": _AGROFORESTRY,
    "reduced-tillage": _REDUCED_TILLAGE,
    "residue-retention": _RESIDUE_RETENTION,
    "organic-amendments": _ORGANIC_AMENDMENTS,
    "grazing-management": _GRAZING_MANAGEMENT,
    "crop-rotation": _CROP_ROTATION,
    "biochar": _BIOCHAR,
    "erosion-control": _EROSION_CONTROL,
    "water-harvesting": _WATER_HARVESTING,
    "perennial-crops": _PERENNIAL_CROPS,
    "improved-fallow": _IMPROVED_FALLOW,
    "integrated-soil-fertility": _INTEGRATED_SOIL_FERTILITY,
}

# --- Tutorials (no placeholders) -------------------------------------------------------------

TUTORIALS: list[dict] = [
    {
        "category": "water-harvesting",
        "title": {
            "en": "How to dig and manage zaï pits",
            "fr": "Comment creuser et entretenir des trous de zaï",
            "es": "Cómo cavar y mantener hoyos zaï",
        },
        "summary": {
            "en": "A step-by-step guide to zaï pits on crusted, degraded land: when to dig, how "
            "big, and how to keep them working year after year.",
            "fr": "Un guide pas à pas pour le zaï sur des terres encroûtées et dégradées : quand "
            "creuser, quelle taille, et comment faire durer l'effet d'une année sur l'autre.",
            "es": "Una guía paso a paso para los hoyos zaï en tierras encostradas y degradadas: "
            "cuándo cavar, de qué tamaño y cómo mantenerlos año tras año.",
        },
        "steps": {
            "en": [
                (
                    "Pick the right land",
                    "Zaï suits bare, crusted land on gentle slopes with 300 "
                    "to 800 mm of rain. On loose sandy soils water soaks in anyway and pits help "
                    "less.",
                ),
                (
                    "Dig in the dry season",
                    "Dig pits 20 to 30 cm across and 10 to 15 cm deep, "
                    "about 80 cm apart in staggered rows: roughly 12,000 to 15,000 pits per "
                    "hectare.",
                ),
                (
                    "Put the soil downslope",
                    "Throw the soil on the downslope side to form a small "
                    "crescent that catches runoff.",
                ),
                (
                    "Add organic matter",
                    "Put 300 to 600 g of manure or compost in each pit, about "
                    "two handfuls. Termites come and open channels through the crust.",
                ),
                (
                    "Sow and keep going",
                    "Sow after the first rain of at least 20 mm. The next "
                    "year, re-open the same pits and add new ones in between.",
                ),
            ],
            "fr": [
                (
                    "Choisir le bon terrain",
                    "Le zaï convient aux terres nues et encroûtées, en "
                    "pente douce, qui reçoivent 300 à 800 mm de pluie. Sur sable meuble, l'eau "
                    "s'infiltre de toute façon et les trous servent moins.",
                ),
                (
                    "Creuser en saison sèche",
                    "Creuser des trous de 20 à 30 cm de diamètre et de "
                    "10 à 15 cm de profondeur, à environ 80 cm en quinconce : à peu près 12 000 à "
                    "15 000 trous par hectare.",
                ),
                (
                    "Rejeter la terre en aval",
                    "Jeter la terre du côté aval pour former un petit "
                    "croissant qui capte le ruissellement.",
                ),
                (
                    "Apporter la matière organique",
                    "Mettre 300 à 600 g de fumier ou de compost "
                    "par trou, soit environ deux poignées. Les termites viennent et ouvrent des "
                    "galeries à travers la croûte.",
                ),
                (
                    "Semer et continuer",
                    "Semer après la première pluie d'au moins 20 mm. L'année "
                    "suivante, rouvrir les mêmes trous et en ajouter de nouveaux entre eux.",
                ),
            ],
            "es": [
                (
                    "Elegir el terreno",
                    "El zaï sirve en tierras desnudas y encostradas, de "
                    "pendiente suave, con 300 a 800 mm de lluvia. En arena suelta el agua se "
                    "infiltra igual y los hoyos ayudan menos.",
                ),
                (
                    "Cavar en la época seca",
                    "Cavar hoyos de 20 a 30 cm de ancho y 10 a 15 cm de "
                    "hondo, a unos 80 cm al tresbolillo: entre 12.000 y 15.000 hoyos por hectárea.",
                ),
                (
                    "Dejar la tierra abajo",
                    "Echar la tierra del lado de abajo para formar una "
                    "pequeña media luna que capte la escorrentía.",
                ),
                (
                    "Añadir materia orgánica",
                    "Poner de 300 a 600 g de estiércol o compost por "
                    "hoyo, unos dos puñados. Las termitas llegan y abren galerías en la costra.",
                ),
                (
                    "Sembrar y seguir",
                    "Sembrar tras la primera lluvia de al menos 20 mm. Al año "
                    "siguiente, reabrir los mismos hoyos y cavar otros nuevos entre ellos.",
                ),
            ],
        },
    },
    {
        "category": "erosion-control",
        "title": {
            "en": "How to make an A-frame and mark contour lines",
            "fr": "Comment fabriquer un cadre en A et tracer les courbes de niveau",
            "es": "Cómo hacer un aparato A y trazar curvas de nivel",
        },
        "summary": {
            "en": "With three poles, some string and a stone you can mark contour lines on any "
            "slope. Every bund, stone line or hedge starts here.",
            "fr": "Avec trois perches, de la ficelle et une pierre, on peut tracer les courbes de "
            "niveau sur n'importe quelle pente. Toute diguette, tout cordon pierreux ou toute "
            "haie commence par là.",
            "es": "Con tres palos, un cordel y una piedra se pueden trazar curvas de nivel en "
            "cualquier ladera. Todo bordo, cordón de piedra o barrera viva empieza aquí.",
        },
        "steps": {
            "en": [
                (
                    "Build the frame",
                    "Tie two poles of about 2 m together at the top and fix a "
                    "crossbar at mid-height to form an A. Hang a string with a stone from the top.",
                ),
                (
                    "Calibrate it",
                    "Stand the frame on the ground and mark where the string "
                    "crosses the bar; turn the frame around and mark again. The point halfway "
                    "between the marks is level.",
                ),
                (
                    "Walk the contour",
                    "Start at one edge of the field. Keep one leg still and move "
                    "the other until the string hangs on the level mark, put a peg there and carry "
                    "on.",
                ),
                (
                    "Smooth the line",
                    "Look along the pegs and move any that zigzag sharply, so "
                    "the line is smooth enough to plough along.",
                ),
                (
                    "Space the lines",
                    "Repeat further down the slope; on steeper slopes put the "
                    "lines closer, for example every 10 m instead of 20 m.",
                ),
            ],
            "fr": [
                (
                    "Construire le cadre",
                    "Attacher deux perches d'environ 2 m par le haut et "
                    "fixer une traverse à mi-hauteur pour former un A. Suspendre au sommet une "
                    "ficelle lestée d'une pierre.",
                ),
                (
                    "L'étalonner",
                    "Poser le cadre au sol et marquer l'endroit où la ficelle croise "
                    "la traverse ; retourner le cadre et marquer de nouveau. Le point situé à mi-"
                    "chemin entre les deux marques indique le niveau.",
                ),
                (
                    "Suivre la courbe",
                    "Partir d'un bord du champ. Garder un pied fixe et déplacer "
                    "l'autre jusqu'à ce que la ficelle tombe sur la marque de niveau, planter un "
                    "piquet et continuer.",
                ),
                (
                    "Lisser la ligne",
                    "Regarder le long des piquets et déplacer ceux qui font des "
                    "zigzags trop marqués, pour que la ligne se laboure facilement.",
                ),
                (
                    "Espacer les lignes",
                    "Recommencer plus bas ; sur les pentes fortes, rapprocher "
                    "les lignes, par exemple tous les 10 m au lieu de 20 m.",
                ),
            ],
            "es": [
                (
                    "Armar el aparato",
                    "Amarrar dos palos de unos 2 m por la punta y fijar un "
                    "travesaño a media altura para formar una A. Colgar de la punta un cordel con "
                    "una piedra.",
                ),
                (
                    "Calibrarlo",
                    "Parar el aparato en el suelo y marcar donde el cordel cruza el "
                    "travesaño; darle la vuelta y marcar otra vez. El punto a mitad de camino entre "
                    "las dos marcas indica el nivel.",
                ),
                (
                    "Seguir la curva",
                    "Empezar en un borde de la parcela. Dejar una pata fija y "
                    "mover la otra hasta que el cordel quede sobre la marca de nivel, clavar una "
                    "estaca y seguir.",
                ),
                (
                    "Suavizar la línea",
                    "Mirar a lo largo de las estacas y mover las que hagan "
                    "zigzag fuerte, para que la línea se pueda arar.",
                ),
                (
                    "Espaciar las líneas",
                    "Repetir más abajo; en pendientes fuertes, poner las "
                    "líneas más juntas, por ejemplo cada 10 m en vez de 20 m.",
                ),
            ],
        },
    },
    {
        "category": "organic-amendments",
        "title": {
            "en": "How to make a good compost heap in three months",
            "fr": "Comment réussir un tas de compost en trois mois",
            "es": "Cómo hacer una buena pila de compost en tres meses",
        },
        "summary": {
            "en": "Good compost needs the right mix of dry and green material, water and air. "
            "Here is how to build, check and turn a heap.",
            "fr": "Un bon compost demande le bon mélange de matières sèches et vertes, de l'eau "
            "et de l'air. Voici comment monter, surveiller et retourner un tas.",
            "es": "Un buen compost necesita la mezcla justa de material seco y verde, agua y "
            "aire. Así se arma, se revisa y se voltea una pila.",
        },
        "steps": {
            "en": [
                (
                    "Choose the place",
                    "Pick a shaded, slightly raised spot close to water and to the fields.",
                ),
                (
                    "Layer the materials",
                    "Alternate 20 cm of dry material such as stalks or straw "
                    "with 10 cm of green material or manure, and sprinkle ash or old compost "
                    "between layers.",
                ),
                (
                    "Water each layer",
                    "Wet every layer as you build; the heap should feel like a wrung-out sponge.",
                ),
                (
                    "Check the heat",
                    "After a week, push a stick into the heap: it should come out "
                    "hot. If the heap is cold and dry, add water; if it smells bad, add dry "
                    "material and turn it.",
                ),
                (
                    "Turn and finish",
                    "Turn the heap every two to three weeks. After about three "
                    "months the compost is dark, crumbly and smells like forest soil.",
                ),
            ],
            "fr": [
                (
                    "Choisir l'emplacement",
                    "Choisir un endroit ombragé, légèrement surélevé, "
                    "proche de l'eau et des champs.",
                ),
                (
                    "Alterner les couches",
                    "Alterner 20 cm de matière sèche, comme des tiges ou de "
                    "la paille, et 10 cm de matière verte ou de fumier, en saupoudrant de la cendre "
                    "ou du vieux compost entre les couches.",
                ),
                (
                    "Mouiller chaque couche",
                    "Arroser chaque couche au montage ; le tas doit être "
                    "humide comme une éponge essorée.",
                ),
                (
                    "Vérifier la chaleur",
                    "Au bout d'une semaine, enfoncer un bâton dans le tas : "
                    "il doit ressortir chaud. Si le tas est froid et sec, arroser ; s'il sent "
                    "mauvais, ajouter de la matière sèche et le retourner.",
                ),
                (
                    "Retourner et finir",
                    "Retourner le tas toutes les deux à trois semaines. Au "
                    "bout de trois mois environ, le compost est sombre, friable et sent la terre de "
                    "forêt.",
                ),
            ],
            "es": [
                (
                    "Elegir el lugar",
                    "Escoger un sitio a la sombra, un poco elevado, cerca del "
                    "agua y de las parcelas.",
                ),
                (
                    "Poner capas",
                    "Alternar 20 cm de material seco, como tallos o paja, con 10 cm "
                    "de material verde o estiércol, y echar ceniza o compost viejo entre capas.",
                ),
                (
                    "Mojar cada capa",
                    "Regar cada capa al armar la pila; debe sentirse como una esponja escurrida.",
                ),
                (
                    "Revisar el calor",
                    "A la semana, meter un palo en la pila: debe salir caliente. "
                    "Si la pila está fría y seca, regar; si huele mal, añadir material seco y "
                    "voltearla.",
                ),
                (
                    "Voltear y terminar",
                    "Voltear la pila cada dos o tres semanas. A los tres meses "
                    "más o menos, el compost está oscuro, suelto y huele a tierra de monte.",
                ),
            ],
        },
    },
    {
        "category": "cover-crops",
        "title": {
            "en": "How to choose and sow a cover crop mix",
            "fr": "Comment choisir et semer un mélange de couverts",
            "es": "Cómo elegir y sembrar una mezcla de cobertura",
        },
        "summary": {
            "en": "A cover crop works when it fits your goal and your calendar. Five questions "
            "to answer before buying seed.",
            "fr": "Un couvert réussit quand il répond à un objectif et s'insère dans le "
            "calendrier. Cinq questions à se poser avant d'acheter la semence.",
            "es": "Una cobertura funciona cuando responde a un objetivo y cabe en el calendario. "
            "Cinco preguntas antes de comprar la semilla.",
        },
        "steps": {
            "en": [
                (
                    "Know why",
                    "Decide what you want most: nitrogen (legumes), a lot of biomass "
                    "(cereals), breaking compaction (radish) or fodder.",
                ),
                (
                    "Fit the calendar",
                    "Count the weeks between harvest and the next sowing; a mix "
                    "needs at least eight to ten weeks of growth to be worth it.",
                ),
                (
                    "Keep the mix simple",
                    "Start with two or three species: one legume, one cereal "
                    "and perhaps a radish. Cut each one's usual seed rate to a half or a third.",
                ),
                (
                    "Sow well",
                    "Sow as soon as possible after harvest into moist soil, and make "
                    "sure the seed touches soil rather than lying on straw.",
                ),
                (
                    "Plan the end",
                    "Decide before sowing how you will end the cover: rolling, "
                    "grazing, mowing or frost. Covers fail most often at the end.",
                ),
            ],
            "fr": [
                (
                    "Savoir pourquoi",
                    "Décider ce que l'on cherche d'abord : de l'azote "
                    "(légumineuses), beaucoup de biomasse (céréales), casser un tassement (radis) "
                    "ou du fourrage.",
                ),
                (
                    "Caler le calendrier",
                    "Compter les semaines entre la récolte et le semis "
                    "suivant ; un mélange a besoin d'au moins huit à dix semaines de végétation pour "
                    "être utile.",
                ),
                (
                    "Rester simple",
                    "Commencer avec deux ou trois espèces : une légumineuse, une "
                    "céréale et éventuellement un radis. Réduire la dose de semis habituelle de "
                    "chacune à la moitié ou au tiers.",
                ),
                (
                    "Bien semer",
                    "Semer le plus tôt possible après la récolte dans un sol frais, en "
                    "veillant à ce que la graine touche la terre et ne reste pas sur la paille.",
                ),
                (
                    "Prévoir la fin",
                    "Décider avant le semis comment détruire le couvert : "
                    "roulage, pâturage, fauche ou gel. C'est à la fin que les couverts échouent le "
                    "plus souvent.",
                ),
            ],
            "es": [
                (
                    "Saber para qué",
                    "Decidir qué se busca primero: nitrógeno (leguminosas), mucha "
                    "biomasa (cereales), romper la compactación (rábano) o forraje.",
                ),
                (
                    "Ajustar el calendario",
                    "Contar las semanas entre la cosecha y la siguiente "
                    "siembra; una mezcla necesita al menos ocho a diez semanas de crecimiento para "
                    "valer la pena.",
                ),
                (
                    "Mezcla sencilla",
                    "Empezar con dos o tres especies: una leguminosa, un cereal "
                    "y quizá un rábano. Bajar la dosis habitual de cada una a la mitad o a un "
                    "tercio.",
                ),
                (
                    "Sembrar bien",
                    "Sembrar lo antes posible tras la cosecha en suelo húmedo, y "
                    "asegurarse de que la semilla toque la tierra y no quede sobre la paja.",
                ),
                (
                    "Planear el final",
                    "Decidir antes de sembrar cómo se terminará la cobertura: "
                    "rolo, pastoreo, corte o helada. Es al final donde más fallan las coberturas.",
                ),
            ],
        },
    },
    {
        "category": "reduced-tillage",
        "title": {
            "en": "How to do a spade test of soil structure",
            "fr": "Comment faire un test bêche pour observer la structure du sol",
            "es": "Cómo hacer la prueba de la pala para ver la estructura del suelo",
        },
        "summary": {
            "en": "Twenty minutes with a spade tell you more about your soil structure than a "
            "season of guessing. Use it before and after changing how you till.",
            "fr": "Vingt minutes avec une bêche en disent plus sur la structure du sol qu'une "
            "saison de suppositions. À faire avant et après un changement de travail du sol.",
            "es": "Veinte minutos con una pala dicen más sobre la estructura del suelo que una "
            "temporada de suposiciones. Hágala antes y después de cambiar la labranza.",
        },
        "steps": {
            "en": [
                (
                    "Dig out a block",
                    "When the soil is moist but not wet, dig a hole and lift out "
                    "an undisturbed block about 20 cm wide and 30 cm deep.",
                ),
                (
                    "Look at the layers",
                    "Lay the block on a sack. Look for a crust on top, a hard "
                    "plough pan, and how deep the roots go.",
                ),
                (
                    "Break it by hand",
                    "Gently break the block apart. Rounded crumbs with many "
                    "pores are good; sharp, angular clods are a sign of compaction.",
                ),
                (
                    "Count the life",
                    "Count the earthworms and look for old root channels and worm holes.",
                ),
                (
                    "Write it down",
                    "Note the date, the field and what you saw, and take a photo. "
                    "Repeat in the same place every year.",
                ),
            ],
            "fr": [
                (
                    "Extraire un bloc",
                    "Quand le sol est frais mais pas mouillé, creuser un trou "
                    "et sortir un bloc intact d'environ 20 cm de large et 30 cm de profondeur.",
                ),
                (
                    "Observer les horizons",
                    "Poser le bloc sur un sac. Chercher une croûte en "
                    "surface, une semelle de labour dure, et la profondeur atteinte par les "
                    "racines.",
                ),
                (
                    "Émietter à la main",
                    "Défaire doucement le bloc. Des agrégats arrondis et "
                    "poreux sont bon signe ; des mottes anguleuses et compactes indiquent un "
                    "tassement.",
                ),
                (
                    "Compter la vie",
                    "Compter les vers de terre et repérer les anciens canaux de "
                    "racines et les galeries.",
                ),
                (
                    "Tout noter",
                    "Noter la date, la parcelle et les observations, et prendre une "
                    "photo. Recommencer au même endroit chaque année.",
                ),
            ],
            "es": [
                (
                    "Sacar un bloque",
                    "Con el suelo húmedo pero no mojado, cavar un hoyo y sacar "
                    "un bloque sin deshacer de unos 20 cm de ancho y 30 cm de hondo.",
                ),
                (
                    "Mirar las capas",
                    "Poner el bloque sobre un saco. Buscar una costra arriba, un "
                    "piso de arado duro y hasta dónde llegan las raíces.",
                ),
                (
                    "Desmenuzar a mano",
                    "Deshacer el bloque con cuidado. Los agregados redondeados "
                    "y porosos son buena señal; los terrones angulosos y duros indican "
                    "compactación.",
                ),
                (
                    "Contar la vida",
                    "Contar las lombrices y buscar canales de raíces viejas y galerías.",
                ),
                (
                    "Anotarlo todo",
                    "Anotar la fecha, la parcela y lo observado, y sacar una foto. "
                    "Repetir en el mismo sitio cada año.",
                ),
            ],
        },
    },
    {
        "category": "biochar",
        "title": {
            "en": "How to make biochar in a flame-curtain pit",
            "fr": "Comment faire du biochar dans une fosse à rideau de flammes",
            "es": "Cómo hacer biocarbón en una fosa de cortina de llama",
        },
        "summary": {
            "en": "A cone-shaped pit and dry farm residues are enough to make good biochar with "
            "little smoke. The key is to feed the fire in thin layers.",
            "fr": "Une fosse conique et des résidus secs suffisent pour faire un bon biochar "
            "avec peu de fumée. Le secret : alimenter le feu en couches fines.",
            "es": "Una fosa en forma de cono y residuos secos de la finca bastan para hacer buen "
            "biocarbón con poco humo. La clave es alimentar el fuego en capas finas.",
        },
        "steps": {
            "en": [
                (
                    "Prepare the pit",
                    "Dig a cone-shaped pit about 1 m across and 60 cm deep, or "
                    "use a metal cone kiln, away from houses and dry grass.",
                ),
                ("Start a small fire", "Light a small fire at the bottom with dry twigs."),
                (
                    "Feed in thin layers",
                    "When the flames are strong, add a thin layer of dry "
                    "material. Wait until the top turns grey-white before adding the next. The "
                    "flames on top burn the smoke.",
                ),
                (
                    "Quench",
                    "When the pit is full, stop feeding and quench thoroughly with water, "
                    "or cover with soil to cut off the air.",
                ),
                (
                    "Charge it",
                    "Crush the char and soak it in urine or mix it into compost for at "
                    "least two weeks before it goes to the field.",
                ),
            ],
            "fr": [
                (
                    "Préparer la fosse",
                    "Creuser une fosse conique d'environ 1 m de diamètre et "
                    "60 cm de profondeur, ou utiliser un four conique en métal, loin des maisons et "
                    "des herbes sèches.",
                ),
                (
                    "Allumer un petit feu",
                    "Allumer un petit feu au fond avec des brindilles sèches.",
                ),
                (
                    "Alimenter en couches fines",
                    "Quand les flammes sont vives, ajouter une fine "
                    "couche de matière sèche. Attendre que le dessus devienne gris-blanc avant la "
                    "couche suivante. Les flammes en surface brûlent la fumée.",
                ),
                (
                    "Éteindre",
                    "Quand la fosse est pleine, arrêter d'alimenter et éteindre "
                    "complètement à l'eau, ou couvrir de terre pour couper l'air.",
                ),
                (
                    "Charger",
                    "Broyer le charbon et le faire tremper dans l'urine ou le mélanger "
                    "au compost au moins deux semaines avant de l'apporter au champ.",
                ),
            ],
            "es": [
                (
                    "Preparar la fosa",
                    "Cavar una fosa en forma de cono de 1 m de ancho y 60 cm "
                    "de hondo, o usar un horno cónico de metal, lejos de casas y pasto seco.",
                ),
                (
                    "Encender un fuego pequeño",
                    "Prender un fuego pequeño en el fondo con ramitas secas.",
                ),
                (
                    "Alimentar en capas finas",
                    "Cuando la llama esté fuerte, añadir una capa fina "
                    "de material seco. Esperar a que la superficie se ponga gris blanquecina antes "
                    "de la siguiente. La llama de arriba quema el humo.",
                ),
                (
                    "Apagar",
                    "Cuando la fosa esté llena, dejar de alimentar y apagar bien con "
                    "agua, o tapar con tierra para cortar el aire.",
                ),
                (
                    "Cargarlo",
                    "Moler el carbón y remojarlo en orina o mezclarlo con compost al "
                    "menos dos semanas antes de llevarlo al campo.",
                ),
            ],
        },
    },
    {
        "category": "integrated-soil-fertility",
        "title": {
            "en": "How to take a soil sample for the laboratory",
            "fr": "Comment prélever un échantillon de sol pour le laboratoire",
            "es": "Cómo tomar una muestra de suelo para el laboratorio",
        },
        "summary": {
            "en": "A soil analysis is only as good as the sample. Here is how to take one that "
            "represents your field.",
            "fr": "Une analyse de sol ne vaut que par l'échantillon. Voici comment en prélever "
            "un qui représente vraiment la parcelle.",
            "es": "Un análisis de suelo vale lo que vale la muestra. Así se toma una que "
            "represente de verdad la parcela.",
        },
        "steps": {
            "en": [
                (
                    "Choose the area",
                    "Sample each field, or each part that looks different in "
                    "colour, slope or yield, separately.",
                ),
                (
                    "Walk a zigzag",
                    "Walk a zigzag across the area and take 15 to 20 small samples "
                    "from 0 to 20 cm with a spade or auger. Avoid old manure heaps, paths and field "
                    "edges.",
                ),
                (
                    "Mix well",
                    "Put all the samples in a clean bucket, break up the clods and mix thoroughly.",
                ),
                (
                    "Fill the bag",
                    "Take about 500 g of the mix, let it dry in the shade and put it "
                    "in a clean bag labelled with your name, the field and the date.",
                ),
                (
                    "Ask the right questions",
                    "Ask at least for pH, organic carbon, available "
                    "phosphorus and potassium, and for advice in doses per hectare.",
                ),
            ],
            "fr": [
                (
                    "Délimiter la zone",
                    "Échantillonner séparément chaque parcelle, ou chaque "
                    "partie qui diffère par la couleur, la pente ou le rendement.",
                ),
                (
                    "Marcher en zigzag",
                    "Parcourir la zone en zigzag et prélever 15 à 20 petits "
                    "échantillons entre 0 et 20 cm à la bêche ou à la tarière. Éviter les anciens "
                    "tas de fumier, les chemins et les bordures.",
                ),
                (
                    "Bien mélanger",
                    "Mettre tous les prélèvements dans un seau propre, casser les "
                    "mottes et bien mélanger.",
                ),
                (
                    "Remplir le sachet",
                    "Prendre environ 500 g du mélange, le laisser sécher à "
                    "l'ombre et le mettre dans un sachet propre portant le nom, la parcelle et la "
                    "date.",
                ),
                (
                    "Demander les bonnes analyses",
                    "Demander au minimum le pH, le carbone "
                    "organique, le phosphore et le potassium assimilables, et un conseil en doses "
                    "par hectare.",
                ),
            ],
            "es": [
                (
                    "Elegir la zona",
                    "Muestrear por separado cada parcela, o cada parte que se vea "
                    "distinta por el color, la pendiente o el rendimiento.",
                ),
                (
                    "Caminar en zigzag",
                    "Recorrer la zona en zigzag y tomar de 15 a 20 "
                    "submuestras de 0 a 20 cm con pala o barreno. Evitar montones viejos de "
                    "estiércol, caminos y bordes.",
                ),
                (
                    "Mezclar bien",
                    "Poner todas las submuestras en un balde limpio, romper los "
                    "terrones y mezclar bien.",
                ),
                (
                    "Llenar la bolsa",
                    "Tomar unos 500 g de la mezcla, dejarla secar a la sombra y "
                    "ponerla en una bolsa limpia con el nombre, la parcela y la fecha.",
                ),
                (
                    "Pedir los análisis correctos",
                    "Pedir como mínimo pH, carbono orgánico, "
                    "fósforo y potasio disponibles, y una recomendación en dosis por hectárea.",
                ),
            ],
        },
    },
    {
        "category": "grazing-management",
        "title": {
            "en": "How to plan paddocks for rotational grazing",
            "fr": "Comment organiser des paddocks pour le pâturage tournant",
            "es": "Cómo planificar potreros para el pastoreo rotativo",
        },
        "summary": {
            "en": "The number and size of paddocks follow from two figures: how long the grass "
            "needs to recover and how long the herd stays in each paddock.",
            "fr": "Le nombre et la taille des paddocks découlent de deux chiffres : le temps de "
            "repousse de l'herbe et la durée de séjour du troupeau dans chaque paddock.",
            "es": "El número y el tamaño de los potreros salen de dos cifras: cuánto tarda el "
            "pasto en recuperarse y cuántos días pasa el rebaño en cada potrero.",
        },
        "steps": {
            "en": [
                (
                    "Map what you have",
                    "Draw the grazing land on paper or a phone map, with water "
                    "points, shade, fences and the different kinds of grass.",
                ),
                (
                    "Decide the rest period",
                    "Find out how long the grass needs to recover: often "
                    "about 30 days in the growing season and 60 to 90 days in the dry season.",
                ),
                (
                    "Work out the number of paddocks",
                    "Divide the rest period by the days the herd "
                    "stays in each paddock and add one. With 30 days of rest and 3 days of grazing, "
                    "you need 11 paddocks.",
                ),
                (
                    "Lay out fences and water",
                    "Keep the paddocks compact and close to water, with "
                    "lanes if needed. Start with a temporary electric fence.",
                ),
                (
                    "Watch and adjust",
                    "Walk the paddocks every week. If the herd comes back to "
                    "short grass, the rest is too short or there are too many animals.",
                ),
            ],
            "fr": [
                (
                    "Cartographier l'existant",
                    "Dessiner les pâturages sur papier ou sur une carte "
                    "de téléphone, avec les points d'eau, l'ombre, les clôtures et les différents "
                    "types d'herbe.",
                ),
                (
                    "Fixer le temps de repos",
                    "Estimer le temps de repousse de l'herbe : souvent "
                    "une trentaine de jours en pleine pousse et 60 à 90 jours en saison sèche.",
                ),
                (
                    "Calculer le nombre de paddocks",
                    "Diviser le temps de repos par la durée de "
                    "séjour dans chaque paddock et ajouter un. Avec 30 jours de repos et 3 jours de "
                    "pâturage, il faut 11 paddocks.",
                ),
                (
                    "Placer clôtures et points d'eau",
                    "Garder des paddocks compacts et proches de "
                    "l'eau, avec des couloirs si besoin. Commencer avec une clôture électrique "
                    "mobile.",
                ),
                (
                    "Observer et ajuster",
                    "Faire le tour des paddocks chaque semaine. Si le "
                    "troupeau revient sur une herbe rase, le repos est trop court ou les animaux "
                    "trop nombreux.",
                ),
            ],
            "es": [
                (
                    "Mapear lo que hay",
                    "Dibujar el área de pastoreo en papel o en un mapa del "
                    "teléfono, con aguadas, sombra, cercos y los distintos tipos de pasto.",
                ),
                (
                    "Fijar el descanso",
                    "Averiguar cuánto tarda el pasto en recuperarse: a menudo "
                    "unos 30 días en la época de crecimiento y 60 a 90 días en la época seca.",
                ),
                (
                    "Calcular el número de potreros",
                    "Dividir el descanso por los días que el "
                    "rebaño pasa en cada potrero y sumar uno. Con 30 días de descanso y 3 de "
                    "pastoreo, hacen falta 11 potreros.",
                ),
                (
                    "Trazar cercos y aguadas",
                    "Hacer potreros compactos y cerca del agua, con "
                    "callejones si hace falta. Empezar con cerco eléctrico móvil.",
                ),
                (
                    "Observar y ajustar",
                    "Recorrer los potreros cada semana. Si el rebaño vuelve a "
                    "un pasto corto, el descanso es muy corto o hay demasiados animales.",
                ),
            ],
        },
    },
    {
        "category": "agroforestry",
        "title": {
            "en": "How to prune and protect regenerating trees (FMNR)",
            "fr": "Comment tailler et protéger les arbres en régénération (RNA)",
            "es": "Cómo podar y proteger los árboles que rebrotan (RNA)",
        },
        "summary": {
            "en": "Farmer-managed natural regeneration turns living stumps in a field into "
            "useful trees in a few years, at almost no cost.",
            "fr": "La régénération naturelle assistée transforme en quelques années les souches "
            "vivantes d'un champ en arbres utiles, pour un coût presque nul.",
            "es": "La regeneración natural asistida convierte en pocos años los tocones vivos "
            "de una parcela en árboles útiles, casi sin costo.",
        },
        "steps": {
            "en": [
                (
                    "Find the stumps",
                    "Before the rains, walk the field and flag the living stumps "
                    "and seedlings of useful trees.",
                ),
                (
                    "Choose the stems",
                    "On each stump keep three to five of the tallest, straightest "
                    "stems and cut the rest cleanly with a sharp tool.",
                ),
                (
                    "Prune side branches",
                    "Remove the side branches on the lower half of each "
                    "stem you keep, so it grows tall.",
                ),
                (
                    "Mark and tell",
                    "Mark the trees with paint or a cloth and tell neighbours and "
                    "herders what you are doing.",
                ),
                (
                    "Keep the cycle going",
                    "Each year, harvest one stem per stump for wood and let "
                    "a new shoot replace it.",
                ),
            ],
            "fr": [
                (
                    "Repérer les souches",
                    "Avant les pluies, parcourir le champ et signaler les "
                    "souches vivantes et les jeunes plants d'arbres utiles.",
                ),
                (
                    "Choisir les tiges",
                    "Sur chaque souche, garder trois à cinq tiges parmi les "
                    "plus hautes et les plus droites et couper les autres net avec un outil bien "
                    "affûté.",
                ),
                (
                    "Élaguer les branches basses",
                    "Enlever les branches latérales sur la moitié "
                    "basse de chaque tige conservée pour qu'elle monte.",
                ),
                (
                    "Marquer et prévenir",
                    "Marquer les arbres à la peinture ou avec un tissu et "
                    "expliquer la démarche aux voisins et aux éleveurs.",
                ),
                (
                    "Entretenir le cycle",
                    "Chaque année, récolter une tige par souche pour le bois "
                    "et laisser une nouvelle pousse la remplacer.",
                ),
            ],
            "es": [
                (
                    "Ubicar los tocones",
                    "Antes de las lluvias, recorrer la parcela y señalar los "
                    "tocones vivos y las plántulas de árboles útiles.",
                ),
                (
                    "Elegir los tallos",
                    "En cada tocón dejar de tres a cinco de los tallos más "
                    "altos y rectos y cortar los demás limpio con una herramienta afilada.",
                ),
                (
                    "Podar las ramas bajas",
                    "Quitar las ramas laterales de la mitad de abajo de "
                    "cada tallo que se deja, para que crezca alto.",
                ),
                (
                    "Marcar y avisar",
                    "Marcar los árboles con pintura o un trapo y explicar a "
                    "vecinos y pastores lo que se está haciendo.",
                ),
                (
                    "Mantener el ciclo",
                    "Cada año, cosechar un tallo por tocón para leña y dejar "
                    "que un rebrote nuevo lo reemplace.",
                ),
            ],
        },
    },
    {
        "category": "residue-retention",
        "title": {
            "en": "How to measure residue cover with a rope",
            "fr": "Comment mesurer la couverture du sol par les résidus avec une corde",
            "es": "Cómo medir la cobertura de rastrojos con una cuerda",
        },
        "summary": {
            "en": "A marked rope gives a quick, fair measure of how much of the soil surface is "
            "covered by residue or mulch.",
            "fr": "Une corde graduée donne une mesure rapide et juste de la part de la surface "
            "du sol couverte par les résidus ou le paillis.",
            "es": "Una cuerda marcada da una medida rápida y justa de cuánto suelo está cubierto "
            "por rastrojos o acolchado.",
        },
        "steps": {
            "en": [
                (
                    "Make the rope",
                    "Take a rope at least 10 m long and mark it every 10 cm with a "
                    "knot or paint: 100 marks in all.",
                ),
                (
                    "Stretch it across",
                    "Stretch the rope diagonally across the crop rows, at a "
                    "spot typical of the field.",
                ),
                (
                    "Count the hits",
                    "Walk along the rope and count the marks that lie directly "
                    "over a piece of residue or mulch thicker than a pencil.",
                ),
                (
                    "Repeat",
                    "Repeat in three to five places and take the average. The number of "
                    "hits out of 100 is the percentage of soil covered.",
                ),
                (
                    "Read the result",
                    "About 30% cover already cuts erosion by around half; above "
                    "60% the soil is well protected.",
                ),
            ],
            "fr": [
                (
                    "Préparer la corde",
                    "Prendre une corde d'au moins 10 m et la marquer tous les "
                    "10 cm d'un nœud ou de peinture : 100 repères en tout.",
                ),
                (
                    "La tendre en travers",
                    "Tendre la corde en diagonale par rapport aux lignes de "
                    "culture, à un endroit représentatif de la parcelle.",
                ),
                (
                    "Compter les contacts",
                    "Longer la corde et compter les repères situés juste "
                    "au-dessus d'un morceau de résidu ou de paillis plus épais qu'un crayon.",
                ),
                (
                    "Répéter",
                    "Répéter à trois à cinq endroits et faire la moyenne. Le nombre de "
                    "contacts sur 100 donne le pourcentage de sol couvert.",
                ),
                (
                    "Interpréter",
                    "Environ 30 % de couverture réduit déjà l'érosion de moitié à "
                    "peu près ; au-delà de 60 %, le sol est bien protégé.",
                ),
            ],
            "es": [
                (
                    "Preparar la cuerda",
                    "Tomar una cuerda de al menos 10 m y marcarla cada 10 cm "
                    "con un nudo o pintura: 100 marcas en total.",
                ),
                (
                    "Tenderla en diagonal",
                    "Tender la cuerda en diagonal a los surcos, en un sitio "
                    "representativo de la parcela.",
                ),
                (
                    "Contar los toques",
                    "Recorrer la cuerda y contar las marcas que quedan justo "
                    "encima de un trozo de rastrojo o acolchado más grueso que un lápiz.",
                ),
                (
                    "Repetir",
                    "Repetir en tres a cinco sitios y sacar el promedio. El número de "
                    "toques sobre 100 es el porcentaje de suelo cubierto.",
                ),
                (
                    "Interpretar",
                    "Con un 30 % de cobertura la erosión ya baja más o menos a la "
                    "mitad; por encima del 60 % el suelo está bien protegido.",
                ),
            ],
        },
    },
    {
        "category": "improved-fallow",
        "title": {
            "en": "How to establish a Sesbania or Tephrosia fallow",
            "fr": "Comment installer une jachère à Sesbania ou à Tephrosia",
            "es": "Cómo establecer un barbecho con sesbania o tefrosia",
        },
        "summary": {
            "en": "A planted shrub fallow of one or two years can restore a tired field faster "
            "than many years of natural bush.",
            "fr": "Une jachère arbustive plantée d'un ou deux ans peut restaurer un champ "
            "fatigué plus vite que de longues années de brousse naturelle.",
            "es": "Un barbecho de arbustos sembrado por uno o dos años puede recuperar una "
            "parcela cansada más rápido que muchos años de monte natural.",
        },
        "steps": {
            "en": [
                (
                    "Choose the plot",
                    "Pick a plot with falling yields that you can take out of "
                    "cropping for one or two years.",
                ),
                (
                    "Prepare the seed",
                    "Soak Sesbania seed briefly in hot water, then overnight in "
                    "cool water; Tephrosia seed can be sown directly.",
                ),
                (
                    "Plant",
                    "Sow or transplant at 1 m by 1 m at the start of the rains, or inside "
                    "the last crop at its first weeding.",
                ),
                ("Protect", "Make firebreaks and keep animals out during the dry season."),
                (
                    "Cut and crop",
                    "Cut the shrubs before the next rains, spread the leaves and "
                    "twigs on the soil, take out the wood and sow straight away.",
                ),
            ],
            "fr": [
                (
                    "Choisir la parcelle",
                    "Prendre une parcelle dont les rendements baissent et "
                    "que l'on peut sortir de la culture pendant un ou deux ans.",
                ),
                (
                    "Préparer la semence",
                    "Tremper brièvement la graine de Sesbania dans l'eau "
                    "chaude, puis une nuit dans l'eau froide ; le Tephrosia se sème directement.",
                ),
                (
                    "Planter",
                    "Semer ou repiquer à 1 m sur 1 m au début des pluies, ou dans la "
                    "dernière culture lors du premier sarclage.",
                ),
                ("Protéger", "Faire des pare-feux et tenir les animaux à l'écart en saison sèche."),
                (
                    "Couper et cultiver",
                    "Couper les arbustes avant les pluies suivantes, étaler "
                    "feuilles et brindilles sur le sol, sortir le bois et semer aussitôt.",
                ),
            ],
            "es": [
                (
                    "Elegir la parcela",
                    "Escoger una parcela con rendimientos en baja que se pueda "
                    "sacar de cultivo uno o dos años.",
                ),
                (
                    "Preparar la semilla",
                    "Remojar la semilla de sesbania unos minutos en agua "
                    "caliente y luego una noche en agua fría; la tefrosia se siembra directo.",
                ),
                (
                    "Plantar",
                    "Sembrar o trasplantar a 1 m por 1 m al comienzo de las lluvias, o "
                    "dentro del último cultivo en su primera deshierba.",
                ),
                ("Proteger", "Hacer cortafuegos y mantener fuera a los animales en la época seca."),
                (
                    "Cortar y sembrar",
                    "Cortar los arbustos antes de las lluvias siguientes, "
                    "esparcir hojas y ramitas sobre el suelo, sacar la leña y sembrar enseguida.",
                ),
            ],
        },
    },
    {
        "category": "crop-rotation",
        "title": {
            "en": "How to plan a crop rotation on paper",
            "fr": "Comment planifier une rotation sur papier",
            "es": "Cómo planificar una rotación de cultivos en papel",
        },
        "summary": {
            "en": "A rotation that lives only in your head is easy to break. A simple grid on "
            "paper keeps the plan honest.",
            "fr": "Une rotation qui n'existe que dans la tête se casse facilement. Une simple "
            "grille sur papier aide à la tenir.",
            "es": "Una rotación que solo está en la cabeza se rompe fácil. Una tabla sencilla en "
            "papel ayuda a cumplirla.",
        },
        "steps": {
            "en": [
                (
                    "List the fields",
                    "Write down every field with its size and the crops of the last three years.",
                ),
                (
                    "Group the crops",
                    "Sort your crops into cereals, legumes, root crops and "
                    "others. Rule of thumb: never the same group twice in a row in the same field.",
                ),
                (
                    "Draw the grid",
                    "Draw a grid with fields in rows and years in columns, and fill "
                    "it so that each group moves to another field every year.",
                ),
                (
                    "Check the workload",
                    "Make sure sowing and harvest peaks do not all fall at the same time.",
                ),
                (
                    "Put it on the wall",
                    "Pin the plan where the family can see it and note what "
                    "actually happened each season.",
                ),
            ],
            "fr": [
                (
                    "Lister les parcelles",
                    "Noter chaque parcelle avec sa surface et les cultures "
                    "des trois dernières années.",
                ),
                (
                    "Regrouper les cultures",
                    "Classer les cultures en céréales, légumineuses, "
                    "plantes à racines ou tubercules et autres. Règle simple : jamais deux fois de "
                    "suite le même groupe sur la même parcelle.",
                ),
                (
                    "Dessiner la grille",
                    "Tracer une grille avec les parcelles en lignes et les "
                    "années en colonnes, et la remplir pour que chaque groupe change de parcelle "
                    "chaque année.",
                ),
                (
                    "Vérifier le travail",
                    "S'assurer que les pointes de semis et de récolte ne "
                    "tombent pas toutes en même temps.",
                ),
                (
                    "L'afficher",
                    "Afficher le plan là où la famille le voit et noter ce qui s'est "
                    "réellement passé à chaque saison.",
                ),
            ],
            "es": [
                (
                    "Listar las parcelas",
                    "Anotar cada parcela con su superficie y los cultivos de "
                    "los últimos tres años.",
                ),
                (
                    "Agrupar los cultivos",
                    "Clasificar los cultivos en cereales, leguminosas, "
                    "raíces y tubérculos, y otros. Regla sencilla: nunca dos veces seguidas el mismo "
                    "grupo en la misma parcela.",
                ),
                (
                    "Dibujar la tabla",
                    "Hacer una tabla con las parcelas en filas y los años en "
                    "columnas, y llenarla para que cada grupo cambie de parcela cada año.",
                ),
                (
                    "Revisar el trabajo",
                    "Comprobar que los picos de siembra y cosecha no caigan todos al mismo tiempo.",
                ),
                (
                    "Ponerla en la pared",
                    "Colgar el plan donde la familia lo vea y anotar lo que "
                    "pasó de verdad cada temporada.",
                ),
            ],
        },
    },
    {
        "category": "perennial-crops",
        "title": {
            "en": "How to plant a fruit tree in a planting pit",
            "fr": "Comment planter un arbre fruitier dans une fosse de plantation",
            "es": "Cómo plantar un frutal en un hoyo de plantación",
        },
        "summary": {
            "en": "A well-prepared pit and care in the first dry season decide whether a young "
            "tree survives. Five steps for a good start.",
            "fr": "Une fosse bien préparée et des soins pendant la première saison sèche "
            "décident de la survie d'un jeune arbre. Cinq étapes pour un bon départ.",
            "es": "Un hoyo bien preparado y cuidados en la primera época seca deciden si un "
            "árbol joven sobrevive. Cinco pasos para un buen comienzo.",
        },
        "steps": {
            "en": [
                (
                    "Dig early",
                    "Dig a pit 60 cm wide and deep a few weeks before planting, "
                    "keeping topsoil and subsoil apart.",
                ),
                (
                    "Fill with a good mix",
                    "Mix the topsoil with two buckets of compost or "
                    "well-rotted manure and put it back at the bottom of the pit.",
                ),
                (
                    "Plant at the right depth",
                    "Set the seedling at the depth it grew in the "
                    "nursery, firm the soil and water well.",
                ),
                (
                    "Mulch and shade",
                    "Mulch around the tree without touching the stem, and give "
                    "some shade during the first dry season.",
                ),
                (
                    "Protect",
                    "Protect the tree from animals with a thorny fence or a sleeve, and "
                    "water it in dry spells during the first year.",
                ),
            ],
            "fr": [
                (
                    "Creuser tôt",
                    "Creuser une fosse de 60 cm de large et de profondeur quelques "
                    "semaines avant la plantation, en séparant la terre de surface et la terre du "
                    "fond.",
                ),
                (
                    "Remplir avec un bon mélange",
                    "Mélanger la terre de surface avec deux seaux de "
                    "compost ou de fumier bien décomposé et la remettre au fond de la fosse.",
                ),
                (
                    "Planter à la bonne profondeur",
                    "Placer le plant à la profondeur où il "
                    "poussait en pépinière, tasser la terre et bien arroser.",
                ),
                (
                    "Pailler et ombrager",
                    "Pailler autour de l'arbre sans toucher le tronc et lui "
                    "donner un peu d'ombre pendant la première saison sèche.",
                ),
                (
                    "Protéger",
                    "Protéger l'arbre des animaux avec une haie d'épineux ou un "
                    "manchon, et l'arroser pendant les périodes sèches de la première année.",
                ),
            ],
            "es": [
                (
                    "Cavar con tiempo",
                    "Cavar un hoyo de 60 cm de ancho y de hondo unas semanas "
                    "antes de plantar, separando la tierra de arriba y la de abajo.",
                ),
                (
                    "Llenar con una buena mezcla",
                    "Mezclar la tierra de arriba con dos baldes de "
                    "compost o estiércol bien descompuesto y ponerla en el fondo del hoyo.",
                ),
                (
                    "Plantar a la profundidad justa",
                    "Poner la planta a la misma profundidad que "
                    "tenía en el vivero, apretar la tierra y regar bien.",
                ),
                (
                    "Acolchar y dar sombra",
                    "Acolchar alrededor del árbol sin tocar el tallo y "
                    "darle algo de sombra en la primera época seca.",
                ),
                (
                    "Proteger",
                    "Proteger el árbol de los animales con un cerco de espinas o un "
                    "protector, y regarlo en los periodos secos del primer año.",
                ),
            ],
        },
    },
]

# --- Videos (no placeholders; transcripts have one speaker turn per line) ---------------------

VIDEOS: list[dict] = [
    {
        "category": "water-harvesting",
        "title": {
            "en": "Zaï pits: a farmer explains",
            "fr": "Le zaï expliqué par un producteur",
            "es": "Los hoyos zaï explicados por un agricultor",
        },
        "summary": {
            "en": "A Sahelian farmer shows the zaï pits he digs every dry season and explains why "
            "the manure matters as much as the hole.",
            "fr": "Un producteur sahélien montre les trous de zaï qu'il creuse à chaque saison "
            "sèche et explique pourquoi le fumier compte autant que le trou.",
            "es": "Un agricultor del Sahel muestra los hoyos zaï que cava cada época seca y "
            "explica por qué el estiércol importa tanto como el hoyo.",
        },
        "transcript": {
            "en": "Narrator: It is the middle of the dry season. The ground is hard and bare, "
            "but Salif is already at work in his field.\n"
            "Salif: I dig the holes now, when there is time. If you wait for the rain, it is "
            "too late.\n"
            "Narrator: Each pit is about the width of two hands and as deep as one hand.\n"
            "Salif: I put the soil here, on the low side. When the rain comes, the water runs "
            "over the crust and falls into the hole instead of going away.\n"
            "Narrator: Then a handful of manure goes into each pit.\n"
            "Salif: Without manure the zaï does not give much. The termites come for the "
            "manure and dig small tunnels, and then the water goes deep.\n"
            "Narrator: What has changed for you?\n"
            "Salif: This land gave nothing for ten years. Now I harvest sorghum on it. But it "
            "is hard work, my back knows it. That is why we dig in groups and help each other.\n"
            "Narrator: And your advice for someone starting?\n"
            "Salif: Start small, a quarter of a hectare. Find the manure first. And open the "
            "same holes again next year, so the soil keeps getting better.",
            "fr": "Narrateur : Nous sommes en pleine saison sèche. Le sol est dur et nu, mais "
            "Salif est déjà au travail dans son champ.\n"
            "Salif : Je creuse les trous maintenant, quand j'ai le temps. Si on attend la pluie, "
            "c'est trop tard.\n"
            "Narrateur : Chaque trou fait à peu près la largeur de deux mains et la profondeur "
            "d'une main.\n"
            "Salif : Je mets la terre ici, du côté bas. Quand la pluie arrive, l'eau court sur "
            "la croûte et tombe dans le trou au lieu de partir.\n"
            "Narrateur : Ensuite, une poignée de fumier dans chaque trou.\n"
            "Salif : Sans fumier, le zaï ne donne pas grand-chose. Les termites viennent pour le "
            "fumier et creusent de petites galeries, et là l'eau descend en profondeur.\n"
            "Narrateur : Qu'est-ce qui a changé pour vous ?\n"
            "Salif : Cette terre ne donnait plus rien depuis dix ans. Maintenant j'y récolte du "
            "sorgho. Mais c'est dur, mon dos le sait. C'est pour ça qu'on creuse en groupe et "
            "qu'on s'entraide.\n"
            "Narrateur : Et votre conseil pour quelqu'un qui commence ?\n"
            "Salif : Commencer petit, un quart d'hectare. Trouver le fumier d'abord. Et rouvrir "
            "les mêmes trous l'année d'après, pour que la terre continue de s'améliorer.",
            "es": "Narrador: Estamos en plena época seca. El suelo está duro y pelado, pero "
            "Salif ya trabaja en su parcela.\n"
            "Salif: Cavo los hoyos ahora, cuando hay tiempo. Si uno espera la lluvia, ya es "
            "tarde.\n"
            "Narrador: Cada hoyo tiene más o menos el ancho de dos manos y la hondura de una "
            "mano.\n"
            "Salif: Pongo la tierra aquí, del lado de abajo. Cuando llega la lluvia, el agua "
            "corre sobre la costra y cae en el hoyo en vez de irse.\n"
            "Narrador: Después, un puñado de estiércol en cada hoyo.\n"
            "Salif: Sin estiércol el zaï no da mucho. Las termitas vienen por el estiércol y "
            "cavan pequeños túneles, y entonces el agua baja hondo.\n"
            "Narrador: ¿Qué cambió para usted?\n"
            "Salif: Esta tierra no daba nada desde hacía diez años. Ahora cosecho sorgo en ella. "
            "Pero es un trabajo duro, mi espalda lo sabe. Por eso cavamos en grupo y nos "
            "ayudamos.\n"
            "Narrador: ¿Y su consejo para alguien que empieza?\n"
            "Salif: Empezar en pequeño, un cuarto de hectárea. Conseguir primero el estiércol. "
            "Y volver a abrir los mismos hoyos al año siguiente, para que la tierra siga "
            "mejorando.",
        },
    },
    {
        "category": "reduced-tillage",
        "title": {
            "en": "Ten years without the plough",
            "fr": "Dix ans sans charrue",
            "es": "Diez años sin arado",
        },
        "summary": {
            "en": "A grain farmer looks back on ten years of no-till: the difficult start, what "
            "made it work and where it still does not.",
            "fr": "Une céréalière revient sur dix ans de semis direct : les débuts difficiles, "
            "ce qui a fait la différence et là où ça ne marche toujours pas.",
            "es": "Una productora de granos repasa diez años de siembra directa: el comienzo "
            "difícil, lo que la hizo funcionar y dónde todavía no funciona.",
        },
        "transcript": {
            "en": "Interviewer: When did you stop ploughing?\n"
            "Anne: Ten years ago. Fuel prices went up, and we were losing soil in every big "
            "storm.\n"
            "Interviewer: What were the first years like?\n"
            "Anne: Honestly, difficult. The weeds were worse, the soil was hard in places and "
            "yields dipped in the second year. The neighbours thought we were mad.\n"
            "Interviewer: What made it work?\n"
            "Anne: Three things: keeping the straw on the surface, adding cover crops, and "
            "patience. It took four or five years before the soil really changed.\n"
            "Interviewer: And what do you see now?\n"
            "Anne: When I dig, the soil crumbles and there are worm holes everywhere. After "
            "heavy rain the water soaks in instead of running off. We use about half the diesel "
            "we used to.\n"
            "Interviewer: Any regrets?\n"
            "Anne: We still use some herbicide, and I would like to use less. And on our wettest "
            "field no-till does not work well, so we do light strip tillage there. It is not a "
            "religion; it is a tool.",
            "fr": "Intervieweur : Quand avez-vous arrêté de labourer ?\n"
            "Anne : Il y a dix ans. Le prix du carburant montait, et nous perdions de la terre à "
            "chaque gros orage.\n"
            "Intervieweur : Comment se sont passées les premières années ?\n"
            "Anne : Franchement, difficilement. Plus d'adventices, un sol dur par endroits et "
            "des rendements en baisse la deuxième année. Les voisins nous croyaient fous.\n"
            "Intervieweur : Qu'est-ce qui a fait la différence ?\n"
            "Anne : Trois choses : garder la paille en surface, ajouter des couverts, et la "
            "patience. Il a fallu quatre ou cinq ans pour que le sol change vraiment.\n"
            "Intervieweur : Et que voyez-vous aujourd'hui ?\n"
            "Anne : Quand je creuse, la terre s'émiette et il y a des galeries de vers partout. "
            "Après une grosse pluie, l'eau s'infiltre au lieu de ruisseler. Nous consommons à "
            "peu près moitié moins de gasoil qu'avant.\n"
            "Intervieweur : Des regrets ?\n"
            "Anne : Nous utilisons encore un peu d'herbicide, et j'aimerais en utiliser moins. "
            "Et sur notre parcelle la plus humide, le semis direct marche mal, alors nous y "
            "faisons un strip-till léger. Ce n'est pas une religion, c'est un outil.",
            "es": "Entrevistador: ¿Cuándo dejó de arar?\n"
            "Anne: Hace diez años. El combustible subía y perdíamos suelo con cada tormenta "
            "fuerte.\n"
            "Entrevistador: ¿Cómo fueron los primeros años?\n"
            "Anne: Sinceramente, difíciles. Más malezas, el suelo duro en algunas partes y el "
            "rendimiento bajó el segundo año. Los vecinos pensaban que estábamos locos.\n"
            "Entrevistador: ¿Qué hizo que funcionara?\n"
            "Anne: Tres cosas: dejar la paja en la superficie, sumar cultivos de cobertura y "
            "paciencia. Pasaron cuatro o cinco años antes de que el suelo cambiara de verdad.\n"
            "Entrevistador: ¿Y qué ve ahora?\n"
            "Anne: Cuando cavo, la tierra se desmenuza y hay galerías de lombrices por todas "
            "partes. Después de una lluvia fuerte el agua se infiltra en vez de escurrirse. "
            "Usamos más o menos la mitad del gasoil que antes.\n"
            "Entrevistador: ¿Algún arrepentimiento?\n"
            "Anne: Todavía usamos algo de herbicida y me gustaría usar menos. Y en nuestro lote "
            "más húmedo la siembra directa no anda bien, así que ahí hacemos una labranza en "
            "franjas ligera. No es una religión; es una herramienta.",
        },
    },
    {
        "category": "agroforestry",
        "title": {
            "en": "Letting the trees come back",
            "fr": "Laisser revenir les arbres",
            "es": "Dejar que vuelvan los árboles",
        },
        "summary": {
            "en": "How a farmer and her neighbours brought trees back into their millet fields "
            "without planting a single one.",
            "fr": "Comment une productrice et ses voisins ont fait revenir les arbres dans leurs "
            "champs de mil sans en planter un seul.",
            "es": "Cómo una agricultora y sus vecinos hicieron volver los árboles a sus parcelas "
            "de mijo sin plantar ni uno.",
        },
        "transcript": {
            "en": "Narrator: Fifteen years ago this field had almost no trees. Today there are "
            "dozens, and nobody planted them.\n"
            "Aïcha: They were here all the time, as stumps under the ground. Every year we cut "
            "the shoots when we cleared the field.\n"
            "Narrator: Aïcha and her neighbours now choose the best shoots and protect them.\n"
            "Aïcha: On each stump I keep the three or four straightest stems. I cut the others "
            "and the low branches. We tie a red cloth so people know the tree is protected.\n"
            "Narrator: What does she get from the trees?\n"
            "Aïcha: Firewood, first. I no longer walk for hours to find wood. Leaves for the "
            "goats. And the millet grows better near the trees, because the wind does not burn "
            "the young plants.\n"
            "Narrator: Were there problems?\n"
            "Aïcha: At the start, people cut our trees at night. The village chief called a "
            "meeting and we made rules, with fines. Since then it works.",
            "fr": "Narrateur : Il y a quinze ans, ce champ n'avait presque pas d'arbres. "
            "Aujourd'hui il y en a des dizaines, et personne ne les a plantés.\n"
            "Aïcha : Ils étaient là depuis toujours, sous forme de souches dans le sol. Chaque "
            "année, on coupait les rejets en défrichant le champ.\n"
            "Narrateur : Aïcha et ses voisins choisissent maintenant les meilleurs rejets et "
            "les protègent.\n"
            "Aïcha : Sur chaque souche, je garde les trois ou quatre tiges les plus droites. Je "
            "coupe les autres et les branches basses. On attache un tissu rouge pour que les "
            "gens sachent que l'arbre est protégé.\n"
            "Narrateur : Que lui apportent les arbres ?\n"
            "Aïcha : Du bois, d'abord. Je ne marche plus pendant des heures pour en trouver. Des "
            "feuilles pour les chèvres. Et le mil pousse mieux près des arbres, parce que le "
            "vent ne brûle plus les jeunes plants.\n"
            "Narrateur : Y a-t-il eu des problèmes ?\n"
            "Aïcha : Au début, des gens coupaient nos arbres la nuit. Le chef du village a "
            "convoqué une réunion et nous avons fixé des règles, avec des amendes. Depuis, ça "
            "marche.",
            "es": "Narrador: Hace quince años esta parcela casi no tenía árboles. Hoy hay "
            "decenas, y nadie los plantó.\n"
            "Aïcha: Siempre estuvieron aquí, como tocones bajo la tierra. Cada año cortábamos "
            "los rebrotes al limpiar la parcela.\n"
            "Narrador: Aïcha y sus vecinos ahora eligen los mejores rebrotes y los protegen.\n"
            "Aïcha: En cada tocón dejo los tres o cuatro tallos más rectos. Corto los demás y "
            "las ramas bajas. Atamos un trapo rojo para que la gente sepa que el árbol está "
            "protegido.\n"
            "Narrador: ¿Qué le dan los árboles?\n"
            "Aïcha: Leña, primero. Ya no camino horas para encontrarla. Hojas para las cabras. "
            "Y el mijo crece mejor cerca de los árboles, porque el viento ya no quema las "
            "plantitas.\n"
            "Narrador: ¿Hubo problemas?\n"
            "Aïcha: Al principio, algunos cortaban nuestros árboles de noche. El jefe del pueblo "
            "convocó una reunión e hicimos reglas, con multas. Desde entonces funciona.",
        },
    },
    {
        "category": "organic-amendments",
        "title": {
            "en": "Making compost with a women's group",
            "fr": "Faire du compost en groupement de femmes",
            "es": "Hacer compost en un grupo de mujeres",
        },
        "summary": {
            "en": "Twelve women share materials, water and work to make compost for their "
            "gardens and fields.",
            "fr": "Douze femmes mettent en commun matières, eau et travail pour produire du "
            "compost pour leurs jardins et leurs champs.",
            "es": "Doce mujeres juntan materiales, agua y trabajo para hacer compost para sus "
            "huertas y parcelas.",
        },
        "transcript": {
            "en": "Narrator: Every Thursday, the twelve women of this group meet at the compost "
            "site behind the school.\n"
            "Grace: Each of us brings what she has: maize stalks, bean leaves, cow dung, ash "
            "from the kitchen.\n"
            "Narrator: They build the heap in layers and water each layer with buckets from the "
            "borehole.\n"
            "Grace: The water is the hardest part. Without water the heap does not rot, it only "
            "dries.\n"
            "Narrator: After three weeks they turn the heap together.\n"
            "Grace: Put your hand inside. Can you feel it? Hot. That means it is working.\n"
            "Narrator: What difference has the compost made?\n"
            "Grace: In our gardens the vegetables are greener and the soil does not crack in "
            "the dry season. For the fields we never have enough, so we put it in the planting "
            "holes, a handful per plant.\n"
            "Narrator: What would you tell another group?\n"
            "Grace: Work together. One woman alone cannot carry all this. Together it is a "
            "morning's work, and we talk and laugh too.",
            "fr": "Narrateur : Chaque jeudi, les douze femmes de ce groupement se retrouvent sur "
            "l'aire de compostage derrière l'école.\n"
            "Grace : Chacune apporte ce qu'elle a : des tiges de maïs, des feuilles de haricot, "
            "des bouses, de la cendre de cuisine.\n"
            "Narrateur : Elles montent le tas en couches et arrosent chaque couche avec des "
            "seaux tirés du forage.\n"
            "Grace : L'eau, c'est le plus dur. Sans eau, le tas ne pourrit pas, il sèche "
            "seulement.\n"
            "Narrateur : Au bout de trois semaines, elles retournent le tas ensemble.\n"
            "Grace : Mettez la main dedans. Vous sentez ? C'est chaud. Ça veut dire que ça "
            "travaille.\n"
            "Narrateur : Qu'est-ce que le compost a changé ?\n"
            "Grace : Dans nos jardins, les légumes sont plus verts et la terre ne se fend plus "
            "en saison sèche. Pour les champs, nous n'en avons jamais assez, alors nous le "
            "mettons dans les poquets, une poignée par plante.\n"
            "Narrateur : Que diriez-vous à un autre groupement ?\n"
            "Grace : Travaillez ensemble. Une femme seule ne peut pas porter tout ça. Ensemble, "
            "c'est le travail d'une matinée, et en plus on parle et on rit.",
            "es": "Narrador: Cada jueves, las doce mujeres de este grupo se reúnen en el sitio "
            "de compostaje detrás de la escuela.\n"
            "Grace: Cada una trae lo que tiene: cañas de maíz, hojas de frijol, bosta de vaca, "
            "ceniza de la cocina.\n"
            "Narrador: Arman la pila por capas y riegan cada capa con baldes del pozo.\n"
            "Grace: El agua es lo más difícil. Sin agua la pila no se pudre, solo se seca.\n"
            "Narrador: A las tres semanas voltean la pila entre todas.\n"
            "Grace: Meta la mano adentro. ¿Lo siente? Caliente. Eso quiere decir que está "
            "trabajando.\n"
            "Narrador: ¿Qué cambió con el compost?\n"
            "Grace: En nuestras huertas las verduras están más verdes y la tierra ya no se "
            "agrieta en la época seca. Para las parcelas nunca alcanza, así que lo ponemos en "
            "los hoyos de siembra, un puñado por planta.\n"
            "Narrador: ¿Qué le diría a otro grupo?\n"
            "Grace: Que trabajen juntas. Una mujer sola no puede cargar con todo esto. Juntas "
            "es el trabajo de una mañana, y además conversamos y nos reímos.",
        },
    },
    {
        "category": "erosion-control",
        "title": {
            "en": "Building terraces together on a steep hillside",
            "fr": "Construire des terrasses ensemble sur une colline escarpée",
            "es": "Construir terrazas entre todos en una ladera empinada",
        },
        "summary": {
            "en": "Twenty farmers dig fanya juu terraces in a work group, one farm each week, and "
            "explain why the grass on the bank matters.",
            "fr": "Vingt producteurs creusent des terrasses fanya juu en groupe d'entraide, une "
            "exploitation par semaine, et expliquent pourquoi l'herbe sur le talus compte.",
            "es": "Veinte agricultores cavan terrazas fanya juu en minga, una finca por semana, y "
            "explican por qué importa el pasto en el bordo.",
        },
        "transcript": {
            "en": "Narrator: On this hillside, every heavy rain used to carry soil down to the "
            "river. Today twenty farmers are digging.\n"
            "Joseph: First we mark the lines with the A-frame. If the line is not level, the "
            "water runs to one end and breaks the bank.\n"
            "Narrator: They dig a trench along the line and throw the soil uphill.\n"
            "Joseph: This is the fanya juu. Every year soil collects behind the bank, and after "
            "a few years the field is almost flat.\n"
            "Narrator: On the bank they plant grass.\n"
            "Joseph: The grass holds the bank, and we cut it for the cows. Without the grass, "
            "the first big storm takes everything.\n"
            "Narrator: How do they organise the work?\n"
            "Joseph: We work as a group, one farm every Saturday. Alone, a farmer would need a "
            "whole season.\n"
            "Narrator: And the results?\n"
            "Joseph: My maize on the terraces is better, and the water in the stream is "
            "clearer. But the work never ends: every dry season we raise the banks again.",
            "fr": "Narrateur : Sur cette colline, chaque grosse pluie emportait la terre jusqu'à "
            "la rivière. Aujourd'hui, vingt producteurs creusent.\n"
            "Joseph : D'abord on trace les lignes avec le cadre en A. Si la ligne n'est pas de "
            "niveau, l'eau court vers un bout et casse le talus.\n"
            "Narrateur : Ils creusent un fossé le long de la ligne et rejettent la terre vers "
            "l'amont.\n"
            "Joseph : C'est le fanya juu. Chaque année, la terre s'accumule derrière le talus, "
            "et au bout de quelques années le champ est presque plat.\n"
            "Narrateur : Sur le talus, ils plantent de l'herbe.\n"
            "Joseph : L'herbe tient le talus, et on la coupe pour les vaches. Sans l'herbe, le "
            "premier gros orage emporte tout.\n"
            "Narrateur : Comment s'organise le travail ?\n"
            "Joseph : On travaille en groupe, une exploitation chaque samedi. Seul, un "
            "producteur y passerait toute une saison.\n"
            "Narrateur : Et les résultats ?\n"
            "Joseph : Mon maïs sur les terrasses est meilleur, et l'eau du ruisseau est plus "
            "claire. Mais le travail ne finit jamais : à chaque saison sèche, on rehausse les "
            "talus.",
            "es": "Narrador: En esta ladera, cada lluvia fuerte se llevaba la tierra hasta el "
            "río. Hoy veinte agricultores están cavando.\n"
            "Joseph: Primero marcamos las líneas con el aparato A. Si la línea no está a nivel, "
            "el agua corre a una punta y rompe el bordo.\n"
            "Narrador: Cavan una zanja a lo largo de la línea y tiran la tierra hacia arriba.\n"
            "Joseph: Esto es el fanya juu. Cada año la tierra se junta detrás del bordo, y a los "
            "pocos años la parcela está casi plana.\n"
            "Narrador: Sobre el bordo plantan pasto.\n"
            "Joseph: El pasto sujeta el bordo y lo cortamos para las vacas. Sin el pasto, la "
            "primera tormenta fuerte se lleva todo.\n"
            "Narrador: ¿Cómo organizan el trabajo?\n"
            "Joseph: Trabajamos en grupo, una finca cada sábado. Solo, un agricultor "
            "necesitaría toda una temporada.\n"
            "Narrador: ¿Y los resultados?\n"
            "Joseph: Mi maíz en las terrazas está mejor y el agua de la quebrada es más clara. "
            "Pero el trabajo nunca termina: cada época seca volvemos a subir los bordos.",
        },
    },
    {
        "category": "cover-crops",
        "title": {
            "en": "Cover crops after harvest: what we learned",
            "fr": "Couverts d'interculture : ce que nous avons appris",
            "es": "Coberturas después de la cosecha: lo que aprendimos",
        },
        "summary": {
            "en": "A farmer on silty soil explains his cover crop mixes, the benefits he sees and "
            "the mistakes he made along the way.",
            "fr": "Un agriculteur en sol limoneux présente ses mélanges de couverts, les "
            "bénéfices qu'il observe et les erreurs commises en chemin.",
            "es": "Un productor de suelo limoso explica sus mezclas de cobertura, los beneficios "
            "que ve y los errores que cometió en el camino.",
        },
        "transcript": {
            "en": "Interviewer: Why did you start with cover crops?\n"
            "Pierre: Our silty soil capped after every winter rain. In spring the seedlings "
            "could not get through.\n"
            "Interviewer: What do you sow?\n"
            "Pierre: Usually oats, phacelia and a clover, right behind the combine. On fields "
            "with compaction we add radish.\n"
            "Interviewer: What has changed?\n"
            "Pierre: The soil stays open. We see more earthworms and water no longer stands in "
            "the low parts of the field. The nitrate in the drain water went down too.\n"
            "Interviewer: What went wrong?\n"
            "Pierre: The first year we sowed too late and the cover barely grew. Another year a "
            "mild winter left too much cover, and the heavy field stayed cold and wet at "
            "sowing. Now we destroy the cover earlier there.\n"
            "Interviewer: Is it worth the cost?\n"
            "Pierre: Seed and sowing cost money, and the benefits come slowly. For us it pays "
            "over several years, not in one.",
            "fr": "Intervieweuse : Pourquoi avez-vous commencé les couverts ?\n"
            "Pierre : Notre limon se refermait après chaque pluie d'hiver. Au printemps, les "
            "plantules n'arrivaient pas à percer.\n"
            "Intervieweuse : Que semez-vous ?\n"
            "Pierre : En général avoine, phacélie et un trèfle, juste derrière la "
            "moissonneuse. Sur les parcelles tassées, on ajoute du radis.\n"
            "Intervieweuse : Qu'est-ce qui a changé ?\n"
            "Pierre : Le sol reste ouvert. On voit plus de vers de terre et l'eau ne stagne "
            "plus dans les parties basses. Les nitrates dans l'eau de drainage ont baissé aussi.\n"
            "Intervieweuse : Qu'est-ce qui n'a pas marché ?\n"
            "Pierre : La première année, on a semé trop tard et le couvert a à peine poussé. Une "
            "autre année, un hiver doux a laissé trop de couvert, et la terre lourde est restée "
            "froide et humide au semis. Maintenant on détruit plus tôt sur cette parcelle.\n"
            "Intervieweuse : Est-ce que ça vaut le coût ?\n"
            "Pierre : La semence et le semis coûtent, et les bénéfices viennent lentement. Chez "
            "nous, c'est rentable sur plusieurs années, pas sur une seule.",
            "es": "Entrevistadora: ¿Por qué empezó con cultivos de cobertura?\n"
            "Pierre: Nuestro suelo limoso se encostraba después de cada lluvia de invierno. En "
            "primavera las plántulas no podían salir.\n"
            "Entrevistadora: ¿Qué siembra?\n"
            "Pierre: Normalmente avena, facelia y un trébol, justo detrás de la cosechadora. En "
            "los lotes compactados sumamos rábano.\n"
            "Entrevistadora: ¿Qué cambió?\n"
            "Pierre: El suelo se mantiene abierto. Vemos más lombrices y el agua ya no se "
            "estanca en las partes bajas. El nitrato en el agua de drenaje también bajó.\n"
            "Entrevistadora: ¿Qué salió mal?\n"
            "Pierre: El primer año sembramos demasiado tarde y la cobertura casi no creció. "
            "Otro año, un invierno suave dejó demasiada cobertura y el lote pesado quedó frío y "
            "húmedo en la siembra. Ahora ahí la terminamos antes.\n"
            "Entrevistadora: ¿Vale lo que cuesta?\n"
            "Pierre: La semilla y la siembra cuestan, y los beneficios llegan despacio. Para "
            "nosotros se paga en varios años, no en uno.",
        },
    },
    {
        "category": "grazing-management",
        "title": {
            "en": "Moving the herd every few days",
            "fr": "Changer le troupeau de parcelle tous les deux ou trois jours",
            "es": "Mover el rebaño cada pocos días",
        },
        "summary": {
            "en": "A rancher explains how short grazing periods and long rests brought grass "
            "back to bare pasture, and where rotation has its limits.",
            "fr": "Une éleveuse explique comment des passages courts et de longs repos ont fait "
            "revenir l'herbe sur des pâturages nus, et où la rotation trouve ses limites.",
            "es": "Una ganadera explica cómo el pastoreo corto y los descansos largos hicieron "
            "volver el pasto a potreros pelados, y dónde la rotación tiene sus límites.",
        },
        "transcript": {
            "en": "Narrator: This rancher moves her cattle to a new paddock every two or three "
            "days.\n"
            "María: The rule is simple: take half, leave half. When half the grass is eaten, "
            "they move.\n"
            "Narrator: The paddocks are made with a single electric wire that she moves "
            "herself.\n"
            "María: At the beginning I thought it would take all day. Now it takes twenty "
            "minutes. The animals know the routine; they wait at the gate.\n"
            "Narrator: What has changed on the land?\n"
            "María: The bare patches closed. Grasses we had not seen for years came back. When "
            "it rains, the water soaks in instead of running into the gullies.\n"
            "Narrator: And in the dry season?\n"
            "María: We have grass for longer. But in a real drought you must sell animals early. "
            "Rotation does not make grass out of nothing.\n"
            "Narrator: What would she tell other ranchers?\n"
            "María: Start with a few paddocks and a good water supply. Watch the grass, not the "
            "calendar.",
            "fr": "Narrateur : Cette éleveuse change ses bovins de paddock tous les deux ou "
            "trois jours.\n"
            "María : La règle est simple : prendre la moitié, laisser la moitié. Quand la "
            "moitié de l'herbe est mangée, elles changent de parcelle.\n"
            "Narrateur : Les paddocks sont faits d'un seul fil électrique qu'elle déplace "
            "elle-même.\n"
            "María : Au début, je pensais que ça me prendrait la journée. Maintenant c'est vingt "
            "minutes. Les bêtes connaissent la routine ; elles attendent à la barrière.\n"
            "Narrateur : Qu'est-ce qui a changé sur les terres ?\n"
            "María : Les plaques nues se sont refermées. Des graminées qu'on ne voyait plus "
            "depuis des années sont revenues. Quand il pleut, l'eau s'infiltre au lieu de filer "
            "dans les ravines.\n"
            "Narrateur : Et en saison sèche ?\n"
            "María : Nous avons de l'herbe plus longtemps. Mais en vraie sécheresse, il faut "
            "vendre des animaux tôt. La rotation ne fait pas pousser l'herbe à partir de rien.\n"
            "Narrateur : Que dirait-elle aux autres éleveurs ?\n"
            "María : Commencez avec quelques paddocks et un bon accès à l'eau. Regardez l'herbe, "
            "pas le calendrier.",
            "es": "Narrador: Esta ganadera cambia su ganado a un potrero nuevo cada dos o tres "
            "días.\n"
            "María: La regla es sencilla: comer la mitad, dejar la mitad. Cuando se comieron la "
            "mitad del pasto, se mueven.\n"
            "Narrador: Los potreros se hacen con un solo hilo eléctrico que ella misma cambia de "
            "lugar.\n"
            "María: Al principio pensé que me iba a llevar todo el día. Ahora son veinte "
            "minutos. Los animales conocen la rutina; esperan en la tranquera.\n"
            "Narrador: ¿Qué cambió en el campo?\n"
            "María: Las manchas peladas se cerraron. Volvieron pastos que no veíamos desde hacía "
            "años. Cuando llueve, el agua se infiltra en vez de correr a las cárcavas.\n"
            "Narrador: ¿Y en la época seca?\n"
            "María: Tenemos pasto por más tiempo. Pero en una sequía de verdad hay que vender "
            "animales temprano. La rotación no hace pasto de la nada.\n"
            "Narrador: ¿Qué les diría a otros ganaderos?\n"
            "María: Que empiecen con pocos potreros y una buena aguada. Que miren el pasto, no "
            "el calendario.",
        },
    },
    {
        "category": "biochar",
        "title": {
            "en": "Biochar: three seasons of farmer trials",
            "fr": "Biochar : trois saisons d'essais paysans",
            "es": "Biocarbón: tres temporadas de ensayos campesinos",
        },
        "summary": {
            "en": "Farmers who tested biochar on their own plots share what they saw on sandy and "
            "heavier soils, and the mistake everyone now avoids.",
            "fr": "Des producteurs qui ont testé le biochar sur leurs propres parcelles "
            "racontent ce qu'ils ont vu sur sols sableux et plus lourds, et l'erreur que tout le "
            "monde évite maintenant.",
            "es": "Agricultores que probaron el biocarbón en sus propias parcelas cuentan lo que "
            "vieron en suelos arenosos y más pesados, y el error que ahora todos evitan.",
        },
        "transcript": {
            "en": "Narrator: In this village, farmers have tested biochar on their own plots for "
            "three seasons.\n"
            "Kofi: We make it in a cone kiln from maize cobs and cassava stems. The trick is "
            "thin layers, so the flame stays on top.\n"
            "Narrator: After quenching, the biochar is soaked in urine or mixed into compost.\n"
            "Kofi: In the first year one farmer put fresh biochar straight on his field. His "
            "plants turned yellow. Now everybody charges it first.\n"
            "Narrator: What did the trials show?\n"
            "Kofi: On the sandy plots, plants with biochar stayed green longer when the rain "
            "stopped. On the heavier soils we saw little difference.\n"
            "Narrator: Is it worth the work?\n"
            "Kofi: It takes a full day to make a few bags. We use it only in the planting holes, "
            "and only on the poorest plots. It is not magic. It is one more tool, together with "
            "compost and manure.",
            "fr": "Narrateur : Dans ce village, les producteurs testent le biochar sur leurs "
            "propres parcelles depuis trois saisons.\n"
            "Kofi : On le fabrique dans un four conique avec des rafles de maïs et des tiges de "
            "manioc. L'astuce, ce sont les couches fines, pour que la flamme reste au-dessus.\n"
            "Narrateur : Après extinction, le biochar est trempé dans l'urine ou mélangé au "
            "compost.\n"
            "Kofi : La première année, un producteur a mis du biochar frais directement dans son "
            "champ. Ses plantes ont jauni. Maintenant, tout le monde le charge d'abord.\n"
            "Narrateur : Qu'ont montré les essais ?\n"
            "Kofi : Sur les parcelles sableuses, les plantes avec biochar restaient vertes plus "
            "longtemps quand la pluie s'arrêtait. Sur les sols plus lourds, on a vu peu de "
            "différence.\n"
            "Narrateur : Est-ce que ça vaut le travail ?\n"
            "Kofi : Il faut une journée entière pour faire quelques sacs. On l'utilise seulement "
            "dans les poquets, et seulement sur les parcelles les plus pauvres. Ce n'est pas "
            "magique. C'est un outil de plus, avec le compost et le fumier.",
            "es": "Narrador: En este pueblo, los agricultores prueban el biocarbón en sus "
            "propias parcelas desde hace tres temporadas.\n"
            "Kofi: Lo hacemos en un horno cónico con tusas de maíz y tallos de yuca. El truco "
            "son las capas finas, para que la llama quede arriba.\n"
            "Narrador: Después de apagarlo, el biocarbón se remoja en orina o se mezcla con "
            "compost.\n"
            "Kofi: El primer año un agricultor puso biocarbón fresco directo en su parcela. Sus "
            "plantas se pusieron amarillas. Ahora todos lo cargan primero.\n"
            "Narrador: ¿Qué mostraron los ensayos?\n"
            "Kofi: En las parcelas arenosas, las plantas con biocarbón se mantuvieron verdes más "
            "tiempo cuando paró la lluvia. En los suelos más pesados vimos poca diferencia.\n"
            "Narrador: ¿Vale la pena el trabajo?\n"
            "Kofi: Hace falta un día entero para hacer unos pocos sacos. Lo usamos solo en los "
            "hoyos de siembra y solo en las parcelas más pobres. No es magia. Es una "
            "herramienta más, junto con el compost y el estiércol.",
        },
    },
]

# --- Site pages (no placeholders) ------------------------------------------------------------

HOME_INTRO: dict[str, str] = {
    "en": "Terroir is where farmers and field agronomists share soil practices for food "
    "security and climate, from zaï pits to cover crops, with what worked, what did not and "
    "why.",
    "fr": "Terroir est l'espace où agriculteurs et agronomes de terrain partagent leurs "
    "pratiques de gestion des sols pour la sécurité alimentaire et le climat, du zaï aux "
    "couverts végétaux, avec ce qui a marché, ce qui n'a pas marché et pourquoi.",
    "es": "Terroir es el espacio donde agricultores y agrónomos de campo comparten prácticas de "
    "manejo del suelo para la seguridad alimentaria y el clima, de los hoyos zaï a los cultivos "
    "de cobertura, con lo que funcionó, lo que no y por qué.",
}

ABOUT_PAGE: dict[str, dict] = {
    "title": {"en": "About Terroir", "fr": "À propos de Terroir", "es": "Acerca de Terroir"},
    "intro": {
        "en": "A knowledge platform of the 4 per 1000 initiative: soils for food security and "
        "climate.",
        "fr": "Une plateforme de connaissances de l'initiative 4 pour 1000 : les sols pour la "
        "sécurité alimentaire et le climat.",
        "es": "Una plataforma de conocimiento de la iniciativa 4 por 1000: suelos para la "
        "seguridad alimentaria y el clima.",
    },
    "body": {
        "en": [
            "The 4 per 1000 initiative brings together countries, farmers' organisations, "
            "researchers and companies that want to increase the organic carbon stored in "
            "agricultural soils. Raising soil carbon stocks by 0.4% a year would help the "
            "climate while making soils more fertile and more resilient to drought.",
            "Terroir collects practices as farmers and field staff actually carry them out: what "
            "was done, in which conditions and what happened. Each record describes its site "
            "with the vocabulary of the WOCAT database (climate, soil, slope, land use), so that "
            "practices can be compared and exchanged.",
            "Failures are welcome. A practice that did not work on heavy clay, or that needed "
            "labour nobody had, teaches as much as a success. Every record says whether the "
            "practice worked, gave mixed results or did not work, and how this is known: "
            "observed, measured or published.",
            "Practices can be written in English, French or Spanish and translated by the "
            "community.",
            "The practices, tutorials and videos shown at the moment are an illustrative "
            "demonstration corpus, written to show how the platform works. The places are real "
            "and the conditions plausible, but the stories, people and figures are not real "
            "field data and must not be cited as evidence.",
        ],
        "fr": [
            "L'initiative 4 pour 1000 rassemble des pays, des organisations de producteurs, des "
            "chercheurs et des entreprises qui veulent augmenter le carbone organique stocké "
            "dans les sols agricoles. Accroître les stocks de carbone des sols de 0,4 % par an "
            "aiderait le climat tout en rendant les sols plus fertiles et plus résistants à la "
            "sécheresse.",
            "Terroir rassemble les pratiques telles que les producteurs et les techniciens de "
            "terrain les mettent réellement en œuvre : ce qui a été fait, dans quelles "
            "conditions et avec quel résultat. Chaque fiche décrit son site avec le vocabulaire "
            "de la base WOCAT (climat, sol, pente, utilisation des terres), pour que les "
            "pratiques puissent être comparées et échangées.",
            "Les échecs sont les bienvenus. Une pratique qui n'a pas marché sur argile lourde, "
            "ou qui demandait une main-d'œuvre que personne n'avait, apprend autant qu'un "
            "succès. Chaque fiche indique si la pratique a marché, a donné des résultats mitigés "
            "ou n'a pas marché, et comment on le sait : observation, mesure ou publication.",
            "Les pratiques peuvent être rédigées en anglais, en français ou en espagnol et "
            "traduites par la communauté.",
            "Les pratiques, tutoriels et vidéos affichés pour l'instant forment un corpus de "
            "démonstration illustratif, rédigé pour montrer le fonctionnement de la plateforme. "
            "Les lieux sont réels et les conditions plausibles, mais les récits, les personnes "
            "et les chiffres ne sont pas des données de terrain réelles et ne doivent pas être "
            "cités comme preuves.",
        ],
        "es": [
            "La iniciativa 4 por 1000 reúne a países, organizaciones de productores, "
            "investigadores y empresas que quieren aumentar el carbono orgánico almacenado en "
            "los suelos agrícolas. Aumentar las reservas de carbono del suelo un 0,4 % al año "
            "ayudaría al clima y, a la vez, haría los suelos más fértiles y más resistentes a la "
            "sequía.",
            "Terroir reúne prácticas tal como los agricultores y los técnicos de campo las "
            "aplican de verdad: qué se hizo, en qué condiciones y qué pasó. Cada ficha describe "
            "su sitio con el vocabulario de la base de datos WOCAT (clima, suelo, pendiente, uso "
            "de la tierra), para que las prácticas se puedan comparar e intercambiar.",
            "Los fracasos son bienvenidos. Una práctica que no funcionó en arcilla pesada, o que "
            "necesitaba mano de obra que nadie tenía, enseña tanto como un éxito. Cada ficha "
            "dice si la práctica funcionó, dio resultados mixtos o no funcionó, y cómo se sabe: "
            "observación, medición o publicación.",
            "Las prácticas se pueden escribir en inglés, francés o español y la comunidad puede "
            "traducirlas.",
            "Las prácticas, tutoriales y videos que se muestran por ahora son un corpus de "
            "demostración ilustrativo, escrito para mostrar cómo funciona la plataforma. Los "
            "lugares son reales y las condiciones plausibles, pero las historias, las personas y "
            "las cifras no son datos de campo reales y no deben citarse como evidencia.",
        ],
    },
}

CONTRIBUTE_PAGE: dict[str, dict] = {
    "title": {
        "en": "How to contribute a practice",
        "fr": "Comment partager une pratique",
        "es": "Cómo compartir una práctica",
    },
    "intro": {
        "en": "Anyone who manages soil, or works with those who do, can share a practice. A few "
        "clear facts are worth more than a long report.",
        "fr": "Toute personne qui travaille la terre, ou qui accompagne celles et ceux qui la "
        "travaillent, peut partager une pratique. Quelques faits clairs valent mieux qu'un long "
        "rapport.",
        "es": "Cualquier persona que maneja el suelo, o que trabaja con quienes lo hacen, puede "
        "compartir una práctica. Unos pocos datos claros valen más que un informe largo.",
    },
    "body": {
        "en": [
            "Sign in and open the practice form from the practice library. You can write in "
            "English, French or Spanish.",
            "Describe what you did in plain words: the problem you wanted to solve, the steps "
            "you followed, and the materials and labour it took. Photos of the field before and "
            "after help other farmers a lot.",
            "Give the location of the field as latitude and longitude. The platform works out "
            "the country and the Köppen climate class from the point; add the rainfall, soil, "
            "slope and land use if you know them. Rough values are fine.",
            "Say honestly how it went: worked, mixed results or did not work, and why. Tell us "
            "how you know: your own observation, a measurement of yield or soil carbon, or a "
            "published study.",
            "Editors read each practice before it is published, to check that it is clear and "
            "complete, and may contact you with questions. Other members may later translate "
            "your practice into the other languages.",
        ],
        "fr": [
            "Connectez-vous et ouvrez le formulaire de pratique depuis la bibliothèque des "
            "pratiques. Vous pouvez écrire en anglais, en français ou en espagnol.",
            "Décrivez ce que vous avez fait avec des mots simples : le problème à résoudre, les "
            "étapes suivies, le matériel et le travail nécessaires. Des photos du champ avant et "
            "après aident beaucoup les autres producteurs.",
            "Indiquez l'emplacement du champ en latitude et longitude. La plateforme en déduit "
            "le pays et la classe climatique de Köppen ; ajoutez la pluviométrie, le sol, la "
            "pente et l'utilisation des terres si vous les connaissez. Des valeurs approchées "
            "suffisent.",
            "Dites honnêtement comment cela s'est passé : a marché, résultats mitigés ou n'a pas "
            "marché, et pourquoi. Précisez comment vous le savez : votre propre observation, une "
            "mesure de rendement ou de carbone du sol, ou une étude publiée.",
            "Les éditeurs relisent chaque pratique avant publication pour vérifier qu'elle est "
            "claire et complète, et peuvent vous contacter pour des questions. D'autres membres "
            "pourront ensuite traduire votre pratique dans les autres langues.",
        ],
        "es": [
            "Inicie sesión y abra el formulario de práctica desde la biblioteca de prácticas. "
            "Puede escribir en inglés, francés o español.",
            "Describa lo que hizo con palabras sencillas: el problema que quería resolver, los "
            "pasos que siguió, y los materiales y la mano de obra que hicieron falta. Las fotos "
            "de la parcela antes y después ayudan mucho a otros agricultores.",
            "Indique la ubicación de la parcela en latitud y longitud. La plataforma deduce el "
            "país y la clase climática de Köppen a partir del punto; añada la lluvia, el suelo, "
            "la pendiente y el uso de la tierra si los conoce. Los valores aproximados sirven.",
            "Cuente con honestidad cómo le fue: funcionó, resultados mixtos o no funcionó, y por "
            "qué. Diga cómo lo sabe: su propia observación, una medición de rendimiento o de "
            "carbono del suelo, o un estudio publicado.",
            "Los editores leen cada práctica antes de publicarla, para comprobar que sea clara y "
            "completa, y pueden contactarle con preguntas. Otros miembros podrán después "
            "traducir su práctica a los otros idiomas.",
        ],
    },
}
