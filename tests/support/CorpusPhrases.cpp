#include "CorpusPhrases.h"

namespace diptych::test {

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

CorpusTopic topic(std::initializer_list<const char *> headings, std::initializer_list<const char *> subjects,
                  std::initializer_list<const char *> claims, std::initializer_list<const char *> actions,
                  int from = 2000, int to = 2025)
{
    return CorpusTopic{L(headings), L(subjects), L(claims), L(actions), from, to};
}

QVector<CorpusTopic> makeTopics()
{
    return {
        topic({"Oekraïne", "Steun aan Oekraïne"},
              {"de steun aan Oekraïne", "de militaire steun aan Oekraïne op de lange termijn",
               "de Euro-Atlantische aspiraties van Oekraïne", "de hervormingsinspanningen van Oekraïne",
               "de levering van luchtverdediging en munitie aan Oekraïne"},
              {"de steun aan Oekraïne onverminderd moet worden voortgezet",
               "Oekraïne zich moet kunnen verdedigen tegen de Russische agressie",
               "de toekomst van Oekraïne in de Euro-Atlantische gemeenschap ligt"},
              {"hun militaire steun aan Oekraïne verder te intensiveren",
               "de levering van luchtverdedigingsmiddelen te versnellen"},
              2014, 2025),
        topic({"Rusland", "Relatie met Rusland"},
              {"de relatie met Rusland", "de dreiging die uitgaat van Rusland",
               "de Russische militaire activiteiten aan de oostflank", "de bondgenootschappelijke afschrikking"},
              {"eenheid binnen het bondgenootschap essentieel blijft",
               "afschrikking en verdediging geloofwaardig moeten blijven",
               "de dialoog met Rusland alleen zin heeft als daar concrete resultaten tegenover staan"},
              {"de collectieve afschrikking verder te versterken", "de eenheid binnen het bondgenootschap te bewaren"}),
        topic({"China en de Indo-Pacific", "China"},
              {"de uitdagingen die voortvloeien uit een assertiever China", "de samenwerking tussen Rusland en China",
               "de kwetsbaarheden van kritieke infrastructuur"},
              {"bondgenoten de dialoog met China moeten blijven zoeken waar dat mogelijk is",
               "de afhankelijkheid van China in kritieke sectoren moet worden verminderd"},
              {"de weerbaarheid tegen economische dwang te vergroten"}, 2019, 2025),
        topic({"Partners in de Indo-Pacific", "Indo-Pacific"},
              {"de samenwerking met Australië, Japan, Nieuw-Zeeland en Zuid-Korea",
               "de gedeelde veiligheidsuitdagingen in de Indo-Pacific"},
              {"de veiligheid van het Euro-Atlantisch gebied en de Indo-Pacific met elkaar verbonden is"},
              {"de praktische samenwerking met partners in de Indo-Pacific te verdiepen"}, 2020, 2025),
        topic({"Westelijke Balkan", "Kosovo"},
              {"de situatie in Kosovo", "de stabiliteit in de Westelijke Balkan", "de bijdrage aan KFOR",
               "de dialoog tussen Belgrado en Pristina"},
              {"de NAVO een belangrijke rol blijft spelen voor de stabiliteit in de regio",
               "beide partijen zich volledig moeten inzetten voor de dialoog"},
              {"de samenwerking met de EU in de regio te versterken"}),
        topic({"Burden sharing", "Burden-sharing", "Defensie-uitgaven (burden sharing)"},
              {"de defensie-uitgaven van bondgenoten",
               "een eerlijke verdeling van de lasten binnen het bondgenootschap",
               "de afspraak om ten minste 2% van het bbp aan defensie te besteden"},
              {"alle bondgenoten hun gemeenschappelijke verdediging op orde moeten hebben",
               "een serieuze financiële inspanning van iedere bondgenoot nodig is"},
              {"de afspraken over defensie-uitgaven na te komen"}, 2006, 2025),
        topic({"Defensie-industrie", "Defensie-industrie en productiecapaciteit"},
              {"het versterken van de defensie-industrie", "de productiecapaciteit voor munitie",
               "het Defence Production Action Plan"},
              {"de instrumenten van NAVO en EU zo complementair mogelijk moeten zijn"},
              {"de productiecapaciteit van de defensie-industrie op te schalen"}, 2022, 2025),
        topic({"Afghanistan"},
              {"de situatie in Afghanistan", "de bijdrage van bondgenoten aan de missie in Afghanistan",
               "de opbouw van de Afghaanse veiligheidssector"},
              {"een duurzame politieke oplossing de enige weg naar stabiliteit is"},
              {"de Afghaanse veiligheidstroepen te blijven ondersteunen"}, 2001, 2021),
        topic({"Terrorismebestrijding", "Bestrijding van terrorisme"},
              {"de bestrijding van terrorisme", "de rol van de NAVO in de strijd tegen terrorisme"},
              {"de NAVO een aanvullende rol heeft naast nationale inspanningen"},
              {"informatie-uitwisseling tussen bondgenoten te verbeteren"}, 2001, 2025),
        topic({"De NAVO-zuidflank", "Midden-Oosten en Noord-Afrika"},
              {"de veiligheidssituatie in het Midden-Oosten en Noord-Afrika",
               "de relatie met de zuidelijke buurregio’s", "de dialoog met partners in de Sahel"},
              {"instabiliteit aan de zuidflank directe gevolgen heeft voor de veiligheid van Europa"},
              {"de politieke dialoog met de landen in de regio te intensiveren"}, 2015, 2025),
        topic({"Open Deur-beleid", "NAVO-uitbreiding"},
              {"het Open Deur-beleid van de NAVO", "de toetreding van nieuwe bondgenoten",
               "de voortgang van de kandidaat-lidstaten"},
              {"het Open Deur-beleid een succes van het bondgenootschap is",
               "toetreding alleen mogelijk is wanneer aan de voorwaarden is voldaan"},
              {"de ratificatie van de toetredingsprotocollen spoedig af te ronden"}),
        topic({"Cyber en hybride dreigingen", "Hybride dreigingen"},
              {"hybride dreigingen", "de weerbaarheid van bondgenoten", "cyberaanvallen op vitale infrastructuur"},
              {"weerbaarheid in de eerste plaats een nationale verantwoordelijkheid is"},
              {"de weerbaarheid tegen hybride dreigingen te versterken"}, 2014, 2025),
        topic({"Raketverdediging"},
              {"de ontwikkeling van raketverdediging", "de bijdrage van bondgenoten aan raketverdediging"},
              {"raketverdediging een aanvulling is op de nucleaire afschrikking"},
              {"de samenwerking op het gebied van raketverdediging voort te zetten"}, 2008, 2013),
        topic({"Samenwerking tussen NAVO en EU", "NAVO-EU samenwerking"},
              {"de samenwerking tussen de NAVO en de Europese Unie",
               "de uitvoering van de gezamenlijke verklaringen van NAVO en EU"},
              {"NAVO en EU elkaar moeten versterken en duplicatie moeten voorkomen"},
              {"de samenwerking met de EU verder te verdiepen"}, 2002, 2025),
        topic({"Wapenbeheersing en non-proliferatie"},
              {"wapenbeheersing en non-proliferatie", "de toekomst van de wapenbeheersingsverdragen"},
              {"wapenbeheersing een wezenlijk onderdeel van het veiligheidsbeleid blijft"},
              {"het gesprek over wapenbeheersing gaande te houden"}),
        topic({"NAVO-missie in Irak", "Irak"}, {"de trainingsmissie in Irak", "de bijdrage aan de NAVO-missie in Irak"},
              {"de missie bijdraagt aan de stabiliteit in Irak"},
              {"de Iraakse veiligheidsinstituties te blijven steunen"}, 2004, 2025),
        topic({"Klimaat en veiligheid"},
              {"de gevolgen van klimaatverandering voor de veiligheid", "de vergroening van de krijgsmacht"},
              {"klimaatverandering een vermenigvuldiger van dreigingen is"},
              {"klimaat een vaste plaats te geven in de planning van de NAVO"}, 2021, 2025),
    };
}

} // namespace

