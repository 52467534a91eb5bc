#include "spelling/Speller.h"

#include <QFile>
#include <QStringList>

#include <hunspell/hunspell.hxx>

namespace diptych {

namespace {

// Built into diptych_core as a Qt resource (see core/CMakeLists.txt).
const char *const DomainWordList = ":/wordlists/nl-domain.txt";

} // namespace

QString Speller::findDictionary(const QString &language)
{
    QStringList dirs;
    const QByteArray env = qgetenv("DIPTYCH_HUNSPELL_PATH");
    if (!env.isEmpty())
        dirs << QString::fromLocal8Bit(env).split(QLatin1Char(':'));
    dirs << QStringLiteral(DIPTYCH_HUNSPELL_DIRS).split(QLatin1Char(':'));
    for (const QString &dir : dirs) {
        const QString base = dir + QLatin1Char('/') + language;
        if (QFile::exists(base + QStringLiteral(".aff")) && QFile::exists(base + QStringLiteral(".dic")))
            return base;
    }
    return {};
}

Speller::Speller(const QString &affPath, const QString &dicPath)
{
    if (!QFile::exists(affPath) || !QFile::exists(dicPath))
        return;
    m_hunspell =
        std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());
    // nl_NL is UTF-8, but older dictionaries are ISO 8859-1; Hunspell expects the
    // dictionary's own encoding for every word it is given.
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding()).toUpper();
    m_utf8 = encoding.isEmpty() || encoding == QStringLiteral("UTF-8");
}

Speller::~Speller() = default;

Speller &Speller::shared()
{
    // Never destroyed: freeing the dictionary's tables one by one at exit made every quit
    // about 0.1 s longer (QuitBench, issue 14), and the process's memory goes with it anyway.
    // The pointer stays reachable, so leak checkers do not count it.
    static Speller *speller = [] {
        const QString base = findDictionary(QStringLiteral("nl_NL"));
        return new Speller(base + QStringLiteral(".aff"), base + QStringLiteral(".dic"));
    }();
    static const int domainWords = speller->loadWordList(QString::fromLatin1(DomainWordList));
    Q_UNUSED(domainWords);
    return *speller;
}

bool Speller::isLoaded() const { return m_hunspell != nullptr; }

bool Speller::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty())
        return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_hunspell->spell(encode(word));
}

QStringList Speller::suggestions(const QString &word) const
{
    QStringList out;
    if (!m_hunspell || word.isEmpty())
        return out;
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const std::string &s : m_hunspell->suggest(encode(word)))
        out << decode(s);
    return out;
}

void Speller::addWord(const QString &word)
{
    if (!m_hunspell || word.isEmpty())
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_hunspell->add(encode(word));
}

int Speller::loadWordList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    if (!m_hunspell)
        return 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int added = 0;
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const QString &line : lines) {
        const QString entry = line.trimmed();
        if (entry.isEmpty() || entry.startsWith(QLatin1Char('#')))
            continue;
        addLocked(entry);
        ++added;
    }
    return added;
}

void Speller::addLocked(const QString &entry)
{
    const int slash = entry.indexOf(QLatin1Char('/'));
    if (slash > 0 && slash + 1 < entry.size())
        m_hunspell->add_with_affix(encode(entry.left(slash)), encode(entry.mid(slash + 1)));
    else
        m_hunspell->add(encode(entry));
}

std::string Speller::encode(const QString &word) const
{
    const QByteArray bytes = m_utf8 ? word.toUtf8() : word.toLatin1();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString Speller::decode(const std::string &word) const
{
    return m_utf8 ? QString::fromUtf8(word.data(), qsizetype(word.size()))
                  : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

} // namespace diptych
