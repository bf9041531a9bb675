#pragma once

#include <QImage>
#include <QWidget>

namespace companion::admin {

// A QR code of a text (a checkout link), drawn crisp at any size, for a learner
// to scan with their phone. Encoded with libqrencode.
class QrCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    // False (and nothing shown) when the text cannot be encoded, e.g. too long.
    bool setText(const QString &text);
    QString text() const { return m_text; }
    // One pixel per module, with the quiet zone: for tests and for saving.
    const QImage &modules() const { return m_modules; }

    QSize sizeHint() const override { return {240, 240}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QImage m_modules;
};

} // namespace companion::admin
