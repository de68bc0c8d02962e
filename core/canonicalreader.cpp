#include "canonicalreader.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace recaisse::core {

using canonical_detail::Node;
using Type = CanonicalValue::Type;

namespace {

// The byte a short escape stands for; 0 when the letter is none of the writer's.
char shortEscape(char letter)
{
    switch (letter) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return 0;
    }
}

bool hasShortEscape(unsigned char c)
{
    return c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t';
}

int lowerHexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The UTF-8 bytes of a string read between its quotes, escapes decoded. Only called on strings
// read() accepted, whose escapes are all the writer's.
QByteArray decoded(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out += raw[i];
        } else if (raw[i + 1] == 'u') {
            out += char(lowerHexDigit(raw[i + 4]) * 16 + lowerHexDigit(raw[i + 5]));
            i += 5;
        } else {
            out += shortEscape(raw[i + 1]);
            ++i;
        }
    }
    return out;
}

// Byte order, as the writer sorts keys (unsigned bytes, a prefix first).
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    if (const int order = common ? std::memcmp(a.data(), b.data(), size_t(common)) : 0)
        return order;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

class Parser
{
public:
    Parser(QByteArrayView text, std::vector<Node> &nodes)
        : m_begin(text.data())
        , m_at(text.data())
        , m_end(text.data() + text.size())
        , m_nodes(nodes)
    {
    }

    bool document()
    {
        if (m_at == m_end)
            return refuse("empty text");
        if (*m_at != '{')
            return refuse(isWhitespace(*m_at) ? "whitespace" : "not an object");
        if (!value(1))
            return false;
        if (m_at != m_end)
            return refuse(isWhitespace(*m_at) ? "whitespace" : "bytes after the object");
        return true;
    }

    const char *refusal() const { return m_refusal; }
    qsizetype refusalOffset() const { return m_at - m_begin; }

private:
    static bool isWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    bool refuse(const char *why)
    {
        m_refusal = why;
        return false;
    }

    // Where a value or a punctuation mark was expected.
    bool unexpected()
    {
        if (m_at == m_end)
            return refuse("text cut short");
        return refuse(isWhitespace(*m_at) ? "whitespace" : "unexpected byte");
    }

    quint32 offset(const char *at) const { return quint32(at - m_begin); }

    bool value(int depth)
    {
        if (m_at == m_end)
            return unexpected();
        switch (*m_at) {
        case '{':
            return container(depth, true);
        case '[':
            return container(depth, false);
        case '"':
            return string();
        case 't':
            return literal("true", Type::Bool, 1);
        case 'f':
            return literal("false", Type::Bool, 0);
        case 'n':
            return literal("null", Type::Null, 0);
        default:
            if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
                return number();
            return unexpected();
        }
    }

    bool literal(const char *word, Type type, qint64 value)
    {
        const auto size = qsizetype(std::strlen(word));
        if (m_end - m_at < size || std::memcmp(m_at, word, size_t(size)) != 0)
            return unexpected();
        m_nodes.push_back(
            Node{value, offset(m_at), quint32(size), quint32(m_nodes.size() + 1), 0, type});
        m_at += size;
        return true;
    }

    bool container(int depth, bool object)
    {
        if (depth > CanonicalText::maxDepth)
            return refuse("nested too deep");
        const char *start = m_at++;
        const size_t index = m_nodes.size();
        m_nodes.push_back(Node{0, offset(start), 0, 0, 0, object ? Type::Object : Type::Array});
        const char close = object ? '}' : ']';
        quint32 count = 0;
        size_t previousKey = 0;
        if (m_at != m_end && *m_at == close) {
            ++m_at;
        } else {
            for (;;) {
                if (object) {
                    if (m_at == m_end || *m_at != '"')
                        return unexpected();
                    const size_t key = m_nodes.size();
                    if (!string())
                        return false;
                    if (count > 0) {
                        const int order = compareKeys(previousKey, key);
                        if (order >= 0) {
                            m_at = m_begin + m_nodes[key].offset - 1;
                            return refuse(order == 0 ? "duplicate key" : "keys out of order");
                        }
                    }
                    previousKey = key;
                    if (m_at == m_end || *m_at != ':')
                        return unexpected();
                    ++m_at;
                }
                if (!value(depth + 1))
                    return false;
                ++count;
                if (m_at != m_end && *m_at == ',') {
                    ++m_at;
                } else if (m_at != m_end && *m_at == close) {
                    ++m_at;
                    break;
                } else {
                    return unexpected();
                }
            }
        }
        Node &node = m_nodes[index];
        node.size = quint32(m_at - start);
        node.next = quint32(m_nodes.size());
        node.count = count;
        return true;
    }

