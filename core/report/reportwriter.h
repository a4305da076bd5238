#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QString>

#include <utility>

namespace kizuna {

/// Prints a report, given as Qt rich text (HTML), to a PDF file: A4 portrait, the text in a
/// Japanese font embedded in the file, and on every page a heading (title, subtitle such as
/// the period, print date) and the page number as "1 / 3".
///
/// QTextDocument::print() cannot put our heading on each page, so the document is laid out
/// once for the body area of a page and painted page by page below a heading of our own.
/// Needs a QGuiApplication (the font database); not thread-safe (Qt's text layout is not).
class ReportWriter final
{
public:
    /// What the heading of every page says.
    struct Heading
    {
        QString title;
        QString subtitle; ///< the period of a call sheet, the person of a profile
        QDate printedOn;
    };

    explicit ReportWriter(const QLocale &locale);

    /// An image the HTML shows as <img src="NAME" width="W">, W in pixels at 96 dpi (the
    /// body is about 700 wide).
    void addImage(const QString &name, const QImage &image);

    /// Writes `html` to `path` (replacing the file only once it is complete) and returns the
    /// number of pages. Throws FileError naming the file when it cannot be written.
    int write(const QString &html, const Heading &heading, const QString &path) const;
    /// Paints the report on a printer (or any paged device) in the page layout it was set
    /// to, which must be at resolution() dots per inch; returns the number of pages, 0 when
    /// the device could not be painted on.
    int print(const QString &html, const Heading &heading, QPagedPaintDevice &device) const;
    /// The dots per inch the reports are laid out at.
    static int resolution();

    /// The family the reports are set in: Noto Sans CJK JP when installed, otherwise any
    /// family that can write Japanese, otherwise Qt's default (and kanji may be missing).
    static QString fontFamily();

    /// The style sheet every report's HTML is laid out with (class names the reports use).
    static QString styleSheet();

private:
    QLocale m_locale;
    QList<std::pair<QString, QImage>> m_images;
};

} // namespace kizuna
