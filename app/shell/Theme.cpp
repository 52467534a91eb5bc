#include "shell/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace diptych {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");
const QString kKeepWhiteKey = QStringLiteral("view/keepPagesWhite");
const QString kFusion = QStringLiteral("Fusion");

// The style the platform gave us, before any theme replaced it: what System and Light go
// back to. Taken once per process, since themes come and go with the windows.
QString platformStyleName()
{
    static const QString name = QApplication::style() ? QApplication::style()->name() : kFusion;
    return name;
}

void useStyle(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

Theme::Theme(QSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    platformStyleName();
    m_mode = modeFromName(settings.value(kThemeKey).toString());
    m_keepPagesWhite = settings.value(kKeepWhiteKey, true).toBool();
    qApp->installEventFilter(this);
    apply();
}

Theme::~Theme()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

void Theme::setMode(Mode mode)
{
    m_settings.setValue(kThemeKey, modeName(mode));
    if (mode == m_mode)
        return;
    m_mode = mode;
    apply();
}

void Theme::setKeepPagesWhite(bool keep)
{
    m_settings.setValue(kKeepWhiteKey, keep);
    if (keep == m_keepPagesWhite)
        return;
    m_keepPagesWhite = keep;
    Q_EMIT changed();
}

bool Theme::isDarkPalette(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabled(0x7d, 0x82, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xb6, 0xf2));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// System: the platform's own style and palette (a palette with nothing set resolves to
// the platform's). Light on a dark desktop: the platform style's standard (light) palette.
void Theme::apply()
{
    m_applying = true;
    if (m_mode == Mode::Dark) {
        useStyle(kFusion);
        QApplication::setPalette(darkPalette());
    } else {
        useStyle(platformStyleName());
        QApplication::setPalette(m_mode == Mode::Light ? QApplication::style()->standardPalette() : QPalette());
    }
    m_applying = false;
    updateDark();
}

void Theme::updateDark()
{
    const bool dark = isDarkPalette(QApplication::palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT changed();
}

// The desktop switched between light and dark while we follow it.
bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying)
        updateDark();
    return QObject::eventFilter(watched, event);
}

} // namespace diptych
