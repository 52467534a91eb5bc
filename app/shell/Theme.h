#pragma once

#include <QObject>
#include <QPalette>

class QSettings;

namespace diptych {

// Light or dark: follows the system, or is chosen (View › Theme), stored in the settings.
// Qt 6.4 has no colour-scheme API yet, so "system" reads the lightness of the platform
// palette's window colour and listens for palette changes. Dark applies Fusion with a
// dark palette. "Keep PDF pages white" decides whether the Pages view inverts the pages.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };

    explicit Theme(QSettings &settings, QObject *parent = nullptr);
    ~Theme() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool keepPagesWhite() const { return m_keepPagesWhite; }
    void setKeepPagesWhite(bool keep);

    bool isDark() const { return m_dark; }
    // What the Pages view should do now: dark theme and pages not kept white.
    bool invertPages() const { return m_dark && !m_keepPagesWhite; }

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);
    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    // The effective look changed: dark on or off, or the page setting.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void updateDark();

    QSettings &m_settings;
    Mode m_mode = Mode::System;
    bool m_keepPagesWhite = true;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace diptych
