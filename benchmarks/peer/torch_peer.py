"""The PyTorch peer of dev.unroll.benchmarks.Speed: the same network, the same figures.

784-300-100-10 (ReLU, He normal, softmax cross-entropy), Adam 1e-3 (foreach=True, the faster of
torch 1.13's two Adam implementations here: 3.2 against 3.8 ms per step at batch 32): one training step
(zero_grad, forward, loss, backward, step) at batch 32 and 128, and predict of one row
(inference mode, softmax included). Each figure is the median wall-clock time per call over
15 windows of about 60 ms after a warm-up, as in the Java harness. Prints one line
"peer key=µs ..." that dev.unroll.benchmarks.Compare parses, then what it ran on.

Run through Compare (one command, alternating with the Java runs), or alone:
    python3 benchmarks/peer/torch_peer.py [--threads N] [--blas openblas|system]
peer_env (in reference/) re-executes the script with Debian's python3 and OpenBLAS
(libopenblas0-openmp) in front of the reference BLAS.
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reference"))
import peer_env  # noqa: E402

peer_env.reexec_if_needed()


def threads_argument():
    for i, a in enumerate(sys.argv):
        if a == "--threads" and i + 1 < len(sys.argv):
            return int(sys.argv[i + 1])
    return 1


# OpenBLAS and OpenMP read their thread counts when they load, with torch: set them first
os.environ["OMP_NUM_THREADS"] = str(threads_argument())
os.environ["OPENBLAS_NUM_THREADS"] = str(threads_argument())

import torch  # noqa: E402

WINDOWS = 15
WINDOW_SECONDS = 0.06
WARM_UP_SECONDS = 0.5


def network():
    torch.manual_seed(42)
    layers = [torch.nn.Linear(784, 300), torch.nn.ReLU(), torch.nn.Linear(300, 100), torch.nn.ReLU(),
              torch.nn.Linear(100, 10)]
    for layer in layers:
        if isinstance(layer, torch.nn.Linear):
            torch.nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            torch.nn.init.zeros_(layer.bias)
    return torch.nn.Sequential(*layers)


def median(call):
    """Median seconds per call, after a warm-up that lasts until two windows agree within 5%."""
    previous = None
    calls = 0
    for _ in range(10):
        start = time.perf_counter()
        calls = 0
        while time.perf_counter() - start < WARM_UP_SECONDS:
            call()
            calls += 1
        per_call = (time.perf_counter() - start) / calls
        if previous is not None and abs(per_call - previous) < 0.05 * previous:
            break
        previous = per_call
    per_window = max(1, int(calls * WINDOW_SECONDS / WARM_UP_SECONDS))
    times = []
    for _ in range(WINDOWS):
        start = time.perf_counter()
        for _ in range(per_window):
            call()
        times.append((time.perf_counter() - start) / per_window)
    times.sort()
    return times[WINDOWS // 2]


def training_step(model, optimizer, loss, batches):
    state = {"next": 0}

    def step():
        x, y = batches[state["next"]]
        state["next"] = (state["next"] + 1) % len(batches)
        optimizer.zero_grad(set_to_none=True)
        value = loss(model(x), y)
        value.backward()
        optimizer.step()
    return step


def main():
    threads = threads_argument()
    torch.set_num_threads(threads)
    generator = torch.Generator().manual_seed(2026)
    figures = {}
    for batch in (32, 128):
        model = network()
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, foreach=True)
        loss = torch.nn.CrossEntropyLoss()
        batches = [(torch.rand(batch, 784, generator=generator), torch.randint(0, 10, (batch,), generator=generator))
                   for _ in range(8)]
        figures["train%d" % batch] = median(training_step(model, optimizer, loss, batches))
    model = network()
    rows = [torch.rand(1, 784, generator=generator) for _ in range(8)]
    state = {"next": 0}

    def predict():
        with torch.inference_mode():
            x = rows[state["next"]]
            state["next"] = (state["next"] + 1) % len(rows)
            torch.softmax(model(x), dim=1)
    figures["predict1"] = median(predict)
    print("peer threads=%d " % torch.get_num_threads()
          + " ".join("%s=%.4f" % (k, v * 1e6) for k, v in figures.items()))
    print("PyTorch %s, %d thread(s), BLAS: %s%s" % (torch.__version__, torch.get_num_threads(),
                                                   ", ".join(peer_env.loaded_blas()) or "none found", openblas_core()))


def openblas_core():
    """OpenBLAS's kernel choice for this CPU (e.g. SkylakeX), when OpenBLAS is what is loaded."""
    import ctypes
    for path in peer_env.loaded_blas():
        if "openblas" in path:
            try:
                library = ctypes.CDLL(path)
                library.openblas_get_corename.restype = ctypes.c_char_p
                return " (OpenBLAS kernels: %s)" % library.openblas_get_corename().decode()
            except (OSError, AttributeError):
                pass
    return ""


if __name__ == "__main__":
    main()
