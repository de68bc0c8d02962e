#pragma once

// Reads the canonical JSON form (canonicaljson.h) and nothing else: a text is accepted only when
// it is, byte for byte, what the writer gives for the value it denotes; anything else is refused
// with the reason. An accepted text needs no rewriting to be hashed (each value's bytes are its
// canonical text) and its values are read in place, as views into the bytes.
//
// Records hold objects, arrays, integers, strings and null. Booleans and other numbers, which the
// writer gives for a QJsonObject holding them, are read as well, in their canonical spelling
// only, for the reader of a record to refuse them where it expects something else, as it refuses
// a value of the wrong type (a row holds only null, integers and text). An integer outside
// qint64 is refused: Qt reads it as a double, which the writer gives in exponent form.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <type_traits>
#include <vector>

namespace recaisse::core {

namespace canonical_detail {
struct Node;
}

class CanonicalValue
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Integer, Double, String, Array, Object };
    struct Member;

    // Undefined: what a lookup of an absent member gives.
    CanonicalValue() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isInteger() const { return type() == Type::Integer; }
    // A number that is not a whole qint64 (a fraction, or beyond qint64 in exponent form).
    bool isDouble() const { return type() == Type::Double; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // The integer; `otherwise` for any other value.
    qint64 toInteger(qint64 otherwise = 0) const;
    bool toBool(bool otherwise = false) const;
    // A double's value, or an integer's; `otherwise` for any other value.
    double toDouble(double otherwise = 0) const;
    // A string's bytes between its quotes, escapes as written (empty for any other value). Without
    // escapes (hasEscapes() false) they are the string's UTF-8 bytes.
    QByteArrayView rawString() const;
    bool hasEscapes() const;
    // A string's UTF-8 bytes with escapes decoded (a copy of rawString() when it has none).
    QByteArray toUtf8() const;
    // A string's text; empty for any other value.
    QString toString() const;
    // The value's own bytes in the text read: its canonical text.
    QByteArrayView text() const;

    // Members of an object, elements of an array; 0 for any other value.
    qsizetype size() const;
    // The member named `key` (UTF-8) of an object; Undefined when absent or not an object.
    CanonicalValue value(QByteArrayView key) const;
    bool contains(QByteArrayView key) const { return !value(key).isUndefined(); }

    // Walks an object's members (key, value) in order, or an array's elements; nothing for any
    // other value.
    template<bool Members>
    class Iterator
    {
    public:
        using value_type = std::conditional_t<Members, Member, CanonicalValue>;
        value_type operator*() const;
        Iterator &operator++();
        bool operator==(const Iterator &other) const { return m_index == other.m_index; }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        friend class CanonicalValue;
        Iterator(const canonical_detail::Node *nodes, const char *bytes, quint32 index)
            : m_nodes(nodes)
            , m_bytes(bytes)
            , m_index(index)
        {
        }
        const canonical_detail::Node *m_nodes;
        const char *m_bytes;
        quint32 m_index;
    };
    template<bool Members>
    struct Range
    {
        Iterator<Members> first;
        Iterator<Members> last;
        Iterator<Members> begin() const { return first; }
        Iterator<Members> end() const { return last; }
    };
    Range<true> members() const;
    Range<false> elements() const;

private:
    friend class CanonicalText;
    CanonicalValue(const canonical_detail::Node *nodes, const char *bytes, quint32 index)
        : m_nodes(nodes)
        , m_bytes(bytes)
        , m_index(index)
    {
    }
    template<bool Members>
    Range<Members> children(Type type) const;

    const canonical_detail::Node *m_nodes = nullptr;
    const char *m_bytes = nullptr;
    quint32 m_index = 0;
};

struct CanonicalValue::Member
{
    CanonicalValue key; // a string
    CanonicalValue value;
};

namespace canonical_detail {
// One value of a text read, in document order: a container is followed by its members (key then
// value) or elements.
struct Node
{
    qint64 integer = 0; // an integer; a boolean as 0 or 1; a double's bits
    quint32 offset = 0; // a string's first byte after its quote, else the value's first byte
    quint32 size = 0; // a string's bytes between its quotes, else the value's bytes
    quint32 next = 0; // the node after this value and all it holds
    quint32 count = 0; // members or elements
    CanonicalValue::Type type = CanonicalValue::Type::Null;
    bool escaped = false;
};
} // namespace canonical_detail

// The accessors every record's checks call, inline.
inline CanonicalValue::Type CanonicalValue::type() const
{
    return m_nodes ? m_nodes[m_index].type : Type::Undefined;
}

inline QByteArrayView CanonicalValue::rawString() const
{
    if (!isString())
        return {};
    const canonical_detail::Node &node = m_nodes[m_index];
    return QByteArrayView(m_bytes + node.offset, node.size);
}

inline bool CanonicalValue::hasEscapes() const
{
    return isString() && m_nodes[m_index].escaped;
}

template<bool Members>
auto CanonicalValue::Iterator<Members>::operator*() const -> value_type
{
    if constexpr (Members)
        return {CanonicalValue(m_nodes, m_bytes, m_index),
            CanonicalValue(m_nodes, m_bytes, m_index + 1)};
    else
        return CanonicalValue(m_nodes, m_bytes, m_index);
}

template<bool Members>
auto CanonicalValue::Iterator<Members>::operator++() -> Iterator &
{
    // A member is its key then its value: past both.
    m_index = m_nodes[Members ? m_index + 1 : m_index].next;
    return *this;
}

// The canonical text of an object, read. The bytes given to read() must outlive it and every
// value taken from it; values stay valid when the CanonicalText is moved, until it reads again.
class CanonicalText
{
public:
    // Nesting allowed (the root object is 1); a record nests 5 deep.
    static constexpr int maxDepth = 16;

    // Reads `text`: true when it is the canonical text of an object; otherwise false, and
    // refusal() says why.
    bool read(QByteArrayView text);
    // The object read; Undefined when the last read() refused its text.
    CanonicalValue root() const;
    // Why the last read() refused its text (English, for logs and tests), and the offset of the
    // byte it stopped at; nullptr after a text accepted.
    const char *refusal() const { return m_refusal; }
    qsizetype refusalOffset() const { return m_refusalOffset; }

private:
    QByteArrayView m_bytes;
    std::vector<canonical_detail::Node> m_nodes;
    const char *m_refusal = "nothing read";
    qsizetype m_refusalOffset = 0;
};

} // namespace recaisse::core
