#include "compare/DutchStopWords.h"

#include <QSet>

namespace diptych {

namespace {

// Based on the Snowball Dutch stop list, extended with frequent auxiliaries and
// adverbs of Kamerbrieven. Folded: no accents, lower case.
const char *const kDutch =
    "aan al alle alles als altijd andere ben bij daar daarbij daarnaast dan dat de der deze "
    "die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem "
    "het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij "
    "mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch "
    "toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt "
    "zal ze zelf zich zij zijn zo zonder zou zullen zouden werden waarbij waarin waarmee "
    "hierbij hiermee hierover daarover daarmee daarin tevens verder voorts tijdens deze dergelijke "
    "onder andere ander anders elkaar eerste tweede derde vierde ten ter zoals alsook zowel "
    "echter bovendien mede nader jl mogelijk mogelijke waar welke welk zeer wanneer sinds "
    "inzake aldus gaat gaan komen komt kwamen staat stond vindt vond kunt moeten wordt zijnde "
    "heel hele per via circa etc nr nrs blz";

const char *const kEnglish = "the of and in on for with to an at by from as is are be this that its it or not";

const char *const kMonths = "januari februari maart april mei juni juli augustus september oktober november december "
                            "january february march may june july august october";

QSet<QString> buildList()
{
    QSet<QString> set;
    for (const char *list : {kDutch, kEnglish, kMonths}) {
        const QStringList words = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            set.insert(w);
    }
    return set;
}

} // namespace

bool DutchStopWords::contains(const QString &foldedWord)
{
    static const QSet<QString> list = buildList();
    return list.contains(foldedWord);
}

} // namespace diptych
