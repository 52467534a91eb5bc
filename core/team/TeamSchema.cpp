#include "team/TeamSchema.h"

#include "team/PostgresConnection.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVector>

namespace diptych {

namespace {

// Version 1: teams, members and annotations with revisions, authors and row-level security.
const QStringList kFirstVersion = {
    QStringLiteral("CREATE SCHEMA diptych"),
    QStringLiteral("CREATE TABLE diptych.schema_version (version integer NOT NULL)"),
    QStringLiteral("INSERT INTO diptych.schema_version VALUES (0)"),
    QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'diptych_member') THEN"
                   " CREATE ROLE diptych_member NOLOGIN; END IF; END $$"),
    QStringLiteral("CREATE TABLE diptych.teams (name text PRIMARY KEY)"),
    QStringLiteral("CREATE TABLE diptych.members (team text NOT NULL REFERENCES diptych.teams,"
                   " role name NOT NULL, PRIMARY KEY (team, role))"),
    // One sequence for every row: a client asks for everything after the last it saw.
    QStringLiteral("CREATE SEQUENCE diptych.revisions"),
    QStringLiteral("CREATE TABLE diptych.annotations ("
                   " id text PRIMARY KEY,"
                   " author_role name NOT NULL DEFAULT current_user,"
                   " team text REFERENCES diptych.teams," // NULL: private
                   " document text NOT NULL,"
                   " official_id text NOT NULL DEFAULT '',"
                   " deleted boolean NOT NULL DEFAULT false,"
                   " modified timestamptz NOT NULL DEFAULT now(),"
                   " body jsonb NOT NULL,"
                   " revision bigint NOT NULL)"),
    QStringLiteral("CREATE INDEX annotations_revision ON diptych.annotations (revision)"),
    // Revisions are taken under one lock, so they become visible in the order they are
    // numbered and "everything after N" never skips a row that commits late. The author is
    // whoever inserts, and stays so.
    QStringLiteral("CREATE FUNCTION diptych.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " PERFORM pg_advisory_xact_lock(7215100);"
                   " NEW.revision := nextval('diptych.revisions');"
                   " IF TG_OP = 'INSERT' THEN NEW.author_role := current_user;"
                   " ELSE NEW.author_role := OLD.author_role; END IF;"
                   " RETURN NEW; END $$"),
    QStringLiteral("CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON diptych.annotations"
                   " FOR EACH ROW EXECUTE FUNCTION diptych.stamp()"),
    QStringLiteral("CREATE FUNCTION diptych.announce() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                   " PERFORM pg_notify('diptych_revisions', NEW.revision::text); RETURN NULL; END $$"),
    QStringLiteral("CREATE TRIGGER announce AFTER INSERT OR UPDATE ON diptych.annotations"
                   " FOR EACH ROW EXECUTE FUNCTION diptych.announce()"),
    QStringLiteral("ALTER TABLE diptych.annotations ENABLE ROW LEVEL SECURITY"),
    QStringLiteral("CREATE POLICY readable ON diptych.annotations FOR SELECT USING ("
                   " author_role = current_user OR EXISTS (SELECT 1 FROM diptych.members m"
                   " WHERE m.team = annotations.team AND m.role = current_user))"),
    QStringLiteral("CREATE POLICY insertable ON diptych.annotations FOR INSERT WITH CHECK ("
                   " author_role = current_user AND (team IS NULL OR EXISTS (SELECT 1 FROM diptych.members m"
                   " WHERE m.team = annotations.team AND m.role = current_user)))"),
    QStringLiteral("CREATE POLICY updatable ON diptych.annotations FOR UPDATE USING (author_role = current_user)"
                   " WITH CHECK (author_role = current_user AND (team IS NULL OR EXISTS (SELECT 1"
                   " FROM diptych.members m WHERE m.team = annotations.team AND m.role = current_user)))"),
    // No DELETE grant: a deletion is a revision too (deleted = true), so others pull it.
    QStringLiteral("GRANT USAGE ON SCHEMA diptych TO diptych_member"),
    QStringLiteral("GRANT SELECT ON diptych.schema_version, diptych.teams, diptych.members TO diptych_member"),
    QStringLiteral("GRANT SELECT, INSERT, UPDATE ON diptych.annotations TO diptych_member"),
    QStringLiteral("GRANT USAGE ON SEQUENCE diptych.revisions TO diptych_member"),
};

// Version 2: replies, edits applied exactly once (keyed by the client's edit id), and the
// losing side of a stale update kept as a revision its author can restore.
const QStringList kReplies = {
    QStringLiteral("ALTER TABLE diptych.annotations ADD COLUMN reply_to text"),
    QStringLiteral("CREATE TABLE diptych.edits (edit text PRIMARY KEY,"
                   " author_role name NOT NULL DEFAULT current_user, revision bigint NOT NULL,"
                   " outcome text NOT NULL)"),
    QStringLiteral("ALTER TABLE diptych.edits ENABLE ROW LEVEL SECURITY"),
    QStringLiteral("CREATE POLICY own ON diptych.edits USING (author_role = current_user)"
                   " WITH CHECK (author_role = current_user)"),
    QStringLiteral("CREATE TABLE diptych.kept_revisions (id bigserial PRIMARY KEY,"
                   " annotation text NOT NULL, author_role name NOT NULL DEFAULT current_user,"
                   " deleted boolean NOT NULL, modified timestamptz NOT NULL, body jsonb NOT NULL,"
                   " kept_at timestamptz NOT NULL DEFAULT now())"),
    QStringLiteral("ALTER TABLE diptych.kept_revisions ENABLE ROW LEVEL SECURITY"),
    QStringLiteral("CREATE POLICY own ON diptych.kept_revisions USING (author_role = current_user)"
                   " WITH CHECK (author_role = current_user)"),
    QStringLiteral("GRANT SELECT, INSERT ON diptych.edits, diptych.kept_revisions TO diptych_member"),
    QStringLiteral("GRANT USAGE ON SEQUENCE diptych.kept_revisions_id_seq TO diptych_member"),
    // One edit from a client's outbox: applied once whatever the retries; a stale one (its
    // base is not the server's revision) is decided by the later modified time, the other
    // side kept in kept_revisions. Runs as the caller, so row-level security applies.
    QStringLiteral(
        "CREATE FUNCTION diptych.apply_edit(p_edit text, p_id text, p_reply_to text, p_team text,"
        " p_document text, p_official_id text, p_deleted boolean, p_base bigint, p_modified timestamptz,"
        " p_body jsonb) RETURNS TABLE (r_outcome text, r_revision bigint, r_owner name)"
        " LANGUAGE plpgsql AS $$"
        " DECLARE done diptych.edits%ROWTYPE; cur diptych.annotations%ROWTYPE; result text;"
        " BEGIN"
        " SELECT * INTO done FROM diptych.edits e WHERE e.edit = p_edit;"
        " IF FOUND THEN RETURN QUERY SELECT 'already'::text, done.revision, done.author_role; RETURN; END IF;"
        " PERFORM pg_advisory_xact_lock(7215100);"
        " SELECT * INTO cur FROM diptych.annotations a WHERE a.id = p_id;"
        " IF NOT FOUND THEN"
        "   INSERT INTO diptych.annotations (id, reply_to, team, document, official_id, deleted, modified, body,"
        "     revision) VALUES (p_id, p_reply_to, p_team, p_document, p_official_id, p_deleted, p_modified, p_body, 0)"
        "     RETURNING * INTO cur;"
        "   result := 'applied';"
        " ELSIF cur.author_role <> current_user THEN"
        "   RETURN QUERY SELECT 'refused'::text, cur.revision, cur.author_role; RETURN;"
        " ELSIF cur.revision = p_base OR p_modified >= cur.modified THEN"
        "   IF cur.revision <> p_base THEN"
        "     INSERT INTO diptych.kept_revisions (annotation, deleted, modified, body)"
        "       VALUES (cur.id, cur.deleted, cur.modified, cur.body);"
        "     result := 'replaced-stale';"
        "   ELSE result := 'applied'; END IF;"
        // A deletion keeps the rest of the row: teammates still see it (and pull the
        // deletion), and its body stays restorable.
        "   UPDATE diptych.annotations a SET deleted = p_deleted, modified = p_modified,"
        "     reply_to = CASE WHEN p_deleted THEN a.reply_to ELSE p_reply_to END,"
        "     team = CASE WHEN p_deleted THEN a.team ELSE p_team END,"
        "     document = CASE WHEN p_deleted THEN a.document ELSE p_document END,"
        "     official_id = CASE WHEN p_deleted THEN a.official_id ELSE p_official_id END,"
        "     body = CASE WHEN p_deleted THEN a.body ELSE p_body END"
        "     WHERE a.id = p_id RETURNING * INTO cur;"
        " ELSE"
        "   INSERT INTO diptych.kept_revisions (annotation, deleted, modified, body)"
        "     VALUES (p_id, p_deleted, p_modified, p_body);"
        "   result := 'kept-newer';"
        " END IF;"
        " INSERT INTO diptych.edits (edit, revision, outcome) VALUES (p_edit, cur.revision, result);"
        " RETURN QUERY SELECT result, cur.revision, cur.author_role;"
        " END $$"),
};

const QVector<QStringList> &steps()
{
    static const QVector<QStringList> all = {kFirstVersion, kReplies};
    return all;
}

} // namespace

