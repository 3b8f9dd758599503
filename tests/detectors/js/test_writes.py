"""The JS/TS write vocabulary: what counts as a write, what it is called, whether it is a promise."""

from __future__ import annotations

import pytest

from lostwrite.detectors.js.context import JsContext
from lostwrite.detectors.js.parser import parse
from lostwrite.detectors.js.writes import Write, arguments_of, value_of
from lostwrite.scan.config import AnalysisOptions


def writes(source: str, path: str = "x.ts", write_calls: tuple[str, ...] = ()) -> list[Write]:
    data = source.encode()
    tree, grammar = parse(path, data)
    options = AnalysisOptions(codes=frozenset(), write_calls=write_calls)
    return JsContext(path, source, data, tree, grammar, options).writes.all()


def one(source: str, path: str = "x.ts") -> tuple[str, str, bool]:
    [write] = writes(source, path)
    return write.what, write.kind, write.promise


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "db.insert(users).values(u).onConflictDoUpdate({ target: users.id, set: u });",
            ("drizzle insert(users)", "db", True),
        ),
        ("await tx.delete(posts).where(eq(posts.id, id));", ("drizzle delete(posts)", "db", True)),
        ('knex("users").insert(row);', ("Knex insert", "db", True)),
        ('trx("items").where({ id }).del();', ("Knex del", "db", True)),
        ('db.insertInto("person").values(p).execute();', ("Kysely insertInto", "db", True)),
        (
            "prisma.user.upsert({ where: { id }, create: u, update: u });",
            ("Prisma user.upsert", "db", True),
        ),
        (
            "ctx.prisma.post.deleteMany({ where: { authorId } });",
            ("Prisma post.deleteMany", "db", True),
        ),
        ("collection.insertOne(doc);", ("collection.insertOne", "db", True)),
        ("User.findByIdAndUpdate(id, { $set: patch });", ("User.findByIdAndUpdate", "db", True)),
        ("this.userRepository.save(user);", ("this.userRepository.save", "db", True)),
        ("Order.create({ total });", ("Order.create", "db", True)),
        ("sql`INSERT INTO views (key) VALUES (${key})`;", ("sql`INSERT …`", "db", True)),
        ("sql`UPDATE authors SET n = n + 1 WHERE k = ${k}`;", ("sql`UPDATE …`", "db", True)),
        ('pool.query("DELETE FROM sessions WHERE id = $1", [id]);', ("SQL DELETE", "db", True)),
        (
            'env.DB.prepare("INSERT INTO t (a) VALUES (?)").bind(a).run();',
            ("SQL INSERT", "db", True),
        ),
        ("env.SESSIONS.put(id, body);", ("env.SESSIONS.put", "kv", True)),
        ("this.ctx.storage.delete(key);", ("this.ctx.storage.delete", "kv", True)),
        ("c.env.AUTHOR_QUEUE.send(msg);", ("c.env.AUTHOR_QUEUE.send", "queue", True)),
        ('emailQueue.add("welcome", { userId });', ("emailQueue.add", "queue", True)),
        (
            "s3.send(new PutObjectCommand({ Bucket, Key, Body }));",
            ("s3.send(PutObjectCommand)", "kv", True),
        ),
        ('fetch(url, { method: "POST", body });', ("fetch POST", "http", True)),
        ("axios.patch(`/api/users/${id}`, patch);", ("axios.patch", "http", True)),
        ("redis.hset(key, field, value);", ("redis.hset", "kv", True)),
    ],
)
def test_recognised_writes(source: str, expected: tuple[str, str, bool]) -> None:
    assert one(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            'const fs = require("fs");\nfs.writeFileSync(p, s);',
            ("fs.writeFileSync(p)", "file", False),
        ),
        (
            'const fs = require("fs");\nfs.writeFile(p, s, (err) => {});',
            ("fs.writeFile(p)", "file", False),
        ),
        (
            'import fs from "node:fs";\nfs.promises.writeFile(p, s);',
            ("fs.promises.writeFile(p)", "file", True),
        ),
        (
            'import { appendFile } from "fs/promises";\nappendFile(p, line);',
            ("appendFile(p)", "file", True),
        ),
        ('const { writeFile: wf } = require("fs/promises");\nwf(p, s);', ("wf(p)", "file", True)),
        (
            'const fs = require("fs").promises;\nfs.writeFile(p, s);',
            ("fs.writeFile(p)", "file", True),
        ),
    ],
)
def test_file_writes_know_their_promise_form(source: str, expected: tuple[str, str, bool]) -> None:
    assert one(source, "x.js") == expected


