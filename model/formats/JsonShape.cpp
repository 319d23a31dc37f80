// The shape of both JSON documents (JSON-FORMAT.md), checked by a SAX reader that keeps one frame per open list or
// object and never more than one string.
#include "JsonShape.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QList>

#include <rapidjson/error/error.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <span>

namespace rs::formats {

namespace {

// What a scalar field holds, for the message when a list or an object stands in its place.
enum class Scalar { Text, Bool, Id, Ref, Level, Category, Any };

struct Field;

struct Shape
{
    enum class Kind { Scalar, List, Object };
    Kind kind = Kind::Scalar;
    Scalar scalar = Scalar::Any;
    qsizetype maxCount = 0; // a list's
    const Shape *item = nullptr; // a list's
    std::span<const Field> fields; // an object's
};

struct Field
{
    const char *key;
    const Shape *shape;
    bool required;
};

constexpr Shape scalar(Scalar s)
{
    return { Shape::Kind::Scalar, s, 0, nullptr, {} };
}

constexpr Shape list(qsizetype maxCount, const Shape *item)
{
    return { Shape::Kind::List, Scalar::Any, maxCount, item, {} };
}

template <std::size_t N> constexpr Shape object(const Field (&fields)[N])
{
    return { Shape::Kind::Object, Scalar::Any, 0, nullptr, std::span<const Field>(fields) };
}

// The bounds are those of JsonImport.cpp: a document past them is refused there too.
const Shape kText = scalar(Scalar::Text);
const Shape kBool = scalar(Scalar::Bool);
const Shape kId = scalar(Scalar::Id);
const Shape kRef = scalar(Scalar::Ref);
const Shape kAny = scalar(Scalar::Any);
const Shape kLevel = scalar(Scalar::Level);
const Shape kCategory = scalar(Scalar::Category);
const Shape kLevels = list(4, &kLevel);
const Shape kCategories = list(3, &kCategory);
const Field kSectionFields[] = { { "id", &kId, true }, { "name", &kText, true } };
const Shape kSection = object(kSectionFields);
const Field kFeatureFields[]
    = { { "id", &kId, true }, { "section", &kId, true }, { "name", &kText, true }, { "scope", &kText, true },
          { "categories", &kCategories, true }, { "ownerOnly", &kBool, true }, { "rationale", &kText, true } };
const Shape kFeature = object(kFeatureFields);
// A grant of a workspace names its feature by id, one of a role document by name and section.
const Field kGrantFields[] = { { "feature", &kAny, true }, { "levels", &kLevels, true }, { "section", &kText, false } };
const Shape kGrant = object(kGrantFields);
const Shape kGrants = list(10000, &kGrant);
const Field kLinkFields[] = { { "template", &kId, true }, { "version", &kId, true }, { "follow", &kBool, true },
    { "base", &kGrants, true } };
const Shape kLink = object(kLinkFields);
const Field kRoleFields[]
    = { { "id", &kId, true }, { "name", &kText, true }, { "scope", &kText, true }, { "template", &kBool, true },
          { "builtIn", &kText, true }, { "production", &kRef, true }, { "guardrails", &kCategories, true },
          { "invitedOnly", &kBool, true }, { "description", &kText, true }, { "grants", &kGrants, true },
          { "version", &kId, false }, { "link", &kLink, false } };
const Shape kRole = object(kRoleFields);
const Field kMemberFields[] = { { "id", &kId, true }, { "name", &kText, true }, { "accountRole", &kRef, true },
    { "accountRoleUntil", &kText, false } };
const Shape kMember = object(kMemberFields);
const Field kProductionFields[]
    = { { "id", &kId, true }, { "name", &kText, true }, { "createdBy", &kRef, true }, { "wrap", &kText, false } };
const Shape kProduction = object(kProductionFields);
const Field kSeatFields[] = { { "production", &kId, true }, { "member", &kId, true }, { "role", &kId, true },
    { "from", &kText, false }, { "until", &kText, false } };
const Shape kSeat = object(kSeatFields);
const Shape kSections = list(1000, &kSection);
const Shape kFeatures = list(10000, &kFeature);
const Shape kRoles = list(100000, &kRole);
const Shape kMembers = list(1000000, &kMember);
const Shape kProductions = list(100000, &kProduction);
const Shape kSeats = list(10000000, &kSeat);
const Field kDutyCellFields[] = { { "feature", &kId, true }, { "level", &kLevel, true } };
const Shape kDutyCell = object(kDutyCellFields);
const Shape kDutyCells = list(10000, &kDutyCell);
const Field kDutyRuleFields[] = { { "name", &kText, true }, { "left", &kDutyCells, true }, { "leftAll", &kBool, false },
    { "right", &kDutyCells, true }, { "rightAll", &kBool, false }, { "scope", &kText, true },
    { "severity", &kText, true }, { "rationale", &kText, false } };
const Shape kDutyRule = object(kDutyRuleFields);
const Shape kDutyRules = list(10000, &kDutyRule);
const Field kDutyExceptionFields[] = { { "member", &kId, true }, { "rule", &kText, true }, { "reason", &kText, true },
    { "grantedBy", &kText, true }, { "grantedAt", &kText, true }, { "until", &kText, true } };
const Shape kDutyException = object(kDutyExceptionFields);
const Shape kDutyExceptions = list(1000000, &kDutyException);
// What a role document says of the duty rules its role takes part in: for people, left aside by an import.
const Shape kRoleDutyCells = list(10000, &kText);
const Field kRoleDutyFields[] = { { "rule", &kText, true }, { "severity", &kText, true }, { "scope", &kText, true },
    { "left", &kRoleDutyCells, true }, { "right", &kRoleDutyCells, true } };
const Shape kRoleDuty = object(kRoleDutyFields);
const Shape kRoleDuties = list(10000, &kRoleDuty);
const Field kDocumentRoleFields[] = { { "name", &kText, true }, { "scope", &kText, true },
    { "template", &kBool, false }, { "builtIn", &kText, false }, { "production", &kText, false },
    { "guardrails", &kCategories, true }, { "invitedOnly", &kBool, false }, { "description", &kText, false } };
const Shape kDocumentRole = object(kDocumentRoleFields);
// Both kinds of document: the header decides which fields belong, and the typed reader checks that after this.
const Field kDocumentFields[] = { { "format", &kAny, false }, { "version", &kAny, false }, { "kind", &kAny, false },
    { "name", &kText, false }, { "nextId", &kId, false }, { "timeZone", &kText, false },
    { "approvalPolicy", &kAny, false }, { "sections", &kSections, false }, { "features", &kFeatures, false },
    { "roles", &kRoles, false }, { "members", &kMembers, false }, { "productions", &kProductions, false },
    { "seats", &kSeats, false }, { "workspace", &kText, false }, { "role", &kDocumentRole, false },
    { "grants", &kGrants, false }, { "duties", &kRoleDuties, false }, { "dutyRules", &kDutyRules, false },
    { "dutyExceptions", &kDutyExceptions, false } };
const Shape kDocument = object(kDocumentFields);

QString expected(const Shape &shape)
{
    if (shape.kind == Shape::Kind::List)
        return QCoreApplication::translate("rs::formats::Json", "expected a list.");
    if (shape.kind == Shape::Kind::Object)
        return QCoreApplication::translate("rs::formats::Json", "expected an object.");
    switch (shape.scalar) {
    case Scalar::Text:
        return QCoreApplication::translate("rs::formats::Json", "expected text.");
    case Scalar::Bool:
        return QCoreApplication::translate("rs::formats::Json", "expected true or false.");
    case Scalar::Id:
        return QCoreApplication::translate("rs::formats::Json", "expected a whole number from 1 to 2^53.");
    case Scalar::Ref:
        return QCoreApplication::translate("rs::formats::Json", "expected a whole number from 0 to 2^53.");
    case Scalar::Level:
        return QCoreApplication::translate("rs::formats::Json", "expected view, add, edit or delete.");
    case Scalar::Category:
        return QCoreApplication::translate("rs::formats::Json", "expected financial, personnel or marketing.");
    case Scalar::Any:
        break;
    }
    return QCoreApplication::translate("rs::formats::Json", "expected a single value, not a list or an object.");
}

// The length of UTF-8 text in UTF-16 code units, as QString counts it.
qsizetype utf16Length(const char *text, rapidjson::SizeType length)
{
    qsizetype units = 0;
    for (rapidjson::SizeType i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        units += (c & 0xC0) != 0x80 ? 1 : 0;
        units += c >= 0xF0 ? 1 : 0;
    }
    return units;
}

// The reader has checked the bytes of the file, but an escape such as \udc00 still decodes to a surrogate on its
// own: UTF-8 lead byte 0xED followed by 0xA0 to 0xBF.
bool holdsSurrogate(const char *text, rapidjson::SizeType length)
{
    for (rapidjson::SizeType i = 0; i + 1 < length; ++i) {
        if (static_cast<unsigned char>(text[i]) == 0xED && static_cast<unsigned char>(text[i + 1]) >= 0xA0)
            return true;
    }
    return false;
}

class ShapeHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ShapeHandler>
{
public:
    explicit ShapeHandler(const rapidjson::MemoryStream &stream)
        : m_stream(stream)
    {
    }