    int compareKeys(size_t first, size_t second) const
    {
        const Node &a = m_nodes[first];
        const Node &b = m_nodes[second];
        const QByteArrayView rawA(m_begin + a.offset, a.size);
        const QByteArrayView rawB(m_begin + b.offset, b.size);
        // The writer sorts keys by their bytes, not by their escaped text.
        if (a.escaped || b.escaped)
            return compareBytes(a.escaped ? QByteArrayView(decoded(rawA)) : rawA,
                b.escaped ? QByteArrayView(decoded(rawB)) : rawB);
        return compareBytes(rawA, rawB);
    }

    bool string()
    {
        const char *start = ++m_at;
        bool escaped = false;
        for (;;) {
            // Most bytes are printable ASCII: one test each.
            while (m_at != m_end) {
                const auto c = static_cast<unsigned char>(*m_at);
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\')
                    break;
                ++m_at;
            }
            if (m_at == m_end)
                return refuse("string not closed");
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"')
                break;
            if (c < 0x20)
                return refuse("control character not escaped");
            if (c == '\\') {
                if (!escape())
                    return false;
                escaped = true;
            } else if (!utf8Sequence()) {
                return false;
            }
        }
        m_nodes.push_back(Node{0, offset(start), quint32(m_at - start), quint32(m_nodes.size() + 1),
            0, Type::String, escaped});
        ++m_at; // the closing quote
        return true;
    }

    // The writer escapes '"', '\\' and the control characters only: those with a short form
    // by it, the others as \u00xx in lower-case hex.
    bool escape()
    {
        if (m_end - m_at < 2)
            return refuse("string not closed");
        if (shortEscape(m_at[1])) {
            m_at += 2;
            return true;
        }
        if (m_at[1] != 'u')
            return refuse("escape the canonical form does not write");
        if (m_end - m_at < 6)
            return refuse("string not closed");
        const int high = lowerHexDigit(m_at[4]);
        const int low = lowerHexDigit(m_at[5]);
        if (m_at[2] != '0' || m_at[3] != '0' || high < 0 || high > 1 || low < 0)
            return refuse("\\u escape of a character the canonical form writes as it is");
        if (hasShortEscape(static_cast<unsigned char>(high * 16 + low)))
            return refuse("\\u escape of a character with a short escape");
        m_at += 6;
        return true;
    }

    // One character of two to four bytes: well formed, shortest form, not a surrogate, at most
    // U+10FFFF (what QString::toUtf8() writes).
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_at);
        int length = 0;
        unsigned char low = 0x80, high = 0xbf; // the second byte's range
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // shorter forms are overlong
            else if (lead == 0xed)
                high = 0x9f; // U+D800..U+DFFF are surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f; // beyond U+10FFFF
        } else {
            return refuse("invalid UTF-8");
        }
        if (m_end - m_at < length)
            return refuse("invalid UTF-8");
        const auto second = static_cast<unsigned char>(m_at[1]);
        if (second < low || second > high)
            return refuse("invalid UTF-8");
        for (int i = 2; i < length; ++i) {
            const auto next = static_cast<unsigned char>(m_at[i]);
            if (next < 0x80 || next > 0xbf)
                return refuse("invalid UTF-8");
        }
        m_at += length;
        return true;
    }

    static bool isDigit(const char *at, const char *end)
    {
        return at != end && *at >= '0' && *at <= '9';
    }

    // A number as the writer gives it: an integer as std::to_chars writes a qint64 (no sign but
    // '-', no leading zero, no "-0"), any other number as QByteArray::number(value, 'g', 17).
    bool number()
    {
        const char *start = m_at;
        const bool negative = *m_at == '-';
        if (negative)
            ++m_at;
        if (!isDigit(m_at, m_end))
            return refuse("not a canonical number");
        if (*m_at == '0' && isDigit(m_at + 1, m_end))
            return refuse("leading zero");
        while (isDigit(m_at, m_end))
            ++m_at;
        const char *integerEnd = m_at;
        if (m_at != m_end && *m_at == '.') {
            ++m_at;
            if (!isDigit(m_at, m_end))
                return refuse("not a canonical number");
            while (isDigit(m_at, m_end))
                ++m_at;
        }
        if (m_at != m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            if (m_at != m_end && (*m_at == '+' || *m_at == '-'))
                ++m_at;
            if (!isDigit(m_at, m_end))
                return refuse("not a canonical number");
            while (isDigit(m_at, m_end))
                ++m_at;
        }
        return m_at == integerEnd ? integer(start, negative) : fraction(start);
    }

    bool integer(const char *start, bool negative)
    {
        const char *digits = start + (negative ? 1 : 0);
        if (negative && *digits == '0')
            return refuse("-0");
        const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                       : quint64(std::numeric_limits<qint64>::max());
        quint64 magnitude = 0;
        for (const char *at = digits; at != m_at; ++at) {
            const unsigned digit = unsigned(*at - '0');
            if (magnitude > (limit - digit) / 10) {
                m_at = start;
                return refuse("integer out of range");
            }
            magnitude = magnitude * 10 + digit;
        }
        const qint64 value = negative ? qint64(0 - magnitude) : qint64(magnitude);
        m_nodes.push_back(Node{value, offset(start), quint32(m_at - start),
            quint32(m_nodes.size() + 1), 0, Type::Integer});
        return true;
    }

    // A number with a fraction or an exponent. Qt reads one that is a whole qint64 as an integer,
    // which the writer then gives in digits: only the others are canonical.
    bool fraction(const char *start)
    {
        double value = 0;
        const auto [end, error] = std::from_chars(start, m_at, value);
        const bool whole = error == std::errc() && std::trunc(value) == value && value >= -0x1p63
            && value < 0x1p63;
        if (error != std::errc() || end != m_at || whole
            || QByteArray::number(value, 'g', 17) != QByteArrayView(start, m_at - start)) {
            m_at = start;
            return refuse("not a canonical number");
        }
        m_nodes.push_back(Node{std::bit_cast<qint64>(value), offset(start), quint32(m_at - start),
            quint32(m_nodes.size() + 1), 0, Type::Double});
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::vector<Node> &m_nodes;
    const char *m_refusal = nullptr;
};

} // namespace