int TeamSchema::currentVersion() { return steps().size(); }

int TeamSchema::version(const PostgresConnection &server, QString *error)
{
    auto exists = server.run(QStringLiteral("SELECT to_regclass('diptych.schema_version') IS NOT NULL"));
    if (!exists || !exists->next()) {
        *error = server.error();
        return -1;
    }
    if (!exists->value(0).toBool())
        return 0;
    auto q = server.run(QStringLiteral("SELECT version FROM diptych.schema_version"));
    if (!q || !q->next()) {
        *error = q ? QStringLiteral("the server's diptych.schema_version is empty") : server.error();
        return -1;
    }
    return q->value(0).toInt();
}

bool TeamSchema::upgrade(const PostgresConnection &server, QString *error, int upTo)
{
    const int target = upTo < 0 ? currentVersion() : upTo;
    // Two administrators upgrading at once: the second waits, then finds nothing to do.
    if (!server.begin() || !server.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7215101)"))) {
        *error = server.error();
        return false;
    }
    const int from = version(server, error);
    if (from > currentVersion())
        *error = QStringLiteral("the server's schema is version %1, newer than this program knows (%2): "
                                "upgrade Diptych first")
                     .arg(from)
                     .arg(currentVersion());
    if (from < 0 || from > currentVersion()) {
        server.rollback();
        return false;
    }
    for (int v = from; v < target; ++v) {
        for (const QString &sql : steps()[v]) {
            if (!server.exec(sql)) {
                *error = QStringLiteral("schema step %1: %2").arg(v + 1).arg(server.error());
                server.rollback();
                return false;
            }
        }
        server.exec(QStringLiteral("UPDATE diptych.schema_version SET version = ?"), {v + 1});
    }
    if (!server.commit()) {
        *error = server.error();
        return false;
    }
    return true;
}

} // namespace diptych