const QVector<CorpusTopic> &CorpusPhrases::topics()
{
    static const QVector<CorpusTopic> topics = makeTopics();
    return topics;
}

const QVector<CorpusSummit> &CorpusPhrases::summits()
{
    static const QVector<CorpusSummit> summits = {
        {QStringLiteral("Washington"), QDate(1999, 4, 23), QDate(1999, 4, 25)},
        {QStringLiteral("Praag"), QDate(2002, 11, 21), QDate(2002, 11, 22)},
        {QStringLiteral("Istanbul"), QDate(2004, 6, 28), QDate(2004, 6, 29)},
        {QStringLiteral("Riga"), QDate(2006, 11, 28), QDate(2006, 11, 29)},
        {QStringLiteral("Boekarest"), QDate(2008, 4, 2), QDate(2008, 4, 4)},
        {QStringLiteral("Straatsburg en Kehl"), QDate(2009, 4, 3), QDate(2009, 4, 4)},
        {QStringLiteral("Lissabon"), QDate(2010, 11, 19), QDate(2010, 11, 20)},
        {QStringLiteral("Chicago"), QDate(2012, 5, 20), QDate(2012, 5, 21)},
        {QStringLiteral("Wales"), QDate(2014, 9, 4), QDate(2014, 9, 5)},
        {QStringLiteral("Warschau"), QDate(2016, 7, 8), QDate(2016, 7, 9)},
        {QStringLiteral("Brussel"), QDate(2018, 7, 11), QDate(2018, 7, 12)},
        {QStringLiteral("Londen"), QDate(2019, 12, 3), QDate(2019, 12, 4)},
        {QStringLiteral("Brussel"), QDate(2021, 6, 14), QDate(2021, 6, 14)},
        {QStringLiteral("Madrid"), QDate(2022, 6, 28), QDate(2022, 6, 30)},
        {QStringLiteral("Vilnius"), QDate(2023, 7, 11), QDate(2023, 7, 12)},
        {QStringLiteral("Washington D.C."), QDate(2024, 7, 9), QDate(2024, 7, 11)},
        {QStringLiteral("Den Haag"), QDate(2025, 6, 24), QDate(2025, 6, 25)},
        {QStringLiteral("Ankara"), QDate(2026, 7, 7), QDate(2026, 7, 8)},
    };
    return summits;
}

