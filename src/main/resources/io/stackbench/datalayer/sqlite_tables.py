# StackBench's look into SQLite files a solution wrote: for each file, its tables and their rows.
# Each file is a copy StackBench made (its -wal beside it, so that committed data not yet
# checkpointed counts). Nothing in the file runs: no triggers fire on count(*), and views and
# functions from the schema are not trusted.
import json
import sqlite3
import sys

out = []
for path in sys.argv[1:]:
    entry = {"file": path, "tables": {}}
    try:
        db = sqlite3.connect(path)
        db.execute("PRAGMA trusted_schema = OFF")
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names[:200]:
            quoted = '"' + name.replace('"', '""') + '"'
            entry["tables"][name] = db.execute("SELECT count(*) FROM " + quoted).fetchone()[0]
        db.close()
    except Exception as e:  # a file that is not a database, or a broken one, is reported, not fatal
        entry["error"] = str(e)[:300]
    out.append(entry)
print(json.dumps(out))
