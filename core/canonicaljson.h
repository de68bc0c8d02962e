#pragma once

// The canonical JSON form that document hashes, journal records and segment trailers are
// written in: compact, object members in the byte order of their UTF-8 keys, integers exact,
// strings in UTF-8 with only '"', '\\' and control characters escaped. One writer: the ledger,
// the journal records and canonicalJson() all write through it, so the hashed bytes cannot
// drift apart.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringView>
#include <QVariant>

#include <utility>

namespace recaisse::core {

QByteArray canonicalJson(const QJsonObject &object);
// The same text appended to `out`: a caller writing many objects reuses one buffer, which then
// stops growing (a pull checks the hash of every record it receives).
void appendCanonicalJson(QByteArray &out, const QJsonObject &object);
// One value of a stored row (null, integer or text) and one string, as canonicalJson() writes
// them.
void appendCanonicalValue(QByteArray &out, const QVariant &value);
void appendCanonicalString(QByteArray &out, QStringView text);
// Values stored in document rows are integers, text or null; this is their one JSON form.
QJsonValue jsonFromSql(const QVariant &value);

// One object, its members added in any order; text() writes them in the byte order of their
// keys. For code that writes canonical text straight from stored values, without building a
// QJsonObject.
class CanonicalObject
{
public:
    CanonicalObject &string(QByteArrayView key, QStringView value);
    CanonicalObject &integer(QByteArrayView key, qint64 value);
    // A stored row value: null, integer or text.
    CanonicalObject &value(QByteArrayView key, const QVariant &value);
    // A value already in canonical form (a nested object or array).
    CanonicalObject &canonical(QByteArrayView key, const QByteArray &text);
    QByteArray text() const;

private:
    QList<std::pair<QByteArray, QByteArray>> m_members; // key, canonical value
};

} // namespace recaisse::core