const QVector<CorpusMinister> &CorpusPhrases::ministers()
{
    static const QVector<CorpusMinister> ministers = {
        {QStringLiteral("J.J. van Aartsen"), QDate(1998, 8, 3)},
        {QStringLiteral("J.G. de Hoop Scheffer"), QDate(2002, 7, 22)},
        {QStringLiteral("B.R. Bot"), QDate(2003, 12, 3)},
        {QStringLiteral("M.J.M. Verhagen"), QDate(2007, 2, 22)},
        {QStringLiteral("U. Rosenthal"), QDate(2010, 10, 14)},
        {QStringLiteral("F.C.G.M. Timmermans"), QDate(2012, 11, 5)},
        {QStringLiteral("A.G. Koenders"), QDate(2014, 10, 17)},
        {QStringLiteral("H. Zijlstra"), QDate(2017, 10, 26)},
        {QStringLiteral("S.A. Blok"), QDate(2018, 3, 7)},
        {QStringLiteral("W.B. Hoekstra"), QDate(2022, 1, 10)},
        {QStringLiteral("Hanke Bruins Slot"), QDate(2023, 9, 5)},
        {QStringLiteral("Caspar Veldkamp"), QDate(2024, 7, 2)},
    };
    return ministers;
}

QString CorpusPhrases::ministerOn(const QDate &date)
{
    QString name = ministers().first().signature;
    for (const CorpusMinister &m : ministers()) {
        if (m.from <= date)
            name = m.signature;
    }
    return name;
}

const QStringList &CorpusPhrases::hostCities()
{
    static const QStringList cities =
        L({"Praag", "Oslo", "Berlijn", "Antalya", "Dubrovnik", "Tallinn", "Boedapest", "Vilnius", "Bratislava", "Sofia",
           "Lissabon", "Kopenhagen", "Riga", "Helsinki", "Warschau", "Athene"});
    return cities;
}