@pytest.mark.parametrize(
    "source",
    [
        "map.delete(key);",
        "seen.add(id);",
        "cache.put(request, response);",
        "caches.default.put(request, response);",
        'hash.update(data).digest("hex");',
        'crypto.createHash("sha1").update(x);',
        "socket.destroy();",
        "connection.destroy();",
        "headers.delete('x-powered-by');",
        'app.post("/orders", handler);',
        'fetch("https://analytics.example.com/collect", { method: "POST", body });',
        "fetch(url);",
        "res.send(body);",
        "sql`SELECT * FROM users WHERE id = ${id}`;",
        "html`<p>update your settings</p>`;",
        "Object.create(proto);",
        "Stack.create(16);",
        "db.insertInto('person').values(p);",
        "queue.add(item);",
        "createDebug.save(namespaces);",
        "this._objects.delete(guid);",
        "this._clients.delete(client);",
        "connection._dispatcherByGuid.delete(guid);",
        "this._selectionRenderModel.update(range);",
        "this._screencast.removeClient(client);",
        "ctx.save(); ctx.translate(x, y); ctx.restore();",
        "painter.save();",
        'import { appendRequestOriginHeader } from "./util";\n'
        "export async function go(req) { appendRequestOriginHeader(req); }",
    ],
)
def test_look_alikes_are_not_writes(source: str) -> None:
    assert writes(source) == []


def test_better_sqlite3_statements_are_sync() -> None:
    [write] = writes(
        'const Database = require("better-sqlite3");\ndb.prepare("INSERT INTO t VALUES (?)").run(1);',
        "x.js",
    )
    assert not write.promise


def test_local_writers_one_and_two_calls_deep() -> None:
    source = """
async function trackView(sql, key) { await sql`UPDATE a SET n = n + 1 WHERE k = ${key}`; }
async function recordVisit(sql, key) { await trackView(sql, key); }
function pure(x) { return x + 1; }
trackView(sql, "a");
recordVisit(sql, "b");
pure(1);
"""
    names = [w.what for w in writes(source)]
    assert "trackView() (writes via sql`UPDATE …`)" in names
    assert "recordVisit() (writes via trackView() (writes via sql`UPDATE …`))" in names
    assert not any(n.startswith("pure") for n in names)


def test_imported_helpers_handed_a_client_count_by_name() -> None:
    [write] = writes('import { trackAuthorView } from "./views";\ntrackAuthorView(sql, key);')
    assert (write.what, write.client) == ("trackAuthorView()", "sql")
    assert writes('import { trackClick } from "./analytics";\ntrackClick(event);') == []


def test_configured_write_calls() -> None:
    source = "ledger.book(entry);\nemitAuditRow(row);\nother.call(x);"
    found = writes(source, write_calls=("ledger.book", "emitAuditRow"))
    assert [w.what for w in found] == [
        "ledger.book() (configured write call)",
        "emitAuditRow() (configured write call)",
    ]


def test_imported_persistence_helpers_count_in_async_code_only() -> None:
    source = """import { saveSession } from "./store";
import { storeToken } from "@/lib/auth";
import { saveAs } from "file-saver";
export async function login(session) { saveSession(session); saveAs(blob); }
export function remember(token) { storeToken(token); }
"""
    assert [w.what for w in writes(source)] == ["saveSession()"]


