#include "compare/TermVariants.h"

#include "compare/TextFolding.h"

namespace diptych {

namespace {

struct Entry {
    const char *concept;
    const char *variants; // '|'-separated, written as in the letters (folded on load)
};

// Keep this table about topics of NATO ministerial meetings; a variant that is also a
// common word with another meaning would make unrelated sections meet.
const Entry kTable[] = {
    {"nato", "NAVO|NATO|North Atlantic Treaty Organization|Noord-Atlantische Verdragsorganisatie"},
    {"allies", "bondgenoten|bondgenoot|bondgenootschappelijk|bondgenootschappelijke|allies|ally|allied"},
    {"summit", "top|summit|topbijeenkomst|toppen|summits"},
    {"preview", "vooruitblik|vooruitblikken|voorbespreking|voorbereiding|preview|preparation|aanloop naar"},
    {"nuc", "NATO-Ukraine Council|NATO Ukraine Council|NAVO-Oekraïne Raad|NAVO-Oekraïneraad|NUC"},
    {"nac", "Noord-Atlantische Raad|North Atlantic Council|NAR|NAC"},
    {"fmm", "Foreign Ministers Meeting|Foreign Ministers’ Meeting|FMM|iFMM"},
    {"foreignministers",
     "ministers van Buitenlandse Zaken|minister van Buitenlandse Zaken|foreign ministers|foreign minister"},
    {"ukraine", "Oekraïne|Ukraine|Oekraïens|Oekraïense|Oekraïners|Ukrainian|Ukrainians"},
    {"russia", "Rusland|Russia|Russisch|Russische|Russen|Russian|Russians|Russische Federatie|Russian Federation"},
    {"belarus", "Belarus|Wit-Rusland|Belarusian"},
    {"china", "China|Chinees|Chinese|Volksrepubliek China|People’s Republic of China|PRC"},
    {"iran", "Iran|Iraans|Iraanse|Iranian"},
    {"northkorea", "Noord-Korea|North Korea|DPRK|DVK"},
    {"southkorea", "Zuid-Korea|South Korea|Republic of Korea"},
    {"australia", "Australië|Australia|Australisch|Australische"},
    {"newzealand", "Nieuw-Zeeland|New Zealand"},
    {"japan", "Japan|Japans|Japanse|Japanese"},
    {"sweden", "Zweden|Sweden|Zweeds|Zweedse|Swedish"},
    {"finland", "Finland|Fins|Finse|Finnish"},
    {"turkey", "Turkije|Türkiye|Turkey|Turks|Turkse"},
    {"georgia", "Georgië|Georgia"},
    {"moldova", "Moldavië|Moldova"},
    {"serbia", "Servië|Serbia|Servisch|Servische|Serbian"},
    {"bosnia", "Bosnië|Bosnia|Bosnië en Herzegovina|Bosnia and Herzegovina|Bosnia-Herzegovina"},
    {"israel", "Israël|Israel|Israëlisch|Israëlische|Israeli"},
    {"us", "Verenigde Staten|United States|VS|USA|Amerikaans|Amerikaanse|American"},
    {"eu", "EU|Europese Unie|European Union"},
    {"un", "VN|Verenigde Naties|United Nations|UN"},
    {"indopacific", "Indo-Pacific|Indo-Pacifisch|Indo-Pacifische|Indo-Pacifisch gebied|Indo-Pacific "
                    "region|Asia-Pacific|Azië-Pacific|AP4|IP4"},
    {"westernbalkans", "Westelijke Balkan|Western Balkans|Western Balkan|Balkan|Balkans"},
    {"middleeast", "Midden-Oosten|Middle East|Nabije Oosten|Near East"},
    {"northafrica", "Noord-Afrika|North Africa|MENA"},
    {"southflank", "zuidflank|zuidelijke flank|southern flank|southern neighbourhood|southern neighborhood|zuidelijke "
                   "nabuurschap|zuidelijk nabuurschap|zuidelijke buurlanden"},
    {"eastflank", "oostflank|oostelijke flank|eastern flank"},
    {"defencespending",
     "defensie-uitgaven|defensieuitgaven|defensiebudget|defensiebudgetten|burden "
     "sharing|burdensharing|lastenverdeling|defence spending|defense spending|defence expenditure|defense "
     "expenditure|Defence Investment Pledge|Defense Investment Pledge|Investment Pledge|DIP|tweeprocentsnorm"},
    {"defenceindustry", "defensie-industrie|defensieindustrie|defence industry|defense industry|defence "
                        "industrial|defense industrial|defence production|defense production|defensieproductie"},
    {"defence", "defensie|defence|defense|verdediging"},
    {"deterrence", "afschrikking|deterrence|afschrikken|deter"},
    {"airdefence", "luchtverdediging|air defence|air defense|luchtafweer"},
    {"ammunition", "munitie|ammunition|munition|munitions"},
    {"hybrid", "hybride dreigingen|hybride dreiging|hybrid threats|hybrid threat"},
    {"cyber", "cyber|cyberdreigingen|cyber threats|cyberaanvallen|cyber attacks"},
    {"terrorism", "terrorisme|terrorism|terrorismebestrijding|counter-terrorism|contraterrorisme"},
    {"resilience", "weerbaarheid|resilience|veerkracht"},
    {"armscontrol", "wapenbeheersing|arms control|ontwapening|disarmament"},
    {"nonproliferation", "non-proliferatie|non-proliferation|nonproliferatie"},
    {"climate", "klimaat|climate|klimaatverandering|climate change"},
    {"migration", "migratie|migration"},
    {"partnership", "partnerschap|partnerschappen|partnership|partnerships"},
    {"partners", "partners|partner|partnerlanden|partner countries"},
    {"accession", "toetreding|accession|lidmaatschap|membership|NAVO-lidmaatschap|open deur|open door"},
    {"secretarygeneral", "secretaris-generaal|Secretary General|Secretary-General|SG"},
    {"strategicconcept", "strategisch concept|Strategic Concept"},
    {"transatlantic", "trans-Atlantisch|trans-Atlantische|transatlantisch|transatlantische|transatlantic|trans-"
                      "Atlantic|Euro-Atlantisch|Euro-Atlantische|Euro-Atlantic"},
    {"council", "raad|council"},
    {"meeting", "bijeenkomst|vergadering|overleg|meeting"},
    {"session", "sessie|werksessie|working session|session"},
};

QString joined(const QStringList &words, int from, int count)
{
    QString s;
    for (int i = from; i < from + count; ++i)
        s += words.at(i);
    return s;
}

} // namespace

const TermVariants &TermVariants::shared()
{
    static const TermVariants table;
    return table;
}

TermVariants::TermVariants()
{
    for (const Entry &e : kTable)
        add(QString::fromLatin1(e.concept), QString::fromUtf8(e.variants));
}

void TermVariants::add(const QString &concept, const QString &variants)
{
    const QString term = QLatin1Char('=') + concept;
    for (const QString &variant : variants.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QStringList words = TextFolding::words(variant);
        if (words.isEmpty())
            continue;
        m_conceptByJoined.insert(words.join(QString()), term);
        // Text may split a variant further than the table does ("Indo-Pacifisch gebied" in
        // three words, "burden sharing" in two).
        m_maxWords = qMax(m_maxWords, int(words.size()) + 1);
    }
}

QStringList TermVariants::canonicalize(const QStringList &foldedWords) const
{
    QStringList out;
    for (int i = 0; i < foldedWords.size();) {
        int matched = 0;
        for (int n = qMin(m_maxWords, int(foldedWords.size()) - i); n >= 1 && !matched; --n) {
            const auto it = m_conceptByJoined.constFind(joined(foldedWords, i, n));
            if (it != m_conceptByJoined.constEnd()) {
                out << it.value();
                matched = n;
            }
        }
        if (!matched) {
            out << foldedWords.at(i);
            matched = 1;
        }
        i += matched;
    }
    return out;
}

bool TermVariants::isConcept(const QString &term) { return term.startsWith(QLatin1Char('=')); }

} // namespace diptych