    QString error;
    JsonOutline outline;
    QList<std::pair<quint32, quint32>> cuts; // the contents of the top-level lists, left out of outline.top

    bool Default() // any number, true, false or null
    {
        if (m_frames.isEmpty())
            return fail({}, QCoreApplication::translate("rs::formats::Json", "The document is not a JSON object."));
        next();
        entry(JsonSpan());
        return true;
    }

    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (m_frames.isEmpty())
            return fail({}, QCoreApplication::translate("rs::formats::Json", "The document is not a JSON object."));
        next();
        entry(JsonSpan());
        return checkText(text, length, false);
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        Frame &f = m_frames.last();
        f.field = -1;
        f.key.clear();
        int i = 0;
        for (const Field &field : f.shape->fields) {
            if (qstrlen(field.key) == length && std::equal(text, text + length, field.key)) {
                f.field = i;
                f.seen |= quint64(1) << i;
            }
            ++i;
        }
        if (f.field < 0) // kept for the message that names it
            f.key = QString::fromUtf8(text, qMin<qsizetype>(length, 160)).left(40);
        // Fields the format does not have are refused by the typed reader, which first checks the header; past
        // these many, no document could be of the format.
        if (++f.members > qsizetype(f.shape->fields.size()) + kSpareFields)
            return fail(path(m_frames.size()), QCoreApplication::translate("rs::formats::Json", "unknown field."));
        return checkText(text, length, true);
    }

