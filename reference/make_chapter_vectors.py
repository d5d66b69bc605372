#!/usr/bin/python3
"""Reference vectors for the second milestone's chapter (Keras 3 conventions).

Writes chapter.json beside this script (schema: README.md, "chapter.json").
Everything is float64: a hand-written functional model (kernels [in][out],
x @ W + b) differentiated by torch.autograd, and hand-written Keras 3
optimizers, penalties and constraints:

  * Nadam, Adamax, AdamW, three steps each;
  * decoupled weight decay (w -= w*wd*lr before the step) with every optimizer;
  * l1 / l2 penalties on the kernels (loss and gradients) and MaxNorm(axis=0)
    after the step;
  * the HUBER (delta 1) and MEAN_ABSOLUTE_ERROR losses;
  * dropout and alpha dropout of a recorded mask, forward and backward.

Cross-checks against PyTorch where the formulas coincide (AdamW's decoupled
decay, Adamax, dropout and alpha dropout given torch's own mask, Huber, L1
loss) and measures where Keras 3 and PyTorch differ (Nadam).  Run:
./make_chapter_vectors.py  [--out DIR]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_env  # noqa: E402

peer_env.reexec_if_needed()

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
from collections import OrderedDict  # noqa: E402

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from make_vectors import X, W0, B0, dumps, tolist  # noqa: E402

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

N_STEPS = 3
# Regression targets for the 3 outputs: errors on both sides of Huber's delta = 1.
TARGETS = [[0.5, -1.2, 0.3],
           [-0.4, 0.9, 1.6],
           [1.1, 0.2, -0.7],
           [-1.5, 0.4, 0.05]]
# Output layer 4 -> 3 (its units' incoming norms are above and below the max-norm 0.5).
W1 = [[0.25, 0.14, -0.39],
      [-0.36, 0.7, 0.57],
      [0.34, 0.05, 0.42],
      [-0.12, 0.61, -0.27]]
B1 = [0.04, -0.11, 0.07]
NAMES = ["dense_0/kernel", "dense_0/bias", "dense_1/kernel", "dense_1/bias"]
SELU_ALPHA = 1.6732632423543772848
SELU_SCALE = 1.0507009873554804934


def T(a):
    return torch.tensor(a, dtype=torch.float64)


def init():
    return OrderedDict(zip(NAMES, [T(W0), T(B0), T(W1), T(B1)]))


def loss_value(kind, y, t):
    e = y - t
    if kind == "MEAN_SQUARED_ERROR":
        return (e * e).mean()
    if kind == "MEAN_ABSOLUTE_ERROR":
        return e.abs().mean()
    if kind == "HUBER":
        a = e.abs()
        return torch.where(a <= 1.0, 0.5 * e * e, a - 0.5).mean()
    raise ValueError(kind)


def forward_loss(p, case):
    x, t = T(X), T(TARGETS)
    h = torch.tanh(x @ p["dense_0/kernel"] + p["dense_0/bias"])
    y = h @ p["dense_1/kernel"] + p["dense_1/bias"]
    loss = loss_value(case["loss"], y, t)
    l1, l2 = case.get("l1", 0.0), case.get("l2", 0.0)
    for k in ("dense_0/kernel", "dense_1/kernel"):
        loss = loss + l1 * p[k].abs().sum() + l2 * (p[k] * p[k]).sum()
    return loss


def gradients(p, case):
    leaves = OrderedDict((k, v.clone().requires_grad_(True)) for k, v in p.items())
    loss = forward_loss(leaves, case)
    gs = torch.autograd.grad(loss, list(leaves.values()))
    return loss.item(), OrderedDict((k, g.detach()) for k, g in zip(leaves.keys(), gs))


class Keras:
    """Keras 3 optimizers: decoupled weight decay, update step, then the max-norm constraint."""

    def __init__(self, name, hp, params):
        self.name, self.hp, self.t, self.u_product = name, hp, 0, 1.0
        self.slots = {k: {s: torch.zeros_like(v) for s in ("a", "b")} for k, v in params.items()}
        if name == "adagrad":
            for k in self.slots:
                self.slots[k]["a"].fill_(0.1)

    def step(self, params, grads, max_norm=0.0):
        self.t += 1
        t, hp, n = self.t, self.hp, self.name
        lr, wd = hp["lr"], hp.get("weight_decay", 0.0)
        if n == "nadam":
            mu_t = hp["beta_1"] * (1 - 0.5 * 0.96 ** t)
            mu_t1 = hp["beta_1"] * (1 - 0.5 * 0.96 ** (t + 1))
            self.u_product *= mu_t
        out = OrderedDict()
        for k, w in params.items():
            g, sl = grads[k], self.slots[k]
            if wd:
                w = w - w * wd * lr
            if n == "sgd":
                w = w - lr * g
            elif n == "momentum":
                sl["a"] = hp["momentum"] * sl["a"] - lr * g
                w = w + sl["a"]
            elif n == "adagrad":
                sl["a"] = sl["a"] + g * g
                w = w - lr * g / torch.sqrt(sl["a"] + 1e-7)
            elif n == "rmsprop":
                sl["a"] = 0.9 * sl["a"] + 0.1 * g * g
                w = w - lr * g / torch.sqrt(sl["a"] + 1e-7)
            elif n in ("adam", "adamw"):
                b1, b2 = hp["beta_1"], hp["beta_2"]
                sl["a"] = sl["a"] + (g - sl["a"]) * (1 - b1)
                sl["b"] = sl["b"] + (g * g - sl["b"]) * (1 - b2)
                alpha = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
                w = w - sl["a"] * alpha / (torch.sqrt(sl["b"]) + hp["epsilon"])
            elif n == "adamax":
                b1, b2 = hp["beta_1"], hp["beta_2"]
                sl["a"] = sl["a"] + (g - sl["a"]) * (1 - b1)
                sl["b"] = torch.maximum(b2 * sl["b"], g.abs())
                w = w - lr * sl["a"] / ((1 - b1 ** t) * (sl["b"] + hp["epsilon"]))
            elif n == "nadam":
                b1, b2 = hp["beta_1"], hp["beta_2"]
                sl["a"] = sl["a"] + (g - sl["a"]) * (1 - b1)
                sl["b"] = sl["b"] + (g * g - sl["b"]) * (1 - b2)
                m_hat = mu_t1 * sl["a"] / (1 - self.u_product * mu_t1) + (1 - mu_t) * g / (1 - self.u_product)
                v_hat = sl["b"] / (1 - b2 ** t)
                w = w - lr * m_hat / (torch.sqrt(v_hat) + hp["epsilon"])
            else:
                raise ValueError(n)
            if max_norm and k.endswith("kernel"):
                norms = torch.sqrt((w * w).sum(dim=0, keepdim=True))
                w = w * (norms.clamp(0, max_norm) / (1e-7 + norms))
            out[k] = w
        return out


ADAM_HP = {"beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7}
OPTIMIZERS = OrderedDict([
    ("sgd", ("@SGD(learningRate = 0.1{wd})", {"lr": 0.1})),
    ("momentum", ("@SGD(learningRate = 0.1, momentum = 0.9{wd})", {"lr": 0.1, "momentum": 0.9})),
    ("adagrad", ("@Adagrad(learningRate = 0.1{wd})", {"lr": 0.1})),
    ("rmsprop", ("@RMSprop(learningRate = 0.01{wd})", {"lr": 0.01})),
    ("adam", ("@Adam(learningRate = 0.01{wd})", dict(ADAM_HP, lr=0.01))),
    ("adamax", ("@Adamax(learningRate = 0.01{wd})", dict(ADAM_HP, lr=0.01))),
    ("nadam", ("@Nadam(learningRate = 0.01{wd})", dict(ADAM_HP, lr=0.01))),
])


def case(name, optimizer, loss="MEAN_SQUARED_ERROR", weight_decay=0.0, l1=0.0, l2=0.0, max_norm=0.0,
         adamw=False):
    pattern, hp = OPTIMIZERS[optimizer]
    hp = dict(hp)
    if adamw:
        annotation = "@AdamW(learningRate = 0.01, weightDecay = %r)" % weight_decay
        optimizer = "adamw"
    else:
        annotation = pattern.format(wd=", weightDecay = %r" % weight_decay if weight_decay else "")
    hp["weight_decay"] = weight_decay
    dense = []
    for key, value in (("l1", l1), ("l2", l2), ("maxNorm", max_norm)):
        if value:
            dense.append("%s = %r" % (key, value))
    c = OrderedDict([("name", name), ("optimizer", annotation), ("dense", ", ".join(dense)), ("loss", loss),
                     ("l1", l1), ("l2", l2), ("max_norm", max_norm)])
    p = init()
    opt = Keras(optimizer, hp, p)
    steps = []
    for _ in range(N_STEPS):
        loss_v, g = gradients(p, c)
        p = opt.step(p, g, max_norm)
        steps.append(OrderedDict([("loss", loss_v), ("gradients", flat(g)), ("parameters", flat(p))]))
    c["steps"] = steps
    return c


def flat(d):
    return [v for k in NAMES for v in d[k].reshape(-1).tolist()]


def dropout_vectors():
    x = T([[0.3, -1.2, 0.8, 0.05, -0.4, 1.7, -0.9],
           [1.1, 0.6, -0.2, -1.5, 0.9, -0.3, 0.4],
           [-0.7, 0.2, 1.4, -0.6, 0.0, 0.75, -1.1]])
    dy = T([[0.5, -0.1, 0.3, 0.9, -0.4, 0.2, 0.6],
            [-0.8, 0.25, 0.1, -0.3, 0.7, -0.5, 0.4],
            [0.15, -0.6, 0.35, 0.05, -0.2, 0.45, -0.9]])
    mask = T([[1, 0, 1, 1, 0, 1, 1],
              [0, 1, 1, 0, 1, 1, 0],
              [1, 1, 0, 1, 1, 0, 1]])
    out = OrderedDict([("x", tolist(x)), ("dy", tolist(dy)), ("mask", tolist(mask))])
    r = 0.3
    y = x * mask / (1 - r)
    out["dropout"] = OrderedDict([("rate", r), ("y", tolist(y)), ("dx", tolist(dy * mask / (1 - r)))])
    r = 0.2
    alpha_p = -SELU_SCALE * SELU_ALPHA
    a = ((1 - r) * (1 + r * alpha_p ** 2)) ** -0.5
    b = -a * alpha_p * r
    y = a * (x * mask + alpha_p * (1 - mask)) + b
    out["alpha_dropout"] = OrderedDict([("rate", r), ("a", a), ("b", b), ("y", tolist(y)),
                                         ("dx", tolist(a * mask * dy))])
    return out


# ------------------------------------------------------------ checks against PyTorch
def torch_checks():
    report = OrderedDict()
    # AdamW: torch multiplies by (1 - lr wd) then takes Adam's step; its epsilon sits outside the
    # bias-corrected root, Keras' inside ("epsilon hat"). With epsilon 1e-12 in both the formulas coincide.
    for eps, key in ((1e-12, "adamw_eps_1e-12"), (1e-7, "adamw_eps_1e-7")):
        report[key] = compare_with_torch("adamw", dict(ADAM_HP, lr=0.01, weight_decay=0.05, epsilon=eps),
                                         lambda ps: torch.optim.AdamW(ps, lr=0.01, betas=(0.9, 0.999), eps=eps,
                                                                      weight_decay=0.05))
    # Adamax: torch takes max(beta2 u, |g| + eps) and divides by it; Keras max(beta2 u, |g|) + eps.
    for eps, key in ((1e-12, "adamax_eps_1e-12"), (1e-7, "adamax_eps_1e-7")):
        report[key] = compare_with_torch("adamax", dict(ADAM_HP, lr=0.01, epsilon=eps),
                                         lambda ps: torch.optim.Adamax(ps, lr=0.01, betas=(0.9, 0.999), eps=eps))
    # Nadam: torch's NAdam uses mu_t = beta1 (1 - 0.5 * 0.96^(t * momentum_decay)), momentum_decay 0.004,
    # and its own bias corrections; Keras 3 uses 0.96^t. The two differ; this measures by how much.
    report["nadam_keras_vs_torch"] = compare_with_torch(
        "nadam", dict(ADAM_HP, lr=0.01), lambda ps: torch.optim.NAdam(ps, lr=0.01, betas=(0.9, 0.999), eps=1e-7))
    # Losses: torch's huber_loss (delta 1) and l1_loss against the formulas.
    y, t = T([[0.3, -2.0, 1.2], [0.9, 0.1, -0.4]]), T([[1.5, 0.5, 1.0], [0.0, 0.0, 0.0]])
    report["huber"] = abs(F.huber_loss(y, t, delta=1.0).item() - loss_value("HUBER", y, t).item())
    report["mae"] = abs(F.l1_loss(y, t).item() - loss_value("MEAN_ABSOLUTE_ERROR", y, t).item())
    # Dropout and alpha dropout given torch's own mask.
    torch.manual_seed(1)
    x = torch.randn(200, 50)
    y = F.dropout(x, p=0.3, training=True)
    mask = (y != 0).double()
    report["dropout_given_torch_mask"] = (y - x * mask / 0.7).abs().max().item()
    y = F.alpha_dropout(x, p=0.2, training=True)
    alpha_p = -SELU_SCALE * SELU_ALPHA
    a = ((1 - 0.2) * (1 + 0.2 * alpha_p ** 2)) ** -0.5
    b = -a * alpha_p * 0.2
    dropped = a * alpha_p + b
    mask = ((y - dropped).abs() > 1e-12).double()
    report["alpha_dropout_given_torch_mask"] = (y - (a * (x * mask + alpha_p * (1 - mask)) + b)).abs().max().item()
    return report


def compare_with_torch(name, hp, make):
    case_spec = {"loss": "MEAN_SQUARED_ERROR"}
    p = init()
    ours = Keras(name, hp, p)
    leaves = [v.clone().requires_grad_(True) for v in p.values()]
    theirs = make(leaves)
    worst = 0.0
    for _ in range(N_STEPS):
        _, g = gradients(p, case_spec)
        p = ours.step(p, g)
        theirs.zero_grad()
        forward_loss(OrderedDict(zip(NAMES, leaves)), case_spec).backward()
        theirs.step()
        worst = max(worst, max((a - b.detach()).abs().max().item() for a, b in zip(p.values(), leaves)))
    return worst


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args, _ = parser.parse_known_args()
    cases = [case(o, o) for o in ("nadam", "adamax")]
    cases.append(case("adamw", "adam", weight_decay=0.004 * 10, adamw=True))
    cases += [case(o + "_weight_decay", o, weight_decay=0.05) for o in OPTIMIZERS]
    cases += [case("l1", "sgd", l1=0.01), case("l2", "sgd", l2=0.02), case("l1_l2", "sgd", l1=0.01, l2=0.02),
              case("l1_l2_adam", "adam", l1=0.01, l2=0.02),
              case("max_norm", "sgd", max_norm=0.5), case("max_norm_adam", "adam", max_norm=0.8),
              case("huber", "sgd", loss="HUBER"), case("mae", "sgd", loss="MEAN_ABSOLUTE_ERROR"),
              case("huber_l2", "momentum", loss="HUBER", l2=0.01)]
    doc = OrderedDict([
        ("schema_version", 1),
        ("generator", "make_chapter_vectors.py, torch " + torch.__version__ + ", float64"),
        ("description", "Dense(4, tanh) -> Dense(3, linear), 3 steps per case; gradients and parameters in"
                        " Unroll's flat order (dense_0 kernel [5][4], bias, dense_1 kernel [4][3], bias)"),
        ("batch", OrderedDict([("x", X), ("targets", TARGETS)])),
        ("initial_parameters", flat(init())),
        ("cases", cases),
        ("dropout", dropout_vectors()),
        ("torch_checks", torch_checks()),
    ])
    text = dumps(doc) + "\n"
    json.loads(text)
    with open(os.path.join(args.out, "chapter.json"), "w") as f:
        f.write(text)
    print(json.dumps(doc["torch_checks"], indent=1))


if __name__ == "__main__":
    main()
