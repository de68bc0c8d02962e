#include "canonicaljson.h"

#include <QJsonArray>

#include <algorithm>

namespace recaisse::core {

namespace {

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendString(QByteArray &out, QStringView text)
{
    appendUtf8String(out, text.toUtf8());
}

// The values stored in document rows are null, integers and text.
bool isStoredInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull())
        out += "null";
    else if (isStoredInteger(value))
        out += QByteArray::number(value.toLongLong());
    else
        appendString(out, value.toString());
}

QByteArray jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "null";
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return QByteArray::number(number.toLongLong());
        return QByteArray::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::String: {
        QByteArray out;
        appendString(out, value.toString());
        return out;
    }
    case QJsonValue::Array: {
        QByteArray out = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            out += jsonText(array.at(i));
        }
        out += ']';
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        CanonicalObject canonical;
        for (auto it = object.begin(); it != object.end(); ++it)
            canonical.canonical(it.key().toUtf8(), jsonText(it.value()));
        return canonical.text();
    }
    }
    return "null";
}

} // namespace

QJsonValue jsonFromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (isStoredInteger(value))
        return QJsonValue(value.toLongLong());
    return QJsonValue(value.toString());
}

QByteArray canonicalJson(const QJsonObject &object)
{
    return jsonText(object);
}

void appendCanonicalValue(QByteArray &out, const QVariant &value)
{
    appendValue(out, value);
}

void appendCanonicalString(QByteArray &out, QStringView text)
{
    appendString(out, text);
}

CanonicalObject &CanonicalObject::string(QByteArrayView key, QStringView value)
{
    QByteArray text;
    appendString(text, value);
    m_members.append({key.toByteArray(), std::move(text)});
    return *this;
}

CanonicalObject &CanonicalObject::integer(QByteArrayView key, qint64 value)
{
    m_members.append({key.toByteArray(), QByteArray::number(value)});
    return *this;
}

CanonicalObject &CanonicalObject::value(QByteArrayView key, const QVariant &value)
{
    QByteArray text;
    appendValue(text, value);
    m_members.append({key.toByteArray(), std::move(text)});
    return *this;
}

CanonicalObject &CanonicalObject::canonical(QByteArrayView key, const QByteArray &text)
{
    m_members.append({key.toByteArray(), text});
    return *this;
}

QByteArray CanonicalObject::text() const
{
    // Byte order of the UTF-8 keys; keys are unique within an object.
    QList<const std::pair<QByteArray, QByteArray> *> sorted;
    sorted.reserve(m_members.size());
    qsizetype size = 2;
    for (const auto &member : m_members) {
        sorted.append(&member);
        size += member.first.size() + member.second.size() + 4;
    }
    std::sort(sorted.begin(), sorted.end(),
        [](const auto *a, const auto *b) { return a->first < b->first; });
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (const auto *member : std::as_const(sorted)) {
        if (out.size() > 1)
            out += ',';
        appendUtf8String(out, member->first);
        out += ':';
        out += member->second;
    }
    out += '}';
    return out;
}

} // namespace recaisse::core