bool CanonicalText::read(QByteArrayView text)
{
    m_nodes.clear();
    m_bytes = text;
    // Offsets are 32 bits; a record is a few kilobytes.
    if (text.size() >= qsizetype(std::numeric_limits<qint32>::max())) {
        m_refusal = "text too long";
        m_refusalOffset = 0;
        return false;
    }
    m_nodes.reserve(size_t(text.size() / 16 + 4));
    Parser parser(text, m_nodes);
    if (!parser.document()) {
        m_refusal = parser.refusal();
        m_refusalOffset = parser.refusalOffset();
        m_nodes.clear();
        return false;
    }
    m_refusal = nullptr;
    m_refusalOffset = 0;
    return true;
}

CanonicalValue CanonicalText::root() const
{
    if (m_nodes.empty())
        return {};
    return CanonicalValue(m_nodes.data(), m_bytes.data(), 0);
}

qint64 CanonicalValue::toInteger(qint64 otherwise) const
{
    return isInteger() ? m_nodes[m_index].integer : otherwise;
}

bool CanonicalValue::toBool(bool otherwise) const
{
    return isBool() ? m_nodes[m_index].integer != 0 : otherwise;
}

double CanonicalValue::toDouble(double otherwise) const
{
    if (isInteger())
        return double(m_nodes[m_index].integer);
    return isDouble() ? std::bit_cast<double>(m_nodes[m_index].integer) : otherwise;
}

QByteArray CanonicalValue::toUtf8() const
{
    return hasEscapes() ? decoded(rawString()) : rawString().toByteArray();
}

QString CanonicalValue::toString() const
{
    return hasEscapes() ? QString::fromUtf8(decoded(rawString())) : QString::fromUtf8(rawString());
}

QByteArrayView CanonicalValue::text() const
{
    if (!m_nodes)
        return {};
    const Node &node = m_nodes[m_index];
    if (node.type == Type::String)
        return QByteArrayView(m_bytes + node.offset - 1, node.size + 2);
    return QByteArrayView(m_bytes + node.offset, node.size);
}

qsizetype CanonicalValue::size() const
{
    return m_nodes ? m_nodes[m_index].count : 0;
}

template<bool Members>
CanonicalValue::Range<Members> CanonicalValue::children(Type type) const
{
    if (this->type() != type)
        return {{nullptr, nullptr, 0}, {nullptr, nullptr, 0}};
    const Node &node = m_nodes[m_index];
    return {{m_nodes, m_bytes, m_index + 1}, {m_nodes, m_bytes, node.next}};
}

CanonicalValue::Range<true> CanonicalValue::members() const
{
    return children<true>(Type::Object);
}

CanonicalValue::Range<false> CanonicalValue::elements() const
{
    return children<false>(Type::Array);
}

CanonicalValue CanonicalValue::value(QByteArrayView key) const
{
    if (type() != Type::Object)
        return {};
    // Every record lookup passes here (a dozen a record): the nodes are read directly, the
    // length compared before the bytes.
    const quint32 end = m_nodes[m_index].next;
    for (quint32 index = m_index + 1; index != end; index = m_nodes[index + 1].next) {
        const Node &name = m_nodes[index];
        const QByteArrayView raw(m_bytes + name.offset, name.size);
        // A key with escapes holds a character no plain key has: decoded only then.
        if (name.escaped ? decoded(raw) == key
                         : name.size == quint32(key.size())
                    && std::memcmp(raw.data(), key.data(), name.size) == 0)
            return CanonicalValue(m_nodes, m_bytes, index + 1);
    }
    return {};
}

} // namespace recaisse::core
