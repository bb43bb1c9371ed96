#!/usr/bin/env python3
"""Measures the built-in agent loop's own cost per step, without a real model.

A scripted OpenAI-compatible server on loopback answers every turn at once with the same small
command, then the completion marker. `stackbench generate --agent openai:...` runs against it,
and the trajectory tells how long each model round trip (SDK + HTTP) and each command took.

    scripts/loop-overhead.py [--steps 50] [--command true]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def serve(steps, command):
    turns = {"n": 0}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            turns["n"] += 1
            cmd = command if turns["n"] <= steps else "echo STACKBENCH_SUBMIT"
            body = json.dumps({
                "id": "chatcmpl-%d" % turns["n"], "object": "chat.completion", "created": int(time.time()),
                "model": "overhead-probe",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": "Next step.\n\n```bash\n%s\n```" % cmd}}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 50, "total_tokens": 1050},
            }).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--command", default="true")
    parser.add_argument("--task", default="flask-openapi-unconstrained")
    args = parser.parse_args()
    server = serve(args.steps, args.command)
    out = Path(tempfile.mkdtemp(prefix="stackbench-overhead-")) / "gen"
    started = time.monotonic()
    subprocess.run([str(REPO / "stackbench"), "generate", "--agent", "openai:overhead-probe",
                    "--base-url", "http://127.0.0.1:%d/v1" % server.server_address[1], "--task", args.task,
                    "--out", str(out), "--max-steps", str(args.steps + 5)], check=True,
                   env={**os.environ, "OPENAI_API_KEY": "none"})
    wall = time.monotonic() - started
    steps = [json.loads(line) for line in (out / "agent" / "trajectory.jsonl").read_text().splitlines()]
    generation = json.loads((out / "generation.json").read_text())
    model = [s["modelSeconds"] for s in steps]
    command = [s["commandSeconds"] for s in steps]
    print("steps %d, exit reason %s" % (len(steps), generation["exitReason"]))
    print("generation %.2f s (agent run), %.2f s wall including JVM start and runtime setup" % (generation["seconds"], wall))
    print("model round trip: median %.1f ms, p90 %.1f ms" % (1000 * statistics.median(model),
                                                              1000 * statistics.quantiles(model, n=10)[-1]))
    print("command `%s`: median %.1f ms, p90 %.1f ms" % (args.command, 1000 * statistics.median(command),
                                                         1000 * statistics.quantiles(command, n=10)[-1]))
    print("loop overhead per step (agent run / steps): %.1f ms" % (1000 * generation["seconds"] / len(steps)))
    server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