@pytest.mark.parametrize(
    ("elsewhere", "is_write"),
    [
        ("await vault.save(other);", True),
        ("await  vault . save (other);", True),
        ("vault.save(other).then(done);", True),
        ('vault.save(other, "x").catch(report);', True),
        ("await my.vault.save(other);", False),  # another receiver
        ("await vault.saveAll(other);", False),
        ("vault.save(other);", False),
        ("vault.save(wrap(other)).then(done);", False),  # the .then is wrap's, not save's
    ],
)
def test_a_persistence_verb_is_a_write_when_treated_as_a_promise_elsewhere(
    elsewhere: str, is_write: bool
) -> None:
    source = f"function sync(doc) {{ vault.save(doc); }}\nfunction later() {{ {elsewhere} }}"
    found = [w.node.start_byte for w in writes(source) if w.what == "vault.save"]
    assert (source.index("vault.save(doc)") in found) is is_write


def test_a_class_expression_instance_is_judged_by_its_own_methods() -> None:
    source = """const fs = require("fs");
var BlobStore = class {
  save() { fs.writeFileSync(this.file, this.dump()); return true; }
};
const blobStore = new BlobStore();
process.once("exit", () => { blobStore.save(); });
"""
    found = {w.what: w.promise for w in writes(source, "x.js")}
    assert found["blobStore.save() (writes via fs.writeFileSync(this.file))"] is False
    assert "blobStore.save" not in found  # not a Mongoose document save


def test_a_map_entry_named_bucket_is_no_storage_binding() -> None:
    source = """const buckets = /* @__PURE__ */ new Map();
function release(key, path) {
  const bucket = buckets.get(key);
  bucket.delete(path);
}
async function purge(env, key) { await env.BUCKET.delete(key); }
"""
    assert [w.what for w in writes(source)] == ["env.BUCKET.delete"]


def test_a_service_method_defined_here_and_synchronous_is_no_write() -> None:
    source = """class ProjectService {
  updateTypings(response) { const p = this.find(response.name); if (!p) return; p.mark(); }
}
class Project {
  onInvoke() { this.projectService.updateTypings({ kind: "invalidate" }); }
}
class UsersController {
  constructor(private readonly usersService: UsersService) {}
  update(id: string) { this.usersService.update(id); return { id }; }
}
"""
    lines = [source[: w.node.start_byte].count("\n") + 1 for w in writes(source)]
    assert lines == [9]  # the service of another module still writes


@pytest.mark.parametrize(
    "source",
    [
        "class Tooltip { update(t) { this.manager.update(t); } }",  # no .set(): not drizzle
        'conn.run("PRAGMA journal_mode = TRUNCATE;");',
        "const bucket = JG; JG.delete(entry); _Q.delete(entry);",  # minified names
        "n.db.transaction(function (t) { t.executeSql(sql, [], ok); }, onError);",  # WebSQL
        "r.db.transaction(function (t) { t.executeSql(sql, [], ok); });",
        "db = openDatabase(n); r.db.transaction(function (t) { U(t, r, sql, [], ok); });",
        'const tx = db.transaction("keyvaluepairs", "readwrite");',  # IndexedDB
        "var r = e.db.transaction(e.storeName, t);",
    ],
)
def test_look_alikes_in_bundles_are_not_writes(source: str) -> None:
    assert writes(source, "x.js") == []


def test_declared_values_follow_the_nearest_scope_through_a_large_file() -> None:
    filler = "const unrelated = 1;\n" * 20_000
    source = f"""const file = "other.txt";
{filler}function outer() {{
  const file = "state.json";
  function inner() {{ fs.writeFileSync(file, JSON.stringify(s)); }}
}}
"""
    data = source.encode()
    tree, grammar = parse("x.ts", data)
    ctx = JsContext("x.ts", source, data, tree, grammar, AnalysisOptions(codes=frozenset()))
    [write] = ctx.writes.all()
    target = arguments_of(write.node)[0]
    value = value_of(ctx, target)
    assert value is not None and ctx.text_of(value) == '"state.json"'


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ('supabase.from("events").insert(row);', "Supabase insert"),
        ('supabase.from("profiles").update({ name }).eq("id", id);', "Supabase update"),
        ('setDoc(doc(db, "users", id), data);', "Firestore setDoc"),
        ("set(ref(database, `users/${id}`), data);", "Realtime Database set"),
        ('db.collection("users").doc(id).set(data);', "Firestore/MongoDB set"),
        ('db.collection("users").insertOne(user);', "db….insertOne"),
        ("new User(data).save();", "new User(…).save"),
        ("dataSource.getRepository(User).save(user);", "User repository save"),
        ("prisma.$transaction([a, b]);", "prisma.$transaction"),
        ("dynamo.put(params).promise();", "dynamo.put"),
    ],
)
def test_document_stores_and_transactions(source: str, what: str) -> None:
    assert one(source)[0] == what


