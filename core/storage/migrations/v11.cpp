#include "storage/schemamigrator.h"

namespace kizuna {

namespace {

// The count starts from the follow-ups already stored; the index lists the dropped leads of
// each stage in score order.
QStringList countAndIndex(const QString &integerType)
{
    return QStringList{
        QStringLiteral("ALTER TABLE contacts ADD COLUMN open_follow_ups ") + integerType +
            QStringLiteral(" NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE contacts SET open_follow_ups = (SELECT count(*) FROM follow_ups f "
                       "WHERE f.contact_id = contacts.id AND f.status = 'open') "
                       "WHERE id IN (SELECT contact_id FROM follow_ups WHERE status = 'open')"),
        QStringLiteral("CREATE INDEX contacts_dropped ON contacts(stage, score DESC, id) "
                       "WHERE deleted_at IS NULL AND open_follow_ups = 0"),
    };
}

// Each change moves the count by one rather than counting again: two people closing two
// follow-ups of one lead at once on a server each count what their own snapshot shows, and
// would both leave one open; an increment waits for the other's and adds to it.
QStringList fileTriggers()
{
    return QStringList{
        QStringLiteral(R"(CREATE TRIGGER open_follow_ups_added AFTER INSERT ON follow_ups
            WHEN NEW.status = 'open'
            BEGIN
                UPDATE contacts SET open_follow_ups = open_follow_ups + 1
                WHERE id = NEW.contact_id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER open_follow_ups_removed AFTER DELETE ON follow_ups
            WHEN OLD.status = 'open'
            BEGIN
                UPDATE contacts SET open_follow_ups = open_follow_ups - 1
                WHERE id = OLD.contact_id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER open_follow_ups_changed
            AFTER UPDATE OF status, contact_id ON follow_ups
            WHEN (OLD.status = 'open' OR NEW.status = 'open')
                AND (OLD.status <> NEW.status OR OLD.contact_id <> NEW.contact_id)
            BEGIN
                UPDATE contacts SET open_follow_ups = open_follow_ups - 1
                WHERE id = OLD.contact_id AND OLD.status = 'open';
                UPDATE contacts SET open_follow_ups = open_follow_ups + 1
                WHERE id = NEW.contact_id AND NEW.status = 'open';
            END)"),
    };
}

QStringList serverTriggers()
{
    return QStringList{
        QStringLiteral(
            "CREATE FUNCTION open_follow_ups_counted() RETURNS trigger LANGUAGE plpgsql AS "
            "$body$ BEGIN "
            "IF TG_OP <> 'INSERT' AND OLD.status = 'open' THEN "
            "UPDATE contacts SET open_follow_ups = open_follow_ups - 1 WHERE id = OLD.contact_id; "
            "END IF; "
            "IF TG_OP <> 'DELETE' AND NEW.status = 'open' THEN "
            "UPDATE contacts SET open_follow_ups = open_follow_ups + 1 WHERE id = NEW.contact_id; "
            "END IF; "
            "RETURN NULL; END $body$"),
        QStringLiteral("CREATE TRIGGER open_follow_ups_added AFTER INSERT ON follow_ups "
                       "FOR EACH ROW WHEN (NEW.status = 'open') "
                       "EXECUTE FUNCTION open_follow_ups_counted()"),
        QStringLiteral("CREATE TRIGGER open_follow_ups_removed AFTER DELETE ON follow_ups "
                       "FOR EACH ROW WHEN (OLD.status = 'open') "
                       "EXECUTE FUNCTION open_follow_ups_counted()"),
        QStringLiteral("CREATE TRIGGER open_follow_ups_changed "
                       "AFTER UPDATE OF status, contact_id ON follow_ups FOR EACH ROW "
                       "WHEN ((OLD.status = 'open' OR NEW.status = 'open') "
                       "AND (OLD.status <> NEW.status OR OLD.contact_id <> NEW.contact_id)) "
                       "EXECUTE FUNCTION open_follow_ups_counted()"),
    };
}

} // namespace

// Version 11: a lead knows how many follow-ups it has open. The dropped leads (none open)
// were found by walking a stage's leads in score order and looking up each one's follow-ups:
// at a million contacts 28,000 lookups for a page of 500 hot ones, 16 ms in a file and 40 on
// a server. Counted as follow-ups come and go, the dropped leads of a stage are one range of
// an index, read as far as the page goes.
Migration migrationV11()
{
    Migration m;
    m.version = 11;
    m.statements = countAndIndex(QStringLiteral("INTEGER")) + fileTriggers();
    m.serverStatements = countAndIndex(QStringLiteral("BIGINT")) + serverTriggers();
    return m;
}

} // namespace kizuna
