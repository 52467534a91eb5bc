// The comparison's own "Print handout…" button: it is the window's File › Print handout…
// action (PrintActions), and what it prints holds both letters' sections.

#include "analysis/Analyzer.h"
#include "compare/CompareView.h"
#include "document/DocumentPane.h"
#include "document/DocumentView.h"
#include "print/PrintActions.h"
#include "source/PopplerDocument.h"
#include "spelling/Speller.h"

#include <QAction>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QString kAgenda = QStringLiteral(DIPTYCH_SAMPLES "/003_eafaf4e2d27f033a.txt");
const QString kVerslag = QStringLiteral(DIPTYCH_SAMPLES "/001_76cb035f3064fde5.txt");

QString allText(const PopplerDocument &pdf)
{
    QStringList words;
    for (int page = 0; page < pdf.pageCount(); ++page)
        for (const auto &w : pdf.words(page))
            words << w.text;
    return words.join(QLatin1Char(' '));
}

// Prints the handout preview that is about to open to a PDF at out, then closes it.
void printOpeningPreviewTo(const QString &out, bool *printed)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, out, printed] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(out);
        dialog->findChild<QPrintPreviewWidget *>()->print();
        *printed = true;
        dialog->reject();
        poll->deleteLater();
    });
    poll->start(10);
}

} // namespace

TEST(CompareHandout, theComparisonsButtonPrintsAHandoutWithBothSidesSections)
{
    const QTemporaryDir dir;
    QWidget window;
    CompareView compare(kAgenda, kVerslag, &window);
    for (DocumentPane *pane : {compare.left(), compare.right()}) {
        auto analysis = std::make_shared<Analysis>();
        QString error;
        ASSERT_TRUE(Analyzer(Speller::shared()).analyzeFile(pane->path(), *analysis, error)) << error.toStdString();
        pane->setAnalysis(analysis);
    }
    ASSERT_TRUE(compare.isAligned());
    PrintActions actions(
        &window, nullptr, dir.filePath(QStringLiteral("library.sqlite")), [] { return QString(); },
        [&] { return std::make_pair(compare.left()->path(), compare.right()->path()); });
    compare.setHandoutAction(actions.handoutAction());
    window.show();

    QToolButton *button = compare.findChild<QToolButton *>(QStringLiteral("printHandout"));
    ASSERT_TRUE(button);
    EXPECT_EQ(button, compare.handoutButton());
    EXPECT_TRUE(button->isVisible());
    EXPECT_TRUE(button->isEnabled());
    EXPECT_EQ(button->defaultAction(), actions.handoutAction());
    EXPECT_TRUE(button->text().startsWith(QStringLiteral("Print handout")));

    const QString out = dir.filePath(QStringLiteral("handout.pdf"));
    bool printed = false;
    printOpeningPreviewTo(out, &printed);
    button->click(); // returns when the preview closes
    ASSERT_TRUE(printed);

    const auto pdf = PopplerDocument::open(out);
    ASSERT_TRUE(pdf);
    const QString text = allText(*pdf).simplified();
    for (DocumentPane *pane : {compare.left(), compare.right()}) {
        const AnalysisPtr analysis = pane->analysis();
        ASSERT_TRUE(analysis);
        ASSERT_FALSE(analysis->sections.isEmpty());
        for (const Section &s : analysis->sections)
            EXPECT_TRUE(text.contains(s.title.simplified())) << s.title.toStdString();
    }
}

TEST(CompareHandout, theButtonIsHiddenUntilTheWindowGivesItTheAction)
{
    QWidget window;
    CompareView compare(kAgenda, kVerslag, &window);
    window.show();
    EXPECT_FALSE(compare.handoutButton()->isVisible());
}
