#include "spelling/Speller.h"

#include <QFile>
#include <QStringList>

#include <hunspell/hunspell.hxx>

namespace diptych {

namespace {

// Finds nl_NL.aff/.dic in the usual dictionary folders; DIPTYCH_HUNSPELL_PATH overrides.
QString findDictionary(const QString &name)
{
    QStringList dirs;
    const QByteArray env = qgetenv("DIPTYCH_HUNSPELL_PATH");
    if (!env.isEmpty())
        dirs << QString::fromLocal8Bit(env).split(QLatin1Char(':'));
    dirs << QStringLiteral(DIPTYCH_HUNSPELL_DIRS).split(QLatin1Char(':'));
    for (const QString &dir : dirs) {
        const QString base = dir + QLatin1Char('/') + name;
        if (QFile::exists(base + QStringLiteral(".aff")) && QFile::exists(base + QStringLiteral(".dic")))
            return base;
    }
    return {};
}

} // namespace

Speller::Speller(const QString &affPath, const QString &dicPath)
{
    if (QFile::exists(affPath) && QFile::exists(dicPath))
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                                QFile::encodeName(dicPath).constData());
}

Speller::~Speller() = default;

Speller &Speller::shared()
{
    static const QString base = findDictionary(QStringLiteral("nl_NL"));
    static Speller speller(base + QStringLiteral(".aff"), base + QStringLiteral(".dic"));
    return speller;
}

bool Speller::isLoaded() const
{
    return m_hunspell != nullptr;
}

bool Speller::isCorrect(const QString &word) const
{
    if (!m_hunspell)
        return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hunspell->spell(word.toStdString());
}

QStringList Speller::suggestions(const QString &word) const
{
    QStringList out;
    if (!m_hunspell)
        return out;
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const std::string &s : m_hunspell->suggest(word.toStdString()))
        out << QString::fromStdString(s);
    return out;
}

void Speller::addWord(const QString &word)
{
    if (!m_hunspell)
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_hunspell->add(word.toStdString());
}

} // namespace diptych
