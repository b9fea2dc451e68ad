"""Two CSV downloads read at RATE bytes a second: does a third client get its CSV meanwhile? (serve14)

    PYTHONPATH=src python bench/bench_export_trickle.py STORE RATE SECONDS     # e.g. big.db 65536 45

Starts `onrecord serve` on STORE (port 8718), opens two downloads of /api/statements.csv that read RATE
bytes each second, and every 10 s asks for the whole CSV once more, printing its status and size. The
export must be larger than the kernel's socket buffers (4 MB here) or it is sent whole at once: a store
grown with `bench/store_copies.py` (`grow_store(seed, big, 2000)`: 22 MB of CSV) does.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time

PORT = 8718


def get(path: str) -> tuple[int, int]:
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    conn.request("GET", path)
    answer = conn.getresponse()
    body = answer.read()
    conn.close()
    return answer.status, len(body)


def main() -> None:
    db, rate, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    with open("trickle.log", "w") as log:
        server = subprocess.Popen([sys.executable, "-m", "onrecord.cli", "serve", "--db", db, "--port", str(PORT)],
                                  env=dict(os.environ, ONRECORD_SERVE_WORKERS="1"), stdout=subprocess.DEVNULL,
                                  stderr=log)
    for _ in range(120):
        try:
            get("/api/articles?limit=1")
            break
        except OSError:
            time.sleep(0.5)
    got = [0, 0]

    def trickle(i: int) -> None:
        with socket.create_connection(("127.0.0.1", PORT)) as s:
            s.sendall(b"GET /api/statements.csv HTTP/1.1\r\nHost: x\r\n\r\n")
            start = time.monotonic()
            while time.monotonic() - start < seconds:
                try:
                    data = s.recv(rate)
                except OSError:
                    return
                if not data:
                    return
                got[i] += len(data)
                time.sleep(1)

    threads = [threading.Thread(target=trickle, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        time.sleep(10)
        print(f"{time.monotonic() - start:5.0f} s: the third client's CSV {get('/api/statements.csv')} "
              f"(status, bytes); the two slow ones have read {got}", flush=True)
    for thread in threads:
        thread.join()
    server.terminate()
    server.wait()


if __name__ == "__main__":
    main()
