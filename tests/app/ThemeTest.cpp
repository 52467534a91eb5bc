#include "PagesFixture.h"

#include "shell/Theme.h"

#include <QAction>
#include <QApplication>
#include <QTextCursor>
#include <QTextDocument>

using namespace diptych;
using diptych::test::PagesFixture;
using diptych::test::sample;

namespace {

// Colour of the first heading's text as the reading view draws it.
QColor headingColour(DocumentView *view)
{
    const AnalysisPtr analysis = view->analysis();
    QTextCursor c(view->document());
    c.setPosition(view->documentPosition(analysis->sections.first().at.start) + 1);
    return c.charFormat().foreground().color();
}

// Lightness of the page at a point a little inside its top-left corner (page margin).
int marginLightness(PdfView *view)
{
    const QImage shot = view->viewport()->grab().toImage();
    const QPoint at = view->pageViewportRect(view->currentPage()).topLeft() + QPoint(12, 12);
    return QColor(shot.pixel(at * shot.devicePixelRatio())).lightness();
}

// Share of the viewport's pixels lighter than mid grey (text on an inverted page).
double lightShare(PdfView *view)
{
    const QImage shot = view->viewport()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    qint64 light = 0;
    for (int y = 0; y < shot.height(); ++y) {
        const uchar *line = shot.constScanLine(y);
        for (int x = 0; x < shot.width(); ++x)
            light += line[x] > 150;
    }
    return double(light) / (qint64(shot.width()) * shot.height());
}

class ThemeTest : public PagesFixture
{
protected:
    void TearDown() override
    {
        // The palette is the process's: the next test starts from the system look.
        if (window())
            window()->theme()->setMode(Theme::Mode::System);
        PagesFixture::TearDown();
    }
};

} // namespace

TEST_F(ThemeTest, theDarkThemeDarkensThePaletteAndTheReadingTextAndIsKeptForTheNextStart)
{
    DocumentPane *pane = window()->openDocument(sample("001_76cb035f3064fde5.txt"));
    ASSERT_TRUE(settle());
    ASSERT_FALSE(pane->analysis()->sections.isEmpty()) << "the letter has headings to look at";
    Theme *theme = window()->theme();
    theme->setMode(Theme::Mode::Light);
    EXPECT_FALSE(theme->isDark());
    EXPECT_FALSE(Theme::isDarkPalette(QApplication::palette()));
    EXPECT_LT(headingColour(pane->view()).lightness(), 100);

    auto *dark = window()->findChild<QAction *>(QStringLiteral("theme-dark"));
    ASSERT_NE(dark, nullptr);
    dark->trigger();
    EXPECT_TRUE(theme->isDark());
    EXPECT_TRUE(Theme::isDarkPalette(QApplication::palette()));
    // Widgets take the application palette from a posted event.
    EXPECT_TRUE(QTest::qWaitFor([&] { return pane->view()->palette().color(QPalette::Base).lightness() < 80; }, 5000));
    EXPECT_GT(headingColour(pane->view()).lightness(), 150); // light headings on dark paper
    EXPECT_EQ(m_settings->value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

    window()->close();
    startApp();
    ASSERT_TRUE(settle());
    EXPECT_EQ(window()->theme()->mode(), Theme::Mode::Dark);
    EXPECT_TRUE(Theme::isDarkPalette(QApplication::palette()));
    window()->findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
    EXPECT_FALSE(Theme::isDarkPalette(QApplication::palette()));
    EXPECT_EQ(m_settings->value(QStringLiteral("view/theme")).toString(), QStringLiteral("light"));
}

TEST_F(ThemeTest, pdfPagesStayWhiteInTheDarkThemeUnlessThePageSettingIsOff)
{
    DocumentPane *pane = openPdf("001_76cb035f3064fde5.txt");
    ASSERT_NE(pane, nullptr);
    PdfView *pages = pane->pdfView();
    Theme *theme = window()->theme();
    theme->setMode(Theme::Mode::Dark);
    ASSERT_TRUE(theme->keepPagesWhite()); // the default
    EXPECT_FALSE(pages->invertPages());
    QTest::qWait(50);
    EXPECT_GT(marginLightness(pages), 240);

    auto *keepWhite = window()->findChild<QAction *>(QStringLiteral("keepPagesWhite"));
    ASSERT_NE(keepWhite, nullptr);
    keepWhite->trigger();
    EXPECT_FALSE(theme->keepPagesWhite());
    EXPECT_FALSE(m_settings->value(QStringLiteral("view/keepPagesWhite")).toBool());
    EXPECT_TRUE(pages->invertPages());
    EXPECT_TRUE(QTest::qWaitFor([&] { return marginLightness(pages) < 60; }, 10000));
    // The text is still there, light on dark, once the inverted page is rendered.
    EXPECT_TRUE(QTest::qWaitFor([&] { return lightShare(pages) > 0.002; }, 10000)) << lightShare(pages);

    keepWhite->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return marginLightness(pages) > 240; }, 10000));
    theme->setMode(Theme::Mode::Light);
    theme->setKeepPagesWhite(false);
    EXPECT_FALSE(pages->invertPages()); // light theme: pages as printed
}
