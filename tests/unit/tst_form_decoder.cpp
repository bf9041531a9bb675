// Stripe's form encoding as the official clients send it (reference §1.2), decoded
// by the sandbox: nesting, arrays both ways, empty values, and malformed names.
#include "FormDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using sandbox::FormDecoder;

namespace {
QJsonObject decode(const QByteArray &form)
{
    QString error;
    const auto result = FormDecoder::decode(form, &error);
    if (!result)
        qWarning("decode failed: %s", qPrintable(error));
    return result.value_or(QJsonObject{{QStringLiteral("__failed"), true}});
}
} // namespace

class TestFormDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeSdkExample()
    {
        const QJsonObject o = decode("email=a%40b.c&metadata[k]=v&metadata[empty]=&expand[0]=x&expand[1]=y&flag=true"
                                     "&nested[arr][0][a]=1&nested[arr][1][a]=2");
        QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("a@b.c"));
        QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("k")).toString(), QStringLiteral("v"));
        QVERIFY(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("empty")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("expand")).toArray(), (QJsonArray{QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(o.value(QStringLiteral("flag")).toString(), QStringLiteral("true"));
        const QJsonArray arr = o.value(QStringLiteral("nested")).toObject().value(QStringLiteral("arr")).toArray();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("a")).toString(), QStringLiteral("2"));
    }

    void emptyBracketsAppend()
    {
        const QJsonObject o = decode("expand[]=customer&expand[]=latest_invoice&types[]=a.b");
        QCOMPARE(o.value(QStringLiteral("expand")).toArray(), (QJsonArray{QStringLiteral("customer"), QStringLiteral("latest_invoice")}));
        QCOMPARE(o.value(QStringLiteral("types")).toArray().size(), 1);
    }

    void percentEncodedBracketsAndPlus()
    {
        const QJsonObject o = decode("line_items%5B0%5D%5Bprice%5D=price_1&line_items%5B0%5D%5Bquantity%5D=2&name=Zo%C3%AB+Caf%C3%A9");
        const QJsonObject item = o.value(QStringLiteral("line_items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("price")).toString(), QStringLiteral("price_1"));
        QCOMPARE(item.value(QStringLiteral("quantity")).toString(), QStringLiteral("2"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QString::fromUtf8("Zoë Café"));
    }

    void indicesOutOfOrderKeepIndexOrder()
    {
        const QJsonObject o = decode("items[1][price]=b&items[0][price]=a");
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("price")).toString(), QStringLiteral("a"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("price")).toString(), QStringLiteral("b"));
    }

    void numericMetadataKeysStayKeys()
    {
        const QJsonObject o = decode("metadata[0]=zero&metadata[1]=one");
        QVERIFY(o.value(QStringLiteral("metadata")).isObject());
        QCOMPARE(o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("1")).toString(), QStringLiteral("one"));
    }

    void emptyValueUnsets()
    {
        const QJsonObject o = decode("metadata=&description=");
        QCOMPARE(o.value(QStringLiteral("metadata")).toString(), QString());
        QVERIFY(o.contains(QStringLiteral("description")));
    }

    void malformedNamesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::newRow("unclosed") << QByteArray("metadata[k=v");
        QTest::newRow("leading bracket") << QByteArray("[k]=v");
        QTest::newRow("junk after bracket") << QByteArray("a[b]c=1");
        QTest::newRow("value then hash") << QByteArray("a=1&a[b]=2");
        QTest::newRow("hash then value") << QByteArray("a[b]=1&a=2");
        QTest::newRow("too deep") << QByteArray("a[b][c][d][e][f][g][h][i]=1");
    }
    void malformedNamesAreRejected()
    {
        QFETCH(QByteArray, form);
        QString error;
        QVERIFY(!FormDecoder::decode(form, &error));
        QVERIFY(!error.isEmpty());
    }

    void queryAndBodyCombine()
    {
        QString error;
        const auto o = FormDecoder::decode("expand[0]=customer", "email=x%40y.z", &error);
        QVERIFY(o);
        QCOMPARE(o->value(QStringLiteral("email")).toString(), QStringLiteral("x@y.z"));
        QCOMPARE(o->value(QStringLiteral("expand")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFormDecoder)
#include "tst_form_decoder.moc"