    bool StartObject() { return open(Shape::Kind::Object); }
    bool StartArray() { return open(Shape::Kind::List); }

    bool EndObject(rapidjson::SizeType)
    {
        const Frame &f = m_frames.last();
        if (m_frames.size() == 3 && m_list && m_frames.at(1).count <= m_frames.at(1).shape->maxCount)
            m_list->last().end = quint32(m_stream.Tell());
        int i = 0;
        for (const Field &field : f.shape->fields) {
            if (field.required && !(f.seen & (quint64(1) << i)))
                return fail(JsonReader::field(path(m_frames.size() - 1), QLatin1String(field.key)),
                    QCoreApplication::translate("rs::formats::Json", "missing."));
            ++i;
        }
        m_frames.removeLast();
        return true;
    }

    bool EndArray(rapidjson::SizeType)
    {
        const Frame &f = m_frames.last();
        if (f.count > f.shape->maxCount)
            return fail(path(m_frames.size() - 1),
                QCoreApplication::translate("rs::formats::Json", "%1 entries; at most %2 are allowed.")
                    .arg(f.count)
                    .arg(f.shape->maxCount));
        if (m_frames.size() == 2) {
            cuts.append({ m_listBegin, quint32(m_stream.Tell() - 1) });
            m_list = nullptr;
        }
        m_frames.removeLast();
        return true;
    }

private:
    struct Frame
    {
        explicit Frame(const Shape *s)
            : shape(s)
        {
        }
        const Shape *shape;
        qsizetype count = 0; // a list's values so far
        QString key; // an object's current field
        int field = -1; // its index in the shape, or -1 if the format has no such field
        quint64 seen = 0;
        qsizetype members = 0; // an object's fields so far
    };

    static constexpr qsizetype kSpareFields = 16;

    // Notes where an entry of a top-level list begins, up to as many as the list may hold.
    void entry(JsonSpan span)
    {
        if (m_frames.size() == 2 && m_list && m_frames.last().count <= m_frames.last().shape->maxCount)
            m_list->append(span);
    }

    // The shape of the value that begins now, or nullptr for the value of an unknown field.
    const Shape *next()
    {
        Frame &f = m_frames.last();
        if (f.shape->kind == Shape::Kind::List) {
            ++f.count;
            return f.shape->item;
        }
        return f.field < 0 ? nullptr : f.shape->fields[std::size_t(f.field)].shape;
    }

    bool open(Shape::Kind kind)
    {
        if (m_frames.isEmpty()) {
            if (kind != Shape::Kind::Object)
                return fail({}, QCoreApplication::translate("rs::formats::Json", "The document is not a JSON object."));
            m_frames.append(Frame(&kDocument));
            return true;
        }
        const Shape *shape = next();
        if (!shape)
            return fail(path(m_frames.size()), QCoreApplication::translate("rs::formats::Json", "unknown field."));
        if (shape->kind != kind)
            return fail(path(m_frames.size()), expected(*shape));
        if (m_frames.size() == 1 && kind == Shape::Kind::List) {
            const Frame &top = m_frames.last();
            m_list = &outline.lists[QLatin1String(top.shape->fields[std::size_t(top.field)].key)];
            m_list->clear();
            m_listBegin = quint32(m_stream.Tell());
        }
        entry(JsonSpan { quint32(m_stream.Tell() - 1), 0 });
        m_frames.append(Frame(shape));
        return true;
    }

