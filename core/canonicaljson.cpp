#include "canonicaljson.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>

namespace recaisse::core {

namespace {

// Escapes and quotes a string given as UTF-8 bytes, or as UTF-16 code units that are all ASCII
// (which are their own UTF-8 bytes): the one escaping rule of the canonical form.
template<typename Units>
void appendEscaped(QByteArray &out, const Units &units)
{
    static const char hex[] = "0123456789abcdef";
    // Written through a pointer into room for the worst case (every unit as \u00XX), then cut
    // to size: a record holds hundreds of strings, appending byte by byte was most of its cost.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * qsizetype(units.size()));
    char *p = out.data() + start;
    *p++ = '"';
    for (const auto unit : units) {
        const auto u = static_cast<unsigned char>(unit);
        const char c = static_cast<char>(u);
        switch (c) {
        case '"':
            *p++ = '\\';
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            *p++ = '\\';
            break;
        case '\b':
            *p++ = '\\';
            *p++ = 'b';
            break;
        case '\f':
            *p++ = '\\';
            *p++ = 'f';
            break;
        case '\n':
            *p++ = '\\';
            *p++ = 'n';
            break;
        case '\r':
            *p++ = '\\';
            *p++ = 'r';
            break;
        case '\t':
            *p++ = '\\';
            *p++ = 't';
            break;
        default:
            if (u < 0x20) {
                *p++ = '\\';
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[u >> 4];
                *p++ = hex[u & 0xf];
            } else {
                *p++ = c;
            }
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    appendEscaped(out, utf8);
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Most stored text is ASCII: written without a UTF-8 copy.
void appendString(QByteArray &out, QStringView text)
{
    if (isAscii(text)) {
        // Only code units below 0x80 reach appendEscaped, so the narrowing keeps them whole.
        struct Ascii
        {
            QStringView text;
            struct Iterator
            {
                const QChar *at;
                char operator*() const { return static_cast<char>(at->unicode()); }
                Iterator &operator++()
                {
                    ++at;
                    return *this;
                }
                bool operator!=(const Iterator &other) const { return at != other.at; }
            };
            Iterator begin() const { return {text.begin()}; }
            Iterator end() const { return {text.end()}; }
            qsizetype size() const { return text.size(); }
        };
        appendEscaped(out, Ascii{text});
    } else {
        appendUtf8String(out, text.toUtf8());
    }
}

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
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
        appendInteger(out, value.toLongLong());
    else
        appendString(out, value.toString());
}

void appendJson(QByteArray &out, const QJsonValue &value);

QByteArray jsonText(const QJsonValue &value)
{
    QByteArray out;
    appendJson(out, value);
    return out;
}

// Any object: its members sorted by the bytes of their UTF-8 keys.
void appendSortedObject(QByteArray &out, const QJsonObject &object)
{
    CanonicalObject canonical;
    for (auto it = object.begin(); it != object.end(); ++it)
        canonical.canonical(it.key().toUtf8(), jsonText(it.value()));
    out += canonical.text();
}

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            appendInteger(out, number.toLongLong());
        else
            out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJson(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        // In one pass when the keys come in byte order, as QJsonObject keeps ASCII keys (its
        // order is that of UTF-16, the same for ASCII); otherwise written again, sorted.
        const QJsonObject object = value.toObject();
        const qsizetype start = out.size();
        out += '{';
        QString previous;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString key = it.key();
            const bool first = it == object.begin();
            if (!isAscii(key) || (!first && !(previous < key))) {
                out.truncate(start);
                appendSortedObject(out, object);
                return;
            }
            if (!first)
                out += ',';
            appendString(out, key);
            out += ':';
            appendJson(out, it.value());
            previous = std::move(key);
        }
        out += '}';
        return;
    }
    }
    out += "null";
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

void appendCanonicalJson(QByteArray &out, const QJsonObject &object)
{
    appendJson(out, object);
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
    QByteArray text;
    appendInteger(text, value);
    m_members.append({key.toByteArray(), std::move(text)});
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
