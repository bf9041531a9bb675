#include "QrCodeView.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace companion::admin {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code, as the standard asks
}

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrCodeView::setText(const QString &text)
{
    m_text = text;
    m_modules = {};
    if (!text.isEmpty()) {
        // Level M survives a smudged phone screen and keeps a long URL scannable.
        const QByteArray utf8 = text.toUtf8();
        std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        if (code) {
            const int side = code->width + 2 * kQuietZone;
            m_modules = QImage(side, side, QImage::Format_Mono);
            m_modules.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
            m_modules.fill(0);
            for (int y = 0; y < code->width; ++y) {
                for (int x = 0; x < code->width; ++x) {
                    if (code->data[y * code->width + x] & 1) // bit 0: dark module
                        m_modules.setPixel(x + kQuietZone, y + kQuietZone, 1);
                }
            }
        }
    }
    update();
    return !m_modules.isNull() || text.isEmpty();
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_modules.isNull())
        return;
    // Whole pixels per module: a blurred edge makes phones fail to read it.
    const int scale = qMax(1, qMin(width(), height()) / m_modules.width());
    const int side = scale * m_modules.width();
    const QRect target((width() - side) / 2, (height() - side) / 2, side, side);
    painter.drawImage(target, m_modules);
}

} // namespace companion::admin
