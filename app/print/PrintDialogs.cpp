#include "print/PrintDialogs.h"

#include "print/ComparisonHandout.h"
#include "print/PrintDocument.h"
#include "print/PrintOptionsWidget.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QVBoxLayout>

namespace diptych {

namespace {

// The page range the user chose in the print dialog, in the pages the reader sees.
void applyRange(const QPrinter &printer, PrintOptions &options)
{
    if (printer.printRange() != QPrinter::PageRange)
        return;
    options.firstPage = printer.fromPage();
    options.lastPage = printer.toPage();
}

class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};

} // namespace

PrintDialogs::PrintDialogs(const AnalysisService *analyses, const QString &databasePath)
    : m_analyses(analyses), m_databasePath(databasePath)
{
}

std::unique_ptr<PrintDocument> PrintDialogs::load(QWidget *parent, const QString &path) const
{
    QString error;
    BusyCursor busy;
    auto doc = PrintDocument::load(path, m_analyses, m_databasePath, &error);
    if (!doc)
        QMessageBox::warning(parent, tr("Print"),
                             tr("%1 cannot be printed: %2").arg(QFileInfo(path).fileName(), error));
    return doc;
}

bool PrintDialogs::paint(const PrintDocument &doc, PrintOptions options, QPrinter *printer, QString *error)
{
    // The preview records pages with its own paint engine; paper gets the vectors.
    const bool preview = printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture;
    PageImages *images = preview ? doc.previewImages() : nullptr;
    if (preview && !images)
        options.rasterDpi = PrintDocument::kPreviewDpi;
    BusyCursor busy;
    return doc.printer(options, images)->print(*printer, error);
}

void PrintDialogs::connectPreview(QPrintPreviewWidget *preview, const PrintDocument &doc,
                                  std::function<PrintOptions()> options)
{
    QObject::connect(preview, &QPrintPreviewWidget::paintRequested, preview,
                     [&doc, options](QPrinter *p) { paint(doc, options(), p); });
    if (PageImages *images = doc.previewImages())
        QObject::connect(images, &PageImages::completed, preview, &QPrintPreviewWidget::updatePreview);
}

void PrintDialogs::print(QWidget *parent, const QString &path)
{
    const auto doc = load(parent, path);
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->analysis().title);
    QPrintDialog dialog(&printer, parent);
    auto *options = new PrintOptionsWidget;
    options->setOptions(m_last);
    dialog.setOptionTabs({options});
    dialog.setMinMax(1, qMax(1, doc->pageCount()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_last = options->options();
    PrintOptions chosen = m_last;
    applyRange(printer, chosen);
    QString error;
    if (!paint(*doc, chosen, &printer, &error))
        QMessageBox::warning(parent, tr("Print"), error);
}

void PrintDialogs::preview(QWidget *parent, const QString &path)
{
    const auto doc = load(parent, path);
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(doc->analysis().title));
    auto *options = new PrintOptionsWidget(&dialog);
    options->setOptions(m_last);
    dialog.layout()->addWidget(options);
    auto *widget = dialog.findChild<QPrintPreviewWidget *>();
    Q_ASSERT(widget); // QPrintPreviewDialog makes its widget in its constructor
    connectPreview(widget, *doc, [options] { return options->options(); });
    QObject::connect(options, &PrintOptionsWidget::changed, widget, &QPrintPreviewWidget::updatePreview);
    dialog.resize(900, 1000);
    dialog.exec();
    m_last = options->options();
}

void PrintDialogs::exportPdf(QWidget *parent, const QString &path)
{
    const auto doc = load(parent, path);
    if (!doc)
        return;
    QDialog ask(parent);
    ask.setWindowTitle(tr("Export annotated PDF"));
    auto *options = new PrintOptionsWidget(&ask);
    options->setOptions(m_last);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(options);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    m_last = options->options();
    const QFileInfo in(path);
    const QString out = QFileDialog::getSaveFileName(
        parent, tr("Export annotated PDF"),
        in.dir().filePath(in.completeBaseName() + tr(" (annotated)") + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (out.isEmpty())
        return;
    QString error;
    BusyCursor busy;
    if (!doc->printer(m_last)->writePdf(out, &error))
        QMessageBox::warning(parent, tr("Export annotated PDF"), tr("%1 could not be written: %2").arg(out, error));
}

void PrintDialogs::printHandout(QWidget *parent, const QString &agenda, const QString &verslag)
{
    const auto left = load(parent, agenda);
    const auto right = left ? load(parent, verslag) : nullptr;
    if (!right)
        return;
    const ComparisonHandout handout(left->analysis(), right->analysis());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(handout.meetingHeading());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Handout: %1").arg(handout.meetingHeading()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&handout](QPrinter *p) { handout.print(*p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace diptych