    bool checkText(const char *text, rapidjson::SizeType length, bool key)
    {
        if (holdsSurrogate(text, length))
            return fail(path(m_frames.size()),
                QCoreApplication::translate("rs::formats::Json",
                    "the text holds an unpaired UTF-16 surrogate escape (\\uD800 to \\uDFFF), which is not a "
                    "character."));
        // No text of either document is longer (a key is at most a few letters).
        if (length > JsonReader::kMaxTextLength) {
            const qsizetype units = utf16Length(text, length);
            if (key && units > 40)
                return fail(path(m_frames.size()), QCoreApplication::translate("rs::formats::Json", "unknown field."));
            if (units > JsonReader::kMaxTextLength)
                return fail(path(m_frames.size()),
                    QCoreApplication::translate("rs::formats::Json", "%1 characters; at most %2 are allowed.")
                        .arg(units)
                        .arg(JsonReader::kMaxTextLength));
        }
        return true;
    }

    // The path of the value inside the first `depth` open containers: "roles[3].grants[0].levels".
    QString path(qsizetype depth) const
    {
        QString p;
        for (qsizetype i = 0; i < depth; ++i) {
            const Frame &f = m_frames.at(i);
            if (f.shape->kind == Shape::Kind::List)
                p = JsonReader::at(p, f.count - 1);
            else
                p = JsonReader::field(
                    p, f.field < 0 ? f.key : QLatin1String(f.shape->fields[std::size_t(f.field)].key));
        }
        return p;
    }

    bool fail(const QString &path, const QString &what)
    {
        error = path.isEmpty() ? what : QStringLiteral("%1: %2").arg(path, what);
        return false;
    }

    const rapidjson::MemoryStream &m_stream;
    QList<Frame> m_frames;
    QList<JsonSpan> *m_list = nullptr; // the top-level list being read
    quint32 m_listBegin = 0;
};

QString parseErrorText(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return QCoreApplication::translate("rs::formats::Json", "the document is empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return QCoreApplication::translate("rs::formats::Json", "more follows the end of the document");
    case rapidjson::kParseErrorObjectMissName:
        return QCoreApplication::translate("rs::formats::Json", "a field name is missing");
    case rapidjson::kParseErrorObjectMissColon:
        return QCoreApplication::translate("rs::formats::Json", "a colon is missing");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return QCoreApplication::translate("rs::formats::Json", "a comma or a closing brace is missing");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return QCoreApplication::translate("rs::formats::Json", "a comma or a closing bracket is missing");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    case rapidjson::kParseErrorStringEscapeInvalid:
        return QCoreApplication::translate("rs::formats::Json", "invalid escape sequence");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        return QCoreApplication::translate("rs::formats::Json", "unpaired UTF-16 surrogate escape");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return QCoreApplication::translate("rs::formats::Json", "a closing quotation mark is missing");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return QCoreApplication::translate("rs::formats::Json", "the text is not valid UTF-8");
    case rapidjson::kParseErrorNumberTooBig:
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent:
        return QCoreApplication::translate("rs::formats::Json", "invalid number");
    default:
        return QCoreApplication::translate("rs::formats::Json", "invalid value");
    }
}

} // namespace

Result<JsonOutline> outlineJson(const QByteArray &json)
{
    rapidjson::MemoryStream stream(json.constData(), size_t(json.size()));
    ShapeHandler handler(stream);
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<rapidjson::kParseValidateEncodingFlag>(stream, handler);
    if (!handler.error.isEmpty())
        return Error::badInput(handler.error);
    if (result.IsError()) {
        const auto offset = qsizetype(result.Offset());
        const char *begin = json.constData();
        const qsizetype line = std::count(begin, begin + offset, '\n') + 1;
        const char *lineStart
            = std::find(std::make_reverse_iterator(begin + offset), std::make_reverse_iterator(begin), '\n').base();
        return Error::badInput(
            QCoreApplication::translate("rs::formats::Json", "Malformed JSON at line %1, column %2 (byte %3): %4.")
                .arg(line)
                .arg(begin + offset - lineStart + 1)
                .arg(offset)
                .arg(parseErrorText(result.Code())));
    }
    quint32 from = 0;
    for (const auto &[begin, end] : handler.cuts) {
        handler.outline.top.append(json.constData() + from, begin - from);
        from = end;
    }
    handler.outline.top.append(json.constData() + from, json.size() - from);
    return std::move(handler.outline);
}

} // namespace rs::formats
