package io.stackbench.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error a server logged, read from Python tracebacks, Node stack traces and the one-line
 * errors frameworks print, with what kind of failure its signature shows.
 *
 * @param type the exception's type as logged ({@code sqlalchemy.exc.IntegrityError}, {@code SequelizeDatabaseError})
 * @param frame the innermost frame of the project's own code, when the trace shows one
 * @param line the log line the error is on (1-based, within the tail read)
 */
record LogSignal(Kind kind, String type, String message, String frame, int line) {

    /** What an error's signature says about the failure. */
    enum Kind {
        /** The ORM or the database driver failed: integrity, missing table or column, session misuse. */
        DATABASE,
        /** JWT decoding or verification. */
        AUTH,
        /** The web framework's own machinery: routing, body parsing, response validation, a reply sent twice. */
        FRAMEWORK,
        /** The program could not load or listen. */
        STARTUP,
        /** Any other exception in the project's code. */
        CODE
    }

    private static final Pattern PYTHON_EXCEPTION = Pattern.compile(
            "^([A-Za-z_][\\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Violation|Redirect|NotFound|[A-Z]\\w*Error\\w*))(?::\\s?(.*))?$");
    /** A Node error anywhere on its line (loggers prefix it), with a more specific name in brackets when Node gives one. */
    private static final Pattern NODE_ERROR = Pattern.compile(
            "(?:^|\\s)(?:Uncaught\\s+)?([A-Z]\\w*(?:Error|Exception)|Error)(?:\\s*\\[([A-Za-z_]+)\\])?:\\s*(.*)$");
    private static final Pattern PY_FRAME = Pattern.compile("^\\s*File \"([^\"]+)\", line (\\d+), in (.+)$");
    private static final Pattern NODE_FRAME = Pattern.compile("^\\s+at (?:(.+?) \\()?(?:file://)?([^()]+?):(\\d+):(\\d+)\\)?$");
    /** Errors frameworks log on one line, without a trace. */
    private static final Pattern ONE_LINE = Pattern.compile(
            "(?i)(ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent|FST_ERR_\\w+|Reply was already sent|"
                    + "Context is not finalized|EADDRINUSE|address already in use|Cannot find module|ERR_MODULE_NOT_FOUND|"
                    + "SQLITE_(?:ERROR|CONSTRAINT|BUSY)\\w*|no such table|no such column|relation \"[^\"]+\" does not exist|"
                    + "column \"[^\"]+\" (?:of relation \"[^\"]+\" )?does not exist|duplicate key value violates unique constraint|"
                    + "UNIQUE constraint failed|NOT NULL constraint failed|violates foreign key constraint|"
                    + "jwt malformed|invalid signature|jwt expired|Signature verification failed|Forbidden \\(CSRF[^)]*\\))");

    private static final Pattern DATABASE = Pattern.compile(
            "(?i)(sqlalchemy|psycopg|asyncpg|sqlite3|Sequelize\\w*Error|SQLITE_|IntegrityError|OperationalError|ProgrammingError|"
                    + "DataError|InterfaceError|UniqueViolation|NotNullViolation|ForeignKeyViolation|DetachedInstanceError|"
                    + "MissingGreenlet|PendingRollbackError|ObjectDeletedError|StatementError|NoResultFound|MultipleResultsFound|"
                    + "django\\.db\\.|no such table|no such column|does not exist|unique constraint|constraint failed|"
                    + "violates (?:unique|foreign key|not-null)|EagerLoadingError|AssociationError|database is locked|"
                    + "is not bound to a Session|InvalidRequestError|ArgumentError: Mapper|UnmappedInstanceError|DatabaseError)");
    private static final Pattern AUTH = Pattern.compile(
            "(?i)(jwt|jose|JsonWebTokenError|TokenExpiredError|NotBeforeError|InvalidSignature|InvalidTokenError|DecodeError|"
                    + "ExpiredSignature|ImmatureSignature|InvalidAudience|Signature verification|secretOrPrivateKey|"
                    + "invalid signature|jwt malformed)");
    private static final Pattern FRAMEWORK = Pattern.compile(
            "(?i)(werkzeug|RequestRedirect|BuildError|MethodNotAllowed|starlette|ResponseValidationError|RequestValidationError|"
                    + "fastapi|pydantic|ValidationError: \\d+ validation error|ImproperlyConfigured|DisallowedHost|"
                    + "RawPostDataException|aiohttp\\.web|HTTPException|ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent|"
                    + "FST_ERR_|Reply was already sent|Context is not finalized|ctx\\.body|koa|express|hono|fastify|"
                    + "body-parser|PayloadTooLargeError|SyntaxError: Unexpected token .* in JSON|UnsupportedMediaType|"
                    + "did not return a valid response|is not JSON serializable|Object of type \\w+ is not JSON|CSRF|"
                    + "req\\.body|request\\.body|ctx\\.request\\.body)");
    private static final Pattern STARTUP = Pattern.compile(
            "(?i)(ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError|NameError|Cannot find module|"
                    + "ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|EADDRINUSE|address already in use|"
                    + "Worker failed to boot|Failed to find attribute|could not import|Error loading ASGI app|"
                    + "ReferenceError: \\w+ is not defined)");

