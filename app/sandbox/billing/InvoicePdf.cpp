#include "InvoicePdf.h"

#include "Invoicing.h"
#include "InvoiceText.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QLocale>

namespace sandbox {

namespace {

constexpr double kPageWidth = 612;  // US Letter, in points
constexpr double kPageHeight = 792;
constexpr double kMargin = 54;
constexpr double kRight = kPageWidth - kMargin;
constexpr double kBottom = 96;      // below this a new page starts
constexpr int kDescriptionChars = 58;

// Helvetica's advance widths (per 1000 em) for ASCII 32..126, from its AFM metrics;
// enough to right-align amounts. Helvetica-Bold differs little for these glyphs.
constexpr int kHelveticaWidths[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,                               // 0..9
    278, 278, 584, 584, 584, 556, 1015,                                            // :..@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,                // A..M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,                // N..Z
    278, 278, 278, 469, 556, 333,                                                  // [..`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,                // a..m
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,                // n..z
    334, 260, 334, 584};                                                           // {..~

// WinAnsiEncoding (cp1252) for the characters it has beyond Latin-1's.
const QHash<char16_t, char> &winAnsiExtras()
{
    static const QHash<char16_t, char> extras{
        {u'€', char(0x80)}, {u'‚', char(0x82)}, {u'ƒ', char(0x83)}, {u'„', char(0x84)}, {u'…', char(0x85)}, {u'†', char(0x86)},
        {u'‡', char(0x87)}, {u'ˆ', char(0x88)}, {u'‰', char(0x89)}, {u'Š', char(0x8A)}, {u'‹', char(0x8B)}, {u'Œ', char(0x8C)},
        {u'Ž', char(0x8E)}, {u'‘', char(0x91)}, {u'’', char(0x92)}, {u'“', char(0x93)}, {u'”', char(0x94)}, {u'•', char(0x95)},
        {u'–', char(0x96)}, {u'—', char(0x97)}, {u'˜', char(0x98)}, {u'™', char(0x99)}, {u'š', char(0x9A)}, {u'›', char(0x9B)},
        {u'œ', char(0x9C)}, {u'ž', char(0x9E)}, {u'Ÿ', char(0x9F)}};
    return extras;
}

QByteArray winAnsi(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F)
            out.append(char(u));
        else if (u >= 0xA0 && u <= 0xFF)
            out.append(char(u));
        else if (const auto it = winAnsiExtras().constFind(u); it != winAnsiExtras().cend())
            out.append(it.value());
        else
            out.append(u == u'\t' ? ' ' : '?'); // not in the font's encoding
    }
    return out;
}

