"""Twelve invented recovery stories in plain Dutch (B1), each with its own person, age, place and way.

Every person in them is fictional; the stories say so nowhere, because the site must not read as a demo. Each story
is a dict: title, author ("first_name", "pseudonym" or "anonymous"), name, age group, subregion slug, themes, tags,
content warning, intro, paragraphs (a paragraph starting with "> " is a quote), what helped, and the slugs of the
activities and organisations it mentions (the editor's related items).
"""

STORIES = [
    {
        "title": "De kronkelweg terug",
        "author": "first_name",
        "name": "Mirjam",
        "age": "26-64",
        "subregion": "den-helder",
        "themes": ["somberheid"],
        "tags": ["herstel", "inloop"],
        "warning": "",
        "intro": "Na jaren van somberheid vond Mirjam haar weg terug, met kleine stappen en een buurvrouw die "
        "bleef aanbellen.",
        "paragraphs": [
            "Drie jaar geleden kwam ik bijna de deur niet meer uit. Ik werkte niet meer, mijn gordijnen bleven "
            "dicht en de afwas stond soms een week. Mijn dochter belde elke zondag. Dan deed ik alsof het goed "
            "ging. Daar was ik heel goed in geworden.",
            "Mijn buurvrouw Tineke zag het wel. Ze belde een keer aan met een pan soep. De week erna weer. Op "
            "een dinsdag zei ze: ik ga naar de inloop in het buurthuis, loop je mee? Ik wilde nee zeggen. Maar ze "
            "bleef op de stoep staan tot ik mijn jas pakte.",
            "Het buurthuis rook naar koffie. Er zaten een man of acht aan een lange tafel. Niemand vroeg wat er "
            "met mij aan de hand was. Een vrouw schoof een kopje naar me toe en vertelde over haar kat. Dat was "
            "alles. Na een uur liep ik naar huis en ik merkte dat ik die middag niet had gehuild.",
            "Ik ging de week erna weer. En de week daarna. Ik zei eerst bijna niets. Later hoorde ik dat de vrouw "
            "met de kat ervaringsdeskundige was. Zij had zelf jaren in bed gelegen. Toen ze dat vertelde, voelde "
            "ik iets wat ik lang niet had gevoeld: ik ben niet de enige.",
            "> Je hoeft niet in één keer beter te worden. Je hoeft alleen dinsdag weer te komen.",
            "Dat zei ze tegen me toen ik een keer zei dat het allemaal zo langzaam ging. Ik heb het op een "
            "briefje geschreven. Het hangt nog steeds op mijn koelkast.",
            "Na een paar maanden ben ik naar mijn huisarts gegaan. Dat had ik jaren uitgesteld. Ik kreeg "
            "gesprekken met de praktijkondersteuner, en later ook medicijnen. Die hielpen een beetje. De inloop "
            "hielp op een andere manier: daar had ik iets om naar uit te kijken.",
            "Herstel is voor mij geen rechte lijn. Er zijn nog steeds weken dat ik weinig kan. Het verschil is "
            "dat ik nu weet wat ik dan moet doen. Ik bel Tineke. Ik doe de gordijnen open, ook als ik geen zin "
            "heb. En op dinsdag ga ik naar het buurthuis.",
        ],
        "helped": ["Elke dinsdag naar de inloop", "Een buurvrouw die niet opgaf", "Mensen die niet oordelen"],
        "activities": ["inloop-den-helder"],
        "organisations": ["herstelcafe-noord", "sociaal-wijkteam-den-helder"],
    },
    {
        "title": "Niet meer alleen",
        "author": "pseudonym",
        "name": "Kees",
        "age": "65+",
        "subregion": "texel",
        "themes": ["eenzaamheid"],
        "tags": ["ontmoeting"],
        "warning": "",
        "intro": "Kees woont op Texel. Na de dood van zijn vrouw werd het stil in huis, tot hij aanschoof aan de "
        "lange tafel van het dorpshuis.",
        "paragraphs": [
            "Ik was 43 jaar getrouwd met Annie. Zij regelde alles: de verjaardagen, de boodschappen, de buren. "
            "Toen zij overleed, bleef ik over in een huis dat veel te groot was. Ik at elke dag om zes uur een "
            "bord aardappelen, alleen, met de radio aan.",
            "Mijn kinderen wonen aan de overkant, in Alkmaar en Utrecht. Ze kwamen vaak in het begin. Later werd "
            "dat minder, en dat snap ik ook. Ik wilde ze niet lastigvallen. Als ze belden zei ik dat ik het "
            "druk had.",
            "Op een dag belde iemand van het wijkteam. Ze zei dat ze alle mensen belden die net hun partner "
            "hadden verloren. Of ik zin had om op woensdag te komen lunchen in het dorpshuis. Ik zei dat ik "
            "erover na zou denken. Dat betekende nee.",
            "Ze belde twee weken later opnieuw. Toen ben ik toch gegaan, vooral om van het gezeur af te zijn. "
            "Aan tafel zat een oud-collega van de veerboot die ik in twintig jaar niet had gezien. We hebben "
            "twee uur zitten praten over vroeger.",
            "Thuis merkte ik pas hoe moe ik was. Moe van het praten, maar op een goede manier. Ik had die "
            "avond geen radio nodig om in slaap te vallen.",
            "In het begin vond ik het moeilijk om te gaan als het slecht weer was, of als ik slecht had geslapen. "
            "Dan bleef ik thuis. Een van de vrijwilligers belde dan om te vragen of alles goed was. Niet om te "
            "controleren, zei ze, maar omdat mijn stoel leeg was.",
            "Nu ga ik elke woensdag. Sinds een paar maanden help ik ook in de keuken. Ik kan niet goed koken, "
            "dat deed Annie altijd. Maar aardappels schillen lukt wel, en de vrouwen in de keuken leren mij de "
            "rest. Vorige week heb ik voor het eerst zelf erwtensoep gemaakt.",
            "Het huis is nog steeds stil. Maar ik weet nu dat er een plek is waar ik word gemist als ik er niet "
            "ben.",
        ],
        "helped": [
            "De wijklunch op woensdag",
            "Iets doen voor een ander",
            "Een telefoontje dat twee keer kwam",
        ],
        "activities": ["wijklunch-texel"],
        "organisations": ["sociaal-wijkteam-texel"],
    },
    {
        "title": "Wat de fles mij kostte",
        "author": "anonymous",
        "name": "",
        "age": "26-64",
        "subregion": "alkmaar-dijk-en-waard",
        "themes": ["verslaving"],
        "tags": ["verslaving", "herstel"],
        "warning": "addiction",
        "intro": "Over drinken, twee keer stoppen en een zus die bleef bellen.",
        "paragraphs": [
            "Ik dronk niet in het park. Ik dronk thuis, na het werk, netjes uit een glas. Eerst twee biertjes om "
            "te ontspannen. Later een fles wijn, en als die op was nog iets sterkers. Niemand zag het, dacht ik. "
            "Ik ging elke dag naar mijn werk. Ik was nooit ziek.",
            "Drinken begon als ontspanning. Het werd een manier om niets te voelen. Niet de ruzie met mijn ex. "
            "Niet het gemis van mijn dochter, die ik maar eens in de twee weken zag. Niet de angst dat ik "
            "ergens in tekort schoot. Met een paar glazen op was dat allemaal even weg.",
            "Mijn zus zei het als eerste hardop. Op een verjaardag nam ze me mee naar de keuken. Ze zei: je "
            "ruikt al om drie uur naar drank. Ik was woedend. Ik heb haar een half jaar niet gesproken.",
            "Toen kreeg ik een waarschuwing op mijn werk. Ik was te laat gekomen, voor de derde keer. Dat was "
            "het moment dat ik naar de huisarts ging. Die verwees me naar de verslavingszorg. Ik kreeg "
            "gesprekken en ik stopte. Zes weken lang ging het goed. Toen ging mijn moeder dood en stond ik weer "
            "in de supermarkt bij de wijn.",
            "Die terugval voelde als mislukken. Alles was voor niets geweest, dacht ik. Ik schaamde me zo dat ik "
            "mijn afspraken afzegde.",
            "Mijn zus belde. Ik weet niet hoe ze het wist, maar ze belde en zei: ik kom je halen. Ze reed met "
            "me naar de herstelgroep in De Goorn. Daar zaten mannen en vrouwen die allemaal wel eens waren "
            "teruggevallen. Een van de begeleiders was zelf al twaalf jaar droog. Hij zei: terugvallen hoort "
            "erbij. Het gaat erom wat je daarna doet.",
            "> Je bent niet opnieuw begonnen. Je bent verdergegaan met wat je al wist.",
            "In de herstelgroep leerde ik mijn momenten kennen. Zondagavond is het gevaarlijkst, en de avond na "
            "een dag met mijn dochter. Op die avonden bel ik nu iemand uit de groep, of ik ga wandelen. Het "
            "klinkt simpel. Het is het moeilijkste wat ik ooit heb gedaan.",
            "Ik heb ook geleerd wat ik deed met de tijd die het drinken kostte. Dat was veel tijd. Ik ben gaan "
            "zwemmen, twee keer per week, vroeg in de ochtend. In het water kan ik niet piekeren. En ik kook "
            "weer, echte maaltijden, ook als ik alleen ben.",
            "Ik ben nu twee jaar droog. Mijn dochter slaapt weer om het weekend bij mij. Met mijn zus drink ik "
            "elke zaterdag koffie. Ze heeft nooit gezegd: zie je wel. Dat vind ik misschien nog wel het mooiste.",
        ],
        "helped": ["De herstelgroep", "Eerlijk zijn tegen mijn zus", "Weten welke avonden moeilijk zijn"],
        "activities": ["herstelgroep-verslaving"],
        "organisations": ["verslavingszorg-noord"],
    },
    {
        "title": "Stemmen die stiller werden",
        "author": "pseudonym",
        "name": "Noor",
        "age": "18-25",
        "subregion": "west-friesland-west",
        "themes": ["psychose"],
        "tags": ["psychose", "studie"],
        "warning": "",
        "intro": "Noor kreeg een psychose in haar tweede studiejaar. Nu, vier jaar later, vertelt ze anderen "
        "hoe dat was.",
        "paragraphs": [
            "Ik studeerde in Amsterdam en woonde in een kamer van negen vierkante meter. Ik sliep weinig, ik "
            "werkte in een café en ik had tentamens. Dat vond ik normaal. Iedereen om me heen leefde zo.",
            "Het begon met geluiden. Ik hoorde mijn naam als ik alleen was. Eerst dacht ik dat het de buren "
            "waren. Later hoorde ik hele zinnen. Ze zeiden dat ik werd gevolgd, dat mijn telefoon werd "
            "afgeluisterd. Ik plakte de camera van mijn laptop af. Ik ging niet meer naar college.",
            "Ik was bang en ik schaamde me. Ik wist ergens wel dat het niet klopte, maar het voelde zo echt. "
            "Tegen mijn ouders zei ik dat ik griep had. Mijn huisgenoot vond me op een avond op de gang, waar ik "
            "al uren zat te luisteren naar de muur. Zij heeft mijn moeder gebeld.",
            "Mijn ouders haalden me op naar Hoorn. Ik ben een paar weken opgenomen geweest. Daar kreeg ik "
            "medicijnen en ik sliep voor het eerst in maanden een hele nacht. De stemmen werden zachter. Ze "
            "gingen niet in één keer weg. Het was meer alsof iemand de radio steeds een beetje zachter zette.",
            "Het moeilijkste kwam daarna. Ik was thuis, bij mijn ouders, op mijn oude kamer. Mijn vrienden "
            "studeerden verder. Ik voelde me dom en zwak. De medicijnen maakten me moe en ik kwam tien kilo aan. "
            "Ik dacht: dit is het nu, dit is mijn leven.",
            "Bij de GGZ kwam ik in contact met Sanne, een ervaringsdeskundige. Zij had zelf twee psychoses "
            "gehad. Ze zei: het is niet jouw schuld. Dat zinnetje heb ik onthouden. Ze vertelde ook dat zij nu "
            "werkte, een vriend had en op vakantie ging. Ze was niet bijzonder, zei ze. Ze had alleen geleerd "
            "waar haar grenzen lagen.",
            "> Een psychose is iets wat je overkomt. Het is niet wie je bent.",
            "Samen met mijn psychiater hebben we gezocht naar medicijnen die beter bij mij pasten. Dat duurde "
            "een jaar. Ik leerde mijn vroege signalen kennen: slecht slapen, alles betekenis geven, me "
            "terugtrekken. Die staan nu in een plan dat mijn ouders en mijn beste vriendin ook hebben.",
            "Ik ben gaan studeren in Alkmaar, dichter bij huis, en in deeltijd. Sport helpt me ook: drie keer "
            "per week hardlopen, altijd met muziek in mijn oren.",
            "Mijn vrienden van vroeger zie ik minder. Een paar zijn gebleven. Eén vriendin kwam elke week langs "
            "toen ik opgenomen was, ook als ik niet wilde praten. Ze zat dan naast mijn bed en keek een serie "
            "op haar telefoon. Ik wist toen niet hoe belangrijk dat was. Nu weet ik het wel.",
            "Er zijn nog steeds momenten dat ik twijfel. Als ik slecht slaap voor een tentamen, word ik bang dat "
            "het terugkomt. Dan kijk ik in mijn plan. Ik bel mijn behandelaar als het nodig is. Meestal is het "
            "gewoon spanning, zoals iedereen die heeft. Dat onderscheid leren maken heeft lang geduurd.",
            "Ook mijn ouders moesten leren. Mijn moeder belde in het begin elke dag om te vragen of ik wel "
            "sliep. Samen met een naastenconsulent hebben we afgesproken waar zij op let, en wanneer zij zich "
            "geen zorgen hoeft te maken. Dat gaf ons allebei rust.",
            "Een half jaar geleden vroeg de GGZ of ik wilde vertellen op een informatieavond voor jongeren en "
            "ouders. Mijn handen trilden. Na afloop kwam een moeder naar me toe. Haar zoon lag nu opgenomen. Ze "
            "zei: ik zie nu dat het weer goed kan komen. Daarom vertel ik mijn verhaal.",
            "Als je dit leest en je herkent de eerste tekenen bij jezelf of bij iemand van wie je houdt: wacht "
            "niet tot het vanzelf overgaat. Praat erover met je huisarts. Hoe eerder, hoe korter de weg terug "
            "meestal is.",
        ],
        "helped": [
            "Medicijnen die bij mij passen",
            "Praten met een ervaringsdeskundige",
            "Een plan met mijn vroege signalen",
        ],
        "activities": ["informatieavond-psychose"],
        "organisations": ["ggz-kustregio"],
    },
    {
        "title": "Een nieuwe dag",
        "author": "anonymous",
        "name": "",
        "age": "18-25",
        "subregion": "buch",
        "themes": ["somberheid"],
        "tags": ["jongeren"],
        "warning": "suicide",
        "intro": "Over de periode dat het leven te zwaar leek, een telefoontje midden in de nacht, en hoe het "
        "langzaam lichter werd.",
        "paragraphs": [
            "Ik was negentien en ik had net mijn diploma. Iedereen om me heen maakte plannen: een tussenjaar, "
            "een studie, een baan. Ik had geen plannen. Ik had alleen een zwaar gevoel dat elke ochtend een "
            "beetje zwaarder werd.",
            "Op sociale media zag ik vrienden op vakantie. Ik lag in bed met mijn telefoon en vond mezelf "
            "waardeloos. Ik zei tegen mijn ouders dat ik moe was. Zij dachten dat het een fase was.",
            "Er was een tijd dat ik niet meer wilde leven. Ik dacht er elke dag aan. Op een nacht was het zo "
            "erg dat ik bang werd voor mezelf. Ik heb 113 gebeld, midden in de nacht, met mijn hoofd onder het "
            "dekbed zodat niemand me hoorde.",
            "De vrouw aan de telefoon had een rustige stem. Ze vroeg niet waarom, ze vroeg hoe. Hoe ik me nu "
            "voelde. Of ik veilig was. Wie ik morgen kon vertellen wat ik haar vertelde. We hebben bijna een uur "
            "gepraat. Aan het eind had ik beloofd dat ik de volgende ochtend mijn moeder wakker zou maken.",
            "Die nacht was het begin van hulp. Mijn moeder ging met me mee naar de huisarts. Die nam er de tijd "
            "voor, meer dan de tien minuten van een gewone afspraak. Ik kreeg gesprekken met de "
            "praktijkondersteuner en later met een psycholoog.",
            "Het ging niet meteen beter. Er waren dagen dat ik alleen maar douchen als doel had. De "
            "praktijkondersteuner zei: dan is douchen je overwinning van vandaag. Ik vond dat eerst kinderachtig. "
            "Nu maak ik nog steeds elke avond een lijstje met drie kleine dingen voor de volgende dag.",
            "Op de jongereninloop in Castricum leerde ik mensen kennen die ook niet wisten wat ze met hun leven "
            "wilden. Dat lucht op. We praten er niet altijd over zware dingen. Meestal spelen we een spel.",
            "Nu, een jaar later, maak ik weer plannen. Kleine plannen: een cursus, een bijbaan in de "
            "bibliotheek. Als je dit leest en je herkent jezelf: bel of chat met 113, of vertel het aan één "
            "iemand. Je hoeft het niet alleen te doen.",
        ],
        "helped": ["Bellen met 113", "Mijn huisarts, die tijd nam", "Drie kleine doelen per dag"],
        "activities": ["jongereninloop"],
        "organisations": ["gezondheidscentrum-duinrand"],
    },
    {
        "title": "Schulden en slapeloze nachten",
        "author": "first_name",
        "name": "Ahmed",
        "age": "26-64",
        "subregion": "kop-van-noord-holland",
        "themes": ["schulden", "angst"],
        "tags": ["geld"],
        "warning": "",
        "intro": "Ahmed lag wakker van de rekeningen. Hulp vragen was de moeilijkste stap, en de vrijwilliger "
        "die naast hem kwam zitten de beste.",
        "paragraphs": [
            "Ik ben vader van drie kinderen en ik werk in de kassen bij Schagen. Toen mijn uren minder werden, "
            "konden we de huur nog net betalen. De energierekening niet meer. Daarna ook de zorgverzekering "
            "niet.",
            "Ik opende geen post meer. De brieven gingen ongelezen in een la. Als ik de la opendeed, kreeg ik "
            "hartkloppingen. 's Nachts lag ik wakker en rekende ik in mijn hoofd. Het klopte nooit.",
            "Tegen mijn vrouw zei ik dat alles onder controle was. Ik schaamde me. In mijn familie vraag je geen "
            "hulp, je lost het zelf op. Maar ik kon het niet oplossen.",
            "Een collega vertelde over het spreekuur geldzaken in Wieringerwerf. Het was gratis en je hoefde "
            "geen afspraak te maken. Ik ben er drie keer langsgereden voordat ik naar binnen ging.",
            "Binnen zat een oudere man, Wim, een vrijwilliger. Hij was vroeger boekhouder. Hij zei: we openen "
            "eerst samen de post, dan kijken we verder. Hij maakte stapels op tafel. Wat moet nu, wat kan "
            "wachten, wat klopt niet. Na een uur had ik voor het eerst in maanden een overzicht.",
            "Wim hielp me om een afspraak te maken met de schuldhulpverlening van de gemeente. Dat duurde een "
            "tijd. Maar de schuldeisers stopten met bellen toen ze wisten dat ik hulp had. Dat gaf al rust.",
            "Het spreekuur hielp ook met dingen waar ik niet aan had gedacht. Ik had recht op toeslagen die ik "
            "nooit had aangevraagd. Wim vulde de formulieren met me in. Elke maand kwam er daardoor iets meer "
            "binnen. Geen fortuin, maar genoeg om de boodschappen weer zonder zorgen te doen.",
            "Mijn huisarts merkte dat ik minder gespannen was. Ik had hem over mijn hartkloppingen verteld. Hij "
            "zei: misschien was het niet je hart, maar je post.",
            "Ik slaap nu beter. De schulden zijn er nog, maar er is een plan en ik weet wanneer ze weg zijn. "
            "Mijn vrouw weet alles. Ze was niet boos, ze was opgelucht. Ze had het allang gemerkt.",
        ],
        "helped": ["Het spreekuur geldzaken", "Een vrijwilliger naast me", "Eerlijk zijn tegen mijn vrouw"],
        "activities": ["spreekuur-geldzaken"],
        "organisations": ["schuldhulp-noord-holland-noord"],
    },
    {
        "title": "Moeder van een zoon met zorgen",
        "author": "first_name",
        "name": "Els",
        "age": "65+",
        "subregion": "west-friesland-oost",
        "themes": ["naasten"],
        "tags": ["naasten", "familie"],
        "warning": "",
        "intro": "Els vertelt hoe het is om naast je kind te staan als het niet goed gaat, en waarom ze leerde "
        "om ook voor zichzelf te zorgen.",
        "paragraphs": [
            "Mijn zoon Jeroen is nu 38. Hij was een vrolijk kind, een beetje druk, altijd buiten. Rond zijn "
            "twintigste veranderde er iets. Hij ging minder naar zijn werk, hij blowde veel en hij kon opeens "
            "heel boos worden om kleine dingen.",
            "Ik wilde alles oplossen. Ik belde zijn baas als hij weer niet kwam. Ik betaalde zijn huur. Ik "
            "reed om twee uur 's nachts naar Hoorn als hij belde dat hij niet meer wist wat hij moest doen. Mijn "
            "man zei: je helpt hem zo niet. Daar kregen we ruzie over.",
            "Jeroen kreeg een diagnose: een bipolaire stoornis. Ik was bijna opgelucht. Er was een naam voor. "
            "Maar hij wilde geen behandeling. Hij was volwassen en de hulpverleners mochten mij niets vertellen. "
            "Ik stond buiten, met mijn neus tegen het raam.",
            "Op een avond zag ik een briefje in de bibliotheek over een naastencafé. Ik ben gegaan, met het "
            "gevoel dat ik iets stiekems deed. Er zaten twaalf mensen. Ouders, een zus, een man van een vrouw "
            "met depressie. Ze vertelden verhalen die ik zelf had kunnen vertellen.",
            "> Je kunt niet voor een ander herstellen. Je kunt wel zorgen dat jij overeind blijft.",
            "Dat zei de naastenconsulent die avond. Ik moest er eerst van huilen. Het voelde alsof ik mijn zoon "
            "in de steek moest laten. Later begreep ik dat ze iets anders bedoelde.",
            "Ik leerde grenzen stellen. Ik betaal zijn huur niet meer. Als hij om twee uur 's nachts belt, "
            "luister ik en zeg ik dat ik morgen terugbel. Ik vraag hem wat hij zelf al heeft geprobeerd. Dat "
            "vond hij in het begin vreselijk. Nu belt hij minder in paniek, en vaker gewoon om te praten.",
            "Ik ben ook weer gaan zingen in het koor. Dat had ik tien jaar niet gedaan. Mijn man en ik gaan weer "
            "samen fietsen, en we hebben niet meer elke week ruzie over Jeroen.",
            "Met Jeroen gaat het op en neer. Sinds twee jaar gaat hij naar een psychiater, op eigen initiatief. "
            "Hij heeft een baan in een fietsenwinkel. Ik ben trots op hem, en ik zeg het ook. En ik ben een "
            "beetje trots op mezelf.",
        ],
        "helped": ["Het naastencafé", "Grenzen leren stellen", "Weer tijd voor mijn eigen dingen"],
        "activities": ["naastencafe"],
        "organisations": ["naastenpunt"],
    },
    {
        "title": "Mijn hoofd in de moestuin",
        "author": "pseudonym",
        "name": "Bram",
        "age": "26-64",
        "subregion": "west-friesland-oost",
        "themes": ["dagbesteding", "somberheid"],
        "tags": ["buiten", "werk"],
        "warning": "",
        "intro": "Na een burn-out zat Bram thuis. Werken met zijn handen bracht rust in zijn hoofd, en "
        "uiteindelijk de weg terug naar werk.",
        "paragraphs": [
            "Ik was projectleider bij een bouwbedrijf. Ik werkte zestig uur per week en ik vond dat normaal. Ik "
            "had altijd mijn telefoon bij me, ook op vakantie. Op een maandagochtend zat ik in mijn auto op de "
            "parkeerplaats en kon ik niet uitstappen. Ik heb daar een uur gezeten.",
            "De bedrijfsarts zei: burn-out. Ik moest thuisblijven. Dat klinkt als rust, maar het was het "
            "tegenovergestelde. Ik lag op de bank en mijn hoofd ging maar door. Elke dag leek hetzelfde. Ik "
            "voelde me nutteloos, en mijn vrouw wist niet meer wat ze met me aan moest.",
            "Mijn re-integratiebegeleider stelde voor om een paar ochtenden naar een zorgboerderij te gaan. Ik "
            "vond dat belachelijk. Ik was toch geen patiënt? Maar ik had niets beters te doen.",
            "Op de boerderij kreeg ik een stukje moestuin. Drie bij vier meter, met onkruid tot mijn knieën. De "
            "boer zei: begin maar. Ik heb die eerste ochtend alleen maar onkruid getrokken. Ik dacht aan niets "
            "anders. Dat was jaren niet gebeurd.",
            "Groeien gaat langzaam, net als herstel. Ik plantte bonen en moest weken wachten. Dat was moeilijk "
            "voor iemand die gewend was dat alles morgen af moest. Maar de bonen kwamen, ook zonder dat ik "
            "elke dag ging kijken.",
            "Na drie maanden ging ik vier ochtenden. Ik hielp met een nieuw kippenhok. Ik merkte dat ik het "
            "bouwen miste, maar niet de druk. Met mijn begeleider en mijn werkgever maakten we een plan om "
            "langzaam terug te komen. Eerst twee dagen, in een andere functie, zonder telefoon in het weekend.",
            "Nu werk ik weer vier dagen. Ik ben geen projectleider meer, ik werk als werkvoorbereider. Dat "
            "verdient minder, maar ik slaap goed. Op vrijdag ga ik nog steeds naar de boerderij, nu als "
            "vrijwilliger. Ik heb een nieuwe moestuin. Dit jaar zijn het de beste bonen van de boerderij, zegt "
            "de boer. Ik denk dat hij dat tegen iedereen zegt.",
        ],
        "helped": ["De moestuin", "Buiten zijn zonder doel", "Een werkgever die meedacht"],
        "activities": ["moestuin-de-gaard"],
        "organisations": ["zorgboerderij-de-gaard"],
    },
    {
        "title": "Angst in de supermarkt",
        "author": "anonymous",
        "name": "",
        "age": "26-64",
        "subregion": "alkmaar-dijk-en-waard",
        "themes": ["angst"],
        "tags": ["angst"],
        "warning": "",
        "intro": "Boodschappen doen voelde als een berg. In een online groep werd die berg stap voor stap "
        "kleiner.",
        "paragraphs": [
            "Het gebeurde voor het eerst bij de kassa. Mijn hart ging tekeer, ik kreeg geen lucht en ik dacht "
            "dat ik doodging. Ik liet mijn kar staan en liep weg. Buiten op de parkeerplaats werd het langzaam "
            "minder.",
            "Daarna durfde ik de supermarkt niet meer in. Toen niet meer naar de bakker. Toen niet meer met de "
            "bus. Mijn wereld werd steeds kleiner. Mijn vriend deed de boodschappen. Ik bestelde alles online.",
            "Via de praktijkondersteuner van mijn huisarts hoorde ik van een online lotgenotengroep voor mensen "
            "met angst. Online, dat kon ik wel. Ik hoefde de deur niet uit.",
            "In de groep zaten zes mensen. Eén vrouw durfde al twee jaar niet meer naar haar werk. Een jonge man "
            "kon niet in een lift. We lachten soms om hoe gek angst kan zijn. Dat had ik niet verwacht.",
            "We oefenden in kleine stappen. Eerst naar de deur van de supermarkt lopen en weer weg. Dan naar "
            "binnen, één ding pakken, afrekenen bij de zelfscan. Elke week vertelden we in de groep hoe het was "
            "gegaan. Als het mislukte, zei niemand dat het erg was.",
            "Soms ging het mis. Eén keer stond ik al met een mandje bij de groente en voelde ik het weer "
            "opkomen. Ik ben weggegaan, met het mandje nog in mijn hand. Bij de uitgang heb ik het netjes "
            "teruggezet. In de groep zeiden ze: je bent vijf minuten binnen geweest, dat is langer dan vorige "
            "week. Zo had ik er nog niet naar gekeken.",
            "Ik leerde ademhalingsoefeningen. Vier tellen in, zes tellen uit. Ik doe ze nu nog steeds, in de rij "
            "bij de kassa.",
            "Vorige maand heb ik voor het eerst in drie jaar een volle kar boodschappen gedaan. Ik heb een foto "
            "van de kassabon gestuurd naar de groep. Het is het saaiste bonnetje van de wereld, en ik ben er "
            "heel trots op.",
        ],
        "helped": [
            "Oefenen in kleine stappen",
            "Ademhalingsoefeningen",
            "Een groep waar ik om mezelf kon lachen",
        ],
        "activities": ["online-lotgenotengroep-angst"],
        "organisations": ["zelfregiecentrum-de-kompas"],
    },
    {
        "title": "Weer meedoen, ook online",
        "author": "first_name",
        "name": "Gerda",
        "age": "65+",
        "subregion": "buch",
        "themes": ["digitalisering", "eenzaamheid"],
        "tags": ["digitaal"],
        "warning": "",
        "intro": "Gerda is 78. In het digicafé leerde ze videobellen met haar kleinzoon in Canada.",
        "paragraphs": [
            "Alles ging opeens online. De bank, de huisarts, de gemeente. Ik kreeg brieven waarin stond dat ik "
            "moest inloggen met DigiD. Ik wist niet eens wat dat was. Ik voelde me dom en oud.",
            "Mijn kleinzoon woont in Canada. Mijn dochter zei: mam, je kunt toch gewoon videobellen? Gewoon. Ik "
            "had een telefoon met grote knoppen en verder niets.",
            "Ik ben altijd iemand geweest die alles zelf deed. Mijn man is twaalf jaar geleden overleden en "
            "sindsdien regel ik mijn eigen zaken. Maar nu moest ik voor elke brief van de bank mijn buurman om "
            "hulp vragen. Dat voelde alsof ik een stukje van mezelf kwijtraakte. Ik ging ook minder de deur uit, "
            "want wat had ik nog te vertellen?",
            "In de bibliotheek zag ik een briefje over het digicafé. Op maandagmiddag, gratis, koffie erbij. Ik "
            "heb een tablet gekocht en ben gegaan.",
            "Een jongen van zeventien, Daan, ging naast me zitten. Hij legde het geduldig uit. Tien keer "
            "hetzelfde, en hij zuchtte niet één keer. Ik schreef alles op in een schrift. Dat schrift heb ik nog.",
            "De eerste keer dat ik mijn kleinzoon zag op het scherm, moest ik huilen. Hij was zo groot geworden. "
            "Hij had een snor, stel je voor. Hij lachte om mijn gezicht, dat half buiten beeld was. Daan liet me "
            "zien hoe ik de tablet moest vasthouden.",
            "Daarna leerde ik stap voor stap meer. Mijn bankzaken. Een afspraak maken bij de huisarts. Foto's "
            "bekijken die mijn dochter stuurt. Elke keer dat iets lukte, zette ik een vinkje in mijn schrift.",
            "Nu bel ik elke zondag met mijn kleinzoon. Hij laat me zijn hond zien en de sneeuw in zijn tuin. Ik "
            "betaal mijn rekeningen zelf. En op maandag ga ik nog steeds naar het digicafé. Niet meer omdat ik "
            "hulp nodig heb, maar omdat ik Daan en de anderen graag zie.",
        ],
        "helped": ["Het digicafé", "Geduld van een ander", "Alles opschrijven in een schrift"],
        "activities": ["digicafe"],
        "organisations": ["welzijn-aan-zee"],
    },
    {
        "title": "Wat er thuis gebeurde",
        "author": "anonymous",
        "name": "",
        "age": "18-25",
        "subregion": "den-helder",
        "themes": ["zingeving"],
        "tags": ["jeugd"],
        "warning": "abuse",
        "intro": "Over geweld in het gezin waarin ze opgroeide, en over wat helpt om verder te gaan.",
        "paragraphs": [
            "Thuis was het niet veilig. Mijn vader dronk en als hij dronk, werd hij boos. Op mijn moeder, op "
            "mijn broertje, op mij. Ik leerde heel jong om te horen hoe hij de deur dichtdeed. Daaraan wist ik "
            "hoe de avond zou worden.",
            "Ik praatte er met niemand over. Op school was ik het meisje dat altijd goede cijfers haalde en nooit "
            "lastig was. Niemand vroeg iets. Ik denk ook niet dat ik het had verteld.",
            "Toen ik achttien was, ging ik op kamers. Ik dacht dat het dan over zou zijn. Maar ik sliep slecht, "
            "ik schrok van harde geluiden en ik kon niemand vertrouwen. Als een vriend zijn stem verhief, sloeg "
            "ik dicht.",
            "Een docent van mijn opleiding zag dat het niet goed ging. Ze vroeg of ik met iemand wilde praten. "
            "Via het sociaal wijkteam kwam ik bij een therapeut terecht. Het duurde maanden voordat ik haar "
            "alles kon vertellen. Ze had geduld. Ze zei dat ik het tempo mocht bepalen.",
            "In de therapie leerde ik dat mijn schrikken en mijn wantrouwen niet gek waren. Het waren manieren "
            "om te overleven, die ik als kind nodig had. Nu had ik ze niet meer nodig, maar mijn lijf wist dat "
            "nog niet. Daar oefenen we mee, met ademhaling en met kleine stapjes.",
            "Ik heb ook zelf Veilig Thuis gebeld, over mijn broertje, die nog thuis woonde. Dat was het engste "
            "telefoontje van mijn leven. Er kwam hulp voor het hele gezin. Mijn vader is nu in behandeling. Of "
            "het ooit goed komt tussen ons, weet ik niet.",
            "Nu, jaren later, vertel ik mijn verhaal. Niet om medelijden, maar zodat anderen weten: je bent niet "
            "alleen, en het is niet jouw schuld. Als je thuis niet veilig bent, kun je Veilig Thuis bellen, ook "
            "anoniem.",
        ],
        "helped": ["Veilig Thuis bellen", "Een therapeut die ik vertrouw", "Zelf het tempo bepalen"],
        "activities": [],
        "organisations": ["sociaal-wijkteam-den-helder"],
    },
    {
        "title": "Van deelnemer naar gastvrouw",
        "author": "first_name",
        "name": "Sandra",
        "age": "26-64",
        "subregion": "kop-van-noord-holland",
        "themes": ["zingeving", "dagbesteding"],
        "tags": ["vrijwilligerswerk", "herstel"],
        "warning": "",
        "intro": "Sandra kwam als bezoeker bij de inloop, met trillende handen. Nu zet zij de koffie klaar voor "
        "anderen, en volgde ze de training ervaringsdeskundigheid.",
        "paragraphs": [
            "Vier jaar geleden liep ik voor het eerst binnen bij de inloop in Schagen, met trillende handen. Ik "
            "was net uit een opname gekomen na een zware depressie. Mijn behandelaar had gezegd: zoek structuur. "
            "Ik wist niet wat dat betekende. Ik had geen werk meer, mijn relatie was voorbij en mijn dagen "
            "bestonden uit slapen en tv kijken.",
            "De eerste keer ben ik na tien minuten weer weggegaan. Het was te druk, te veel stemmen. De tweede "
            "keer ben ik bij het raam gaan zitten, met mijn jas aan. Een vrouw kwam naast me zitten en zei: "
            "je mag hier ook gewoon zitten en niets zeggen. Dat heb ik een maand lang gedaan.",
            "Langzaam ging mijn jas uit. Ik ging meedoen met de puzzel op de grote tafel. Ik leerde namen. Ik "
            "hoorde verhalen van mensen die al veel langer kwamen. Een man vertelde dat hij tien jaar lang "
            "dakloos was geweest. Nu regelde hij de boodschappen voor de inloop.",
            "Na een half jaar vroeg de coördinator of ik wilde helpen met de koffie. Ik schrok. Ik, helpen? Ik "
            "kon mezelf amper helpen. Ze zei: je weet precies hoe het is om hier voor het eerst te komen. Dat "
            "weten wij niet meer. Dat zinnetje heeft iets in mij veranderd.",
            "> Mijn slechtste jaren zijn nu iets wat ik kan geven.",
            "Ik begon op dinsdagochtend. Koffie zetten, kopjes afwassen, mensen begroeten. Het was niet veel, "
            "maar ik had iets te doen op dinsdag. Ik zette mijn wekker weer. Ik kocht nieuwe kleren, omdat ik "
            "ergens heen ging.",
            "Er waren ook terugvallen. In de winter van het tweede jaar ging het weer slecht. Ik meldde me drie "
            "weken af. Niemand was boos. Toen ik terugkwam, stond mijn naam nog gewoon op het rooster. Dat "
            "heeft me meer geholpen dan ik kan uitleggen.",
            "Vorig jaar deed ik de basistraining ervaringsdeskundigheid. Acht avonden, met een groep van tien. "
            "We leerden hoe je je eigen verhaal kunt gebruiken zonder dat het over jou gaat. Wanneer vertel je "
            "iets, en wanneer luister je alleen? Hoe bewaak je je eigen grenzen? Ik vond het zwaar. Soms kwam "
            "er oud verdriet naar boven. Maar ik heb mijn certificaat gehaald.",
            "Nu ben ik gastvrouw. Ik zit bij het raam, op de plek waar ik zelf vier jaar geleden zat. Als er "
            "iemand nieuw binnenkomt met zijn jas aan, ga ik ernaast zitten. Ik zeg: je mag hier ook gewoon "
            "zitten en niets zeggen.",
            "Ik doe nu ook de intake voor nieuwe vrijwilligers, samen met de coördinator. Veel mensen denken dat "
            "je eerst helemaal beter moet zijn voordat je iets voor een ander kunt doen. Ik vertel ze dat het "
            "andersom ook kan: dat iets doen voor een ander een deel van je herstel kan zijn.",
            "Het is wel belangrijk om op je eigen energie te letten. Ik werk niet meer dan twee ochtenden. Als "
            "ik merk dat ik slechter slaap, neem ik een week vrij. Dat heb ik in de training geleerd, en ik zeg "
            "het ook tegen de nieuwe vrijwilligers.",
            "Ik herken mezelf in iedereen die voor het eerst komt. En elke keer denk ik: als het bij mij kon, "
            "kan het bij jou ook. Niet op dezelfde manier, en niet even snel. Maar het kan.",
            "Ik heb nog steeds een behandelaar, en medicijnen. Ik ben niet genezen. Maar ik heb weer een leven "
            "waarin ik ertoe doe. Volgend jaar wil ik de training voor het begeleiden van een herstelgroep "
            "doen.",
            "Soms vraagt iemand of ik spijt heb van die slechte jaren. Dat is een moeilijke vraag. Ik had ze "
            "liever niet gehad. Maar zonder die jaren had ik nu niet bij het raam gezeten, naast iemand met zijn "
            "jas nog aan.",
        ],
        "helped": [
            "Mijn ervaring inzetten voor anderen",
            "De training ervaringsdeskundigheid",
            "Een rooster waar mijn naam op bleef staan",
        ],
        "activities": ["inloop-schagen"],
        "organisations": ["sociaal-wijkteam-schagen", "vrijwilligerscentrale-de-kop"],
    },
]