@pytest.mark.parametrize(
    ("source", "path"),
    [
        ('this.ctx.storage.sql.exec("INSERT INTO t (a) VALUES (?)", a);', "x.ts"),
        (
            "class Room {\n  constructor(ctx) { this.sql = ctx.storage.sql; }\n"
            '  async add(a) { this.sql.exec("INSERT INTO t (a) VALUES (?)", a); }\n}',
            "x.ts",
        ),
        ('import { Database } from "bun:sqlite";\ndb.exec("DELETE FROM sessions");', "x.ts"),
        (
            'import { DatabaseSync } from "node:sqlite";\n'
            'db.prepare("UPDATE t SET a = ? WHERE id = ?").run(a, id);',
            "x.mjs",
        ),
    ],
)
def test_synchronous_sql_is_a_write_without_a_promise(source: str, path: str) -> None:
    [write] = writes(source, path)
    assert (write.kind, write.promise) == ("db", False)


def test_a_lone_query_beside_a_sync_driver_stays_a_promise() -> None:
    source = (
        'import Database from "better-sqlite3";\npool.query("DELETE FROM t WHERE id = $1", [id]);'
    )
    [write] = writes(source)
    assert write.promise


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            'import amqp from "amqplib";\nch.sendToQueue("jobs", Buffer.from(body));',
            ("ch.sendToQueue", "queue", False),
        ),
        (
            'import amqp from "amqplib";\nchannel.publish("billing", "invoice.created", buf);',
            ("channel.publish", "queue", False),
        ),
        (
            'import amqp from "amqp-connection-manager";\n'
            'channelWrapper.sendToQueue("jobs", { id });',
            ("channelWrapper.sendToQueue", "queue", True),
        ),
        (
            'import { connect } from "nats";\nnc.publish("orders.created", data);',
            ("nc.publish", "queue", False),
        ),
        (
            'import { connect } from "@nats-io/transport-node";\njs.publish("orders.created", data);',
            ("js.publish", "queue", True),
        ),
        ('producer.send({ topic: "orders", messages });', ("producer.send", "queue", True)),
    ],
)
def test_broker_publishes_are_queue_writes(source: str, expected: tuple[str, str, bool]) -> None:
    assert one(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        # an RPC reply answers the caller, it stores nothing
        'import amqp from "amqplib";\nch.sendToQueue(msg.properties.replyTo, Buffer.from(r));',
        # a publish with no broker module in the file: an event bus, a store's observers
        'bus.publish("orders.created", data);',
        'import { connect } from "nats";\nthis.events.publish("saved", doc);',
    ],
)
def test_publishes_that_are_not_broker_writes(source: str) -> None:
    assert writes(source) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "dataSource.createQueryBuilder().insert().into(User).values(u).execute();",
            ("TypeORM insert(User)", "User", "insert"),
        ),
        (
            'this.repo.createQueryBuilder().update(User).set({ a }).where("id = :id", { id })'
            ".execute();",
            ("TypeORM update(User)", "User", "update"),
        ),
        (
            'manager.createQueryBuilder().delete().from(User).where("id = :id", { id }).execute();',
            ("TypeORM delete(User)", "User", "delete"),
        ),
        (
            "class S {\n  constructor(@InjectRepository(Order) private orders: Repository<Order>) {}\n"
            '  f() { return this.orders.createQueryBuilder("o").update().set({ a }).execute(); }\n}',
            ("TypeORM update(Order)", "Order", "update"),
        ),
        (
            'this.createQueryBuilder().insert().into("customer_group_customers").values(rows)'
            ".execute();",
            ("TypeORM insert(customer_group_customers)", "customer_group_customers", "insert"),
        ),
        ("manager.insert(Ledger, { amount });", ("manager.insert(Ledger)", "Ledger", "insert")),
        ("manager.delete(User, { id });", ("manager.delete(User)", "User", "delete")),
        (
            "async function drop(user: User) { await this.em.remove(user); }",
            ("this.em.remove(User)", "User", "delete"),
        ),
    ],
)
def test_typeorm_writes_are_named_by_their_entity(
    source: str, expected: tuple[str, str, str]
) -> None:
    [write] = writes(source)
    assert (write.what, write.table, write.verb) == expected