    /** The errors of a log, oldest first. */
    static List<LogSignal> read(String log) {
        List<LogSignal> signals = new ArrayList<>();
        String[] lines = log.split("\n", -1);
        String pendingFrame = "";
        boolean inTraceback = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("Traceback (most recent call last)")) {
                inTraceback = true;
                pendingFrame = "";
                continue;
            }
            Matcher pyFrame = PY_FRAME.matcher(line);
            if (pyFrame.matches()) {
                if (ownCode(pyFrame.group(1))) {
                    pendingFrame = shortPath(pyFrame.group(1)) + ":" + pyFrame.group(2) + " in " + pyFrame.group(3);
                }
                continue;
            }
            Matcher py = PYTHON_EXCEPTION.matcher(stripped);
            if (inTraceback && !line.startsWith(" ") && py.matches()) {
                signals.add(signal(py.group(1), py.group(2) == null ? "" : py.group(2), pendingFrame, i + 1));
                inTraceback = false;
                continue;
            }
            Matcher node = NODE_ERROR.matcher(line);
            if (!inTraceback && !line.startsWith(" ") && node.find()) {
                String type = node.group(2) != null && node.group(2).endsWith("Error") ? node.group(2) : node.group(1);
                signals.add(signal(type, node.group(3), nodeFrame(lines, i), i + 1));
                continue;
            }
            Matcher one = ONE_LINE.matcher(line);
            if (one.find() && !NODE_FRAME.matcher(line).matches()) {
                signals.add(signal(one.group(1), stripped.length() > 200 ? stripped.substring(0, 200) : stripped, "", i + 1));
            }
        }
        return signals;
    }

    private static LogSignal signal(String type, String message, String frame, int line) {
        String both = type + ": " + message;
        Kind kind;
        if (STARTUP.matcher(both).find() && !DATABASE.matcher(both).find()) {
            kind = Kind.STARTUP;
        } else if (DATABASE.matcher(both).find()) {
            kind = Kind.DATABASE;
        } else if (AUTH.matcher(both).find()) {
            kind = Kind.AUTH;
        } else if (FRAMEWORK.matcher(both).find()) {
            kind = Kind.FRAMEWORK;
        } else {
            kind = Kind.CODE;
        }
        return new LogSignal(kind, type, message.length() > 300 ? message.substring(0, 300) : message, frame, line);
    }

    /** The first frame under a Node error that is the project's own (not node_modules, not node: internals). */
    private static String nodeFrame(String[] lines, int errorLine) {
        for (int j = errorLine + 1; j < Math.min(lines.length, errorLine + 15); j++) {
            Matcher f = NODE_FRAME.matcher(lines[j]);
            if (!f.matches()) {
                if (!lines[j].strip().startsWith("at ")) {
                    break;
                }
                continue;
            }
            if (ownCode(f.group(2))) {
                return shortPath(f.group(2)) + ":" + f.group(3) + (f.group(1) == null ? "" : " in " + f.group(1));
            }
        }
        return "";
    }

    private static boolean ownCode(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return !p.contains("node_modules") && !p.contains("site-packages") && !p.startsWith("node:") && !p.contains("/lib/python")
                && !p.startsWith("<");
    }

    private static String shortPath(String path) {
        int solution = path.indexOf("/solution/");
        return solution >= 0 ? path.substring(solution + "/solution/".length()) : path.replaceFirst("^.*/(src|app|conduit)/", "$1/");
    }

    String describe() {
        return type + (message.isEmpty() ? "" : ": " + message) + (frame.isEmpty() ? "" : " (at " + frame + ")");
    }
}
