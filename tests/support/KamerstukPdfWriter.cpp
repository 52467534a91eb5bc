#include "KamerstukPdfWriter.h"

#include "GuiApp.h"
#include "KamerstukFlow.h"
#include "KamerstukTypesetter.h"
#include "SampleTextPages.h"

#include "SampleTextReader.h"

#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <functional>

namespace diptych::test {

namespace {

using Layout = std::function<QVector<TypePage>(const KamerstukTypesetter &)>;

// QPdfWriter stamps the current time (and a random document id in the XMP metadata).
// Overwrite them with fixed values of the same length, which keeps the xref offsets valid.
void makeDeterministic(QByteArray &pdf)
{
    static const QRegularExpression date(QStringLiteral("\\(D:\\d{14}[^)]*\\)"));
    static const QRegularExpression xmpDate(
        QStringLiteral("(?<=>|\")\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:[+-]\\d\\d:\\d\\d|Z)?(?=<|\")"));
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QString text = QString::fromLatin1(pdf);
    const auto fill = [&text](const QRegularExpression &re, QChar keep) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            for (int i = m.capturedStart(); i < m.capturedEnd(); ++i) {
                if (text[i].isDigit() || (text[i].isLetter() && keep == QLatin1Char('0')))
                    text[i] = keep;
            }
        }
    };
    fill(date, QLatin1Char('0'));
    fill(xmpDate, QLatin1Char('0'));
    fill(uuid, QLatin1Char('0'));
    pdf = text.toLatin1();
}

bool render(const Layout &layout, double bodySize, const QString &pdfPath, QString *error)
{
    ensureGuiApp();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("Diptych test support"));
        writer.setTitle(QStringLiteral("Kamerstuk"));
        const KamerstukTypesetter type(&writer, bodySize);
        const QVector<TypePage> pages = layout(type);
        QPainter painter(&writer);
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            type.paint(painter, pages[i]);
        }
    }
    QByteArray pdf = buffer.data();
    makeDeterministic(pdf);
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        if (error)
            *error = QStringLiteral("cannot write ") + pdfPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

// The body size at which the widest line of the pages fits the text width.
double fittingBodySize(const QVector<TypePage> &pages)
{
    ensureGuiApp();
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setResolution(72);
    const KamerstukTypesetter type(&writer, KamerstukPdfWriter::kBodySize);
    double widest = 0;
    for (const TypePage &page : pages) {
        for (const TypeLine &line : page.body + page.notes)
            widest = std::max(widest, type.width(line));
    }
    const double fit = KamerstukTypesetter::textWidth() / std::max(widest, 1.0);
    return KamerstukPdfWriter::kBodySize * std::min(1.0, fit * 0.99);
}

} // namespace

bool KamerstukPdfWriter::write(const KamerstukSpec &spec, const QString &pdfPath, QString *error)
{
    return render([&spec](const KamerstukTypesetter &type) { return KamerstukFlow::pages(spec, type); }, kBodySize,
                  pdfPath, error);
}

bool KamerstukPdfWriter::fromSampleText(const QString &textPath, const QString &pdfPath, QString *error)
{
    QFile file(textPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read ") + textPath + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const SourceDocument text = SampleTextReader::read(file.readAll(), textPath);
    const QVector<TypePage> pages = SampleTextPages::pages(text);
    return render([&pages](const KamerstukTypesetter &) { return pages; }, fittingBodySize(pages), pdfPath, error);
}

} // namespace diptych::test