def test_an_entity_manager_create_builds_in_memory() -> None:
    [write] = writes("this.manager.save(this.manager.create(Order, data));")
    assert write.what == "this.manager.save"


def test_a_query_builder_select_is_not_a_write() -> None:
    source = 'repo.createQueryBuilder("u").select("u").where("u.id = :id", { id }).execute();'
    assert writes(source) == []


def test_an_entity_of_unknown_type_is_not_named_after_the_manager() -> None:
    [write] = writes("em.remove(user);")
    assert (write.what, write.table) == ("em.remove", "")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            'kv.atomic().check(entry).set(["users", id], user).commit();',
            ("a Deno KV atomic commit", "kv", "update"),
        ),
        (
            'kv.atomic().delete(["users", id]).commit();',
            ("a Deno KV atomic commit", "kv", "delete"),
        ),
        ('kv.set(["users", id], user);', ("kv.set", "kv", "")),
        (
            'import Redis from "ioredis";\nredis.pipeline().set(k, v).incr(n).exec();',
            ("a Redis pipeline (set, incr)", "kv", "update"),
        ),
        (
            'import { createClient } from "redis";\nconst client = createClient();\n'
            "async function add() {\n  const tx = client.multi();\n  tx.hSet(key, f, v);\n"
            "  await tx.exec();\n}",
            ("a Redis multi (hSet)", "kv", "update"),
        ),
    ],
)
def test_kv_batches_are_one_write(source: str, expected: tuple[str, str, str]) -> None:
    [write] = writes(source)
    assert (write.what, write.kind, write.verb) == expected


@pytest.mark.parametrize(
    "source",
    [
        "kv.atomic().check(entry).commit();",  # checks only: nothing changes
        'import Redis from "ioredis";\nredis.multi().get(a).get(b).exec();',  # reads
        "async function f() { const p = foo.pipeline(); p.set(a, 1); await p.exec(); }",
    ],
)
def test_batches_that_write_nothing_or_are_not_redis(source: str) -> None:
    assert writes(source) == []


def test_a_prepared_statement_runs_where_run_is_called() -> None:
    source = (
        'const Database = require("better-sqlite3");\n'
        'const insertNote = db.prepare("INSERT INTO notes (id, body) VALUES (?, ?)");\n'
        "function add(id, body) { insertNote.run(id, body); }"
    )
    run = next(w for w in writes(source, "x.js") if w.what.endswith(".run)"))
    assert (run.what, run.promise, run.table, run.verb) == (
        "SQL INSERT (insertNote.run)",
        False,
        "notes",
        "insert",
    )


def test_a_helper_that_catches_its_sync_write_is_no_writer() -> None:
    source = (
        'const Database = require("better-sqlite3");\n'
        'const markDone = db.prepare("UPDATE jobs SET done = 1 WHERE id = ?");\n'
        "function finish(id) {\n  try { markDone.run(id); } catch (e) { console.error(e); }\n}\n"
        "finish(1);"
    )
    assert not any(w.what.startswith("finish()") for w in writes(source, "x.js"))


def test_a_helper_that_rethrows_its_sync_write_failure_is_a_writer() -> None:
    source = (
        'import fs from "node:fs";\n'
        "function persist(p, s) {\n  try { fs.writeFileSync(p, s); } catch (e) {\n"
        '    throw new Error("not persisted");\n  }\n}\npersist("a.json", "{}");'
    )
    assert any(w.what.startswith("persist()") for w in writes(source))