const QStringList &CorpusPhrases::sessionTitles()
{
    static const QStringList titles =
        L({"Vooruitblik op de NAVO-top in %1", "Afschrikking en verdediging", "Partnerschappen van de NAVO",
           "Operaties en missies", "Bijeenkomst met de EU en partners", "Voorbereiding van de top in %1",
           "Veiligheidssituatie aan de zuidflank", "Overleg over de Westelijke Balkan"});
    return titles;
}

const QStringList &CorpusPhrases::futureSentences()
{
    static const QStringList sentences = L({
        "De ministers zullen naar verwachting spreken over {s}.",
        "Tijdens deze sessie zal worden gesproken over {s}.",
        "Bondgenoten zullen {s} bespreken.",
        "Het kabinet zal tijdens de bijeenkomst het belang onderstrepen van {s}.",
        "Nederland zal benadrukken dat {c}.",
        "Naar verwachting komt ook {s} aan bod.",
        "Nederland zal bondgenoten oproepen om {a}.",
        "De secretaris-generaal zal de ministers informeren over {s}.",
        "Het kabinet zal daarbij uitdragen dat {c}.",
        "Ook zullen de ministers stilstaan bij {s}.",
    });
    return sentences;
}

const QStringList &CorpusPhrases::pastSentences()
{
    static const QStringList sentences = L({
        "Bondgenoten spraken over {s}.",
        "De ministers spraken uitgebreid over {s}.",
        "Tijdens deze sessie werd gesproken over {s}.",
        "Nederland benadrukte dat {c}.",
        "De minister van Buitenlandse Zaken onderstreepte het belang van {s}.",
        "Bondgenoten herbevestigden dat {c}.",
        "Nederland riep bondgenoten op om {a}.",
        "De secretaris-generaal informeerde de ministers over {s}.",
        "Ook stonden de ministers stil bij {s}.",
        "Meerdere bondgenoten wezen erop dat {c}.",
    });
    return sentences;
}

const QStringList &CorpusPhrases::neutralSentences()
{
    static const QStringList sentences = L({
        "Het kabinet hecht groot belang aan {s}.",
        "Het kabinet is van mening dat {c}.",
        "Nederland blijft zich inzetten voor {s}.",
        "In dat kader is het van belang dat bondgenoten bereid zijn om {a}.",
        "Het kabinet steunt de inspanningen van bondgenoten om {a}.",
    });
    return sentences;
}

const QStringList &CorpusPhrases::futureRemarks()
{
    static const QStringList sentences = L({
        "Over de uitkomsten van de bespreking zal het kabinet uw Kamer in het verslag informeren.",
        "Besluitvorming wordt tijdens deze bijeenkomst niet verwacht.",
        "De precieze invulling van de agenda is op het moment van schrijven nog niet bekend.",
        "Naar verwachting zal de secretaris-generaal hierover na afloop een persconferentie geven.",
        "Het kabinet zal hierbij aansluiten bij de lijn die uw Kamer eerder is toegezonden.",
        "Ook Zweden en Finland zullen aan dit deel van de bijeenkomst deelnemen.",
    });
    return sentences;
}

const QStringList &CorpusPhrases::pastRemarks()
{
    static const QStringList sentences = L({
        "Er werden over dit onderwerp geen besluiten genomen.",
        "De bespreking verliep in een constructieve sfeer.",
        "De secretaris-generaal gaf hierover na afloop een persconferentie.",
        "Het kabinet zal uw Kamer informeren zodra er meer bekend is.",
        "Verschillende bondgenoten sloten zich bij deze oproep aan.",
        "Hierover bestond brede overeenstemming onder bondgenoten.",
    });
    return sentences;
}

const QStringList &CorpusPhrases::memberNames()
{
    static const QStringList names =
        L({"Paternotte en Brekelmans", "Sjoerdsma", "Van Helvert", "Ten Broeke", "Koopmans en Belhaj", "Boswijk",
           "Piri", "Omtzigt", "Knops en Vuijk", "Dassen"});
    return names;
}

const QStringList &CorpusPhrases::monthNames()
{
    static const QStringList months = L({"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                         "september", "oktober", "november", "december"});
    return months;
}

const QStringList &CorpusPhrases::dayNames()
{
    static const QStringList days = L({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"});
    return days;
}

} // namespace diptych::test