double textWidth(const QString &text, double size)
{
    double units = 0;
    for (const char byte : winAnsi(text)) {
        const int code = static_cast<unsigned char>(byte);
        units += code >= 32 && code <= 126 ? kHelveticaWidths[code - 32] : 556;
    }
    return units * size / 1000;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// One page's content stream.
class Page
{
public:
    void text(double x, double y, double size, bool bold, const QString &text)
    {
        m_content += "BT /" + QByteArray(bold ? "F2 " : "F1 ") + number(size) + " Tf " + number(x) + ' ' + number(y) + " Td "
            + InvoicePdf::literal(text) + " Tj ET\n";
    }
    void rightText(double right, double y, double size, bool bold, const QString &text)
    {
        this->text(right - textWidth(text, size), y, size, bold, text);
    }
    void rule(double y)
    {
        m_content += "0.75 G 0.5 w " + number(kMargin) + ' ' + number(y) + " m " + number(kRight) + ' ' + number(y) + " l S 0 G\n";
    }
    QByteArray content() const { return m_content; }

private:
    QByteArray m_content;
};

using InvoiceText::day;
using InvoiceText::money;

QString statusText(const QJsonObject &invoice)
{
    const QString status = invoice.value(QStringLiteral("status")).toString();
    const QJsonObject transitions = invoice.value(QStringLiteral("status_transitions")).toObject();
    if (status == QLatin1String("paid"))
        return QStringLiteral("Paid on %1").arg(day(transitions.value(QStringLiteral("paid_at"))));
    if (status == QLatin1String("void"))
        return QStringLiteral("Void since %1").arg(day(transitions.value(QStringLiteral("voided_at"))));
    if (status == QLatin1String("uncollectible"))
        return QStringLiteral("Uncollectible since %1").arg(day(transitions.value(QStringLiteral("marked_uncollectible_at"))));
    if (status == QLatin1String("open"))
        return QStringLiteral("Open");
    return QStringLiteral("Draft");
}

QString shortened(const QString &text)
{
    return text.size() <= kDescriptionChars ? text : text.left(kDescriptionChars - 1) + u'…';
}

QByteArray assemble(const QList<QByteArray> &contents, const QString &title, qint64 created)
{
    // Objects: 1 catalog, 2 page tree, 3-4 fonts, 5 info, then a page and its content per page.
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < contents.size(); ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(contents.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + InvoicePdf::literal(title) + " /Author (Course Companion) /Producer (stripe-sandbox) /CreationDate "
            + InvoicePdf::literal(QStringLiteral("D:") + QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")) + u'Z')
            + " >>";
    for (int i = 0; i < contents.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(kPageWidth) + ' ' + number(kPageHeight)
                + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + QByteArray::number(7 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(contents.at(i).size()) + " >>\nstream\n" + contents.at(i) + "\nendstream";
    }
    // A binary comment after the header marks the file as binary to transfer tools.
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(qint64(offset)).rightJustified(10, '0') + " 00000 n \n"; // 20 bytes each
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
        + QByteArray::number(qint64(xref)) + "\n%%EOF\n";
    return pdf;
}

} // namespace

InvoicePdf::InvoicePdf(const QJsonObject &invoice, const QJsonObject &customer)
    : m_invoice(invoice)
    , m_customer(customer)
{
}

QByteArray InvoicePdf::literal(const QString &text)
{
    QByteArray out("(");
    for (const char byte : winAnsi(text)) {
        const auto code = static_cast<unsigned char>(byte);
        if (byte == '(' || byte == ')' || byte == '\\')
            out += '\\' + QByteArray(1, byte);
        else if (code < 32 || code > 126)
            out += '\\' + QByteArray::number(code, 8).rightJustified(3, '0');
        else
            out += byte;
    }
    return out + ')';
}

QByteArray InvoicePdf::render() const
{
    const QString currency = m_invoice.value(QStringLiteral("currency")).toString();
    const QString number = m_invoice.value(QStringLiteral("number")).toString();
    QList<Page> pages(1);
    double y = kPageHeight - kMargin - 20;
    Page *page = &pages.last();

    // Heading: seller and the invoice's particulars.
    page->text(kMargin, y, 22, true, QStringLiteral("Invoice"));
    page->rightText(kRight, y, 14, true, QStringLiteral("Course Companion"));
    y -= 36;
    QList<QPair<QString, QString>> facts{
        {QStringLiteral("Invoice number"), number.isEmpty() ? QStringLiteral("—") : number},
        {QStringLiteral("Date of issue"), day(m_invoice.value(QStringLiteral("effective_at")))},
        {QStringLiteral("Date due"), day(m_invoice.value(QStringLiteral("due_date")))},
        {QStringLiteral("Status"), statusText(m_invoice)}};
    for (const QJsonValue &field : m_invoice.value(QStringLiteral("custom_fields")).toArray())
        facts.append({shortened(field.toObject().value(QStringLiteral("name")).toString()).left(20),
                      shortened(field.toObject().value(QStringLiteral("value")).toString())});
    for (const auto &[label, value] : facts) {
        page->text(kMargin, y, 10, true, label);
        page->text(kMargin + 110, y, 10, false, value);
        y -= 15;
    }
    y -= 12;
    page->text(kMargin, y, 10, true, QStringLiteral("Bill to"));
    y -= 15;
    const QString name = m_customer.value(QStringLiteral("name")).toString(m_invoice.value(QStringLiteral("customer_name")).toString());
    const QString email = m_customer.value(QStringLiteral("email")).toString(m_invoice.value(QStringLiteral("customer_email")).toString());
    for (const QString &line : {name, email, m_invoice.value(QStringLiteral("customer")).toString()}) {
        if (line.isEmpty())
            continue;
        page->text(kMargin, y, 10, false, line);
        y -= 14;
    }
    y -= 14;
    const qint64 remaining = m_invoice.value(QStringLiteral("amount_remaining")).toInteger();
    const QString headline = m_invoice.value(QStringLiteral("status")).toString() == QLatin1String("paid")
        ? QStringLiteral("%1 paid on %2").arg(money(m_invoice.value(QStringLiteral("amount_paid")).toInteger(), currency),
                                           day(m_invoice.value(QStringLiteral("status_transitions")).toObject().value(QStringLiteral("paid_at"))))
        : m_invoice.value(QStringLiteral("due_date")).isNull()
        ? QStringLiteral("%1 due").arg(money(remaining, currency))
        : QStringLiteral("%1 due %2").arg(money(remaining, currency), day(m_invoice.value(QStringLiteral("due_date"))));
    page->text(kMargin, y, 16, true, headline);
    y -= 18;
    const QString description = m_invoice.value(QStringLiteral("description")).toString();
    if (!description.isEmpty()) {
        page->text(kMargin, y, 10, false, shortened(description));
        y -= 14;
    }
    y -= 14;

    auto tableHeader = [&] {
        page->text(kMargin, y, 9, true, QStringLiteral("Description"));
        page->rightText(kRight - 190, y, 9, true, QStringLiteral("Qty"));
        page->rightText(kRight - 90, y, 9, true, QStringLiteral("Unit price"));
        page->rightText(kRight, y, 9, true, QStringLiteral("Amount"));
        y -= 6;
        page->rule(y);
        y -= 14;
    };
    auto room = [&](double needed) {
        if (y - needed >= kBottom)
            return;
        pages.append(Page());
        page = &pages.last();
        y = kPageHeight - kMargin - 20;
        page->text(kMargin, y, 10, true, QStringLiteral("Invoice %1 (continued)").arg(number));
        y -= 30;
        tableHeader();
    };
    tableHeader();
    for (const QJsonValue &value : Invoicing::lines(m_invoice)) {
        const QJsonObject line = value.toObject();
        room(30);
        const qint64 quantity = line.value(QStringLiteral("quantity")).toInteger(1);
        const qint64 amount = line.value(QStringLiteral("amount")).toInteger();
        const QString unit = line.value(QStringLiteral("pricing")).toObject().value(QStringLiteral("unit_amount_decimal")).toString();
        page->text(kMargin, y, 10, false, shortened(line.value(QStringLiteral("description")).toString()));
        page->rightText(kRight - 190, y, 10, false, QString::number(quantity));
        page->rightText(kRight - 90, y, 10, false, unit.isEmpty() ? QString() : money(qRound64(unit.toDouble()), currency));
        page->rightText(kRight, y, 10, false, money(amount, currency));
        const QJsonObject period = line.value(QStringLiteral("period")).toObject();
        if (period.value(QStringLiteral("end")).toInteger() > period.value(QStringLiteral("start")).toInteger()) {
            y -= 12;
            page->text(kMargin, y, 8, false, QStringLiteral("%1 – %2").arg(day(period.value(QStringLiteral("start"))), day(period.value(QStringLiteral("end")))));
        }
        y -= 18;
    }

    // Totals, discounts among them.
    room(110);
    page->rule(y + 8);
    y -= 6;
    QList<QPair<QString, qint64>> totals{{QStringLiteral("Subtotal"), m_invoice.value(QStringLiteral("subtotal")).toInteger()}};
    for (const QJsonValue &value : m_invoice.value(QStringLiteral("total_discount_amounts")).toArray()) {
        const QJsonObject discount = value.toObject();
        const QJsonValue which = discount.value(QStringLiteral("discount"));
        const QString label = which.isObject() ? which.toObject().value(QStringLiteral("coupon")).toObject().value(QStringLiteral("name")).toString()
                                               : QString();
        totals.append({label.isEmpty() ? QStringLiteral("Discount") : QStringLiteral("Discount (%1)").arg(label),
                       -discount.value(QStringLiteral("amount")).toInteger()});
    }
    totals.append({QStringLiteral("Total"), m_invoice.value(QStringLiteral("total")).toInteger()});
    totals.append({QStringLiteral("Amount paid"), m_invoice.value(QStringLiteral("amount_paid")).toInteger()});
    totals.append({QStringLiteral("Amount due"), remaining});
    for (const auto &[label, amount] : totals) {
        const bool strong = label == QLatin1String("Amount due");
        page->rightText(kRight - 120, y, 10, strong, label);
        page->rightText(kRight, y, 10, strong, money(amount, currency));
        y -= 15;
    }
    const QString footer = m_invoice.value(QStringLiteral("footer")).toString();
    if (!footer.isEmpty()) {
        room(30);
        y -= 10;
        page->text(kMargin, y, 9, false, shortened(footer));
    }

    QList<QByteArray> contents;
    for (int i = 0; i < pages.size(); ++i) {
        Page &each = pages[i];
        each.text(kMargin, 40, 8, false, QStringLiteral("%1 · Page %2 of %3").arg(number).arg(i + 1).arg(pages.size()));
        contents << each.content();
    }
    // Dated by the invoice, not the wall clock: the same invoice always makes the same file.
    const QJsonValue finalized = m_invoice.value(QStringLiteral("status_transitions")).toObject().value(QStringLiteral("finalized_at"));
    return assemble(contents, QStringLiteral("Invoice %1").arg(number),
                    finalized.isDouble() ? finalized.toInteger() : m_invoice.value(QStringLiteral("created")).toInteger());
}

} // namespace sandbox
