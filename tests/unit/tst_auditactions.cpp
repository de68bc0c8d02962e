#include "core/admin/auditactions.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using recaisse::core::AuditActions;

namespace {

// The text of the second argument of the call whose arguments start at `from`, string literals
// and nested brackets respected.
QString secondArgument(const QString &text, qsizetype from)
{
    int depth = 0;
    int argument = 0;
    QString out;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype begin = i;
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i)
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            if (argument == 1)
                out += text.mid(begin, i - begin + 1);
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('}')) {
            if (depth-- == 0)
                break;
        } else if (c == QLatin1Char(',') && depth == 0) {
            if (++argument > 1)
                break;
            continue;
        }
        if (argument == 1)
            out += c;
    }
    return out;
}

// The second argument of every AuditLog::record(...) call in the sources: the action key (or a
// conditional choosing between keys). Read from the text, so a new key recorded anywhere in core
// without a label fails here rather than showing raw in the French audit page.
QMap<QString, QString> recordedKeys()
{
    QMap<QString, QString> keys; // key -> first file recording it
    const QRegularExpression literal(QStringLiteral("QStringLiteral\\(\"([^\"]*)\"\\)"));
    for (const char *dir : {"core", "ui", "app"}) {
        QDirIterator files(QStringLiteral(RECAISSE_SOURCE_DIR "/") + QLatin1String(dir),
            {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (qsizetype at = text.indexOf(QLatin1String(".record("), 0); at >= 0;
                 at = text.indexOf(QLatin1String(".record("), at + 1)) {
                const QString action = secondArgument(text, at + 8);
                auto matches = literal.globalMatch(action);
                while (matches.hasNext()) // a conditional names two keys
                    keys.insert(matches.next().captured(1), path);
            }
        }
    }
    return keys;
}

} // namespace

class TestAuditActions : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordedKeyHasALabel()
    {
        const auto keys = recordedKeys();
        // The scan must find the trail's usual keys, or it reads nothing.
        QVERIFY2(keys.contains(QStringLiteral("session.close")), "the source scan found nothing");
        QVERIFY(keys.contains(QStringLiteral("user.activate")));
        QVERIFY(keys.contains(QStringLiteral("user.deactivate")));
        QVERIFY(keys.size() >= 25);
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            QVERIFY2(AuditActions::isKnown(it.key()),
                qPrintable(QStringLiteral("%1 (recorded in %2) has no label in core/admin/"
                                          "auditactions.cpp")
                               .arg(it.key(), it.value())));
    }

    void everyKnownKeyIsRecordedSomewhere()
    {
        const auto keys = recordedKeys();
        for (const QString &key : AuditActions::known())
            QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" is never recorded")));
    }

    void labelsAreWordsNotKeys()
    {
        for (const QString &key : AuditActions::known()) {
            QVERIFY(AuditActions::label(key) != key);
            const QString family = key.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
            if (key.contains(QLatin1Char('.')))
                QVERIFY2(!AuditActions::familyLabel(family).endsWith(QLatin1Char('*')),
                    qPrintable(family + QStringLiteral(" has no label")));
        }
    }

    void aKeyFromANewerVersionIsShownAsItIs()
    {
        QCOMPARE(
            AuditActions::label(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
        QCOMPARE(AuditActions::familyLabel(QStringLiteral("future.")), QStringLiteral("future.*"));
    }
};

QTEST_GUILESS_MAIN(TestAuditActions)
#include "tst_auditactions.moc"
